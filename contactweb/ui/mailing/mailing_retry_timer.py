"""Deferred messages (a 4xx reply, greylisting, a dropped connection) are tried again by
themselves while the application is open: one single-shot QTimer aims at the soonest next
attempt time kept in the vault, a run sends only the deferred messages whose time has come
(queued ones a person stopped wait for Resume), and the timer is aimed again after every run.

The Mailings page owns it and tells it when the page itself is sending (``busy``), so two
runs never start from this window; the vault's run lock keeps out any other process. Locking
stops it: the timer first, then a run in progress is cancelled and waited for, so nothing
touches the vault once it is locked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from contactweb.errors import ContactWebError
from contactweb.models import utcnow
from contactweb.services.mailing import retries, sender
from contactweb.services.mailing.sender import SendReport
from contactweb.ui.kit.operations import BackgroundOp, OpContext, OperationRunner
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)
# Aim again at least this often: the machine may sleep, or the clock be set, meanwhile.
LONGEST_WAIT_MS = 15 * 60 * 1000
# After a run, at least this long: a run that could not reach the server leaves the times as
# they were, and must not start again at once.
AFTER_RUN_MS = 60 * 1000
AFTER_FAILURE_MS = 10 * 60 * 1000
WHILE_BUSY_MS = 30 * 1000


class MailingRetryTimer(QObject):
    ran = Signal(object)  # the SendReport of an automatic run
    failed = Signal(str)  # why an automatic run did not happen (a person can act on it)

    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 busy: Callable[[], bool], clock: Callable[[], datetime] = utcnow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._operations = operations
        self._busy = busy
        self.clock = clock
        self.worker: BackgroundOp | None = None
        self.due_at: datetime | None = None  # the next attempt time aimed at, for the page
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_due)
        self._stopped = False

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> None:
        self._stopped = False
        self.schedule()

    def stop(self) -> None:
        """The vault is locking: no more runs, and one in progress ends first (it stops after
        the message in hand)."""
        self._stopped = True
        self.timer.stop()
        self.due_at = None
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.cancel()
            worker.wait()

    @property
    def running(self) -> bool:
        return self.worker is not None

    # --- aiming ------------------------------------------------------------------------------
    def schedule(self, at_least_ms: int = 0) -> datetime | None:
        """Aim the timer at the soonest deferred message; returns its time (None: nothing
        waits, the timer is off)."""
        self.timer.stop()
        self.due_at = None
        if self._stopped or self._ws.locked or not self._ws.can(Action.MAILING_SEND):
            return None
        try:
            due = retries.next_retry_at(self._ws)
        except ContactWebError as exc:
            log.warning("cannot tell when deferred messages are due: %s", exc)
            return None
        if due is None:
            return None
        self.due_at = due
        wait_ms = int(max((due - self.clock()).total_seconds(), 0) * 1000)
        self.timer.start(min(max(wait_ms, at_least_ms), LONGEST_WAIT_MS))
        return due

    # --- running -----------------------------------------------------------------------------
    def run_due(self) -> bool:
        """Send the deferred messages whose time has come; True when a run started."""
        if self._stopped or self._ws.locked or self.worker is not None:
            return False
        if self._busy():  # the page is sending: its run takes the due ones too
            self.timer.start(WHILE_BUSY_MS)
            return False
        due = retries.next_retry_at(self._ws)
        if due is None or due > self.clock():  # woken early (the longest wait): aim again
            self.schedule()
            return False
        ws, clock = self._ws, self.clock

        def job(ctx: OpContext) -> SendReport:
            return sender.deliver_outbox(ws, should_cancel=ctx.cancelled, clock=clock,
                                         deferred_only=True)

        # The runner announces the report's Changes (only when it changed something).
        worker = self._operations.operation(self, job)
        self.worker = worker
        # The outcome, failure included, is read in one place.
        worker.failure(lambda _exc: None).finished.connect(self._finished)
        worker.run()
        return True

    def _finished(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None or self._stopped:
            return
        report: SendReport | None = worker.result
        if worker.exception is not None or report is None:
            log.warning("automatic retry did not run: %s", worker.error)
            self.failed.emit(worker.error or self.tr("Sending stopped."))
            self.schedule(AFTER_FAILURE_MS)
            return
        self.ran.emit(report)
        self.schedule(AFTER_FAILURE_MS if report.stopped else AFTER_RUN_MS)
