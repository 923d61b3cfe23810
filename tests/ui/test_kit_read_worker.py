"""Reads given to one ReadWorker run in order on one long-lived thread, through the operation
runner as any job: success and failure come back on the UI thread, and a closed runner lets
none of their callbacks run."""

from __future__ import annotations

import threading
import time
import weakref

from pytestqt.qtbot import QtBot

from contactweb.errors import ContactWebError
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OpContext, OperationRunner
from contactweb.ui.kit.read_worker import ReadWorker


def test_jobs_run_in_order_on_one_thread_that_ends_when_idle() -> None:
    worker = ReadWorker(idle_seconds=0.05)
    ran: list[tuple[int, int]] = []
    done = threading.Event()
    for number in range(5):
        worker.submit(lambda n=number: ran.append((n, threading.get_ident())))
    worker.submit(lambda: 1 / 0)  # a job that raises does not stop the ones after it
    worker.submit(done.set)
    assert done.wait(5)
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert len({ident for _, ident in ran}) == 1 and threading.get_ident() not in dict(ran)
    deadline = time.monotonic() + 5
    while worker.alive and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not worker.alive  # idle: the thread is gone
    again = threading.Event()
    worker.submit(again.set)
    assert again.wait(5) and worker.threads_started == 2


def test_reads_on_a_worker_report_through_the_runner(qtbot: QtBot) -> None:
    runner = OperationRunner(DialogHost())
    worker = ReadWorker()
    results: list[object] = []
    threads: set[int] = set()

    def read(ctx: OpContext, value: int) -> int:
        threads.add(threading.get_ident())
        return value * 2

    ops = [runner.query(None, lambda ctx, v=v: read(ctx, v), worker).success(results.append)
           for v in range(3)]

    def refuse(_ctx: OpContext) -> None:
        raise ContactWebError("no")

    failed = runner.query(None, refuse, worker).failure(results.append)
    for op in [*ops, failed]:
        op.run()
    with qtbot.waitSignal(failed.finished, timeout=10_000):
        pass
    assert results[:3] == [0, 2, 4] and isinstance(results[3], ContactWebError)
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert worker.threads_started == 1 and not runner.busy()


def test_a_closed_runner_waits_for_queued_reads_and_runs_no_callback(qtbot: QtBot) -> None:
    runner = OperationRunner(DialogHost())
    worker = ReadWorker()
    release = threading.Event()
    ran: list[str] = []
    callbacks: list[object] = []
    first = runner.query(None, lambda _ctx: release.wait(5) and ran.append("first"), worker)
    second = runner.query(None, lambda _ctx: ran.append("second"), worker)
    for op in (first, second):
        op.success(callbacks.append).run()
    assert first.running and second.running  # the second waits behind the first
    threading.Timer(0.05, release.set).start()
    runner.close()
    assert ran == ["first", "second"]  # both ended before close() returned
    qtbot.wait(50)
    assert callbacks == []


def _wait_until_idle(worker: ReadWorker, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not worker.alive, timeout=5_000)


def test_a_job_the_caller_dropped_is_released_on_the_ui_thread(qtbot: QtBot) -> None:
    """The worker's thread never drops a job's last reference: a job may own a QObject, and
    a QObject destroyed there can freeze the window (see ui_thread_release)."""
    worker = ReadWorker(idle_seconds=0.05)
    released_on: list[str] = []
    ran = threading.Event()

    class Job:
        def __call__(self) -> None:
            ran.set()

    job = Job()
    weakref.finalize(job, lambda: released_on.append(threading.current_thread().name))
    worker.submit(job)
    del job
    assert ran.wait(5)
    _wait_until_idle(worker, qtbot)  # the thread has ended and dropped what it held
    qtbot.waitUntil(lambda: bool(released_on), timeout=5_000)
    assert released_on == [threading.main_thread().name]


def test_a_finished_read_of_the_runner_is_destroyed_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = OperationRunner(DialogHost())
    worker = ReadWorker(idle_seconds=0.05)
    released_on: list[str] = []

    def read(_ctx: OpContext) -> int:
        return 7

    # The read function lives exactly as long as the runner's job object (a QObject) that
    # holds it, so its end shows on which thread that object went.
    weakref.finalize(read, lambda: released_on.append(threading.current_thread().name))
    results: list[int] = []
    op = runner.query(None, read, worker).success(results.append)
    del read
    with qtbot.waitSignal(op.finished, timeout=10_000):
        op.run()
    del op
    _wait_until_idle(worker, qtbot)
    qtbot.waitUntil(lambda: bool(released_on), timeout=5_000)
    assert results == [7] and released_on == [threading.main_thread().name]
