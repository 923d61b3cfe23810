"""Escape, Cancel or the window's close button on a filled-in contact, log entry or sale asks
before throwing the typing away (Discard / Keep editing); an untouched editor closes
without a question."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from contactweb.services.activity import communications, sales
from contactweb.services.consent import consent
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.consent_dialog import ConsentDialog
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.contacts.sale_dialog import SaleDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into

QUESTION = "Discard changes?"


@pytest.fixture
def contact_id(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(first_name="Philippa",
                                                          last_name="Thistlewood"))


def escape(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def cancel(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    click(qtbot, buttons.button(QDialogButtonBox.StandardButton.Cancel))


def close_window(_qtbot: QtBot, dialog: QDialog) -> None:
    dialog.close()


CLOSERS = {"escape": escape, "cancel": cancel, "close": close_window}
# Each editor, how to fill it in, and how to tell that nothing was saved.
Editor = tuple[Callable[[Workspace, WorkspaceBridge, int], QDialog],
               Callable[[QtBot, QDialog], None], Callable[[Workspace, int], int]]
EDITORS: dict[str, Editor] = {
    "contact": (lambda ws, bridge, _cid: ContactEditDialog(ws, bridge),
                lambda qtbot, d: type_into(qtbot, d.first_edit, "Grace"),
                lambda ws, _cid: contact_queries.count_contacts(ws)),
    "contact edit": (lambda ws, bridge, cid: ContactEditDialog(ws, bridge, cid),
                     lambda qtbot, d: type_into(qtbot, d.last_edit, "Thistle"),
                     lambda ws, cid: int(contacts.get_contact(ws, cid, False).last_name
                                         == "Thistle")),
    "log entry": (lambda ws, bridge, cid: LogCommunicationDialog(ws, bridge, cid, "call"),
                  lambda qtbot, d: type_into(qtbot, d.subject_edit, "Asked for a quote"),
                  lambda ws, cid: len(communications.timeline(ws, cid))),
    "consent": (lambda ws, bridge, cid: ConsentDialog(ws, bridge, cid, "email"),
                lambda qtbot, d: type_into(qtbot, d.evidence_edit, "Signed at the counter"),
                lambda ws, cid: len(consent.history(ws, cid))),
    "sale": (lambda ws, bridge, cid: SaleDialog(ws, bridge, cid),
             lambda qtbot, d: type_into(qtbot, d.lines()[0].product, "Oak table"),
             lambda ws, cid: len(sales.list_sales(ws, sales.SaleFilter(contact_id=cid)))),
}


def opened(qtbot: QtBot, editor: str, ws: Workspace, bridge: WorkspaceBridge,
           contact_id: int) -> QDialog:
    dialog = EDITORS[editor][0](ws, bridge, contact_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("closer", list(CLOSERS))
@pytest.mark.parametrize("editor", list(EDITORS))
def test_closing_a_filled_in_editor_asks_first(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        contact_id: int, editor: str, closer: str) -> None:
    _make, fill, saved = EDITORS[editor]
    before = saved(admin_ws, contact_id)
    dialog = opened(qtbot, editor, admin_ws, bridge, contact_id)
    fill(qtbot, dialog)

    host.answers.append(False)  # Keep editing
    CLOSERS[closer](qtbot, dialog)
    assert [m[0] for m in host.messages] == [QUESTION]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    host.answers.append(True)  # Discard
    CLOSERS[closer](qtbot, dialog)
    assert [m[0] for m in host.messages] == [QUESTION, QUESTION]
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert saved(admin_ws, contact_id) == before


@pytest.mark.parametrize("closer", list(CLOSERS))
@pytest.mark.parametrize("editor", list(EDITORS))
def test_an_untouched_editor_closes_without_a_question(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        contact_id: int, editor: str, closer: str) -> None:
    dialog = opened(qtbot, editor, admin_ws, bridge, contact_id)
    CLOSERS[closer](qtbot, dialog)
    assert host.messages == []
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_typing_back_what_was_there_is_no_change(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        contact_id: int) -> None:
    dialog = opened(qtbot, "contact edit", admin_ws, bridge, contact_id)
    type_into(qtbot, dialog.last_edit, "Thistle")
    type_into(qtbot, dialog.last_edit, "Thistlewood")
    escape(qtbot, dialog)
    assert host.messages == []
    assert not dialog.isVisible()


@pytest.mark.parametrize("editor", list(EDITORS))
def test_ending_the_session_closes_a_filled_in_editor_without_asking(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        contact_id: int, editor: str) -> None:
    """Locking must not wait on a question: the typing is kept as a draft instead."""
    dialog = opened(qtbot, editor, admin_ws, bridge, contact_id)
    EDITORS[editor][1](qtbot, dialog)
    host.register(dialog)
    host.close_all()
    assert host.messages == []
    assert not dialog.isVisible() and host.open_dialogs() == []


def test_a_reminder_being_typed_waits_for_its_contact(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, contact_id: int) -> None:
    from contactweb.ui.contacts.contact_reminders_tab import ContactRemindersTab

    other = contacts.create_contact(admin_ws, ContactInput(first_name="Paul"))
    tab = ContactRemindersTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_contact(contact_id)
    type_into(qtbot, tab.text_edit, "Call back about the quote")
    due = tab.due_edit.dateTime().addDays(3)
    tab.due_edit.setDateTime(due)
    tab.set_contact(other)  # looking at someone else
    assert tab.text_edit.text() == ""
    tab.set_contact(contact_id)
    assert tab.text_edit.text() == "Call back about the quote"
    assert tab.due_edit.dateTime() == due
    tab.set_contact(contact_id)  # the pane reloading the same contact keeps it too
    assert tab.text_edit.text() == "Call back about the quote"
    tab.clear()  # the session ends: nothing of it stays
    tab.set_contact(contact_id)
    assert tab.text_edit.text() == ""
