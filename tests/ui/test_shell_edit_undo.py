"""Edit › Undo and Redo take back the last saved change from the GUI (through the services,
audited, with the views refreshing), Ctrl+Z does it from the keyboard, Cut, Copy and Paste
act on the focused text field, and nothing can be undone after a lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.operations import wait_for_running_operations
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import click, type_into


def _status(ws: Workspace, contact_id: int) -> str:
    return contacts.get_contact(ws, contact_id, audit_view=False).status


def _settle(qtbot: QtBot) -> None:
    assert wait_for_running_operations()
    qtbot.wait(10)


def test_the_edit_menu_sits_after_file_with_the_usual_entries(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&Contact"]
    texts = [a.text() for a in window.edit_menu.menu.actions() if not a.isSeparator()]
    assert texts == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &all"]
    assert window.edit_menu.undo_action.shortcut().toString() == "Ctrl+Z"
    assert not window.edit_menu.undo_action.isEnabled()  # nothing done yet


def test_closing_a_contact_is_undone_and_redone_from_the_menu_and_keyboard(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada",
                                                                last_name="Lovelace"))
    window = open_main_window(admin_ws)
    page = window.contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.show_contact(contact_id)
    pane = page.detail
    qtbot.waitUntil(lambda: pane.details is not None)
    click(qtbot, pane.details_tab.close_button)
    _settle(qtbot)
    assert _status(admin_ws, contact_id) == "closed"
    undo_action = window.edit_menu.undo_action
    assert undo_action.isEnabled() and undo_action.text() == "&Undo closing a contact"

    undo_action.trigger()
    _settle(qtbot)
    assert _status(admin_ws, contact_id) == "active"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 6)) != "Closed")
    assert audit.list_events(admin_ws, limit=1)[0].action == "contact.reopen"  # audited
    assert window.edit_menu.redo_action.text() == "&Redo closing a contact"

    window.edit_menu.redo_action.trigger()
    _settle(qtbot)
    assert _status(admin_ws, contact_id) == "closed"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot)
    assert _status(admin_ws, contact_id) == "active"


def test_cut_copy_and_paste_act_on_the_focused_field(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    search = window.contacts_page().search_edit
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, search, "Lovelace")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    edit = window.edit_menu
    edit.select_all_action.trigger()
    assert search.selectedText() == "Lovelace"
    edit.update_actions()
    assert edit.copy_action.isEnabled() and edit.cut_action.isEnabled()
    edit.cut_action.trigger()
    assert search.text() == "" and QApplication.clipboard().text() == "Lovelace"
    edit.paste_action.trigger()
    edit.paste_action.trigger()
    assert search.text() == "LovelaceLovelace"
    window.contacts_page().table.setFocus()
    edit.update_actions()
    assert not edit.paste_action.isEnabled()  # no text field has the focus


def test_nothing_can_be_undone_after_a_lock(
        qtbot: QtBot, host, admin_ws: Workspace, vault_dir: Path,  # noqa: ANN001
        controllers: list[AppController]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    contacts.close_contact(controller.workspace, contact_id)
    controller.bridge.announce(Changes.for_contacts([contact_id]))
    assert controller.main_window.edit_menu.undo_action.isEnabled()
    ws = controller.workspace
    controller.lock("lock")
    assert ws.undo_journal is None
    sign_in(qtbot, controller, "admin", PASSWORD)
    assert not controller.main_window.edit_menu.undo_action.isEnabled()
    assert _status(admin_ws, contact_id) == "closed"


def test_a_communication_deleted_from_the_timeline_comes_back(
        qtbot: QtBot, host, admin_ws: Workspace,  # noqa: ANN001
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    entry_id = communications.log_communication(admin_ws, contact_id, CommunicationInput(
        "call", "in", subject="Asked for the price list"))
    window = open_main_window(admin_ws)
    page = window.contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    host.answers.append(True)  # "Delete communication?"
    page.detail.timeline_tab.communication_actions.delete(contact_id, entry_id, "call", "")
    _settle(qtbot)
    assert communications.timeline(admin_ws, contact_id) == []
    assert window.edit_menu.undo_action.text() == "&Undo deleting a communication"
    window.edit_menu.undo_action.trigger()
    _settle(qtbot)
    assert [e.subject for e in communications.timeline(admin_ws, contact_id)] == [
        "Asked for the price list"]
