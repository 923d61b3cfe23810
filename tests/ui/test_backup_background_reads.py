"""The backup notice banner and the backup scheduler read the vault (and, on a team vault,
the keyring: see test_team_backup_gui) through the session's operation runner, never on the
UI thread; their answers are still right. At exit the check waits behind a "checking"
dialog without freezing the event loop, and its Cancel closes at once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.backup.backup_notice_banner import BackupNoticeBanner
from contactweb.ui.backup.backup_scheduler import BackupScheduler
from contactweb.ui.kit.operations import OperationRunner
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.backup_vaults import configure_s3
from tests.ui.conftest import ScriptedDialogHost, finish_operations
from tests.ui.test_backup_scheduler import due_now, exit_check

pytestmark = pytest.mark.sqlite_only  # the thread the reads run on, not the database
READS = ("next_backup_due", "vault_change_marker", "restored_copy", "transfer_basis_needed")


@pytest.fixture
def read_threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[threading.Thread]]:
    """The thread of every call of the backup service's reads the banner and the scheduler
    use, by name."""
    threads: dict[str, list[threading.Thread]] = {name: [] for name in READS}
    for name in READS:
        original = getattr(backup, name)

        def recording(*args: object, _name: str = name, _original: Callable = original
                      ) -> object:
            threads[_name].append(threading.current_thread())
            return _original(*args)

        monkeypatch.setattr(backup, name, recording)
    return threads


def off_the_ui_thread(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(t is not threading.main_thread() for t in threads)


def test_the_due_check_reads_off_the_ui_thread_and_decides_right(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        read_threads: dict[str, list[threading.Thread]]) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    scheduler.start(first_check_ms=60_000)
    assert due_now(qtbot, scheduler)  # never backed up
    with qtbot.waitSignal(scheduler.backupFinished, timeout=20_000) as finished:
        assert due_now(qtbot, scheduler, start=True)
    assert finished.args == [True, ""]
    finish_operations(qtbot)
    assert not due_now(qtbot, scheduler)  # just backed up
    assert off_the_ui_thread(read_threads["next_backup_due"])
    assert off_the_ui_thread(read_threads["vault_change_marker"])
    scheduler.stop()


def test_a_check_asked_after_the_lock_reads_nothing(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        read_threads: dict[str, list[threading.Thread]]) -> None:
    runner = OperationRunner(host, ws=admin_ws)
    scheduler = BackupScheduler(admin_ws, runner)
    runner.close()
    admin_ws.lock()
    assert scheduler.check_due() is False
    assert scheduler.backup_before_exit(lambda: None) is False
    finish_operations(qtbot)
    assert read_threads["next_backup_due"] == []


def test_the_exit_check_reads_off_the_ui_thread_then_backs_up_the_change(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        read_threads: dict[str, list[threading.Thread]]) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    scheduler.start(first_check_ms=60_000)
    finish_operations(qtbot)
    contacts.create_contact(admin_ws, ContactInput(first_name="Late", last_name="Change"))
    exit_check(qtbot, scheduler)
    assert [run.status for run in backup.backup_history(admin_ws)] == ["ok"]
    assert off_the_ui_thread(read_threads["next_backup_due"])
    assert off_the_ui_thread(read_threads["vault_change_marker"])


@pytest.fixture
def slow_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """``next_backup_due`` waits (as a keyring waiting for its unlock prompt) until set."""
    release = threading.Event()
    original = backup.next_backup_due

    def waiting(ws: Workspace) -> object:
        assert release.wait(20)
        return original(ws)

    monkeypatch.setattr(backup, "next_backup_due", waiting)
    yield release
    release.set()  # never leave a thread waiting


def checking_dialog() -> ProgressDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, ProgressDialog) and w.isVisible()), None)


def test_the_exit_waits_for_a_slow_read_without_freezing_the_window(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        slow_reads: threading.Event) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    contacts.create_contact(admin_ws, ContactInput(first_name="Late", last_name="Change"))
    done: list[bool] = []
    ticks: list[int] = []
    assert scheduler.backup_before_exit(lambda: done.append(True)) is True  # at once
    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=5000)  # the event loop runs meanwhile
    qtbot.waitUntil(lambda: checking_dialog() is not None, timeout=5000)  # a slow one shows
    dialog = checking_dialog()
    assert dialog is not None and dialog.windowTitle() == "Closing"
    assert dialog.label.text() == ("Checking whether the changes need a backup before "
                                   "closing…")
    assert done == []
    slow_reads.set()
    qtbot.waitUntil(lambda: done == [True], timeout=20_000)
    assert [run.status for run in backup.backup_history(admin_ws)] == ["ok"]


def test_a_quick_exit_check_flashes_no_dialog(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The check shows its dialog only when it lasts; the backup that follows (the vault
    changed since it was made) shows its own, as before."""
    shown: list[str] = []
    show_dialog = host.show_dialog
    monkeypatch.setattr(host, "show_dialog",
                        lambda dialog: (shown.append(dialog.windowTitle()), show_dialog(dialog)))
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    done: list[bool] = []
    assert scheduler.backup_before_exit(lambda: done.append(True)) is True
    qtbot.waitUntil(lambda: done == [True], timeout=20_000)
    qtbot.wait(500)  # past the moment a slow check shows its dialog
    assert shown == ["Backing up before closing"]


def test_cancel_while_checking_closes_at_once_without_a_backup(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, remote: Path,
        slow_reads: threading.Event) -> None:
    scheduler = BackupScheduler(admin_ws, OperationRunner(host, ws=admin_ws))
    contacts.create_contact(admin_ws, ContactInput(first_name="Late", last_name="Change"))
    done: list[bool] = []
    assert scheduler.backup_before_exit(lambda: done.append(True)) is True
    qtbot.waitUntil(lambda: checking_dialog() is not None, timeout=5000)
    checking_dialog().buttons.rejected.emit()  # Cancel
    qtbot.waitUntil(lambda: done == [True], timeout=5000)  # the read is still waiting
    slow_reads.set()
    finish_operations(qtbot)
    assert backup.backup_history(admin_ws) == [] and not scheduler.running


EEA_CONTACT = ContactInput(first_name="Jana", last_name="Novak",
                           addresses=[AddressInput("Hauptstraße 1", "Wien", "", "1010", "AT")])


def shown_banner(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge
                 ) -> tuple[QWidget, BackupNoticeBanner]:
    """The band inside a shown window, as above the main window's pages."""
    window = QWidget()
    qtbot.addWidget(window)
    banner = BackupNoticeBanner(ws, bridge, window)
    window.show()
    return window, banner


def test_the_notice_is_read_off_the_ui_thread_and_says_the_right_thing(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        read_threads: dict[str, list[threading.Thread]]) -> None:
    configure_s3(admin_ws, basis=None)  # a US server
    contacts.create_contact(admin_ws, EEA_CONTACT)  # and a contact in the EEA
    _window, banner = shown_banner(qtbot, admin_ws, bridge)
    assert banner.reading() and not banner.isVisible()  # hidden until the answer
    finish_operations(qtbot)
    assert banner.isVisible() and banner.kind == "paused"
    assert "the 1 contact with an address in the European Economic Area" in \
        banner.label.text()
    assert banner.action_button.text() == "Record the basis…"
    assert off_the_ui_thread(read_threads["restored_copy"])
    assert off_the_ui_thread(read_threads["transfer_basis_needed"])

    backup.record_transfer_basis(admin_ws, "encryption")
    banner.refresh()
    finish_operations(qtbot)
    assert not banner.isVisible() and banner.kind == ""


def test_the_notice_keeps_what_it_showed_until_the_answer_and_hides_on_lock(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        monkeypatch: pytest.MonkeyPatch,
        read_threads: dict[str, list[threading.Thread]]) -> None:
    monkeypatch.setattr(backup, "transfer_basis_needed", lambda ws: 3)
    _window, banner = shown_banner(qtbot, admin_ws, bridge)
    finish_operations(qtbot)
    assert banner.isVisible() and banner.kind == "paused"
    assert "the 3 contacts with an address in the European Economic Area" in \
        banner.label.text()
    monkeypatch.setattr(backup, "transfer_basis_needed", lambda ws: 0)
    banner.refresh()
    banner.refresh()  # asked again while reading: read once more after it
    assert banner.isVisible() and banner.kind == "paused"  # until the answer
    finish_operations(qtbot)
    assert not banner.isVisible() and banner.kind == "" and not banner.reading()
    admin_ws.lock()
    banner.refresh()
    assert not banner.isVisible() and not banner.reading()


def test_the_main_windows_notice_for_staff_reads_no_transfer_basis(
        qtbot: QtBot, user_ws: Callable[[str], Workspace],
        read_threads: dict[str, list[threading.Thread]]) -> None:
    window = MainWindow(user_ws("staff"), WorkspaceBridge(ScriptedDialogHost()))
    qtbot.addWidget(window)
    window.show()
    finish_operations(qtbot)
    assert not window.backup_notice.isVisible()
    assert off_the_ui_thread(read_threads["restored_copy"])
    assert read_threads["transfer_basis_needed"] == []  # staff cannot act on it
    window.clear()
