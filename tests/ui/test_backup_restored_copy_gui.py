"""The reported sequence, as a person does it: Backups → restore a snapshot to a folder →
Sign out → "Other vault…" → that folder → sign in. The copy says it is one on every page, has
no destination and no "Back up now", leaves the live backup set alone, does not become the
vault the sign-in offers, and is adopted only on purpose (a new vault, or in place of the live
vault, each confirmed). Over a real S3 endpoint (moto server mode)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.backup.admin_backup_widget import AdminBackupWidget
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.backup_vaults import configure_s3, populate
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations
from tests.ui.test_backup_scheduler import due_now


def backups_page(qtbot: QtBot, controller: AppController) -> AdminBackupWidget:
    controller.main_window.show_backups()
    page = controller.main_window.page("administration").backup_widget
    qtbot.waitUntil(page.backup_button.isVisible)
    return page


def restore_and_open_the_copy(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
                              vault_dir: Path, tmp_path: Path,
                              controllers: list[AppController]) -> tuple[AppController, Path]:
    populate(admin_ws, 5)
    configure_s3(admin_ws)
    backup.backup_now(admin_ws)
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    page = backups_page(qtbot, controller)
    finish_operations(qtbot)  # the notice is read in the background
    assert not controller.main_window.backup_notice.isVisible()  # the live vault: no banner
    copy = tmp_path / "restored-copy"
    host.file_answers.append(str(copy))
    with qtbot.waitSignal(page.jobFinished, timeout=20_000):
        click(qtbot, page.restore_button)
    assert page.message_label.text().startswith("Restored backup"), page.message_label.text()
    assert "It is a restored copy" in page.message_label.text()

    controller.main_window.sign_out_action.trigger()
    dialog = controller.sign_in_dialog
    host.file_answers.append(str(copy))
    click(qtbot, dialog.other_vault_button)
    assert dialog.vault_dir == copy
    sign_in(qtbot, controller, "admin", PASSWORD)
    return controller, copy


def test_a_restored_copy_is_marked_detached_and_never_the_default(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    controller, copy = restore_and_open_the_copy(qtbot, host, admin_ws, vault_dir, tmp_path,
                                                 controllers)
    live_set = [s.snapshot_id for s in backup.list_backups(admin_ws)]
    assert len(live_set) == 1
    window = controller.main_window
    assert controller.workspace.vault.folder == copy
    banner = window.backup_notice
    finish_operations(qtbot)  # the notice is read in the background
    for key in window.page_keys():  # on every page
        window.show_page(key)
        assert banner.isVisible(), key
    assert banner.label.text().startswith("Restored copy. This vault is a copy restored from "
                                          "backup ")
    assert f"The live vault is in {vault_dir.resolve()}" in banner.label.text()
    finish_operations(qtbot)  # the backup line is read in the background
    assert "Restored copy" in window.backup_label.text()

    page = backups_page(qtbot, controller)
    assert page.copy_widget.isVisible()
    assert not page.backup_button.isEnabled()  # "Back up now" is unavailable
    assert not page.target_widget.isEnabled()
    assert backup.read_target(controller.workspace) is None
    assert due_now(qtbot, controller.backup_scheduler) is False
    assert [s.snapshot_id for s in backup.list_backups(admin_ws)] == live_set

    # The sign-in goes on offering the live vault, now and after a restart.
    assert controller.prefs.vault_path == str(vault_dir.resolve())
    window.sign_out_action.trigger()
    assert controller.sign_in_dialog.vault_dir == vault_dir.resolve()

    # Banner's "Adopt…" leads to the choice; "Make it a new vault" after a confirmation.
    host.file_answers.append(str(copy))
    click(qtbot, controller.sign_in_dialog.other_vault_button)
    sign_in(qtbot, controller, "admin", PASSWORD)
    window = controller.main_window
    window.show_page("contacts")
    finish_operations(qtbot)  # the notice is read in the background
    click(qtbot, window.backup_notice.action_button)
    page = window.page("administration").backup_widget
    assert page.isVisible() and page.copy_widget.isVisible()
    host.answers.append(True)
    with qtbot.waitSignal(page.copy_widget.adopted, timeout=10_000):
        click(qtbot, page.copy_widget.new_vault_button)
    assert host.messages[-1][0] == "Make it a new vault"
    qtbot.waitUntil(lambda: not window.backup_notice.isVisible())
    assert not page.copy_widget.isVisible() and page.backup_button.isEnabled()
    assert backup.restored_copy(controller.workspace) is None
    assert [s.snapshot_id for s in backup.list_backups(admin_ws)] == live_set


def test_a_restored_copy_replaces_the_live_vault_only_when_confirmed(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    controller, copy = restore_and_open_the_copy(qtbot, host, admin_ws, vault_dir, tmp_path,
                                                 controllers)
    made = contacts.create_contact(controller.workspace,
                                   ContactInput(first_name="Kept", last_name="FromTheCopy"))
    page = backups_page(qtbot, controller)
    host.answers.append(False)  # "Cancel": nothing happens
    click(qtbot, page.copy_widget.replace_button)
    assert backup.restored_copy(controller.workspace) is not None
    assert (copy / "contactweb.db").exists()

    admin_ws.lock()  # nobody else has the live vault open
    host.answers.append(True)
    ended: list[str] = []
    controller.lockedOut.connect(ended.append)
    click(qtbot, page.copy_widget.replace_button)
    qtbot.waitUntil(lambda: ended == ["vault-replaced"], timeout=10_000)
    dialog = controller.sign_in_dialog
    assert dialog.vault_dir == vault_dir.resolve()
    assert "now the live vault" in dialog.notice.text()
    assert not (copy / "contactweb.db").exists()

    sign_in(qtbot, controller, "admin", PASSWORD)
    assert not controller.main_window.backup_notice.isVisible()
    ws = controller.workspace
    assert contacts.get_contact(ws, made).last_name == "FromTheCopy"
    assert backup.read_target(ws) is not None  # the live vault's destination again
    live = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert backup.backup_now(live).snapshot_id  # the live backup set accepts it
    finally:
        live.lock()


def test_a_copy_picked_at_sign_in_and_left_unopened_is_not_offered_at_the_next_start(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        tmp_path: Path, controllers: list[AppController]) -> None:
    from contactweb.ui.app.gui_preferences import GuiPreferences

    controller, copy = restore_and_open_the_copy(qtbot, host, admin_ws, vault_dir, tmp_path,
                                                 controllers)
    controller.main_window.sign_out_action.trigger()
    # "Other vault…" → the copy, then the sign-in window is closed: nobody signed in.
    host.file_answers.append(str(copy))
    click(qtbot, controller.sign_in_dialog.other_vault_button)
    assert controller.sign_in_dialog.vault_dir == copy
    controller.sign_in_dialog.reject()
    controller.shutdown()
    assert GuiPreferences.load().vault_path == str(vault_dir.resolve())

    # The next start offers the live vault, and a sign-in there keeps it the default.
    restarted = make_controller(host, vault_dir, minute_ms=60_000,
                                prefs=GuiPreferences.load(), made=controllers)
    assert restarted.sign_in_dialog.vault_dir == vault_dir.resolve()
    sign_in(qtbot, restarted, "admin", PASSWORD)
    assert GuiPreferences.load().vault_path == str(vault_dir.resolve())
