"""A frozen S3 server (127.0.0.1, accepts the connection, never answers) must not hold the
application hostage: "Back up now" runs in the background with an indicator in the status
bar, Cancel answers at once, Lock (Ctrl+L) and Sign out work at once, nothing touches the
vault after the lock, and on its own the backup fails with a plain message within its
timeout."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.errors import ContactWebError
from contactweb.services import secrets, settings
from contactweb.services.backup import backup, backup_target
from contactweb.services.backup.backup_target import SECRET_NAME, TARGET_KEY, s3_target
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.ui.kit.operations import wait_for_running_operations
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.hung_server import HungServer
from tests.support.shared_computer import make_controller, sign_in
from tests.support.sync_vaults import ACCESS_KEY, SECRET_KEY
from tests.ui.conftest import ScriptedDialogHost, click

READ_TIMEOUT = 1.0
ATTEMPTS = 2


@pytest.fixture
def hung(admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> Iterator[HungServer]:
    """The vault's destination is a frozen server; S3 waits are short so the test is."""
    monkeypatch.setattr(backup_target, "S3_READ_TIMEOUT", READ_TIMEOUT)
    monkeypatch.setattr(backup_target, "S3_CONNECT_TIMEOUT", READ_TIMEOUT)
    monkeypatch.setattr(backup_target, "S3_MAX_ATTEMPTS", ATTEMPTS)
    server = HungServer()
    target = s3_target(server.endpoint, "frozen-bucket", "us-east-1", ACCESS_KEY)
    with admin_ws.session() as session:  # 'Save destination' would test it, and hang too
        settings.write(session, TARGET_KEY, target.to_json())
    secrets.store_secret(admin_ws, SECRET_NAME, SECRET_KEY)
    yield server
    assert wait_for_running_operations(30_000)
    server.close()


def backups_page(qtbot: QtBot, controller: AppController) -> AdminBackupWidget:
    window = controller.main_window
    assert window is not None
    admin = window.show_page("administration")
    admin.tabs.setCurrentWidget(admin.backup_widget)
    qtbot.waitUntil(admin.backup_widget.backup_button.isVisible)
    return admin.backup_widget


def start_backup(qtbot: QtBot, controller: AppController, host: ScriptedDialogHost,
                 hung: HungServer) -> AdminBackupWidget:
    page = backups_page(qtbot, controller)
    before = hung.connections
    click(qtbot, page.backup_button)
    # No modal progress: the status bar shows the backup and the window stays usable.
    assert not [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    indicator = controller.main_window.background_work
    assert indicator.isVisible()
    assert indicator.label.text() == "Backing up the vault…"
    assert controller.main_window.lock_action.isEnabled()
    qtbot.waitUntil(lambda: hung.connections > before, timeout=5000)  # it is waiting now
    return page


def test_lock_and_sign_out_do_not_wait_for_a_hung_backup(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        hung: HungServer, controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    reasons: list[str] = []
    controller.lockedOut.connect(reasons.append)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window, ws = controller.main_window, controller.workspace
    start_backup(qtbot, controller, host, hung)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    started = time.monotonic()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    took = time.monotonic() - started
    assert reasons == ["lock"] and ws.locked
    assert controller.sign_in_dialog is not None and controller.sign_in_dialog.isVisible()
    assert took < 1.0, f"locking waited {took:.1f} s for the frozen server"

    # The abandoned run ends on its own thread and writes nothing into the locked vault.
    assert wait_for_running_operations(30_000)
    assert backup.backup_history(admin_ws) == []

    sign_in(qtbot, controller, "admin", PASSWORD)
    ws = controller.workspace
    start_backup(qtbot, controller, host, hung)
    started = time.monotonic()
    controller.main_window.sign_out_action.trigger()
    took = time.monotonic() - started
    assert reasons == ["lock", "signout"] and ws.locked
    assert took < 1.0, f"signing out waited {took:.1f} s for the frozen server"


def test_cancel_answers_at_once_and_the_run_is_recorded_as_cancelled(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        hung: HungServer, controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = start_backup(qtbot, controller, host, hung)
    indicator = controller.main_window.background_work

    click(qtbot, indicator.cancel_button)
    # At once, without waiting for the server: the page says so and is usable again.
    assert not indicator.isVisible()
    assert page.message_label.text() == "Stopped. The earlier backups are unchanged."
    assert page.backup_button.isEnabled()

    assert wait_for_running_operations(30_000)
    [run] = backup.backup_history(admin_ws)
    assert run.status == "cancelled"


def test_a_hung_server_fails_the_backup_with_a_plain_message_within_its_timeout(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        hung: HungServer, controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    started = time.monotonic()
    page = start_backup(qtbot, controller, host, hung)
    with qtbot.waitSignal(page.jobFinished, timeout=int(ATTEMPTS * READ_TIMEOUT * 1000 * 4)):
        pass
    took = time.monotonic() - started

    message = page.message_label.text()
    assert message.startswith(f"The backup server {hung.endpoint} did not answer in time."), \
        message
    assert "try again" in message
    assert "?location" not in message and "Errno" not in message  # no raw technical text
    assert not controller.main_window.background_work.isVisible()
    # The technical text is one click away, behind "Details…".
    click(qtbot, page.details_button)
    assert host.messages[-1] == ("Backup details", message)
    assert "Read timeout" in host.details[-1] and "?location" in host.details[-1]

    [run] = backup.backup_history(admin_ws)
    assert run.status == "failed" and "did not answer in time" in run.message
    assert took < 4 * ATTEMPTS * READ_TIMEOUT + 5  # bounded by the timeouts, not minutes


def test_cancel_of_the_backup_at_exit_quits_at_once(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        hung: HungServer, controllers: list[AppController]) -> None:
    quits: list[bool] = []
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    controller._quit_app = lambda: quits.append(True)
    sign_in(qtbot, controller, "admin", PASSWORD)
    ws = controller.workspace
    backup.record_transfer_basis(ws, "encryption")  # nothing holds the exit backup back
    contacts.create_contact(ws, ContactInput(first_name="Late", last_name="Change"))
    before = hung.connections
    controller.quit()  # the vault changed: it backs up first, in a progress window
    qtbot.waitUntil(lambda: hung.connections > before, timeout=5000)
    # (the window of the check before it has gone)
    dialog = next(d for d in host.open_dialogs() if isinstance(d, ProgressDialog)
                  and shiboken6.isValid(d) and d.isVisible())
    assert dialog.windowTitle() == "Backing up before closing"
    assert quits == []

    started = time.monotonic()
    dialog.reject()  # Cancel, or Escape
    took = time.monotonic() - started
    assert quits == [True] and ws.locked  # no "Stopping…" while the server stays silent
    assert took < 1.0, f"quitting waited {took:.1f} s for the frozen server"


def test_a_lock_takes_the_database_key_and_connection_from_the_abandoned_backup_at_once(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        hung: HungServer, controllers: list[AppController],
        monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[backup_target.BackupEngine] = []

    def engine_for(ws: Workspace, target: backup_target.BackupTarget | None = None
                   ) -> backup_target.BackupEngine:
        made.append(backup_target.engine_for(ws, target))  # the real engine, kept to look at
        return made[-1]

    monkeypatch.setattr(backup, "engine_for", engine_for)
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    ws = controller.workspace
    start_backup(qtbot, controller, host, hung)
    [engine] = made
    assert engine._db_key and engine._repository.keys is not None  # waiting, with its keys

    controller.main_window.lock_action.trigger()
    # At once, while the frozen server still holds the run: its workspace is locked (the
    # pool disposed, the key zeroed) and its engine has let go of every key.
    assert ws.locked and not any(ws.key)
    assert engine._db_key == b"" and engine._repository.keys is None
    assert ws._lock_hooks == []

    hung.close()  # the server finally lets go of the connection
    assert wait_for_running_operations(30_000)
    assert engine._db_key == b"" and engine._repository.keys is None
    assert backup.backup_history(admin_ws) == []  # nothing was written


def test_a_failed_backup_hands_back_no_frame_holding_the_key(
        admin_ws: Workspace, hung: HungServer) -> None:
    key = admin_ws.raw_key()
    with pytest.raises(ContactWebError) as failed:
        backup.backup_now(admin_ws)
    held = []
    exc: BaseException | None = failed.value
    while exc is not None:  # the failure and what it came from, as the job keeps them
        tb = exc.__traceback__
        while tb is not None:  # every frame each carries, and what each still holds
            if tb.tb_frame.f_code.co_name != "test_a_failed_backup_hands_back_no_frame_" \
                    "holding_the_key":
                held += [name for name, value in tb.tb_frame.f_locals.items()
                         if value == key or (isinstance(value, backup_target.BackupEngine)
                                             and value._db_key)]
            tb = tb.tb_next
        exc = exc.__cause__ or exc.__context__
    assert held == []
