"""The audit chain of a team vault, appended and verified by the server's own functions."""

from __future__ import annotations

from sqlalchemy import bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import Text

from contactweb.models import AuditEvent

_APPEND = text(
    "SELECT cw_audit_append(:action, :object_type, :objects, :details)"
).bindparams(bindparam("objects", type_=ARRAY(Text)), bindparam("details", type_=ARRAY(Text)))


def append(session: Session, action: str, object_type: str,
           events: list[tuple[str, str]]) -> list[int]:
    """Append one event per (object id, details text) in the caller's transaction; the server
    names the person and signs each event. Returns the new events' ids."""
    session.flush()  # the rows these events describe go first, as on the desktop
    return list(session.execute(_APPEND, {
        "action": action, "object_type": object_type,
        "objects": [object_id for object_id, _ in events],
        "details": [details for _, details in events]}).scalars())


def append_one(session: Session, action: str, object_type: str, object_id: str,
               details: str) -> AuditEvent:
    [event_id] = append(session, action, object_type, [(object_id, details)])
    event = session.get(AuditEvent, event_id)
    assert event is not None  # the caller's own event is visible to them (its policy)
    return event


def verify(session: Session) -> tuple[bool, int, int | None, str]:
    """(ok, events checked, first bad id, reason), as the server walked the chain."""
    ok, checked, first_bad, reason = session.execute(
        text("SELECT * FROM cw_audit_verify()")).one()
    return bool(ok), int(checked), first_bad, reason
