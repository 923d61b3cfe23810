"""Long work off the UI thread, with progress, cancel and error reporting.

A job is ``job(progress, cancel) -> result``: it calls ``progress(done, total)`` now and then
and stops when ``cancel`` (a ``threading.Event``) is set. Services open a database session
per call and take a pooled connection for it, so the job has its own connection while it runs.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from contactweb.errors import ContactWebError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
Job = Callable[[ProgressFn, threading.Event], Any]

# Workers started with ``Worker.detached``: kept alive here until their thread has ended.
_RUNNING: set[Worker] = set()


def wait_for_detached_workers(timeout_ms: int = 30_000) -> bool:
    """Let every detached worker finish (before the program ends, or between tests): a
    QThread destroyed while it runs aborts the process. True when all have ended."""
    return all(worker.wait(timeout_ms) for worker in list(_RUNNING))


atexit.register(wait_for_detached_workers)


class Worker(QThread):
    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the job's result
    failed = Signal(str)  # a message a person can act on
    cancelled = Signal()
    # ``finished`` (from QThread) follows exactly one of the three above.

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: str = ""
        self.exception: Exception | None = None  # what the job raised, for callers that care

    @classmethod
    def detached(cls, job: Job) -> Worker:
        """A worker with no parent, released only after its thread has ended: the view that
        started it may close meanwhile, and a QThread deleted while running takes the
        application down. Connect to its signals, then call ``start()``."""
        worker = cls(job)
        _RUNNING.add(worker)
        worker.finished.connect(worker._release)
        return worker

    def _release(self) -> None:
        self.wait()
        _RUNNING.discard(self)
        self.deleteLater()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # runs on the worker thread
        try:
            self.result = self._job(self.progressed.emit, self.cancel_event)
        except Exception as exc:  # noqa: BLE001 - reported to the person, never lost
            self.exception = exc
            if self.cancel_event.is_set():
                self.cancelled.emit()
                return
            if not isinstance(exc, ContactWebError):
                log.exception("background job failed")
            self.error = str(exc) if isinstance(exc, ContactWebError) \
                else f"Unexpected error: {exc.__class__.__name__}: {exc}"
            self.failed.emit(self.error)
            return
        if self.cancel_event.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(self.result)
