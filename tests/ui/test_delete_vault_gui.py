"""Closing the account from Administration: typed confirmation, the vault and its backups
gone, and ContactWeb back at the first-run wizard."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.privacy.delete_vault_dialog import DeleteVaultDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def open_dialog(qtbot: QtBot, controller: AppController) -> DeleteVaultDialog:
    window = controller.main_window
    assert window is not None
    admin = window.show_page("administration")
    admin.tabs.setCurrentWidget(admin.settings_widget)
    click(qtbot, admin.settings_widget.delete_vault_button)
    dialog = next(d for d in controller.host.open_dialogs() if isinstance(d, DeleteVaultDialog))
    assert dialog.isVisible() and not dialog.delete_button.isEnabled()
    return dialog


def test_typed_phrase_deletes_vault_and_backups_then_first_run(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ada", last_name="Lovelace"))
    backups = tmp_path / "backups"
    backups.mkdir()
    backup.configure_folder(admin_ws, backups)
    backup.backup_now(admin_ws)
    assert any(p.is_file() for p in backups.rglob("*"))
    admin_ws.lock()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)

    dialog = open_dialog(qtbot, controller)
    # Backups are kept unless the admin asks: the box starts unticked.
    assert not dialog.backups_check.isChecked() and dialog.backups_check.isEnabled()
    click(qtbot, dialog.backups_check)
    assert dialog.backups_check.isChecked()
    type_into(qtbot, dialog.phrase_edit, "delete it")
    assert not dialog.delete_button.isEnabled()
    type_into(qtbot, dialog.phrase_edit, dialog.phrase)
    assert dialog.phrase == f"DELETE {vault_dir.name}"
    assert not dialog.delete_button.isEnabled()  # the password is asked again
    type_into(qtbot, dialog.password_edit, PASSWORD)
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(controller.lockedOut, timeout=20_000) as ended:
        click(qtbot, dialog.delete_button)
    assert ended.args == ["vault-deleted"]

    assert not vault_dir.exists() or not any(p.is_file() for p in vault_dir.rglob("*"))
    assert not any(p.is_file() for p in backups.rglob("*"))
    assert controller.workspace is None and controller.main_window is None
    assert controller.wizard is not None and controller.wizard.isVisible()
    title, text = host.messages[-1]
    assert title == "Vault deleted" and "Every backup of it was deleted" in text


def test_cancel_keeps_everything(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
                                 vault_dir: Path, controllers: list[AppController]) -> None:
    admin_ws.lock()
    before = sorted(p.name for p in vault_dir.iterdir())
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    dialog = open_dialog(qtbot, controller)
    assert not dialog.backups_check.isEnabled()  # no destination configured
    type_into(qtbot, dialog.phrase_edit, dialog.phrase)
    click(qtbot, dialog.cancel_button)
    assert not dialog.isVisible() and controller.workspace is not None
    assert not controller.workspace.locked
    assert set(before) <= {p.name for p in vault_dir.iterdir()}


def test_a_wrong_password_deletes_nothing_and_backups_stay_by_default(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    backup.configure_folder(admin_ws, backups)
    backup.backup_now(admin_ws)
    backed_up = sorted(p for p in backups.rglob("*") if p.is_file())
    admin_ws.lock()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)

    dialog = open_dialog(qtbot, controller)
    type_into(qtbot, dialog.phrase_edit, dialog.phrase)
    type_into(qtbot, dialog.password_edit, "not the password")
    click(qtbot, dialog.delete_button)
    qtbot.waitUntil(lambda: dialog.cancel_button.isEnabled(), timeout=20_000)
    assert "password is wrong" in host.messages[-1][1]
    assert controller.workspace is not None and not controller.workspace.locked
    assert (vault_dir / "keyslots.json").exists()
    assert dialog.password_edit.text() == ""

    type_into(qtbot, dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(controller.lockedOut, timeout=20_000):
        click(qtbot, dialog.delete_button)
    assert not (vault_dir / "keyslots.json").exists()
    assert sorted(p for p in backups.rglob("*") if p.is_file()) == backed_up
