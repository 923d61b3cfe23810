"""The highlighted row drives the detail pane (and so Edit… and Erase…): after a merge and
its undo in Find duplicates, after an erasure, after a filter, the pane shows the selected
contact or nothing, never another one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import privacy
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def highlighted_ids(page: ContactsTab) -> list[int]:
    return page.selected_contact_ids()


def row_named(page: ContactsTab, name: str) -> int:
    return next(r for r in range(page.model.rowCount())
                if page.model.data(page.model.index(r, 0)) == name)


def assert_pane_follows_selection(page: ContactsTab) -> None:
    shown = page.detail.contact_id
    assert highlighted_ids(page) == ([shown] if shown is not None else [])
    current = page.table.currentIndex()
    if shown is not None:
        assert page.model.contact_id(current.row()) == shown


def make_people(ws: Workspace) -> dict[str, int]:
    return {name: contacts.create_contact(ws, ContactInput(
        first_name=first, last_name=last, emails=[EmailInput(email)]))
        for name, first, last, email in (
            ("ann", "Ann", "Abbott", "ann@example.com"),
            ("ann2", "Ann", "Abbott", "ann@example.com"),
            ("bob", "Bob", "Baker", "bob@example.com"),
            ("cy", "Cy", "Young", "cy@example.com"))}


def test_after_undoing_a_merge_the_pane_shows_the_highlighted_contact(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    people = make_people(admin_ws)
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(
                         row_named(page, "Young, Cy"), 0)).center())
    assert page.detail.contact_id == people["cy"]

    def merge_then_undo(dialog: QDialog) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.worker is None,
                        timeout=20000)
        host.answers.append(True)
        click(qtbot, dialog.merge_button)
        qtbot.waitUntil(lambda: dialog.undo_button.isEnabled(), timeout=20000)
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20000)
        click(qtbot, dialog.undo_button)
        qtbot.waitUntil(lambda: dialog.worker is None and dialog.model.rowCount() == 1,
                        timeout=20000)
        dialog.reject()

    host.handlers.append(merge_then_undo)
    window.duplicates_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4 and not page.model.busy, timeout=20000)
    page.table.setFocus()  # back in the list, as after the dialog closed
    qtbot.wait(50)
    assert page.detail.contact_id == people["cy"]
    assert_pane_follows_selection(page)

    seen: list[int | None] = []

    def note_the_edited_contact(dialog: QDialog) -> int:
        assert isinstance(dialog, ContactEditDialog)
        seen.append(dialog.contact_id)
        return QDialog.DialogCode.Rejected

    host.handlers.append(note_the_edited_contact)
    click(qtbot, page.detail.details_tab.edit_button)
    assert seen == [people["cy"]]


def test_rows_that_move_or_go_take_the_pane_with_them(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    people = make_people(admin_ws)
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.table.selectRow(row_named(page, "Baker, Bob"))
    assert page.detail.contact_id == people["bob"]

    # An erasure elsewhere moves Bob up a row: the highlight moves with him.
    privacy.erase_contact(admin_ws, people["ann"])
    window.refresh_action.trigger()  # F5
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.busy, timeout=20000)
    assert page.detail.contact_id == people["bob"]
    assert_pane_follows_selection(page)

    # A filter that leaves Bob out clears the pane (and Edit… with it).
    qtbot.keyClicks(page.search_edit, "young")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.busy, timeout=20000)
    assert page.detail.contact_id is None
    assert not page.detail.details_tab.edit_button.isEnabled()
    assert_pane_follows_selection(page)

    # Bob erased while shown: nothing highlighted, nothing shown.
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.busy, timeout=20000)
    page.table.selectRow(row_named(page, "Baker, Bob"))
    privacy.erase_contact(admin_ws, people["bob"])
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.busy, timeout=20000)
    assert page.detail.contact_id is None
    assert_pane_follows_selection(page)
