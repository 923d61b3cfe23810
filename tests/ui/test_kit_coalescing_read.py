"""A view's coalescing background read: one read at a time, off the UI thread; however often
it is asked during a read, it reads exactly once more after it, with what is true then; a
read no longer wanted is not made, and a closed runner starts nothing."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from contactweb.ui.kit.coalescing_read import CoalescingRead
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, finish_operations

pytestmark = pytest.mark.sqlite_only  # threads and signals, not the database


class _View:
    """What a status line does with its reader: asks, shows the answer it got."""

    def __init__(self, owner: QLabel, runner: OperationRunner) -> None:
        self.value = 0
        self.reads: list[tuple[int, threading.Thread]] = []
        self.shown: list[int] = []
        self.failures: list[Exception] = []
        self.gate = threading.Event()
        self.reader = CoalescingRead(owner, runner, self.shown.append, self.failures.append,
                                     self.refresh)

    def refresh(self) -> None:
        value = self.value  # what is true when the read is asked for, on the UI thread
        self.reader.start(lambda: self._read(value))

    def _read(self, value: int) -> int:
        self.reads.append((value, threading.current_thread()))
        self.gate.wait(10)
        return value


@pytest.fixture
def view(qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost) -> _View:
    owner = QLabel()
    qtbot.addWidget(owner)
    return _View(owner, OperationRunner(host, ws=admin_ws))


@pytest.mark.parametrize("asked_during", [1, 2, 7])
def test_asked_during_a_read_it_reads_once_more_with_the_newest_state(
        qtbot: QtBot, view: _View, asked_during: int) -> None:
    view.refresh()
    for _ in range(asked_during):
        view.value += 1
        view.refresh()
    assert view.reader.running()
    view.gate.set()
    finish_operations(qtbot)
    assert [value for value, _ in view.reads] == [0, asked_during]
    assert view.shown == [0, asked_during] and not view.reader.running()
    assert all(thread is not threading.main_thread() for _, thread in view.reads)


def test_a_read_asked_for_then_forgotten_is_not_made(qtbot: QtBot, view: _View) -> None:
    view.refresh()
    view.refresh()
    view.reader.forget_asked_again()
    view.gate.set()
    finish_operations(qtbot)
    assert len(view.reads) == 1 and view.shown == [0]


def test_a_failed_read_goes_to_its_handler_and_the_next_ask_reads_again(
        qtbot: QtBot, view: _View) -> None:
    view.reader.start(lambda: 1 / 0)
    finish_operations(qtbot)
    assert [type(exc) for exc in view.failures] == [ZeroDivisionError]
    assert not view.reader.running()
    view.gate.set()
    view.refresh()
    finish_operations(qtbot)
    assert view.shown == [0]


def test_after_the_session_ended_nothing_is_read(
        qtbot: QtBot, view: _View, admin_ws: Workspace, host: ScriptedDialogHost) -> None:
    runner = OperationRunner(host, ws=admin_ws)
    runner.close()
    owner = QLabel()
    qtbot.addWidget(owner)
    reads: list[int] = []
    reader = CoalescingRead(owner, runner, reads.append, reads.append, lambda: None)
    reader.start(lambda: reads.append(1))
    finish_operations(qtbot)
    assert reads == [] and not reader.running()
