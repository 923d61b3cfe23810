"""A logged call or note is corrected or deleted from a contact's timeline and from the
Communications page (context menu; a double-click opens it), audited, with the permission
logging needs; a note has no direction; the log dialog names the contact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_timeline_tab import ContactTimelineTab
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into


@pytest.fixture
def contact_id(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(first_name="Philippa",
                                                          last_name="Thistlewood"))


@pytest.fixture
def call_id(admin_ws: Workspace, contact_id: int) -> int:
    return communications.log_communication(admin_ws, contact_id, CommunicationInput(
        kind="call", direction="in", occurred_at=utcnow() - timedelta(hours=2),
        duration_minutes=5, subject="Asked for a quote"))


def timeline(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge,
             contact_id: int) -> ContactTimelineTab:
    tab = ContactTimelineTab(ws, bridge)
    qtbot.addWidget(tab)
    tab.resize(700, 500)
    tab.show()
    tab.set_contact(contact_id)
    return tab


def right_click_row(view: QAbstractItemView, row: int) -> QPoint:
    point = view.visualRect(view.model().index(row, 1)).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)))
    return point


def double_click(qtbot: QtBot, view: QAbstractItemView, row: int, column: int) -> None:
    """Press and release, then the second press (QTest's double-click alone sends no first
    press, which item views need to tell a double-click on one item)."""
    cell = view.visualRect(view.model().index(row, column)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)


def menu_action(menu: QMenu | None, text: str):  # noqa: ANN201
    assert menu is not None, "no context menu"
    action = next(a for a in menu.actions() if a.text() == text)
    menu.hide()
    return action


def edit_subject_to(qtbot: QtBot, subject: str, seen: list[LogCommunicationDialog]
                    ) -> Callable[[QDialog], int | None]:
    def handler(dialog: QDialog) -> int | None:
        assert isinstance(dialog, LogCommunicationDialog)
        seen.append(dialog)
        type_into(qtbot, dialog.subject_edit, subject)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return None
    return handler


def test_the_timeline_edits_and_deletes_an_entry(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        contact_id: int, call_id: int) -> None:
    tab = timeline(qtbot, admin_ws, bridge, contact_id)
    assert tab.model.rowCount() == 1
    seen: list[LogCommunicationDialog] = []

    right_click_row(tab.table, 0)
    host.handlers.append(edit_subject_to(qtbot, "Quote for 12 chairs", seen))
    with qtbot.waitSignal(bridge.changed):
        menu_action(tab.communication_actions.menu, "Edit…").trigger()
    assert seen[0].windowTitle() == "Edit a communication with Philippa Thistlewood"
    assert seen[0].subject_edit.text() == "Quote for 12 chairs"
    entry = communications.get_communication(admin_ws, call_id)
    assert (entry.subject, entry.kind, entry.direction, entry.duration_minutes) == (
        "Quote for 12 chairs", "call", "in", 5)
    assert tab.model.record(0).subject == "Quote for 12 chairs"  # the timeline refreshed

    # a double-click opens the entry too
    host.handlers.append(edit_subject_to(qtbot, "Quote for 14 chairs", seen))
    with qtbot.waitSignal(bridge.changed):
        double_click(qtbot, tab.table, 0, 2)
    assert communications.get_communication(admin_ws, call_id).subject == "Quote for 14 chairs"

    right_click_row(tab.table, 0)
    host.answers.append(False)  # asked first; "Cancel" keeps it
    menu_action(tab.communication_actions.menu, "Delete…").trigger()
    assert host.messages[-1][0] == "Delete communication?"
    assert tab.model.rowCount() == 1
    right_click_row(tab.table, 0)
    host.answers.append(True)
    with qtbot.waitSignal(bridge.changed):
        menu_action(tab.communication_actions.menu, "Delete…").trigger()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert communications.timeline(admin_ws, contact_id) == []
    actions = [e.action for e in audit.list_events(admin_ws, action="communication.")]
    assert actions[:3] == ["communication.delete", "communication.update",
                           "communication.update"]


def test_the_communications_page_edits_on_double_click_and_deletes_from_its_menu(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow], contact_id: int,
        call_id: int) -> None:
    window = open_main_window(admin_ws)
    page = window.show_page("communications")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    seen: list[LogCommunicationDialog] = []
    host.handlers.append(edit_subject_to(qtbot, "Called back", seen))
    double_click(qtbot, page.view, 0, 4)
    assert seen, "a double-click opened no editor"
    qtbot.waitUntil(lambda: page.model.entry(0).subject == "Called back")

    right_click_row(page.view, 0)
    assert [a.text() for a in page.communication_actions.menu.actions()] == [
        "Open contact", "Edit…", "Delete…"]
    host.answers.append(True)
    menu_action(page.communication_actions.menu, "Delete…").trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert communications.timeline(admin_ws, contact_id) == []


def test_who_cannot_log_cannot_edit_or_delete(
        qtbot: QtBot, admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        bridge: WorkspaceBridge, host: ScriptedDialogHost, contact_id: int,
        call_id: int) -> None:
    readonly = user_ws("readonly")
    tab = timeline(qtbot, readonly, bridge, contact_id)
    right_click_row(tab.table, 0)
    menu = tab.communication_actions.menu
    assert menu is not None
    assert [(a.text(), a.isEnabled()) for a in menu.actions()] == [
        ("Edit…", False), ("Delete…", False)]
    menu.hide()
    double_click(qtbot, tab.table, 0, 2)
    assert host.handled == []  # no editor opened
    assert communications.get_communication(admin_ws, call_id).subject == "Asked for a quote"


def test_a_note_has_no_direction_and_the_dialog_names_the_contact(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, contact_id: int) -> None:
    dialog = LogCommunicationDialog(admin_ws, bridge, contact_id, "call")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Log a communication with Philippa Thistlewood"
    assert "Philippa Thistlewood" in dialog.contact_label.text()
    assert dialog.direction_combo.isVisible()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("note"))
    assert not dialog.direction_combo.isVisible()
    type_into(qtbot, dialog.body_edit, "Prefers mornings")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    tab = timeline(qtbot, admin_ws, bridge, contact_id)
    assert tab.model.data(tab.model.index(0, 1)) == "Note"  # not "Note out"
    assert communications.timeline(admin_ws, contact_id)[0].direction == ""


def test_a_correction_keeps_the_time_it_had(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, contact_id: int) -> None:
    when = datetime(2026, 3, 1, 14, 30)
    entry_id = communications.log_communication(admin_ws, contact_id, CommunicationInput(
        kind="meeting", direction="out", occurred_at=when, duration_minutes=40,
        subject="Showroom visit", body="liked the oak table"))
    dialog = LogCommunicationDialog(admin_ws, bridge, contact_id,
                                    communication_id=entry_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.kind_combo.currentData(), dialog.direction_combo.currentData(),
            dialog.duration_spin.value(), dialog.body_edit.toPlainText()) == (
        "meeting", "out", 40, "liked the oak table")
    type_into(qtbot, dialog.body_edit, "liked the walnut table")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    saved = communications.get_communication(admin_ws, entry_id)
    assert (saved.occurred_at, saved.body) == (when, "liked the walnut table")
    assert len(communications.timeline(admin_ws, contact_id)) == 1  # corrected, not added
