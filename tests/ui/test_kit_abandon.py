"""Work that only waits for a server (a backup) is let go instead of waited for: Cancel reports
it at once, closing the runner (lock, sign-out) does not wait for it, and nothing of it reaches
the UI when it finally ends. The status bar's indicator shows it while it runs."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from contactweb.ui.kit.background_work_widget import BackgroundWorkWidget
from contactweb.ui.kit.operations import OpContext, OperationRunner, wait_for_running_operations
from tests.ui.conftest import ScriptedDialogHost, click


def waiting_job(started: threading.Event, release: threading.Event):  # noqa: ANN201
    def job(_ctx: OpContext) -> str:
        started.set()
        release.wait(10)  # a server that does not answer (it ignores Cancel, as a socket does)
        return "late"

    return job


def test_cancel_lets_the_job_go_and_nothing_of_it_comes_back(
        qtbot: QtBot, host: ScriptedDialogHost) -> None:
    runner = OperationRunner(host)
    window = QWidget()  # the status bar holding the indicator
    indicator = BackgroundWorkWidget(runner, window)
    qtbot.addWidget(window)
    window.show()
    assert not indicator.isVisible()  # nothing runs in the background yet
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []
    op = runner.operation(None, waiting_job(started, release)).in_background(
        "Backing up…", abandonable=True)
    op.success(lambda result: outcome.append(f"success {result}")).on_cancel(
        lambda: outcome.append("cancelled"))
    op.finished.connect(lambda: outcome.append("finished"))
    op.run()
    qtbot.waitUntil(started.is_set)
    assert indicator.isVisible() and indicator.label.text() == "Backing up…"

    click(qtbot, indicator.cancel_button)
    assert not indicator.isVisible()
    assert outcome == ["cancelled", "finished"]  # at once, the job still waiting
    assert not runner.busy() and op.abandoned
    release.set()
    assert wait_for_running_operations(10_000)
    qtbot.wait(10)
    assert outcome == ["cancelled", "finished"]  # its late success never arrives


def test_closing_the_runner_does_not_wait_for_an_abandonable_job(
        qtbot: QtBot, host: ScriptedDialogHost) -> None:
    runner = OperationRunner(host)
    started, release = threading.Event(), threading.Event()
    outcome: list[str] = []
    op = runner.operation(None, waiting_job(started, release)).in_background(
        "Backing up…", abandonable=True)
    op.success(outcome.append).on_cancel(lambda: outcome.append("cancelled"))
    op.run()
    qtbot.waitUntil(started.is_set)
    runner.close(timeout_ms=30_000)  # returns at once although the job still waits
    assert not release.is_set() and op.abandoned
    assert outcome == []  # the session ended: no callback of it runs
    release.set()
    assert wait_for_running_operations(10_000)
    qtbot.wait(10)
    assert outcome == []
