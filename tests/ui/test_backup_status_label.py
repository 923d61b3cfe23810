"""The status bar's backup line reads the vault (and, on a team vault, the keyring) through the
session's operation runner, never on the UI thread; it keeps its last text until the answer
comes, and reads nothing once the session has ended."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from contactweb.services.backup import backup
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.backup.backup_status_label import BackupStatusLabel
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, finish_operations

pytestmark = pytest.mark.sqlite_only  # the thread the reads run on, not the database


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The thread of every read of the backup line (``backup.last_backup_text``)."""
    threads: list[threading.Thread] = []
    original = backup.last_backup_text

    def recording(ws: Workspace) -> str:
        threads.append(threading.current_thread())
        return original(ws)

    monkeypatch.setattr(backup, "last_backup_text", recording)
    return threads


def test_the_line_is_read_off_the_ui_thread_and_shows_the_outcome(
        qtbot: QtBot, admin_ws: Workspace, tmp_path: Path,
        open_main_window: Callable[[Workspace], MainWindow],
        read_threads: list[threading.Thread]) -> None:
    window = open_main_window(admin_ws)
    finish_operations(qtbot)
    assert window.backup_label.text() == "No backup configured"

    (tmp_path / "usb-disk").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb-disk")
    backup.backup_now(admin_ws)
    window.update_status()
    # Until the answer comes, the line says what it knew.
    assert window.backup_label.text() == "No backup configured"
    finish_operations(qtbot)
    assert window.backup_label.text().startswith("Last backup ")
    assert len(read_threads) == 2
    assert all(thread is not threading.main_thread() for thread in read_threads)


def test_refreshes_asked_during_a_read_end_with_the_newest_state(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, tmp_path: Path,
        read_threads: list[threading.Thread]) -> None:
    label = BackupStatusLabel(admin_ws, OperationRunner(host, ws=admin_ws))
    qtbot.addWidget(label)
    label.refresh()
    (tmp_path / "usb-disk").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb-disk")
    label.refresh()  # while the first read runs: read once more after it
    label.refresh()
    finish_operations(qtbot)
    assert label.text() == "Backup configured, not run yet"
    assert len(read_threads) == 2 and not label.reading()


def test_nothing_is_read_or_shown_after_the_session_ended(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    runner = OperationRunner(host, ws=admin_ws)
    label = BackupStatusLabel(admin_ws, runner)
    qtbot.addWidget(label)
    label.setText("Last backup earlier")
    answered = threading.Event()
    original = backup.last_backup_text

    def slow_answer(ws: Workspace) -> str:
        try:
            return original(ws)
        finally:
            answered.set()

    monkeypatch.setattr(backup, "last_backup_text", slow_answer)
    label.refresh()
    assert answered.wait(10)
    runner.close()  # the lock, before the answer reached the UI thread
    finish_operations(qtbot)
    assert label.text() == "Last backup earlier"  # the late answer is dropped

    calls: list[str] = []
    monkeypatch.setattr(backup, "last_backup_text", lambda ws: calls.append("read") or "")
    label.refresh()  # the runner is closed
    admin_ws.lock()
    locked_label = BackupStatusLabel(admin_ws, OperationRunner(host, ws=admin_ws))
    qtbot.addWidget(locked_label)
    locked_label.refresh()  # the vault is locked
    finish_operations(qtbot)
    assert calls == [] and label.text() == "Last backup earlier"
