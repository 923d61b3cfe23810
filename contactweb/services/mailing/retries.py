"""What still waits in the outbox (and until when), and a person's request to try failed
messages again.

A message that failed for good is never sent again by itself. ``retry_failed_messages`` is
the one way back: a person asks, the address's undeliverable mark goes (audited), and the
message is queued again with its attempts counted afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.errors import NotFound, Refused
from contactweb.i18n import _
from contactweb.models import Contact, Mailing, OutboxMessage, utcnow
from contactweb.models.contact import unnamed_contact
from contactweb.services import audit
from contactweb.services.mailing.rejections import clear_undeliverable
from contactweb.services.mailing.run_control import exclusive_run, settle_journal
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

PENDING_STATUSES = ("queued", "sending", "deferred")


@dataclass(frozen=True)
class PendingMessage:
    """A message still to go: queued, or deferred until ``next_attempt_at`` (UTC)."""

    outbox_id: int
    mailing_id: int
    contact_id: int | None
    name: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    note: str



def pending_messages(session: Session, mailing_ids: list[int] | None) -> list[PendingMessage]:
    """Every email message still to go, soonest first (queued ones before deferred ones)."""
    stmt = (select(OutboxMessage, Contact.first_name, Contact.last_name, Contact.company)
            .join(Mailing, Mailing.id == OutboxMessage.mailing_id)
            .outerjoin(Contact, Contact.id == OutboxMessage.contact_id)
            .where(Mailing.channel == "email", OutboxMessage.status.in_(PENDING_STATUSES))
            .order_by(OutboxMessage.next_attempt_at.is_not(None),
                      OutboxMessage.next_attempt_at, OutboxMessage.id))
    if mailing_ids is not None:
        stmt = stmt.where(OutboxMessage.mailing_id.in_(mailing_ids))
    return [PendingMessage(row.id, row.mailing_id, row.contact_id,
                           " ".join(p for p in (first or "", last or "") if p) or company
                           or unnamed_contact(row.contact_id), row.status, row.attempts,
                           row.next_attempt_at, row.last_error)
            for row, first, last, company in session.execute(stmt)]


def next_retry_at(ws: Workspace) -> datetime | None:
    """When the soonest deferred email message may be tried again (UTC); None when none
    waits. An application that stays open starts a run then."""
    ws.require(Action.MAILING_SEND)
    with ws.session(readonly=True) as session:
        return session.execute(
            select(func.min(OutboxMessage.next_attempt_at))
            .join(Mailing, Mailing.id == OutboxMessage.mailing_id)
            .where(Mailing.channel == "email", OutboxMessage.status == "deferred")).scalar()


def retry_failed_messages(ws: Workspace, mailing_id: int,
                          outbox_ids: list[int] | None = None) -> int:
    """Queue the failed messages of a mailing again (all, or these outbox rows) and lift the
    undeliverable mark of their addresses; returns how many. Sending is a separate step."""
    ws.require(Action.MAILING_SEND)
    with exclusive_run(ws, agent_wait=30):
        settle_journal(ws)
        with ws.session() as session:
            mailing = session.get(Mailing, mailing_id)
            if mailing is None or mailing.channel != "email":
                raise NotFound(_("No email mailing with id {mailing_id}.").format(
                    mailing_id=mailing_id))
            stmt = select(OutboxMessage).where(OutboxMessage.mailing_id == mailing_id,
                                               OutboxMessage.status == "failed")
            if outbox_ids is not None:
                stmt = stmt.where(OutboxMessage.id.in_(outbox_ids))
            rows = list(session.execute(stmt.order_by(OutboxMessage.id)).scalars())
            if outbox_ids is not None and len(rows) != len(set(outbox_ids)):
                found = {r.id for r in rows}
                missing = ", ".join(str(i) for i in sorted(set(outbox_ids) - found))
                raise Refused(_("Outbox messages {missing} of mailing {mailing_id} have not "
                                "failed; nothing was changed.").format(
                    missing=missing, mailing_id=mailing_id))
            cleared = 0
            for row in rows:
                cleared += clear_undeliverable(session, ws, row.to_address, "retry requested")
                row.status, row.attempts, row.next_attempt_at = "queued", 0, None
                row.last_error = f"queued again by {ws.username}; before: {row.last_error}"[:2000]
                row.updated_at = utcnow()
            if rows:
                mailing.status = "queued"
            audit.record(session, ws, "mailing.retry", "mailing", mailing_id,
                         {"messages": len(rows), "marks_cleared": cleared})
            return len(rows)
