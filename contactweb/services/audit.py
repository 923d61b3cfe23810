"""Hash-chained audit log. Each event's HMAC covers its fields and the previous hash, so an
edited, inserted or deleted row breaks the chain at that point."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.models import AuditEvent, utcnow
from contactweb.store.bulk_insert import insert_rows
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

GENESIS = "0" * 64
HIDDEN = "(not shown)"  # a secret or a long value (a logo) in a setting: only that it changed


def _digest(key: bytes, prev_hash: str, at: datetime, username: str, action: str,
            object_type: str, object_id: str, details: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(), username, action, object_type, object_id,
                          details], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def _details_text(details: dict | None) -> str:
    return json.dumps(details or {}, sort_keys=True, separators=(",", ":"))


def record(session: Session, ws: Workspace, action: str, object_type: str = "",
           object_id: object = "", details: dict | None = None) -> AuditEvent:
    """Append an event in the caller's transaction. ``details`` must hold no personal data:
    ids, counts, field names, channel names."""
    if ws.on_team_server:
        from contactweb.team import server_audit

        return server_audit.append_one(session, action, object_type, str(object_id),
                                       _details_text(details))
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    at = utcnow()
    details_text = json.dumps(details or {}, sort_keys=True, separators=(",", ":"))
    event = AuditEvent(
        at=at, username=ws.username, action=action, object_type=object_type,
        object_id=str(object_id), details=details_text, prev_hash=prev or GENESIS,
    )
    event.hash = _digest(ws.subkey("audit"), event.prev_hash, at, ws.username, action,
                         object_type, event.object_id, details_text)
    session.add(event)
    session.flush()
    return event


def record_many(session: Session, ws: Workspace, action: str, object_type: str,
                events: list[tuple[object, dict | None]]) -> None:
    """Append one event per (object id, details), chained exactly as ``record`` chains them,
    with one executemany: a bulk create of 100,000 contacts writes 100,000 events."""
    if not events:
        return
    if ws.on_team_server:
        from contactweb.team import server_audit

        server_audit.append(session, action, object_type, [
            (str(object_id), _details_text(details)) for object_id, details in events])
        return
    prev = session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).scalar() or GENESIS
    at, key = utcnow(), ws.subkey("audit")
    rows = []
    for object_id, details in events:
        details_text = json.dumps(details or {}, sort_keys=True, separators=(",", ":"))
        digest = _digest(key, prev, at, ws.username, action, object_type, str(object_id),
                         details_text)
        rows.append((at, ws.username, action, object_type, str(object_id), details_text, prev,
                     digest))
        prev = digest
    insert_rows(session.connection(), AuditEvent.__table__, (
        "at", "username", "action", "object_type", "object_id", "details", "prev_hash",
        "hash"), rows)


def record_now(ws: Workspace, action: str, object_type: str = "", object_id: object = "",
               details: dict | None = None) -> None:
    with ws.session() as session:
        record(session, ws, action, object_type, object_id, details)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    object_type: str
    object_id: str
    details: dict


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events_checked: int
    first_bad_id: int | None = None
    reason: str = ""


def list_events(ws: Workspace, action: str | None = None, object_type: str | None = None,
                object_id: str | None = None, username: str | None = None,
                since: datetime | None = None, until: datetime | None = None,
                limit: int = 1000, offset: int = 0) -> list[AuditRow]:
    ws.require(Action.AUDIT_VIEW)
    return _query(ws, action, object_type, object_id, username, since, until, limit, offset)


def events_about(ws: Workspace, object_type: str, object_id: str) -> list[AuditRow]:
    """For the access report: every event naming one object, without the admin check."""
    return _query(ws, None, object_type, object_id, None, None, None, 100_000, 0)


def _query(ws: Workspace, action, object_type, object_id, username, since, until, limit,
           offset) -> list[AuditRow]:  # noqa: ANN001
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
    if action:
        stmt = stmt.where(AuditEvent.action.startswith(action))
    if object_type:
        stmt = stmt.where(AuditEvent.object_type == object_type)
    if object_id:
        stmt = stmt.where(AuditEvent.object_id == str(object_id))
    if username:
        stmt = stmt.where(AuditEvent.username == username)
    if since:
        stmt = stmt.where(AuditEvent.at >= since)
    if until:
        stmt = stmt.where(AuditEvent.at < until)
    with ws.session(readonly=True) as session:
        return [AuditRow(e.id, e.at, e.username, e.action, e.object_type, e.object_id,
                         json.loads(e.details or "{}"))
                for e in session.execute(stmt).scalars()]


def chain_continues(ws: Workspace, prev: str, events: Iterable[AuditEvent]) -> bool:
    """True when ``events`` (in id order) follow ``prev`` and each is as it was written."""
    key = ws.subkey("audit")
    for event in events:
        expected = _digest(key, event.prev_hash, event.at, event.username, event.action,
                           event.object_type, event.object_id, event.details)
        if event.prev_hash != prev or not hmac.compare_digest(expected, event.hash):
            return False
        prev = event.hash
    return True


def verify(ws: Workspace) -> VerifyResult:
    """Walk the chain from the first event; name the first event that does not fit."""
    ws.require(Action.AUDIT_VIEW)
    if ws.on_team_server:
        from contactweb.team import server_audit

        with ws.session(readonly=True) as session:
            return VerifyResult(*server_audit.verify(session))
    key = ws.subkey("audit")
    prev = GENESIS
    count = 0
    with ws.session(readonly=True) as session:
        total = session.execute(select(func.count(AuditEvent.id))).scalar() or 0
        for event in session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
            count += 1
            if event.prev_hash != prev:
                return VerifyResult(False, count, event.id,
                                    f"event {event.id} does not follow the event before it "
                                    "(an event was removed or inserted)")
            expected = _digest(key, event.prev_hash, event.at, event.username, event.action,
                               event.object_type, event.object_id, event.details)
            if not hmac.compare_digest(expected, event.hash):
                return VerifyResult(False, count, event.id,
                                    f"event {event.id} was altered after it was written")
            prev = event.hash
    return VerifyResult(True, total)


def setting_change_details(old: object, new: object) -> dict:
    """What ``settings.change`` records: old and new values, field by field for a group of
    settings; long values (a logo) and secrets only as "changed"."""
    if isinstance(old, dict) or isinstance(new, dict):
        old_d = old if isinstance(old, dict) else {}
        new_d = new if isinstance(new, dict) else {}
        changed = {}
        for key in sorted(set(old_d) | set(new_d)):
            if old_d.get(key) != new_d.get(key) and (old_d.get(key) or new_d.get(key)):
                changed[key] = {"old": _recordable(key, old_d.get(key)),
                                "new": _recordable(key, new_d.get(key))}
        return {"changed": changed}
    return {"old": old, "new": new}


def _recordable(key: str, value: object) -> object:
    secret = any(word in key for word in ("password", "secret", "token", "key"))
    if secret or (isinstance(value, str) and len(value) > 200):
        return HIDDEN if value else None
    return value
