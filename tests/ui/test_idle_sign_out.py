"""The idle lock in the running application: no input signs out (audited, with the reason on
the sign-in screen), the countdown comes first and "Stay signed in" or any input cancels it,
and a modal editor with a half-typed change does not keep the vault open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import audit, settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import LOCK_NOTICES, AppController
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations


def test_idle_signs_out_after_a_countdown(qtbot: QtBot, host: ScriptedDialogHost,
                                          admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    settings.put(admin_ws, "idle_timeout_minutes", 1)
    controller = make_controller(host, vault_dir, minute_ms=1_000, warning_ms=500,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    ws = controller.workspace
    assert controller.guard.timeout_minutes(ws) == 1 and not controller.guard.shared
    assert controller.guard.monitor.timeout_ms() == 1_000
    countdown_seen: list[str] = []
    controller.guard.monitor.warningStarted.connect(
        lambda: countdown_seen.append(controller.guard.countdown.countdown_label.text()))

    with qtbot.waitSignal(controller.lockedOut, timeout=10_000) as locked:
        pass  # nobody touches anything
    assert locked.args == ["idle"]
    assert countdown_seen == ["Signing out in 1 second"]
    assert ws.locked and controller.workspace is None and controller.main_window is None
    dialog = controller.sign_in_dialog
    assert dialog.isVisible() and dialog.notice.text() == LOCK_NOTICES["idle"]
    assert dialog.username_edit.text() == "admin"  # not a shared computer: name remembered
    assert [e.action for e in audit.list_events(admin_ws, limit=1)] == ["idle"]
    assert not controller.guard.monitor.is_running()  # nothing to lock while signed out
    controller.shutdown()


def test_stay_signed_in_and_any_input_cancel_the_countdown(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    settings.put(admin_ws, "idle_timeout_minutes", 1)
    controller = make_controller(host, vault_dir, minute_ms=1_200, warning_ms=900,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    guard, ws = controller.guard, controller.workspace

    with qtbot.waitSignal(guard.monitor.warningStarted, timeout=10_000):
        pass
    countdown = guard.countdown
    assert countdown is not None and countdown.isVisible()
    assert countdown in host.open_dialogs()
    assert countdown.windowTitle() == "ContactWeb will sign you out"
    assert countdown.stay_button.text() == "Stay signed in"
    click(qtbot, countdown.stay_button)
    assert guard.countdown is None and not countdown.isVisible()
    assert countdown not in host.open_dialogs()
    assert not guard.monitor.is_warning() and guard.monitor.milliseconds_left() > 900
    assert controller.workspace is ws and not ws.locked

    with qtbot.waitSignal(guard.monitor.warningStarted, timeout=10_000):
        pass
    assert guard.countdown.isVisible()
    qtbot.keyClick(controller.main_window.sidebar, Qt.Key.Key_Down)  # someone is back
    assert guard.countdown is None and controller.workspace is ws

    with qtbot.waitSignal(controller.lockedOut, timeout=10_000):
        pass  # and then nobody is
    assert ws.locked
    controller.shutdown()


def test_a_modal_editor_mid_edit_does_not_prevent_the_sign_out(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Hedda",
                                                                last_name="Gabler"))
    settings.put(admin_ws, "idle_timeout_minutes", 1)
    controller: AppController = make_controller(host, vault_dir, minute_ms=1_000,
                                                warning_ms=400,
                                 made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    ws = controller.workspace
    page = controller.main_window.show_page("contacts")
    page.show_contact(contact_id)
    at_countdown: list[tuple[bool, bool]] = []

    def edit_modally(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        controller.guard.monitor.warningStarted.connect(lambda: at_countdown.append(
            (dialog.isVisible(), QApplication.activeModalWidget() is controller.guard.countdown)))
        # Typing happens inside the dialog's own modal event loop, then the person leaves.
        QTimer.singleShot(50, lambda: qtbot.keyClicks(dialog.notes_edit, "Owes us a call"))
        QTimer.singleShot(15_000, dialog.reject)  # a safety net only
        return dialog.exec()

    host.handlers.append(edit_modally)
    click(qtbot, page.detail.details_tab.edit_button)  # returns when the modal loop ends

    assert at_countdown == [(True, True)]  # the countdown came up above the open editor
    assert ws.locked and controller.workspace is None
    (editor,) = host.handled
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected
    assert "Owes us a call" in editor.notes_edit.toPlainText()  # typed before the lock
    assert host.open_dialogs() == [controller.sign_in_dialog]
    # The edit was not saved to the contact: it was kept as a draft (see test_drafts_*).
    assert contacts.get_contact(admin_ws, contact_id, audit_view=False).notes == ""
    controller.shutdown()


def test_saved_settings_change_the_running_timeout(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    guard = controller.guard
    assert guard.monitor.timeout_ms() == 15 * 60_000  # the default for everyone
    page = controller.main_window.show_page("administration").settings_widget
    page.fields["idle_timeout_minutes"].setText("7")
    assert page.save()
    finish_operations(qtbot)  # the guard follows the settings Changes
    assert guard.monitor.timeout_ms() == 7 * 60_000 and not guard.shared

    # An administrator turns shared-computer mode on for the vault: the short timeout now.
    page.fields["shared_computer"].setChecked(True)
    page.fields["shared_timeout_minutes"].setText("2")
    assert page.save()
    finish_operations(qtbot)
    assert guard.shared and guard.monitor.timeout_ms() == 2 * 60_000
    page.fields["shared_timeout_minutes"].setText("0")
    assert not page.save()  # refused beside the field; the running timeout stays
    assert guard.monitor.timeout_ms() == 2 * 60_000
