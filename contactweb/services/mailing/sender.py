"""Sending the outbox: eligibility re-checked just before each message, one recipient per
message, a throttle, and a run that can be killed at any moment.

How a kill is survived without sending anyone twice or skipping anyone:

* Every complete message is handed to the delivery agent (``agent``), a separate process
  that finishes a message it has received even if this process dies, and writes "begin"
  (fsynced) just before the final dot of DATA and "end" with the reply after it.
* This process records outcomes in the vault in batches (one commit per second or per 200
  messages, not per message); the journal holds the truth in between.
* A new run first waits until no agent is alive (its lock), then settles the journal:
  "end sent" -> sent; "end refused" -> failed or deferred; "begin" without "end" -> sent,
  unconfirmed (the server may have it; never sent again); a row with no entry never reached
  the final dot and is simply sent.

Refusals (``rejections``): a permanent one (5xx) fails the message for that recipient and,
when it is about the address, marks the address undeliverable; it is never tried again unless
a person asks (``retry_failed_messages``). A temporary one (4xx, a connection lost before the
final dot) defers the message to a later time kept in the vault; a run only takes messages
whose time has come, so resuming early never uses up attempts. Time comes from ``clock``.

Limit, stated plainly: SMTP has no way to ask a server whether it accepted a message. If the
agent itself dies (or the machine loses power) in the microseconds between the journal's
"begin" and the server's reply, that one message is "unconfirmed": it is not sent again (at
most once) and the status report lists it, so someone can check by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from contactweb.i18n import _
from contactweb.models import Mailing, OutboxMessage, utcnow
from contactweb.services import audit
from contactweb.services.changes import MAILING_SENT, NOTHING, Changes
from contactweb.services.contacts.contact_language import language_in
from contactweb.services.eligibility.eligibility import EligibilityChecker, Excluded, Recipient
from contactweb.services.mailing import merge, message
from contactweb.services.mailing.agent import AgentError, DeliveryAgent
from contactweb.services.mailing.claim_release import HandOverMarks
from contactweb.services.mailing.delivery_records import OutcomeRecorder, PendingRow
from contactweb.services.mailing.journal import (
    CONNECTION,
    SENT,
    UNCONFIRMED,
    DeliveryJournal,
)
from contactweb.services.mailing.message import Draft, RenderedMessage
from contactweb.services.mailing.outbox import ready_setup, sender_identity
from contactweb.services.mailing.rejections import Clock, verdict
from contactweb.services.mailing.retries import (
    PENDING_STATUSES,
    PendingMessage,
    pending_messages,
)
from contactweb.services.mailing.run_control import (
    AGENT_WAIT_SECONDS,
    exclusive_run,
    settle_journal,
)
from contactweb.services.mailing.smtp_settings import smtp_config
from contactweb.services.mailing.smtp_transport import SmtpConfig, SmtpSetupError
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

ALREADY_RECEIVED = "already received this mailing (merged contacts or a shared address)"
MAX_FAILURES_IN_A_ROW = 10  # permanent refusals in a row: the sending setup is likely wrong


@dataclass(frozen=True)
class FailedMessage:
    outbox_id: int
    contact_id: int | None
    name: str
    error: str
    permanent: bool


@dataclass(frozen=True)
class SendProgress:
    done: int
    total: int
    sent: int
    failed: int
    excluded: int


@dataclass
class SendReport:
    sent: int = 0
    unconfirmed: int = 0
    failed: list[FailedMessage] = field(default_factory=list)  # for good, in this run
    excluded: list[Excluded] = field(default_factory=list)  # no longer eligible at send time
    deferred: int = 0  # refused for now in this run; in ``pending`` with their next attempt
    retried: int = 0  # messages tried again in this run (an earlier attempt had failed)
    settled: int = 0  # messages of an interrupted earlier run settled from the journal
    cancelled: bool = False
    stopped: str = ""  # why the run stopped early, if it did
    remaining: int = 0  # still waiting in the outbox (len(pending))
    pending: list[PendingMessage] = field(default_factory=list)

    @property
    def next_attempt_at(self) -> datetime | None:
        times = [p.next_attempt_at for p in self.pending if p.next_attempt_at is not None]
        return min(times) if times else None

    @property
    def changes(self) -> Changes:
        """Only a run that sent, failed, deferred or excluded something changed data (each
        message is on its contact's timeline)."""
        touched = self.sent or self.failed or self.deferred or self.excluded or self.settled
        return MAILING_SENT if touched else NOTHING


ProgressCallback = Callable[[SendProgress], None]
CancelCheck = Callable[[], bool]


def deliver_outbox(ws: Workspace, mailing_ids: list[int] | None = None,
                   progress: ProgressCallback | None = None,
                   should_cancel: CancelCheck | None = None,
                   clock: Clock = utcnow, deferred_only: bool = False,
                   password: str | None = None) -> SendReport:
    """Send what is due (all unfinished email mailings, or the given ones): queued messages
    and deferred ones whose next attempt time has come (``deferred_only``: those alone, as an
    automatic retry does: queued ones wait for a person). Failed messages stay failed; see
    ``retry_failed_messages``. ``password``: the SMTP password a person just gave."""
    ws.require(Action.MAILING_SEND)
    setup = ready_setup(ws)
    config = smtp_config(ws, setup, password=password)  # with the certificates trusted
    with exclusive_run(ws, AGENT_WAIT_SECONDS):
        report = SendReport(settled=settle_journal(ws))
        run = _Run(ws, setup, report, progress, should_cancel or (lambda: False), clock)
        run.execute(config, mailing_ids, deferred_only)
        return report


class _Prepared(NamedTuple):
    row: PendingRow
    attempt: int
    recipient: Recipient
    rendered: RenderedMessage
    data: bytes


class _Run:
    def __init__(self, ws: Workspace, setup, report: SendReport,  # noqa: ANN001
                 progress: ProgressCallback | None, should_cancel: CancelCheck,
                 clock: Clock) -> None:
        self.ws = ws
        self.clock = clock
        self.setup = setup
        self.identity = sender_identity(setup)
        self.report = report
        self.progress = progress
        self.should_cancel = should_cancel
        self.checker = EligibilityChecker(ws, "email")
        self.interval = 60.0 / setup.throttle_per_minute if setup.throttle_per_minute else 0.0
        self.next_at = 0.0
        self.failures_in_a_row = 0
        self.done = 0
        self.total = 0

    def execute(self, config: SmtpConfig, mailing_ids: list[int] | None,
                deferred_only: bool = False) -> None:
        pending, drafts = self._pending(mailing_ids, deferred_only)
        self.total = len(pending)
        if not pending:
            self._report_pending(mailing_ids)  # what waits, and until when
            return
        self.drafts = drafts
        self.delivered: set[tuple] = set()
        self._load_delivered(set(drafts))
        read_conn = self.ws.engine.connect().execution_options(readonly=True)
        write_conn = self.ws.engine.connect()
        self.marks = HandOverMarks(self.ws)
        try:
            self.read_session = Session(bind=read_conn)
            self.recorder = OutcomeRecorder(Session(bind=write_conn), self.ws, batched=True,
                                            clock=self.clock)
            try:
                agent = DeliveryAgent(self.ws.vault.folder, config)
            except SmtpSetupError as exc:
                self.report.stopped = str(exc)
            else:
                try:
                    self._one_pass(agent, pending)
                finally:
                    agent.close()
            self.recorder.flush()
            self._report_pending(mailing_ids)
            self._finish_mailings({row.mailing_id for row in pending})
            DeliveryJournal(self.ws.vault.folder).clear()
        finally:
            read_conn.close()
            write_conn.close()
            self.marks.close()
            if self.ws.after_commit is not None:  # the run wrote outside ws.session()
                self.ws.after_commit()

    def _pending(self, mailing_ids: list[int] | None, deferred_only: bool = False
                 ) -> tuple[list[PendingRow], dict[int, Draft]]:
        """The messages that are due: queued, or deferred to a time that has come."""
        stmt = (select(OutboxMessage.id, OutboxMessage.mailing_id, OutboxMessage.contact_id,
                       OutboxMessage.to_address, OutboxMessage.message_id,
                       OutboxMessage.attempts)
                .join(Mailing, Mailing.id == OutboxMessage.mailing_id)
                .where(Mailing.channel == "email",
                       OutboxMessage.status.in_(("deferred",) if deferred_only
                                                else PENDING_STATUSES),
                       or_(OutboxMessage.next_attempt_at.is_(None),
                           OutboxMessage.next_attempt_at <= self.clock()))
                .order_by(OutboxMessage.id))
        if mailing_ids is not None:
            stmt = stmt.where(OutboxMessage.mailing_id.in_(mailing_ids))
        with self.ws.session() as session:
            rows = [PendingRow(*r) for r in session.execute(stmt)]
            ids = {r.mailing_id for r in rows}
            drafts = {m.id: Draft(m.subject, m.body_text, m.body_html) for m in
                      session.execute(select(Mailing).where(Mailing.id.in_(ids))).scalars()}
            if ids:
                session.execute(update(Mailing).where(Mailing.id.in_(ids))
                                .values(status="sending"))
                audit.record(session, self.ws, "mailing.run", "mailing", ",".join(
                    str(i) for i in sorted(ids)), {"messages": len(rows)})
        return rows, drafts

    def _one_pass(self, agent: DeliveryAgent, rows: list[PendingRow]) -> None:
        """Send each row once.

        One message is in flight at a time. While the agent delivers it, the next message is
        built and outcomes are written to the vault; then, once the previous outcome is in
        (so an opt-out recorded meanwhile is seen), the next contact is checked again right
        before its message is handed over."""
        in_flight: _Prepared | None = None
        for row in rows:
            if self.should_cancel():
                self.report.cancelled = True
                break
            if not self._wait_for_throttle():
                break
            prepared = self._prepare(row)
            if in_flight is not None:
                keep_going = self._collect(agent, in_flight)
                in_flight = None
                if not keep_going:
                    break
            if prepared is not None:
                prepared = self._confirm(prepared)
            if prepared is None:  # no longer eligible, or already reached
                self._step_done()
                continue
            # On a team vault the server knows it may have gone out, should this desktop
            # never come back (claim_release).
            self.marks.mark(row.id)
            try:
                agent.submit(row.id, prepared.attempt, self.identity.address,
                             prepared.recipient.address, prepared.data)
            except AgentError as exc:
                self.report.stopped = str(exc)
                break
            in_flight = prepared
            self.recorder.flush_if_due()
        if in_flight is not None:
            self._collect(agent, in_flight)

    @staticmethod
    def _delivered_keys(mailing_id: int, recipient: Recipient) -> set[tuple]:
        return {(mailing_id, "contact", recipient.contact_id),
                (mailing_id, "address", recipient.address.lower())}

    def _load_delivered(self, mailing_ids: set[int]) -> None:
        with self.ws.session(readonly=True) as session:
            for mailing_id, contact_id, address in session.execute(
                    select(OutboxMessage.mailing_id, OutboxMessage.contact_id,
                           OutboxMessage.to_address)
                    .where(OutboxMessage.mailing_id.in_(mailing_ids),
                           OutboxMessage.status == "sent")):
                self.delivered |= {(mailing_id, "contact", contact_id),
                                   (mailing_id, "address", address.lower())}

    def _step_done(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(SendProgress(self.done, self.total, self.report.sent,
                                       len(self.report.failed), len(self.report.excluded)))

    def _prepare(self, row: PendingRow) -> _Prepared | None:
        """Check the contact and build the message from their current details; None (and the
        row marked excluded) when they may no longer receive it."""
        with self.read_session.begin():
            outcome = self._excluded_or_recipient(row)
            if isinstance(outcome, Excluded):
                return None
            draft = self.drafts[row.mailing_id]
            values = merge.contact_fields(
                self.read_session, outcome.contact_id, self.setup.business_name,
                merge.needs_address(draft.subject, draft.body_text, draft.body_html))
            language = language_in(self.read_session, outcome.contact_id)
        rendered = message.render(draft, self.identity, values, outcome.name, outcome.address,
                                  language)
        data = message.to_bytes(rendered, self.identity, row.message_id)
        return _Prepared(row, row.attempts + 1, outcome, rendered, data)

    def _confirm(self, prepared: _Prepared) -> _Prepared | None:
        """The check just before the hand-over; rebuilds when the contact changed since."""
        with self.read_session.begin():
            outcome = self._excluded_or_recipient(prepared.row)
        if isinstance(outcome, Excluded):
            return None
        if outcome != prepared.recipient:
            return self._prepare(prepared.row)
        return prepared

    def _excluded_or_recipient(self, row: PendingRow) -> Recipient | Excluded:
        outcome = self.checker.check(self.read_session, row.contact_id or 0)
        if isinstance(outcome, Excluded):
            self.recorder.exclude(row, f"no longer eligible at send time: {outcome.reason}")
            self.report.excluded.append(outcome)
        elif self._delivered_keys(row.mailing_id, outcome) & self.delivered:
            # Merged contacts bring their outbox rows along; one message per person.
            self.recorder.exclude(row, ALREADY_RECEIVED)
            outcome = Excluded(outcome.contact_id, outcome.name, ALREADY_RECEIVED,
                               "already_received")
            self.report.excluded.append(outcome)
        return outcome

    def _collect(self, agent: DeliveryAgent, sent: _Prepared) -> bool:
        """Record the agent's outcome; False when the whole run must stop."""
        row = sent.row
        try:
            result = agent.result()
        except AgentError as exc:
            self.report.stopped = str(exc)
            return False
        if result.kind == CONNECTION:
            self.report.stopped = result.text
            return False
        self.report.retried += bool(result.retried_after) or sent.attempt > 1
        if result.kind in (SENT, UNCONFIRMED):
            self.recorder.record(row, sent.attempt, result, sent.recipient.address,
                                 sent.rendered)
            self._step_done_after(result.kind)
            self.failures_in_a_row = 0
            self.delivered |= self._delivered_keys(row.mailing_id, sent.recipient)
            return True
        refused = verdict(result.code, result.text, sent.attempt, self.clock())
        self.recorder.record(row, sent.attempt, result, sent.recipient.address, sent.rendered,
                             refused)
        if refused.state == "deferred":
            self.report.deferred += 1
            self._step_done()
            return True
        self.report.failed.append(FailedMessage(row.id, row.contact_id, sent.recipient.name,
                                                refused.note, refused.refusal.permanent))
        self._step_done()
        self.failures_in_a_row += refused.refusal.permanent
        if self.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
            self.report.stopped = _("Stopped after {count} refusals in a row; the last: "
                                    "{text}").format(count=MAX_FAILURES_IN_A_ROW,
                                                     text=result.text)
            return False
        return True

    def _step_done_after(self, kind: str) -> None:
        if kind in (SENT, UNCONFIRMED):
            self.report.sent += 1
            self.report.unconfirmed += kind == UNCONFIRMED
        self._step_done()

    def _wait_for_throttle(self) -> bool:
        if self.interval:
            wait = self.next_at - time.monotonic()
            if wait > 0 and not self._pause(wait):
                return False
            self.next_at = max(self.next_at, time.monotonic()) + self.interval
        return True

    def _pause(self, seconds: float) -> bool:
        """Sleep, waking early to cancel; False when cancelled."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.should_cancel():
                self.report.cancelled = True
                return False
            self.recorder.flush_if_due()
            time.sleep(min(left, 0.1))
        return True

    def _report_pending(self, mailing_ids: list[int] | None) -> None:
        with self.ws.session(readonly=True) as session:
            self.report.pending = pending_messages(session, mailing_ids)
        self.report.remaining = len(self.report.pending)

    def _finish_mailings(self, mailing_ids: set[int]) -> None:
        with self.ws.session() as session:
            for mailing in session.execute(
                    select(Mailing).where(Mailing.id.in_(mailing_ids))).scalars():
                left = set(session.execute(select(OutboxMessage.status).where(
                    OutboxMessage.mailing_id == mailing.id,
                    OutboxMessage.status.in_(PENDING_STATUSES)).distinct()).scalars())
                # "waiting": only deferred messages are left, each with its next attempt time.
                mailing.status = ("done" if not left else "waiting" if left == {"deferred"}
                                  else "stopped")
            failed = len(self.report.failed)
            audit.record(session, self.ws, "mailing.run_end", "mailing",
                         ",".join(str(i) for i in sorted(mailing_ids)),
                         {"sent": self.report.sent, "unconfirmed": self.report.unconfirmed,
                          "failed": failed, "deferred": self.report.deferred,
                          "excluded": len(self.report.excluded),
                          "cancelled": self.report.cancelled, "stopped": bool(self.report.stopped)})
