"""One long-lived thread for a view's quick reads (the contacts list's searches and pages).

A thread started per read cost about a millisecond before the read began and 0.15 ms of CPU,
on every keystroke. Reads given to one ``ReadWorker`` run one after another, in the order
given, on the same thread. The thread ends by itself after a few idle seconds, so a worker
that is simply dropped leaves nothing running, and the next read starts it again.

Reads still go through the operation runner (``OperationRunner.query(..., worker=...)``):
the runner tracks, cancels, waits for and reports them exactly as jobs on threads of their
own; this class only decides on which thread they run.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from contactweb.ui.kit.ui_thread_release import prepare_on_ui_thread, release_on_ui_thread

IDLE_SECONDS = 5.0
log = logging.getLogger(__name__)


class ReadWorker:
    def __init__(self, name: str = "contactweb-reads", idle_seconds: float = IDLE_SECONDS
                 ) -> None:
        self._name = name
        self._idle_seconds = idle_seconds
        self._jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._lock = threading.Lock()  # a job is never queued to a thread that is leaving
        self._thread: threading.Thread | None = None
        self.threads_started = 0  # how many threads ran jobs (tests check reuse with it)
        prepare_on_ui_thread()

    def submit(self, job: Callable[[], None]) -> None:
        """Run ``job`` after the jobs given before it. It must not raise."""
        with self._lock:
            self._jobs.put(job)
            if self._thread is None:
                # A daemon: at exit the runner has waited for every read it started, and an
                # idle worker must not hold the process open.
                self._thread = threading.Thread(target=self._serve, name=self._name,
                                                daemon=True)
                self.threads_started += 1
                self._thread.start()

    @property
    def alive(self) -> bool:
        with self._lock:
            return self._thread is not None

    def _serve(self) -> None:  # on the worker's thread
        while True:
            try:
                job = self._jobs.get(timeout=self._idle_seconds)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():
                        self._thread = None
                        return
                continue
            try:
                job()
            except Exception:  # a job must not raise; if one does, the next still run
                log.exception("a read on the read worker raised")
            # A finished job may be the last reference to a QObject (the runner's job object),
            # which must not be destroyed on this thread.
            release_on_ui_thread(job)
            del job
