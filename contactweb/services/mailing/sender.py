"""Sending the outbox: eligibility re-checked just before each message, one recipient per
message, a throttle, retries, and a run that can be killed at any moment.

How a kill is survived without sending anyone twice or skipping anyone:

* Every complete message is handed to the delivery agent (``agent``), a separate process
  that finishes a message it has received even if this process dies, and writes "begin"
  (fsynced) just before the final dot of DATA and "end" with the reply after it.
* This process records outcomes in the vault in batches (one commit per second or per 200
  messages, not per message); the journal holds the truth in between.
* A new run first waits until no agent is alive (its lock), then settles the journal:
  "end sent" -> sent; "end refused" -> failed; "begin" without "end" -> sent, unconfirmed
  (the server may have it; never sent again); a row with no entry never reached the final dot
  and is simply sent.

Limit, stated plainly: SMTP has no way to ask a server whether it accepted a message. If the
agent itself dies (or the machine loses power) in the microseconds between the journal's
"begin" and the server's reply, that one message is "unconfirmed": it is not sent again (at
most once) and the status report lists it, so someone can check by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from contactweb.models import Mailing, OutboxMessage
from contactweb.services import audit
from contactweb.services.eligibility import EligibilityChecker, Excluded, Recipient
from contactweb.services.mailing import merge, message
from contactweb.services.mailing.agent import AgentError, DeliveryAgent
from contactweb.services.mailing.delivery_records import OutcomeRecorder, PendingRow
from contactweb.services.mailing.journal import (
    CONNECTION,
    PERMANENT,
    SENT,
    TRANSIENT,
    UNCONFIRMED,
    DeliveryJournal,
)
from contactweb.services.mailing.message import Draft, RenderedMessage
from contactweb.services.mailing.outbox import MAX_ATTEMPTS, ready_setup, sender_identity
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
RETRY_DELAYS = (1.0, 5.0)  # pauses before the retry passes for temporary failures
MAX_FAILURES_IN_A_ROW = 10


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
    failed: list[FailedMessage] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)  # no longer eligible at send time
    retried: int = 0  # temporary failures that were tried again in this run
    settled: int = 0  # messages of an interrupted earlier run settled from the journal
    cancelled: bool = False
    stopped: str = ""  # why the run stopped early, if it did
    remaining: int = 0  # still waiting in the outbox


ProgressCallback = Callable[[SendProgress], None]
CancelCheck = Callable[[], bool]


def deliver_outbox(ws: Workspace, mailing_ids: list[int] | None = None,
                   retry_failed: bool = False, progress: ProgressCallback | None = None,
                   should_cancel: CancelCheck | None = None) -> SendReport:
    """Send what is waiting (all unfinished email mailings, or the given ones). With
    ``retry_failed`` messages that failed before are tried again too (up to MAX_ATTEMPTS)."""
    ws.require(Action.MAILING_SEND)
    setup = ready_setup(ws)
    config = smtp_config(ws, setup)
    with exclusive_run(ws, AGENT_WAIT_SECONDS):
        report = SendReport(settled=settle_journal(ws))
        run = _Run(ws, setup, report, progress, should_cancel or (lambda: False))
        run.execute(config, mailing_ids, retry_failed)
        return report


class _Prepared(NamedTuple):
    row: PendingRow
    attempt: int
    recipient: Recipient
    rendered: RenderedMessage
    data: bytes


class _Run:
    def __init__(self, ws: Workspace, setup, report: SendReport,  # noqa: ANN001
                 progress: ProgressCallback | None, should_cancel: CancelCheck) -> None:
        self.ws = ws
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
                retry_failed: bool) -> None:
        pending, drafts = self._pending(mailing_ids, retry_failed)
        self.total = len(pending)
        if not pending:
            return
        self.drafts = drafts
        self.delivered: set[tuple] = set()
        self._load_delivered(set(drafts))
        read_conn = self.ws.engine.connect().execution_options(readonly=True)
        write_conn = self.ws.engine.connect()
        try:
            self.read_session = Session(bind=read_conn)
            self.recorder = OutcomeRecorder(Session(bind=write_conn), self.ws, batched=True)
            try:
                agent = DeliveryAgent(self.ws.vault.folder, config)
            except SmtpSetupError as exc:
                self.report.stopped = str(exc)
            else:
                try:
                    self._passes(agent, pending)
                finally:
                    agent.close()
            self.report.remaining = self._count_remaining()
            self._finish_mailings({row.mailing_id for row in pending})
            DeliveryJournal(self.ws.vault.folder).clear()
        finally:
            read_conn.close()
            write_conn.close()

    def _pending(self, mailing_ids: list[int] | None, retry_failed: bool
                 ) -> tuple[list[PendingRow], dict[int, Draft]]:
        statuses = ["queued", "sending"] + (["failed"] if retry_failed else [])
        stmt = (select(OutboxMessage.id, OutboxMessage.mailing_id, OutboxMessage.contact_id,
                       OutboxMessage.to_address, OutboxMessage.message_id,
                       OutboxMessage.attempts)
                .join(Mailing, Mailing.id == OutboxMessage.mailing_id)
                .where(Mailing.channel == "email", OutboxMessage.status.in_(statuses),
                       OutboxMessage.attempts < MAX_ATTEMPTS)
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

    def _passes(self, agent: DeliveryAgent, pending: list[PendingRow]) -> None:
        todo = pending
        for attempt_pass in range(len(RETRY_DELAYS) + 1):
            if attempt_pass:
                if not self._pause(RETRY_DELAYS[attempt_pass - 1]):
                    break
                self.report.retried += len(todo)
            todo = self._one_pass(agent, todo)
            if not todo or self.report.stopped or self.report.cancelled:
                break

    def _one_pass(self, agent: DeliveryAgent, rows: list[PendingRow]) -> list[PendingRow]:
        """Send each row once; returns the rows that failed temporarily.

        One message is in flight at a time. While the agent delivers it, the next message is
        built and outcomes are written to the vault; then, once the previous outcome is in
        (so an opt-out recorded meanwhile is seen), the next contact is checked again right
        before its message is handed over."""
        again: list[PendingRow] = []
        in_flight: _Prepared | None = None
        for row in rows:
            if self.should_cancel():
                self.report.cancelled = True
                break
            if not self._wait_for_throttle():
                break
            prepared = self._prepare(row)
            if in_flight is not None:
                keep_going = self._collect(agent, in_flight, again)
                in_flight = None
                if not keep_going:
                    break
            if prepared is not None:
                prepared = self._confirm(prepared)
            if prepared is None:  # no longer eligible, or already reached
                self._step_done()
                continue
            try:
                agent.submit(row.id, prepared.attempt, self.identity.address,
                             prepared.recipient.address, prepared.data)
            except AgentError as exc:
                self.report.stopped = str(exc)
                break
            in_flight = prepared
            self.recorder.flush_if_due()
        if in_flight is not None:
            self._collect(agent, in_flight, again)
        return again

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
        rendered = message.render(draft, self.identity, values, outcome.name, outcome.address)
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

    def _collect(self, agent: DeliveryAgent, sent: _Prepared, again: list[PendingRow]) -> bool:
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
        self.recorder.record(row, sent.attempt, result, sent.recipient.address, sent.rendered)
        if self.report.failed:  # a retry replaces an earlier failure of the same message
            self.report.failed = [f for f in self.report.failed if f.outbox_id != row.id]
        self._step_done_after(result.kind)
        if result.kind in (SENT, UNCONFIRMED):
            self.failures_in_a_row = 0
            self.report.retried += bool(result.retried_after)
            self.delivered |= self._delivered_keys(row.mailing_id, sent.recipient)
            return True
        self.failures_in_a_row += 1
        self.report.failed.append(FailedMessage(row.id, row.contact_id, sent.recipient.name,
                                                result.text, result.kind == PERMANENT))
        if result.kind == TRANSIENT:
            again.append(row._replace(attempts=sent.attempt))
        if self.failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
            self.report.stopped = (f"Stopped after {MAX_FAILURES_IN_A_ROW} failures in a row; "
                                   f"the last: {result.text}")
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

    def _count_remaining(self) -> int:
        self.recorder.flush()
        with self.ws.session(readonly=True) as session:
            ids = list(self.drafts)
            return len(session.execute(
                select(OutboxMessage.id).where(OutboxMessage.mailing_id.in_(ids),
                                               OutboxMessage.status.in_(("queued", "sending",
                                                                         "failed")))).all())

    def _finish_mailings(self, mailing_ids: set[int]) -> None:
        with self.ws.session() as session:
            for mailing in session.execute(
                    select(Mailing).where(Mailing.id.in_(mailing_ids))).scalars():
                left = session.execute(select(OutboxMessage.id).where(
                    OutboxMessage.mailing_id == mailing.id,
                    OutboxMessage.status.in_(("queued", "sending", "failed"))).limit(1)).first()
                mailing.status = "stopped" if left else "done"
            failed = len(self.report.failed)
            audit.record(session, self.ws, "mailing.run_end", "mailing",
                         ",".join(str(i) for i in sorted(mailing_ids)),
                         {"sent": self.report.sent, "unconfirmed": self.report.unconfirmed,
                          "failed": failed, "excluded": len(self.report.excluded),
                          "cancelled": self.report.cancelled, "stopped": bool(self.report.stopped)})
