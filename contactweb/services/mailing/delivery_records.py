"""Writing delivery outcomes into the vault: the outbox row, the contact's timeline and the
audit log. During a run the outcomes are written in batches; the journal covers the gap."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.models import Contact, Mailing, OutboxMessage, utcnow
from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.mailing import merge
from contactweb.services.mailing.journal import (
    PERMANENT,
    SENT,
    TRANSIENT,
    UNCONFIRMED,
    UNCONFIRMED_NOTE,
)
from contactweb.services.mailing.message import RenderedMessage
from contactweb.services.mailing.rejections import (
    Clock,
    Verdict,
    mark_undeliverable,
    next_attempt,
)
from contactweb.services.mailing.smtp_transport import Outcome
from contactweb.vault.workspace import Workspace

FLUSH_SECONDS = 1.0
FLUSH_ROWS = 200
MAX_TIMELINE_BODY = 20_000


class PendingRow(NamedTuple):
    id: int
    mailing_id: int
    contact_id: int | None
    to_address: str
    message_id: str
    attempts: int


def unconfirmed_text(detail: str) -> str:
    return (f"{UNCONFIRMED_NOTE}: handed to the server, but its confirmation never came "
            f"back ({detail}); counted as sent and not sent again")


class OutcomeRecorder:
    """Applies outcomes to ``session``. Batched: kept in memory and committed by ``flush``
    (at most every FLUSH_SECONDS or FLUSH_ROWS); otherwise applied at once in the caller's
    transaction."""

    def __init__(self, session: Session, ws: Workspace, batched: bool = False,
                 clock: Clock = utcnow) -> None:
        self.session = session
        self.ws = ws
        self.batched = batched
        self.clock = clock
        self._pending: list[Callable[[], None]] = []
        self._since = 0.0

    def _apply(self, change: Callable[[], None]) -> None:
        if not self.batched:
            change()
            return
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append(change)

    def flush_if_due(self) -> None:
        if self._pending and (len(self._pending) >= FLUSH_ROWS
                              or time.monotonic() - self._since >= FLUSH_SECONDS):
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        changes, self._pending = self._pending, []
        try:
            for change in changes:
                change()
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise

    # --- outcomes ----------------------------------------------------------------------
    def exclude(self, row: PendingRow, note: str) -> None:
        def change() -> None:
            outbox = self.session.get(OutboxMessage, row.id)
            if outbox is not None:
                outbox.status = "excluded"
                outbox.last_error = note
                outbox.updated_at = utcnow()
        self._apply(change)

    def record(self, row: PendingRow, attempt: int, outcome: Outcome, address: str,
               rendered: RenderedMessage, refused: Verdict | None = None) -> None:
        """``refused``: what becomes of a message the server did not take."""
        when = self.clock()

        def change() -> None:
            outbox = self.session.get(OutboxMessage, row.id)
            if outbox is None:  # erased meanwhile: nothing about them is written back
                return
            outbox.attempts = max(outbox.attempts, attempt)
            outbox.to_address = address
            outbox.updated_at = when
            if outcome.kind in (SENT, UNCONFIRMED):
                note = unconfirmed_text(outcome.text) if outcome.kind == UNCONFIRMED else (
                    f"sent after a retry ({outcome.retried_after})" if outcome.retried_after
                    else "")
                self._mark_sent(outbox, when, note, rendered.subject, rendered.text)
            elif refused is not None:
                self._refused(outbox, refused, address)
        self._apply(change)

    def _refused(self, outbox: OutboxMessage, refused: Verdict, address: str) -> None:
        outbox.status = refused.state
        outbox.next_attempt_at = refused.next_attempt_at
        outbox.last_error = refused.note
        if refused.state != "failed":
            return
        marked: list[int] = []
        if refused.refusal.about_address:
            marked = mark_undeliverable(
                self.session, self.ws, address, refused.refusal, "smtp",
                f"refused while sending mailing {outbox.mailing_id} (outbox {outbox.id})",
                outbox.updated_at)
            if marked:
                outbox.last_error += "; the address is marked undeliverable"
        audit.record(self.session, self.ws, "mailing.recipient_failed", "outbox", outbox.id,
                     {"mailing": outbox.mailing_id, "reply_code": refused.refusal.reply_code,
                      "status": refused.refusal.status_code, "marked": len(marked)})

    def settle(self, row_id: int, kind: str, code: int, attempt: int, when: datetime) -> int:
        """One journal outcome of an interrupted run; 1 when it changed the row."""
        outbox = self.session.get(OutboxMessage, row_id)
        if outbox is None or outbox.status in ("sent", "excluded"):
            return 0
        outbox.attempts = max(outbox.attempts, attempt)
        outbox.updated_at = utcnow()
        if kind in (SENT, UNCONFIRMED):
            subject, body = self._merged(outbox)
            note = "" if kind == SENT else unconfirmed_text("the run stopped at that moment")
            self._mark_sent(outbox, when, note, subject, body)
        elif kind == PERMANENT:
            outbox.status = "failed"
            outbox.next_attempt_at = None
            outbox.last_error = (f"failed: refused by the server ({code}); the run stopped "
                                 "before the details were stored")
        elif kind == TRANSIENT:
            later = next_attempt(attempt, when)
            outbox.status = "deferred" if later else "failed"
            outbox.next_attempt_at = later
            outbox.last_error = (f"{outbox.status}: refused for now by the server ({code}); "
                                 "the run stopped before the details were stored")
        else:
            return 0
        return 1

    def _merged(self, outbox: OutboxMessage) -> tuple[str, str]:
        mailing = self.session.get(Mailing, outbox.mailing_id)
        if mailing is None or outbox.contact_id is None:
            return "", ""
        values = merge.contact_fields(self.session, outbox.contact_id)
        return (merge.render_line(mailing.subject, values),
                merge.render(mailing.body_text, values))

    def _mark_sent(self, outbox: OutboxMessage, when: datetime, note: str, subject: str,
                   body: str) -> None:
        outbox.status = "sent"
        outbox.sent_at = when
        outbox.next_attempt_at = None
        outbox.last_error = note
        contact_id = outbox.contact_id
        if contact_id is None or self.session.execute(
                select(Contact.id).where(Contact.id == contact_id)).first() is None:
            return
        # log_in_session audits the entry (contact and communication ids); the run's own audit
        # events hold the mailing ids and counts.
        communications.log_in_session(self.session, self.ws, contact_id, CommunicationInput(
            kind="email", direction="out", occurred_at=when, subject=subject[:500],
            body=body[:MAX_TIMELINE_BODY]))
