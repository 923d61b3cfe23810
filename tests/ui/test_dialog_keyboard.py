"""Every dialog by keyboard: Tab walks the fields in the order they are shown (top to
bottom, left to right within a row), every input has a name a screen reader can say and a
label tied to it, multi-line fields let Tab (and Ctrl+Tab) move on, and Ctrl+S / Ctrl+Enter
save from any field of an editing dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.activity import communications, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import (
    AddressInput,
    ContactInput,
    EmailInput,
    PhoneInput,
)
from contactweb.ui.contacts.consent_dialog import ConsentDialog
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.contacts.sale_dialog import SaleDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.support.dialog_inspection import out_of_order, tab_walk, unnamed_inputs
from tests.ui.conftest import click, type_into

TALL = (760, 1500)  # room for every field: the walk is compared with a page seen whole


@pytest.fixture
def contact_id(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(
        first_name="Philippa", last_name="Thistlewood",
        emails=[EmailInput("philippa@thistle.example")],
        phones=[PhoneInput("+1 503 555 0142", "mobile")],
        addresses=[AddressInput("12 Elm St", "Portland", "OR", "97214", "US", "home")]))


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.resize(*TALL)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def accepted(qtbot: QtBot, dialog: QDialog) -> None:
    """Saving may run in the background: wait for the dialog to close as saved."""
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)


def assert_keyboard_ready(qtbot: QtBot, dialog: QDialog, first: QWidget) -> list[QWidget]:
    walked = tab_walk(qtbot, dialog, first)
    assert out_of_order(dialog, walked) == [], dialog.windowTitle()
    assert unnamed_inputs(dialog) == [], dialog.windowTitle()
    return walked


def test_the_contact_editor_tabs_through_every_row_in_order(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = shown(qtbot, ContactEditDialog(admin_ws, bridge))
    click(qtbot, dialog.addresses.add_button)
    click(qtbot, dialog.emails.add_button)
    walked = assert_keyboard_ready(qtbot, dialog, dialog.first_edit)
    order = {id(w): i for i, w in enumerate(walked)}
    email, phone = dialog.emails.value_edit(0), dialog.phones.value_edit(0)
    save = dialog.save_button
    # the findings: first email and phone fields before Save, Street then City
    assert order[id(email)] < order[id(dialog.emails.value_edit(1))] < order[id(phone)] \
        < order[id(save)]
    street = dialog.addresses.value_edit(0)
    assert walked[order[id(street)] + 1].accessibleName() == "Address 1 city"
    # Notes does not swallow Tab: Private and Save come after it
    notes = order[id(dialog.notes_edit)]
    assert walked[notes + 1] is dialog.owner_only_check
    assert order[id(save)] > notes


def test_an_existing_contact_tabs_in_order(qtbot: QtBot, admin_ws: Workspace,
                                           bridge: WorkspaceBridge, contact_id: int) -> None:
    dialog = shown(qtbot, ContactEditDialog(admin_ws, bridge, contact_id))
    assert_keyboard_ready(qtbot, dialog, dialog.first_edit)


def test_the_duplicate_email_warning_tabs_in_order(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, contact_id: int) -> None:
    dialog = shown(qtbot, ContactEditDialog(admin_ws, bridge))
    type_into(qtbot, dialog.first_edit, "Pippa")
    type_into(qtbot, dialog.emails.value_edit(0), "philippa@thistle.example")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.duplicate_warning.isVisible)
    walked = assert_keyboard_ready(qtbot, dialog, dialog.first_edit)
    assert dialog.duplicate_warning.save_button in walked


def test_the_activity_dialogs_tab_in_order(qtbot: QtBot, admin_ws: Workspace,
                                           bridge: WorkspaceBridge, contact_id: int) -> None:
    log = shown(qtbot, LogCommunicationDialog(admin_ws, bridge, contact_id, "call"))
    assert_keyboard_ready(qtbot, log, log.kind_combo)
    note = shown(qtbot, LogCommunicationDialog(admin_ws, bridge, contact_id, "note"))
    assert note.direction_combo not in assert_keyboard_ready(qtbot, note, note.kind_combo)
    call_id = communications.log_communication(admin_ws, contact_id, CommunicationInput(
        "call", "in", subject="Asked for a quote"))
    edit = shown(qtbot, LogCommunicationDialog(admin_ws, bridge, contact_id,
                                               communication_id=call_id))
    assert_keyboard_ready(qtbot, edit, edit.kind_combo)
    sale = shown(qtbot, SaleDialog(admin_ws, bridge, contact_id))
    sale.add_line()
    assert_keyboard_ready(qtbot, sale, sale.status_combo)
    for reversing in (False, True):
        consent = shown(qtbot, ConsentDialog(admin_ws, bridge, contact_id, "email", reversing))
        assert_keyboard_ready(qtbot, consent, consent.evidence_edit)


@pytest.mark.parametrize("key", ["tab", "ctrl+tab"])
def test_tab_leaves_every_multi_line_field(qtbot: QtBot, admin_ws: Workspace,
                                           bridge: WorkspaceBridge, contact_id: int,
                                           key: str) -> None:
    dialogs = [ContactEditDialog(admin_ws, bridge, contact_id),
               LogCommunicationDialog(admin_ws, bridge, contact_id, "note"),
               SaleDialog(admin_ws, bridge, contact_id),
               ConsentDialog(admin_ws, bridge, contact_id, "email", True)]
    modifier = Qt.KeyboardModifier.ControlModifier if key == "ctrl+tab" \
        else Qt.KeyboardModifier.NoModifier
    for dialog in dialogs:
        shown(qtbot, dialog)
        for edit in dialog.findChildren(QPlainTextEdit):
            edit.setPlainText("typed")
            edit.setFocus()
            qtbot.keyClick(edit, Qt.Key.Key_Tab, modifier)
            assert QApplication.focusWidget() is not edit, dialog.windowTitle()
            assert edit.toPlainText() == "typed"


def test_ctrl_s_and_ctrl_enter_save_from_any_field(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, contact_id: int) -> None:
    editor = shown(qtbot, ContactEditDialog(admin_ws, bridge))
    type_into(qtbot, editor.first_edit, "Grace")
    editor.notes_edit.setFocus()
    qtbot.keyClick(editor.notes_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    accepted(qtbot, editor)
    assert contacts.get_contact(admin_ws, editor.contact_id, False).first_name == "Grace"

    log = shown(qtbot, LogCommunicationDialog(admin_ws, bridge, contact_id, "note"))
    log.body_edit.setFocus()
    qtbot.keyClicks(log.body_edit, "Prefers mornings")
    qtbot.keyClick(log.body_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    accepted(qtbot, log)
    assert [e.body for e in communications.timeline(admin_ws, contact_id)] == \
        ["Prefers mornings"]

    sale = shown(qtbot, SaleDialog(admin_ws, bridge, contact_id))
    line = sale.lines()[0]
    type_into(qtbot, line.product, "Consulting")
    type_into(qtbot, line.price, "120.00")
    qtbot.keyClick(line.price, Qt.Key.Key_Enter,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    accepted(qtbot, sale)
    assert len(sales.list_sales(admin_ws, sales.SaleFilter(contact_id=contact_id))) == 1

    consent = shown(qtbot, ConsentDialog(admin_ws, bridge, contact_id, "email"))
    type_into(qtbot, consent.evidence_edit, "Signed the form at the counter")
    qtbot.keyClick(consent.evidence_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    accepted(qtbot, consent)


def test_ctrl_s_saves_the_mailing_settings(qtbot: QtBot, admin_ws: Workspace,
                                           bridge: WorkspaceBridge) -> None:
    from contactweb.services.mailing import smtp_settings
    from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog

    dialog = shown(qtbot, MailingSettingsDialog(admin_ws, bridge))
    type_into(qtbot, dialog.host, "mail.lakeside.example")
    type_into(qtbot, dialog.sender_address, "news@lakeside.example")
    type_into(qtbot, dialog.postal_address, "1 Lake Road, Springfield, IL 62701")
    qtbot.keyClick(dialog.postal_address, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or
                    bool(dialog.error.text()), timeout=5000)
    assert dialog.error.text() == ""
    accepted(qtbot, dialog)
    assert smtp_settings.load(admin_ws).smtp.host == "mail.lakeside.example"

