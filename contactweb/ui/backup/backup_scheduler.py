"""Automatic backups while the application is open: every N hours (the vault's
``backup.interval_hours``; an hour after a failure), and once more at exit when the vault
changed since the last backup of this session (or since sign-in).

Runs are operations of the session's runner, so the window stays responsive; the status bar follows through
``statusText``. Locking stops the scheduler and cancels a run in progress. A team vault's
runs are pg_dumps with what an administrator kept on this computer (owner and passphrase);
until then its schedule waits.

Whether a backup is due, and at exit whether the vault changed, is read by the runner too
(``read_schedule``): the vault's backup history and this computer's keyring are never read
on the UI thread, where a slow keyring (waiting for its own unlock prompt) or a busy team
server would freeze the window. The exit waits for that answer behind a "checking" dialog
whose Cancel closes at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from contactweb.errors import ContactWebError
from contactweb.models import utcnow
from contactweb.services.backup import backup, team_backup_secrets
from contactweb.services.changes import Changes
from contactweb.sync import BackupResult
from contactweb.ui.backup import backup_status
from contactweb.ui.kit.operations import BackgroundOp, OpContext, OperationRunner
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 10 * 60 * 1000
FIRST_CHECK_MS = 60 * 1000  # let the window settle after signing in
# What the runner reads for a decision: when the next backup is due (None: none can run on
# this computer now) and, at exit, the vault's change marker.
ScheduleReading = tuple[datetime | None, tuple[int, ...] | None]


def read_schedule(ws: Workspace, with_marker: bool = False) -> ScheduleReading:
    """On the runner's thread: the vault's schedule and history, and on a team vault the
    keyring (its runs need what an administrator kept on this computer)."""
    try:
        due = backup.next_backup_due(ws)
    except ContactWebError as exc:
        log.warning("cannot tell whether a backup is due: %s", exc)
        due = None
    if ws.on_team_server and due is not None and team_backup_secrets.kept_secrets(ws) is None:
        due = None  # waits for an administrator to give them on this computer
    return due, backup.vault_change_marker(ws) if with_marker else None


class BackupScheduler(QObject):
    statusText = Signal(str)  # for the status bar: "Backing up…", then the outcome
    backupFinished = Signal(bool, str)  # ok, message
    dueChecked = Signal(bool)  # a check's answer: whether a backup was due (and so started)

    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 clock: Callable[[], datetime] = utcnow, check_every_ms: int = CHECK_EVERY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._operations = operations
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check_due)
        self._worker: BackgroundOp | None = None
        self._checking: BackgroundOp | None = None
        self._marker: tuple[int, ...] | None = None
        self._exiting = False

    # --- lifecycle -----------------------------------------------------------------------
    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self._timer.start()
        self._read_start_marker()
        QTimer.singleShot(first_check_ms, self, self.check_due)

    def _read_start_marker(self) -> None:
        """The vault as it was at sign-in, read by the runner (a team vault's is a query)."""
        ws = self._workspace
        if ws.locked or self._operations.closed:
            return
        self._operations.query(self, lambda _ctx: backup.vault_change_marker(ws)).success(
            self._start_marker_read).failure(
            lambda exc: log.warning("vault change marker unavailable: %s", exc)).run()

    def _start_marker_read(self, marker: tuple[int, ...]) -> None:
        if self._marker is None:  # a backup that ended meanwhile took a newer one
            self._marker = marker

    def stop(self) -> None:
        """Stop checking and cancel a run in progress (the workspace is about to lock)."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()

    @property
    def running(self) -> bool:
        return self._worker is not None

    # --- deciding ------------------------------------------------------------------------
    def _may_start(self) -> bool:
        return not (self._workspace.locked or self._exiting or self.running
                    or self._operations.closed)

    def check_due(self, start: bool = True) -> bool:
        """Ask the runner whether a backup is due and, with ``start``, start it when it is;
        ``dueChecked`` answers. False when nothing was asked (locked, closing, a run or a
        check under way)."""
        if not self._may_start() or self._checking is not None:
            return False
        ws = self._workspace
        checking = self._operations.query(self, lambda _ctx: read_schedule(ws))
        checking.success(lambda reading: self._due_answered(reading, start)).failure(
            self._due_unknown)
        checking.finished.connect(self._check_done)
        self._checking = checking
        checking.run()
        return True

    def _due_answered(self, reading: ScheduleReading, start: bool) -> None:
        due = reading[0]
        # Decided now, on the UI thread: the exit or a run may have begun while it read.
        is_due = self._may_start() and due is not None and due <= self._clock()
        if is_due and start:
            self.run_backup()
        self.dueChecked.emit(is_due)

    def _due_unknown(self, exc: Exception) -> None:
        log.warning("cannot tell whether a backup is due: %s", exc)
        self.dueChecked.emit(False)

    def _check_done(self) -> None:
        self._checking = None

    def _changed_since(self, marker: tuple[int, ...] | None) -> bool:
        return self._marker is None or marker != self._marker

    def _current_marker(self) -> tuple[int, ...] | None:
        return None if self._workspace.locked else backup.vault_change_marker(self._workspace)

    # --- running -------------------------------------------------------------------------
    def run_backup(self, then: Callable[[], None] | None = None,
                   with_dialog: bool = False) -> BackgroundOp:
        ws = self._workspace

        def job(ctx: OpContext) -> BackupResult:
            if ws.on_team_server:  # a pg_dump with the passphrase kept on this computer
                result = team_backup_secrets.backup_with_kept_secrets(ws, ctx.progress,
                                                                      ctx.cancel)
            else:
                result = backup.backup_now(ws, ctx.progress, ctx.cancel)
            self._marker = self._current_marker()  # after the run's own history row
            return result

        worker = self._operations.operation(self, job, changes=Changes(backups=True))
        # Marked for translation in its own context (BackupStatus), not this class's.
        running_text = QCoreApplication.translate("BackupStatus", backup_status.RUNNING)
        if with_dialog:
            worker.with_progress(self.tr("Backing up before closing"), self.tr("ContactWeb is backing up the "
                                 "changes made since the last backup…"))
            worker.abandonable = True  # Cancel closes at once, even if the server hangs
        else:  # in the status bar; Lock, Sign out and Cancel never wait for the server
            worker.in_background(running_text, abandonable=True)
        self._worker = worker
        self.statusText.emit(running_text)
        # Failures go to the status bar and the log, not to a box in the person's way.
        worker.success(self._succeeded).failure(
            lambda exc: self._failed(worker.error or str(exc))).on_cancel(self._cancelled)
        if then is not None:
            worker.finished.connect(then)
        worker.run()
        return worker

    def _succeeded(self, _result: object) -> None:
        self._finished(True, "")

    def _failed(self, message: str) -> None:
        self._finished(False, message)

    def _cancelled(self) -> None:
        self._finished(False, self.tr("Backup cancelled."))

    def _finished(self, ok: bool, message: str) -> None:
        self._worker = None
        if not ok:
            log.warning("automatic backup did not complete: %s", message)
        ws = self._workspace
        if not ws.locked:  # the outcome's line, read off the UI thread like the status bar's
            self._operations.query(
                self, lambda _ctx: backup_status.backup_status_text(ws)).success(
                self.statusText.emit).failure(
                lambda exc: log.warning("backup status unavailable: %s", exc)).run()
        self.backupFinished.emit(ok, message)

    def backup_before_exit(self, then: Callable[[], None]) -> bool:
        """At exit: back up when the vault changed and a destination is ready, then call
        ``then``. Returns False (call nothing) when there is nothing to ask; else True, and
        ``then`` follows once the runner has read whether a backup is needed (behind a
        "checking" dialog: its Cancel closes at once) and the backup, if any, has run. Asked
        again after that, it says False, so ``then`` may simply be the quit that asked."""
        if self._exiting or self._workspace.locked or self._operations.closed:
            return False
        self._exiting = True
        self._timer.stop()
        if self.running:
            self._worker.finished.connect(then)  # type: ignore[union-attr]
            return True
        ws = self._workspace

        def go_on() -> None:  # after the check's own callbacks, never inside them
            QTimer.singleShot(0, then)

        checking = self._operations.query(self, lambda _ctx: read_schedule(ws, True))
        checking.with_progress(self.tr("Closing"), self.tr(
            "Checking whether the changes need a backup before closing…"), shown_after_ms=400)
        checking.abandonable = True  # a keyring waiting for its unlock prompt: close anyway
        checking.success(lambda reading: self._exit_answered(reading, then, go_on)).failure(
            lambda exc: (log.warning("cannot tell whether to back up at exit: %s", exc),
                         go_on())).on_cancel(go_on)
        checking.run()
        return True

    def _exit_answered(self, reading: ScheduleReading, then: Callable[[], None],
                       go_on: Callable[[], None]) -> None:
        due, marker = reading
        if due is None or not self._changed_since(marker) or self.running \
                or self._workspace.locked:
            go_on()
            return
        self.run_backup(then, with_dialog=True)

