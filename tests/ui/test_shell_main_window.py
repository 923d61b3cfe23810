"""The main window's page table, menus and shortcuts, status bar, and the background worker."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app import main_window
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.app.pages import PAGES, PageSpec
from contactweb.ui.backup import backup_status
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, finish_operations

OpenWindow = Callable[[Workspace], MainWindow]


def test_pages_follow_the_role_and_are_made_on_first_use(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        open_main_window: OpenWindow) -> None:
    admin_window = open_main_window(admin_ws)
    assert admin_window.page_keys() == [spec.key for spec in PAGES]
    assert [admin_window.sidebar.item(i).text() for i in range(admin_window.sidebar.count())] \
        == ["Contacts", "Today", "Communications", "Sales", "Mailings", "Reports",
            "Administration"]
    assert list(admin_window.created_pages()) == ["contacts"]
    today = admin_window.show_page("today")
    assert type(today).__name__ == "TodayTab"
    assert list(admin_window.created_pages()) == ["contacts", "today"]
    assert admin_window.stack.currentWidget().widget().layout().itemAt(0).widget() is today

    staff_window = open_main_window(user_ws("staff"))
    assert "administration" not in staff_window.page_keys()
    assert Action.USER_MANAGE not in {s.permission for s in staff_window.specs}


def test_a_page_that_cannot_be_built_fails_loudly(
        admin_ws: Workspace, open_main_window: OpenWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_page(workspace: Workspace, bridge: WorkspaceBridge) -> QWidget:
        raise RuntimeError("the page is broken")

    broken = PageSpec("broken", "Broken", "reports", broken_page, None)
    monkeypatch.setattr(main_window, "PAGES", (PAGES[0], broken))
    window = open_main_window(admin_ws)
    with pytest.raises(RuntimeError, match="the page is broken"):
        window.page("broken")
    assert "broken" not in window.created_pages()


def test_menus_shortcuts_and_status_bar(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: OpenWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_status, "backup_status_text",
                        lambda ws: "Last backup: today 09:00")
    window = open_main_window(admin_ws)
    assert window.windowTitle() == "ContactWeb"
    finish_operations(qtbot)  # the backup line is read in the background
    assert window.backup_label.text() == "Last backup: today 09:00"
    assert window.user_label.text() == "Signed in as admin (admin)"
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["&New contact…"] == "Ctrl+N"
    assert shortcuts["&Find…"] == "Ctrl+F"
    assert shortcuts["&Lock"] == "Ctrl+L"
    assert shortcuts["&Quit"] == "Ctrl+Q"
    assert shortcuts["&Refresh"] == "F5"
    assert shortcuts["&Log a call with the selected contact…"] == "Ctrl+Shift+L"

    opened: list[QDialog] = []
    host.handlers.append(lambda dialog: opened.append(dialog) or dialog.reject())
    window.new_contact_action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], ContactEditDialog)
    assert opened[0].windowTitle() == "New contact"

    page = window.page("contacts")
    assert page.model.rowCount() == 0
    contacts.create_contact(admin_ws, ContactInput(first_name="Added", last_name="Elsewhere"))
    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # read on a worker

    with qtbot.waitSignal(window.lockRequested):
        click(qtbot, window.lock_button)
    next(a for a in window.actions() if a.text() == "&About ContactWeb").trigger()
    assert host.messages[-1][0] == "About ContactWeb"


def test_another_page_can_open_a_contact(admin_ws: Workspace, bridge: WorkspaceBridge,
                                         open_main_window: OpenWindow) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Opened"))
    window = open_main_window(admin_ws)
    window.show_page("sales")
    bridge.contactRequested.emit(contact_id)
    assert window.current_page_key() == "contacts"
    assert window.page("contacts").detail.contact_id == contact_id
