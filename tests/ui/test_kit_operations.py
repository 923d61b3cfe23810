"""The operation runner: progress, the result on the UI thread, failures shown one way, Cancel
from the progress dialog, Changes announced on success, and nothing after the runner closed."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from contactweb.errors import BadInput
from contactweb.services.changes import Changes
from contactweb.ui.kit.operations import OpContext, OperationRunner
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from tests.ui.conftest import ScriptedDialogHost, click


def test_result_progress_and_changes_reach_the_ui_thread(
        qtbot: QtBot, host: ScriptedDialogHost) -> None:
    bridge = WorkspaceBridge(host)
    seen: list[tuple[int, int]] = []
    results: list[int] = []
    ui_thread = threading.current_thread()
    threads: list[threading.Thread] = []

    def count(ctx: OpContext) -> int:
        threads.append(threading.current_thread())
        for done in range(1, 4):
            ctx.progress(done, 3)
        return 42

    changed = Changes.about(7, sales=True)
    op = bridge.operations.operation(None, count, changes=changed)
    op.on_progress(lambda done, total: seen.append((done, total))).success(results.append)
    with qtbot.waitSignal(bridge.changed) as announced:
        op.run()
    assert announced.args == [changed]
    assert results == [42] and seen == [(1, 3), (2, 3), (3, 3)]
    assert threads and threads[0] is not ui_thread


def test_a_failure_is_shown_once_through_the_host(qtbot: QtBot,
                                                  host: ScriptedDialogHost) -> None:
    runner = OperationRunner(host)

    def fail(_ctx: OpContext) -> None:
        raise BadInput("No such file.")

    op = runner.query(None, fail)
    with qtbot.waitSignal(op.finished):
        op.run()
    assert host.messages == [("ContactWeb", "No such file.")]
    assert op.error == "No such file."


def test_cancel_from_the_progress_dialog(qtbot: QtBot, host: ScriptedDialogHost) -> None:
    runner = OperationRunner(host)
    started = threading.Event()
    cancelled: list[bool] = []

    def wait_for_cancel(ctx: OpContext) -> None:
        started.set()
        while not ctx.cancel.wait(0.01):
            pass
        raise RuntimeError("stopped half-way")

    op = runner.query(None, wait_for_cancel).with_progress("Working", "Counting…")
    op.on_cancel(lambda: cancelled.append(True))
    with qtbot.waitSignal(op.finished):
        op.run()
        (dialog,) = [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
        assert started.wait(5)
        click(qtbot, dialog.buttons.buttons()[0])
        assert dialog.label.text() == "Stopping…"
    assert cancelled == [True] and host.messages == []  # a cancel is no error


def test_after_close_no_callback_runs_and_nothing_starts(qtbot: QtBot,
                                                         host: ScriptedDialogHost) -> None:
    bridge = WorkspaceBridge(host)
    release = threading.Event()
    calls: list[object] = []
    bridge.changed.connect(calls.append)

    def slow(ctx: OpContext) -> int:
        while not ctx.cancel.is_set() and not release.wait(0.01):
            pass
        return 1

    op = bridge.operations.operation(None, slow, changes=Changes(contacts=True))
    op.success(calls.append).failure(calls.append).run()
    bridge.operations.close()  # cancels and waits
    assert not op.running
    qtbot.wait(20)  # the queued end of the job is delivered
    later = bridge.operations.query(None, lambda _ctx: calls.append("ran"))
    later.run()
    qtbot.wait(20)
    assert calls == [] and not bridge.operations.busy()
