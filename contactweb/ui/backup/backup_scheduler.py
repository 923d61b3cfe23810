"""Automatic backups while the application is open: every N hours (the vault's
``backup.interval_hours``; an hour after a failure), and once more at exit when the vault
changed since the last backup of this session (or since sign-in).

Runs are operations of the session's runner, so the window stays responsive; the status bar follows through
``statusText``. Locking stops the scheduler and cancels a run in progress. A team vault's
runs are pg_dumps with what an administrator kept on this computer (owner and passphrase);
until then its schedule waits.
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


class BackupScheduler(QObject):
    statusText = Signal(str)  # for the status bar: "Backing up…", then the outcome
    backupFinished = Signal(bool, str)  # ok, message

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
        self._marker: tuple[int, ...] | None = None
        self._exiting = False

    # --- lifecycle -----------------------------------------------------------------------
    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        self._marker = self._current_marker()
        self._timer.start()
        QTimer.singleShot(first_check_ms, self, self.check_due)

    def stop(self) -> None:
        """Stop checking and cancel a run in progress (the workspace is about to lock)."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()

    @property
    def running(self) -> bool:
        return self._worker is not None

    # --- deciding ------------------------------------------------------------------------
    def is_due(self) -> bool:
        if self._workspace.locked or self._exiting or self.running:
            return False
        try:
            due = backup.next_backup_due(self._workspace)
        except ContactWebError as exc:
            log.warning("cannot tell whether a backup is due: %s", exc)
            return False
        if self._workspace.on_team_server and due is not None and \
                team_backup_secrets.kept_secrets(self._workspace) is None:
            return False  # waits for an administrator to give them on this computer
        return due is not None and due <= self._clock()

    def check_due(self) -> bool:
        """Start a backup when one is due; True when it started."""
        if not self.is_due():
            return False
        self.run_backup()
        return True

    def changed_since_backup(self) -> bool:
        return self._marker is None or self._current_marker() != self._marker

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
        ``then``. Returns False (call nothing) when there is nothing to do; asked again after
        that run, it says False, so ``then`` may simply be the quit that asked."""
        if self._exiting or self._workspace.locked:
            return False
        self._exiting = True
        self._timer.stop()
        if self.running:
            self._worker.finished.connect(then)  # type: ignore[union-attr]
            return True
        try:
            ready = backup.next_backup_due(self._workspace) is not None and not (
                self._workspace.on_team_server
                and team_backup_secrets.kept_secrets(self._workspace) is None)
        except ContactWebError:
            ready = False
        if not ready or not self.changed_since_backup():
            return False
        self.run_backup(then, with_dialog=True)
        return True

