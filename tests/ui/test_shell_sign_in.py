"""Signing in through the dialog: wrong password, back-off, disabled account, the forced
password change, and signing out and in as someone with fewer rights."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.errors import PermissionDenied
from contactweb.services.accounts import session, users
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.new_password_dialog import NewPasswordDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.ui.conftest import ScriptedDialogHost, click, type_into


@pytest.fixture
def controller(qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace,
               vault_dir: Path) -> AppController:
    made = AppController(host, GuiPreferences(vault_path=str(vault_dir)), quit_app=lambda: None)
    made.start()
    yield made
    made.shutdown()


def sign_in(qtbot: QtBot, controller: AppController, username: str, password: str) -> None:
    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.username_edit, username)
    type_into(qtbot, dialog.password_edit, password)
    click(qtbot, dialog.sign_in_button)


def test_wrong_password_then_back_off_counts_down(qtbot: QtBot,
                                                  controller: AppController) -> None:
    dialog = controller.sign_in_dialog
    sign_in(qtbot, controller, "admin", "not-the-password")
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled())
    assert dialog.message.text() == "Wrong username or password."
    assert controller.workspace is None

    sign_in(qtbot, controller, "admin", "still-wrong")
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled())
    # The third failure makes the vault ask for a wait: the seconds show, the button waits.
    sign_in(qtbot, controller, "admin", "wrong-again")
    qtbot.waitUntil(lambda: "try again in" in dialog.message.text())
    assert dialog.message.text() == ("Wrong username or password. "
                                     "You can try again in 1 second.")
    assert not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=3000)
    assert dialog.message.text().endswith("You can try again now.")

    sign_in(qtbot, controller, "admin", PASSWORD)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.workspace.username == "admin"


def test_disabled_account_is_told_so(qtbot: QtBot, controller: AppController,
                                     admin_ws: Workspace) -> None:
    users.add_user(admin_ws, "tom", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    users.disable_user(admin_ws, "tom")
    sign_in(qtbot, controller, "tom", ROLE_PASSWORDS["staff"])
    dialog = controller.sign_in_dialog
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled())
    assert dialog.message.text() == "This account is disabled. Ask an administrator."
    assert controller.main_window is None


def test_reset_password_must_be_changed_before_the_window_opens(
        qtbot: QtBot, controller: AppController, host: ScriptedDialogHost,
        admin_ws: Workspace, vault_dir: Path) -> None:
    users.add_user(admin_ws, "tom", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    temporary = users.reset_password(admin_ws, "tom")
    new_password = "Tom-chooses-his-own-7!"

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewPasswordDialog)
        assert not dialog.current_edit.isVisible()  # known from the sign-in
        ok = dialog.buttons.buttons()[0]
        type_into(qtbot, dialog.new_edit, "tom123")
        type_into(qtbot, dialog.confirm_edit, "tom123")
        click(qtbot, ok)
        # The rule shows once, in red under the field (the meter), not a second time.
        assert "at least 12 characters" in dialog.meter.verdict.text()
        assert not dialog.new_error.isVisible()
        assert dialog.result() != QDialog.DialogCode.Accepted
        type_into(qtbot, dialog.new_edit, new_password)
        type_into(qtbot, dialog.confirm_edit, new_password)
        click(qtbot, ok)
        assert dialog.result() == QDialog.DialogCode.Accepted

    host.handlers.append(choose)
    sign_in(qtbot, controller, "tom", temporary)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.workspace.username == "tom"
    assert not controller.workspace.must_change_password
    session.sign_in(vault_dir, "tom", new_password).lock()


def test_refusing_the_forced_change_stays_signed_out(
        qtbot: QtBot, controller: AppController, host: ScriptedDialogHost,
        admin_ws: Workspace) -> None:
    users.add_user(admin_ws, "tom", "staff", ROLE_PASSWORDS["staff"], must_change=True)
    host.handlers.append(lambda dialog: dialog.reject())
    sign_in(qtbot, controller, "tom", ROLE_PASSWORDS["staff"])
    dialog = controller.sign_in_dialog
    qtbot.waitUntil(lambda: "Choose your own password" in dialog.message.text())
    assert controller.main_window is None and controller.workspace is None


def test_lock_clears_everything_and_asks_for_the_password(
        qtbot: QtBot, controller: AppController, host: ScriptedDialogHost,
        admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Grace", last_name="Hopper"))
    sign_in(qtbot, controller, "admin", PASSWORD)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window, ws = controller.main_window, controller.workspace
    contacts_tab = window.page("contacts")
    contacts_tab.table.selectRow(0)
    assert contacts_tab.detail.contact_id is not None
    # A dialog with contact data is open when the lock comes.
    contacts_tab.detail.details_tab.edit_button.setEnabled(True)
    from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog

    open_dialog = ContactEditDialog(ws, controller.bridge, contacts_tab.detail.contact_id)
    host.show_dialog(open_dialog)
    assert open_dialog.isVisible()

    window.lock_action.trigger()  # Ctrl+L
    assert ws.locked
    assert not open_dialog.isVisible() and host.open_dialogs() == [controller.sign_in_dialog]
    assert contacts_tab.model.rowCount() == 0 and contacts_tab.detail.contact_id is None
    assert window.user_label.text() == "" and window.windowTitle() == "ContactWeb"
    assert not window.isVisible() and controller.main_window is None
    assert controller.sign_in_dialog.notice.text() == "ContactWeb is locked. Sign in to continue."

    sign_in(qtbot, controller, "admin", PASSWORD)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    from contactweb.services import audit

    actions = [e.action for e in audit.list_events(controller.workspace, limit=5)]
    # Unlocking brings the shown contact back, which is a view of it again.
    assert actions[:4] == ["contact.view", "signin", "lock", "contact.view"]
    assert controller.main_window.page("contacts").detail.contact_id is not None


def test_sign_out_then_readonly_user_sees_no_edit_actions(
        qtbot: QtBot, controller: AppController, admin_ws: Workspace,
        user_ws: Callable[[str], Workspace]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ada", last_name="Lovelace", emails=[EmailInput("ada@example.com")]))
    user_ws("readonly").lock()  # adds the user
    sign_in(qtbot, controller, "admin", PASSWORD)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert "administration" in controller.main_window.page_keys()
    controller.main_window.sign_out_action.trigger()
    assert controller.sign_in_dialog.notice.isHidden()

    sign_in(qtbot, controller, "readonly", ROLE_PASSWORDS["readonly"])
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window, ws = controller.main_window, controller.workspace
    assert window.user_label.text() == "Signed in as readonly (readonly)"
    assert "administration" not in window.page_keys()
    assert not window.new_contact_action.isEnabled()
    assert not window.log_call_action.isEnabled()
    page = window.page("contacts")
    assert page.new_button.isHidden()
    page.table.selectRow(0)
    pane = page.detail
    assert pane.contact_id == contact_id
    assert not pane.details_tab.edit_button.isEnabled()
    assert not pane.details_tab.close_button.isEnabled()
    pane.tabs.setCurrentWidget(pane.timeline_tab)
    assert not any(b.isEnabled() for b in pane.timeline_tab.log_buttons.values())
    pane.tabs.setCurrentWidget(pane.consent_tab)
    assert not any(b.isEnabled() for b in pane.consent_tab.opt_out_buttons.values())
    pane.tabs.setCurrentWidget(pane.sales_tab)
    assert pane.sales_tab.add_button.isHidden()
    pane.tabs.setCurrentWidget(pane.reminders_tab)
    assert pane.reminders_tab.add_button.isHidden()
    # Hiding is only presentation: the services refuse too.
    with pytest.raises(PermissionDenied):
        contacts.update_contact(ws, contact_id, ContactInput(first_name="Changed"))
    with pytest.raises(PermissionDenied):
        contacts.close_contact(ws, contact_id)
    assert contacts.get_contact(admin_ws, contact_id, audit_view=False).first_name == "Ada"
