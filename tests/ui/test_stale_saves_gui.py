"""Someone else changed the record while it was shown here: correcting a communication,
closing the contact or moving a sale on is refused with who and when; a typed correction
stays in its dialog to save again knowingly, and the page shows what the other person did."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.activity import communications, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.contacts.contact_sales_tab import ContactSalesTab
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click_and_finish, finish_operations, type_into


def test_a_stale_communication_correction_is_kept_to_save_again(
        qtbot: QtBot, admin_ws: Workspace, user_ws, bridge: WorkspaceBridge) -> None:  # noqa: ANN001
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    entry = communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="call", subject="Asked about chairs"))
    dialog = LogCommunicationDialog(admin_ws, bridge, cid, communication_id=entry)
    qtbot.addWidget(dialog)
    dialog.show()
    kim = user_ws("staff", "kim")
    communications.update_communication(kim, entry, CommunicationInput(
        kind="call", subject="Asked about chairs", body="wants four", version=1))

    type_into(qtbot, dialog.subject_edit, "Asked about oak chairs")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    click_and_finish(qtbot, save)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith("kim changed this communication at ")
    assert dialog.subject_edit.text() == "Asked about oak chairs"
    saved = communications.get_communication(admin_ws, entry)
    assert (saved.subject, saved.body) == ("Asked about chairs", "wants four")

    click_and_finish(qtbot, save)  # knowingly, over kim's correction
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = communications.get_communication(admin_ws, entry)
    assert (saved.subject, saved.version) == ("Asked about oak chairs", 3)


def test_closing_a_contact_changed_since_it_was_shown_is_refused(
        qtbot: QtBot, admin_ws: Workspace, user_ws, host: ScriptedDialogHost,  # noqa: ANN001
        bridge: WorkspaceBridge) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    tab = ContactDetailsTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_details(contacts.get_contact(admin_ws, cid, audit_view=False))
    kim = user_ws("staff", "kim")
    theirs = contacts.get_contact(kim, cid, audit_view=False).to_input()
    contacts.update_contact(kim, cid, replace(theirs, notes="moved away; keep open"))

    click_and_finish(qtbot, tab.close_button)
    assert host.messages[-1][1].startswith("kim changed this contact at ")
    assert contacts.get_contact(admin_ws, cid, audit_view=False).status == "active"


def test_moving_a_sale_on_that_changed_since_it_was_shown_is_refused(
        qtbot: QtBot, admin_ws: Workspace, user_ws, host: ScriptedDialogHost,  # noqa: ANN001
        bridge: WorkspaceBridge) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    sale_id = sales.add_sale(admin_ws, cid, sales.SaleInput(lines=[sales.SaleLineInput(
        product="Oak chair", quantity=4, unit_price_cents=9_900)]))
    tab = ContactSalesTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_contact(cid)
    finish_operations(qtbot)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    kim = user_ws("staff", "kim")
    sales.set_status(kim, sale_id, "lost", version=1)

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("won"))
    tab.set_selected_status()
    finish_operations(qtbot)
    assert host.messages[-1][1].startswith("kim changed this sale at ")
    assert sales.list_sales(admin_ws, sales.SaleFilter(contact_id=cid))[0].status == "lost"
    qtbot.waitUntil(lambda: tab.model.record(0).status == "lost")  # shown as it is now


def test_merging_a_pair_changed_since_it_was_shown_is_refused_and_shown_again(
        qtbot: QtBot, admin_ws: Workspace, user_ws, host: ScriptedDialogHost,  # noqa: ANN001
        bridge: WorkspaceBridge) -> None:
    from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog
    from tests.ui.test_merge_choices_and_history import ready, two_anns

    keep, other = two_anns(admin_ws)
    dialog = DuplicatesDialog(admin_ws, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    ready(qtbot, dialog)
    dialog.sides.combos["company"].setCurrentIndex(1)  # the other one's company
    kim = user_ws("staff", "kim")
    theirs = contacts.get_contact(kim, other, audit_view=False).to_input()
    contacts.update_contact(kim, other, replace(theirs, title="Owner"))

    host.answers.append(True)
    click_and_finish(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert host.messages[-1][1].startswith("kim changed this contact at ")
    assert contacts.get_contact(admin_ws, other, audit_view=False).title == "Owner"
    assert "Owner" in dialog.other_text.toPlainText()  # shown as it is now
    assert dialog.sides.take_from_other() == {"company"}  # the choice made stays

    host.answers.append(True)
    click_and_finish(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.last_merge is not None)
    merged = contacts.get_contact(admin_ws, keep, audit_view=False)
    assert (merged.company, merged.title) == ("Lee & Daughters", "Owner")
