"""The Contacts page by keyboard: Down from the search box moves into the results, on the
first one, and Enter opens the selected contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost


def test_down_enters_the_results_and_enter_opens_the_contact(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    for first, last in (("Ada", "Lovelace"), ("Philippa", "Thistlewood"),
                        ("Paul", "Thistleton")):
        contacts.create_contact(admin_ws, ContactInput(first_name=first, last_name=last))
    window = open_main_window(admin_ws)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    with qtbot.waitActive(window):
        window.activateWindow()
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "thistle")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # before the search's rows are in
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and
                    page.detail.contact_id is not None)
    assert QApplication.focusWidget() is page.table
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    # The first of the search's results, not of the rows shown when Down was pressed.
    assert page.detail.contact_id == page.model.contact_id(0)
    assert contacts.get_contact(admin_ws, page.detail.contact_id, False).last_name == \
        "Thistleton"
    first_shown = page.detail.contact_id
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the list's own keys take over
    qtbot.waitUntil(lambda: page.detail.contact_id != first_shown)
    chosen = page.detail.contact_id

    opened: list[int | None] = []

    def editor(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        opened.append(dialog.contact_id)
        return QDialog.DialogCode.Rejected

    host.handlers.append(editor)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [chosen]
    assert contacts.get_contact(admin_ws, chosen, False).last_name.startswith("Thistle")
