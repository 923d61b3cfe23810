"""The one way the UI starts work: an operation (it writes) or a query (it only reads).

As Anki's ``CollectionOp``/``QueryOp``: the job runs off the UI thread, gets its own database
session through the Workspace (``ctx.session()``; services open theirs per call), may report
progress and stop when Cancel is pressed. Success comes back on the UI thread; an operation's
``Changes`` go to the one adapter; a failure is shown one way (the host's error box) unless
the caller takes it. When the session ends the runner is closed: running jobs are cancelled
and waited for, and no callback of theirs runs, so nothing touches the vault afterwards.

    runner.operation(self, lambda ctx: sales.add_sale(ctx.ws, ...),
                     changes=Changes.about(contact_id, sales=True)).success(self._saved).run()
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QWidget

from contactweb.errors import ContactWebError
from contactweb.services.changes import NOTHING, Changes
from contactweb.store.connection_loss import is_connection_lost
from contactweb.store.write_conflicts import write_conflict
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.read_worker import ReadWorker
from contactweb.vault.workspace import VaultLocked, Workspace

if TYPE_CHECKING:  # SQLAlchemy loads with the first session, after the sign-in window
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
ProgressFn = Callable[[int, int], None]

# Jobs still running, kept alive here: a QThread deleted while it runs aborts the process,
# and the view that started one may close meanwhile.
_RUNNING: set[BackgroundOp] = set()


def wait_for_running_operations(timeout_ms: int = 30_000) -> bool:
    """Let every job end (at exit, or between tests). True when all have ended."""
    return all(op.wait(timeout_ms) for op in list(_RUNNING))


atexit.register(wait_for_running_operations)


def operations_running() -> bool:
    """Whether a job has yet to report back on the UI thread (what a click's write waits on)."""
    return bool(_RUNNING)


def error_text(exc: BaseException) -> str:
    """What a person is told: a refusal's own message, or that something unexpected broke."""
    if isinstance(exc, ContactWebError):
        return str(exc)
    refusal = write_conflict(exc)
    if refusal is not None:  # another writer held the vault: nothing was written
        return str(refusal)
    if is_connection_lost(exc):  # a team server that went away: not a bug, say so plainly
        return QCoreApplication.translate(
            "OperationRunner", "The connection to the team server was lost, so this was not "
            "saved. What you typed is kept here: ContactWeb connects again by itself, so try "
            "again in a moment (or check the office network).")
    return QCoreApplication.translate("OperationRunner", "Unexpected error: {kind}: {error}"
                                      ).format(kind=exc.__class__.__name__, error=exc)


@dataclass
class OpContext:
    """What a job gets on its thread."""

    ws: Workspace | None
    progress: ProgressFn
    cancel: threading.Event

    def cancelled(self) -> bool:
        return self.cancel.is_set()

    @contextmanager
    def session(self, readonly: bool = False) -> Iterator[Session]:
        """This job's own session (a pooled connection of its own while it runs)."""
        if self.ws is None:
            raise VaultLocked(QCoreApplication.translate("OperationRunner",
                                                         "The vault is locked. Sign in again."))
        with self.ws.session(readonly) as session:
            yield session


Job = Callable[[OpContext], Any]
# A job written against progress and Cancel alone (the import pages' readers); a caller
# adapts it with ``lambda ctx: job(ctx.progress, ctx.cancel)``.
ProgressJob = Callable[[ProgressFn, threading.Event], Any]


class _JobThread(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Job, ws: Workspace | None) -> None:
        super().__init__()
        self.context = OpContext(ws, self.progressed.emit, threading.Event())
        self._job = job
        self.result: Any = None
        self.exception: Exception | None = None

    def run(self) -> None:  # on the job's thread
        try:
            self.result = self._job(self.context)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self.exception = exc


class _JobOnReadWorker(QObject):
    """A job run on a long-lived ``ReadWorker`` thread, with the ``_JobThread`` interface
    that ``BackgroundOp`` uses (``start``, ``isFinished``, ``wait``, ``finished``...)."""

    progressed = Signal(int, int)
    finished = Signal()  # emitted on the worker's thread; queued to the UI thread

    def __init__(self, job: Job, ws: Workspace | None, worker: ReadWorker) -> None:
        super().__init__()
        self.context = OpContext(ws, self.progressed.emit, threading.Event())
        self._job = job
        self._worker = worker
        self._done = threading.Event()
        self.result: Any = None
        self.exception: Exception | None = None

    def start(self) -> None:
        self._worker.submit(self._run)

    def _run(self) -> None:  # on the worker's thread
        try:
            self.result = self._job(self.context)
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, never lost
            self.exception = exc
        self._done.set()
        self.finished.emit()

    def isFinished(self) -> bool:  # noqa: N802 - as QThread's
        return self._done.is_set()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._done.wait(timeout_ms / 1000)


class BackgroundOp(QObject):
    """One run of a job. Configure it (``success``, ``failure``, ``with_progress``...), then
    ``run()``. ``finished`` follows the outcome, also when the session ended meanwhile."""

    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, runner: OperationRunner, parent: QObject | None, job: Job,
                 changes: Changes = NOTHING, worker: ReadWorker | None = None) -> None:
        super().__init__()
        self._runner = runner
        self._parent = parent
        self._thread: _JobThread | _JobOnReadWorker = \
            _JobThread(job, runner.ws) if worker is None else \
            _JobOnReadWorker(job, runner.ws, worker)
        self._thread.progressed.connect(self.progressed)
        self._thread.finished.connect(self._ended)
        self._changes = changes
        self._changes_on_failure = NOTHING
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[Exception], None] | None = None
        self._on_cancel: Callable[[], None] | None = None
        self._progress: tuple[str, str, bool] | None = None
        self._progress_delay_ms = 0
        self._dialog: ProgressDialog | None = None
        # Shown in the main window's status bar instead of a modal progress dialog.
        self.background_text = ""
        # Work that only talks to a server (a backup): Cancel and the end of the session
        # let it go at once instead of waiting for a server that may never answer.
        self.abandonable = False
        self.abandoned = False
        self.result: Any = None
        self.exception: Exception | None = None
        self.error = ""
        self.error_details = ""  # technical text behind the error, for a "Details" button
        self.was_cancelled = False

    # --- configuring ------------------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> BackgroundOp:
        """Take failures here instead of the error box (e.g. to show them on the page)."""
        self._on_failure = callback
        return self

    def on_cancel(self, callback: Callable[[], None]) -> BackgroundOp:
        self._on_cancel = callback
        return self

    def on_progress(self, callback: ProgressFn) -> BackgroundOp:
        self.progressed.connect(callback)
        return self

    def with_progress(self, title: str, text: str, cancellable: bool = True,
                      shown_after_ms: int = 0) -> BackgroundOp:
        """Show the progress dialog (with Cancel when ``cancellable``) while it runs; with
        ``shown_after_ms``, only once the job has run that long, so that a check that is
        usually instant does not flash a dialog."""
        self._progress = (title, text, cancellable)
        self._progress_delay_ms = shown_after_ms
        return self

    def changes_on_failure(self, changes: Changes) -> BackgroundOp:
        """What the job may have changed before it failed or was cancelled part-way (a
        mailing that stopped still sent some): announced then too."""
        self._changes_on_failure = changes
        return self

    def in_background(self, text: str, abandonable: bool = False) -> BackgroundOp:
        """Run without a modal dialog: the status bar shows ``text``, the progress and a
        Cancel. With ``abandonable`` Cancel reports the outcome at once and the job, told
        to stop, is left to end on its own thread; its callbacks never run."""
        self.background_text = text
        self.abandonable = abandonable
        return self

    # --- running ----------------------------------------------------------------------------
    def run(self) -> BackgroundOp:
        if self._runner.closed:  # the session ended: this job never starts
            return self
        _RUNNING.add(self)
        self._runner.started(self)
        if self._progress is not None:
            title, text, cancellable = self._progress
            self._dialog = ProgressDialog(title, text, self, self._widget(), cancellable)
            if self._progress_delay_ms:
                dialog = self._dialog
                QTimer.singleShot(self._progress_delay_ms, lambda: self._show_late(dialog))
            else:
                self._runner.host.show_dialog(self._dialog)
        self._thread.start()
        return self

    def _show_late(self, dialog: ProgressDialog) -> None:
        if self._dialog is dialog and self.running and shiboken6.isValid(dialog):
            self._runner.host.show_dialog(dialog)

    @property
    def running(self) -> bool:
        return self in _RUNNING and not self._thread.isFinished()

    def cancel(self) -> None:
        self._thread.context.cancel.set()

    def abandon(self) -> None:
        """Cancel and report it now (``on_cancel``, ``finished``), without waiting for the
        job: it ends later on its own thread and nothing of it reaches the UI."""
        self.cancel()
        if self.abandoned or not self.running:
            return
        self.abandoned = True
        self.was_cancelled = True
        self._runner.ended(self)
        if self._dialog is not None:
            self._dialog.accept()
            self._dialog.deleteLater()
            self._dialog = None
        if self._runner.closed or (self._parent is not None and
                                   not shiboken6.isValid(self._parent)):
            return
        if self._on_cancel is not None:
            self._on_cancel()
        self.finished.emit()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self._thread.wait(timeout_ms)

    def _ended(self) -> None:  # on the UI thread, once the job returned or raised
        self._thread.wait()
        _RUNNING.discard(self)
        self._runner.ended(self)
        if self.abandoned:  # already reported as cancelled
            self._thread.deleteLater()
            self.deleteLater()
            return
        self.result, self.exception = self._thread.result, self._thread.exception
        self.was_cancelled = self._thread.context.cancelled() and self.exception is not None
        if self.exception is not None:
            self.error = error_text(self.exception)
            self.error_details = str(getattr(self.exception, "details", "") or "")
            if not isinstance(self.exception, ContactWebError) and not self.was_cancelled:
                log.error("background job failed", exc_info=self.exception)
        # The progress dialog went with its page when the session ended meanwhile.
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.accept()
            self._dialog.deleteLater()
        if self._runner.closed or (self._parent is not None and
                                   not shiboken6.isValid(self._parent)):
            # The session ended or the view went: nothing may touch the vault now, so
            # neither the callbacks nor ``finished`` run.
            self._thread.deleteLater()
            self.deleteLater()
            return
        if self.was_cancelled:
            if self._on_cancel is not None:
                self._on_cancel()
        elif self.exception is not None:
            if self._on_failure is not None:
                self._on_failure(self.exception)
            else:
                # A refusal carries its technical details (if any) behind "Details".
                shown = self.exception if isinstance(self.exception, ContactWebError) \
                    else self.error
                self._runner.host.show_error(self._widget(), shown)
        else:
            self._report_success()
        if self.exception is not None and self._runner.adapter is not None \
                and not self._runner.closed:
            self._runner.adapter.announce(self._changes_on_failure)
        self.finished.emit()
        self._thread.deleteLater()
        self.deleteLater()

    def _report_success(self) -> None:
        result, changes = self.result, self._changes
        if isinstance(result, Changes):
            changes = changes | result
        elif isinstance(getattr(result, "changes", None), Changes):
            changes = changes | result.changes  # a result that says what it changed
        if self._on_success is not None:
            self._on_success(result)
        if self._runner.adapter is not None and not self._runner.closed:
            self._runner.adapter.announce(changes)

    def _widget(self) -> QWidget | None:
        return self._parent if isinstance(self._parent, QWidget) else None


class OperationRunner(QObject):
    """Starts and tracks the jobs of one session. Before anyone signed in (creating the
    vault, signing in) the controller has a runner without a workspace: its jobs get no
    session (``ctx.session()`` refuses) and it is never closed by a lock."""

    opStarted = Signal(object)  # BackgroundOp: for the status bar's indicator
    opEnded = Signal(object)  # BackgroundOp: it ended, or was abandoned

    def __init__(self, host: DialogHost, parent: QObject | None = None,
                 ws: Workspace | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ws = ws
        self.adapter: Any = None  # the ChangesAdapter that hears of successful operations
        self.closed = False
        self._running: list[BackgroundOp] = []

    def query(self, parent: QObject | None, job: Job, worker: ReadWorker | None = None
              ) -> BackgroundOp:
        """Work that only reads; configure the result, then ``run()``. With ``worker`` it
        runs on that long-lived thread after the reads given to it before (a view that reads
        on every keystroke), else on a thread of its own."""
        return BackgroundOp(self, parent, job, worker=worker)

    def operation(self, parent: QObject | None, job: Job,
                  changes: Changes = NOTHING) -> BackgroundOp:
        """Work that writes; ``changes``, with a ``Changes`` the job returns or the
        ``changes`` its result carries (as ``RetentionResult``), is announced when it
        succeeds."""
        return BackgroundOp(self, parent, job, changes)

    def running(self) -> list[BackgroundOp]:
        return list(self._running)

    def busy(self) -> bool:
        return bool(self._running)

    def started(self, op: BackgroundOp) -> None:
        self._running.append(op)
        self.opStarted.emit(op)

    def ended(self, op: BackgroundOp) -> None:
        if op in self._running:
            self._running.remove(op)
            self.opEnded.emit(op)

    def close(self, timeout_ms: int = 30_000) -> None:
        """The session is ending: cancel every job, wait for it (a message being sent
        still finishes), and let no callback of theirs run afterwards."""
        self.closed = True
        for op in self.running():
            if op.abandonable:  # a backup waiting for a server: let it go
                op.abandon()
            else:
                op.cancel()
        for op in self.running():
            if not op.wait(timeout_ms):
                log.warning("a background job did not stop in time")
