"""A day's work on the Contacts page, typed as a person would: create a contact, find it,
log a call, add a sale, set a reminder, opt the contact out of email, and more."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.activity.sales import SaleFilter
from contactweb.services.consent import consent
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts import contact_timeline_tab, log_communication_dialog
from contactweb.ui.contacts.consent_dialog import ConsentDialog
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.contacts.sale_dialog import SaleDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import (
    ScriptedDialogHost,
    button_named,
    click,
    click_and_finish,
    finish_operations,
    type_into,
)


def fill_new_contact(qtbot: QtBot) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactEditDialog)
        type_into(qtbot, dialog.first_edit, "Ada")
        type_into(qtbot, dialog.last_edit, "Lovelace")
        type_into(qtbot, dialog.company_edit, "Analytical Engines")
        type_into(qtbot, dialog.emails.value_edit(0), "Ada@Example.com")
        type_into(qtbot, dialog.phones.value_edit(0), "+1 415 555 0142")
        click(qtbot, dialog.addresses.add_button)
        type_into(qtbot, dialog.addresses.value_edit(0), "12 Harbor Road")
        type_into(qtbot, dialog.tags_edit, "vip, mathematics")
        type_into(qtbot, dialog.birthday_edit, "1815-12-10")
        click_and_finish(qtbot, dialog.save_button)
        assert dialog.result() == QDialog.DialogCode.Accepted
    return fill


def test_create_find_log_sell_remind_and_opt_out(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Charles", last_name="Babbage"))
    window = open_main_window(admin_ws)
    page = window.page("contacts")

    # Create, by typing into the dialog.
    host.handlers.append(fill_new_contact(qtbot))
    click(qtbot, page.new_button)
    (row,) = contact_queries.list_contacts(admin_ws, ContactQuery(search="lovelace"))
    details = contacts.get_contact(admin_ws, row.id, audit_view=False)
    assert (details.first_name, details.company) == ("Ada", "Analytical Engines")
    assert [e.address for e in details.emails] == ["Ada@example.com"]
    assert [p.number for p in details.phones] == ["+14155550142"]
    assert details.addresses[0].street == "12 Harbor Road"
    assert details.tags == ["mathematics", "vip"] and str(details.birthday) == "1815-12-10"
    assert page.detail.contact_id == row.id  # the new contact is shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)

    # Find it by typing in the search box (as-you-type, after a short pause).
    window.find_action.trigger()
    assert window.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "analyt")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "Lovelace, Ada"
    assert page.count_label.text() == "1 contact"
    page.table.selectRow(0)
    pane = page.detail
    assert pane.contact_id == row.id and "Ada Lovelace" in pane.header.text()

    # Log a call with Ctrl+Shift+L on the selected contact.
    def log_call(dialog: QDialog) -> None:
        assert isinstance(dialog, LogCommunicationDialog)
        assert dialog.kind_combo.currentData() == "call"
        dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
        type_into(qtbot, dialog.duration_spin, "12")
        type_into(qtbot, dialog.subject_edit, "Asked about the difference engine")
        type_into(qtbot, dialog.body_edit, "Wants a demonstration next week.")
        click_and_finish(qtbot, dialog.buttons.buttons()[0])

    host.handlers.append(log_call)
    window.log_call_action.trigger()
    (entry,) = communications.timeline(admin_ws, row.id)
    assert (entry.kind, entry.direction, entry.duration_minutes) == ("call", "in", 12)
    assert entry.subject == "Asked about the difference engine"
    assert pane.tabs.currentWidget() is pane.timeline_tab
    assert pane.timeline_tab.model.rowCount() == 1

    # Add a sale with two lines.
    def add_sale(dialog: QDialog) -> None:
        assert isinstance(dialog, SaleDialog)
        first = dialog.lines()[0]
        type_into(qtbot, first.product, "Brass gears")
        type_into(qtbot, first.quantity, "3")
        type_into(qtbot, first.price, "19.99")
        click(qtbot, button_named(dialog, "Add line"))
        second = dialog.lines()[1]
        type_into(qtbot, second.product, "Punched cards")
        type_into(qtbot, second.price, "5")
        assert dialog.total_label.text() == "Total: USD 64.97"
        click_and_finish(qtbot, dialog.buttons.buttons()[0])

    pane.tabs.setCurrentWidget(pane.sales_tab)
    host.handlers.append(add_sale)
    click(qtbot, pane.sales_tab.add_button)
    (sale,) = sales.list_sales(admin_ws, SaleFilter(contact_id=row.id))
    assert sale.status == "won" and sale.total_cents == 6497
    assert [(ln.product, ln.quantity) for ln in sale.lines] == [("Brass gears", 3),
                                                               ("Punched cards", 1)]
    assert pane.sales_tab.totals_label.text() == "Won and invoiced: USD 64.97"

    # Set a reminder.
    pane.tabs.setCurrentWidget(pane.reminders_tab)
    type_into(qtbot, pane.reminders_tab.text_edit, "Send the demonstration invitation")
    click_and_finish(qtbot, pane.reminders_tab.add_button)
    (reminder,) = reminders.list_reminders(admin_ws, contact_id=row.id)
    assert reminder.text == "Send the demonstration invitation"
    assert reminder.assignee == "admin" and reminder.due_at > utcnow()
    assert pane.reminders_tab.model.rowCount() == 1
    pane.reminders_tab.table.selectRow(0)
    click_and_finish(qtbot, pane.reminders_tab.done_button)
    assert reminders.list_reminders(admin_ws, contact_id=row.id) == []

    # Opt out of email, then (as an admin) reverse it with evidence and a reason.
    pane.tabs.setCurrentWidget(pane.consent_tab)
    consent_tab = pane.consent_tab
    host.text_answers.append("Said so on the phone")
    click_and_finish(qtbot, consent_tab.opt_out_buttons["email"])
    assert consent.status_by_channel(admin_ws, row.id)["email"] == "opted_out"
    assert consent.history(admin_ws, row.id)[0].evidence == "Said so on the phone"
    assert consent_tab.status_labels["email"].text().endswith(">Opted out</span>")
    assert not consent_tab.opt_out_buttons["email"].isEnabled()
    assert consent_tab.consent_buttons["email"].text() == "Reverse opt-out…"

    def reverse(dialog: QDialog) -> None:
        assert isinstance(dialog, ConsentDialog) and dialog.reversing
        click(qtbot, dialog.buttons.buttons()[0])
        assert dialog.evidence_error.text() == "Say when and how the contact agreed."
        type_into(qtbot, dialog.evidence_edit, "Emailed us asking to be added back")
        click(qtbot, dialog.buttons.buttons()[0])
        assert dialog.reason_error.text() == "Reversing an opt-out needs a reason."
        type_into(qtbot, dialog.reason_edit, "The contact asked in writing")
        click(qtbot, dialog.buttons.buttons()[0])
        finish_operations(qtbot)
        assert dialog.result() == QDialog.DialogCode.Accepted

    host.handlers.append(reverse)
    click(qtbot, consent_tab.consent_buttons["email"])
    assert consent.status_by_channel(admin_ws, row.id)["email"] == "granted"
    assert consent.history(admin_ws, row.id)[0].override_reason == "The contact asked in writing"

    # Close the contact from the details tab; the table greys it and says so.
    pane.tabs.setCurrentWidget(pane.details_tab)
    click_and_finish(qtbot, pane.details_tab.close_button)
    assert contacts.get_contact(admin_ws, row.id, audit_view=False).status == "closed"
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 6)) == "Closed")
    assert pane.details_tab.reopen_button.isVisible()


def test_staff_cannot_reverse_an_opt_out(
        qtbot: QtBot, admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Mary",
                                                                last_name="Somerville"))
    consent.opt_out(admin_ws, contact_id, "post")
    window = open_main_window(user_ws("staff"))
    pane = window.page("contacts").detail
    pane.set_contact(contact_id)
    pane.tabs.setCurrentWidget(pane.consent_tab)
    tab = pane.consent_tab
    assert tab.consent_buttons["post"].isHidden()  # reversing is for managers and admins
    assert tab.consent_buttons["email"].isVisible() and tab.consent_buttons["email"].isEnabled()
    assert tab.opt_out_buttons["email"].isEnabled()


def test_attachment_is_saved_to_a_file(qtbot: QtBot, admin_ws: Workspace,
                                       host: ScriptedDialogHost, tmp_path: Path,
                                       open_main_window: Callable[[Workspace], MainWindow]
                                       ) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Alan"))
    communications.log_communication(admin_ws, contact_id, CommunicationInput(
        kind="call", subject="Recorded call", attachments=[
            AttachmentInput("call.ogg", b"OggS-recording-bytes", "recording", "audio/ogg")]))
    window = open_main_window(admin_ws)
    pane = window.page("contacts").detail
    pane.set_contact(contact_id)
    pane.tabs.setCurrentWidget(pane.timeline_tab)
    tab = pane.timeline_tab
    tab.table.selectRow(0)
    assert tab.attachment_list.count() == 1 and tab.play_button.isEnabled()
    target = tmp_path / "saved.ogg"
    host.file_answers.append(str(target))
    click(qtbot, tab.save_button)
    assert target.read_bytes() == b"OggS-recording-bytes"
    assert tab.attachment_list.currentItem().data(Qt.ItemDataRole.UserRole + 2) == "recording"


def test_log_with_a_recording_then_play_and_forget_it(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, tmp_path: Path,
        open_main_window: Callable[[Workspace], MainWindow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    recording = tmp_path / "call-with-ada.ogg"
    recording.write_bytes(b"OggS" + bytes(range(256)) * 8)
    notes = tmp_path / "notes.txt"
    notes.write_text("agenda")
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    window = open_main_window(admin_ws)
    pane = window.page("contacts").detail
    pane.set_contact(contact_id)
    pane.tabs.setCurrentWidget(pane.timeline_tab)
    tab = pane.timeline_tab
    # Past the size limit the attachments are stored on a worker, behind a progress dialog.
    monkeypatch.setattr(log_communication_dialog, "BACKGROUND_BYTES", 100)

    def log_with_files(dialog: QDialog) -> None:
        host.file_answers.append([str(recording), str(notes)])
        click(qtbot, button_named(dialog, "Add file…"))
        assert dialog.attachment_list.count() == 2
        assert dialog.attachment_list.item(0).checkState() == Qt.CheckState.Checked
        assert dialog.attachment_list.item(1).checkState() == Qt.CheckState.Unchecked
        type_into(qtbot, dialog.subject_edit, "Recorded call")
        click(qtbot, dialog.buttons.buttons()[0])
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)

    host.handlers.append(log_with_files)
    click(qtbot, tab.log_buttons["call"])
    (entry,) = communications.timeline(admin_ws, contact_id)
    assert sorted((a.filename, a.kind) for a in entry.attachments) == [
        ("call-with-ada.ogg", "recording"), ("notes.txt", "document")]
    assert next(a for a in entry.attachments if a.kind == "recording").retain_until

    tab.table.selectRow(0)
    row = next(i for i in range(tab.attachment_list.count())
               if tab.attachment_list.item(i).text().startswith("call-with-ada.ogg"))
    tab.attachment_list.setCurrentRow(row)
    monkeypatch.setattr(contact_timeline_tab.QDesktopServices, "openUrl", lambda url: False)
    played = tab.play_recording()
    assert played.read_bytes() == recording.read_bytes()
    assert "No program on this computer plays this file" in host.messages[-1][1]
    tab.clear()  # the vault locked: the decrypted copy goes
    assert not played.exists() and not played.parent.exists()
