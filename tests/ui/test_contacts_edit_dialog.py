"""The contact dialog checks in place: the vault's message appears beside the refused field,
the dialog stays open, and nothing is saved until the input is right."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.consent import consent
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy.erasure import erase_contact
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, click_and_finish, type_into


def make_dialog(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge,
                contact_id: int | None = None) -> ContactEditDialog:
    dialog = ContactEditDialog(ws, bridge, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_bad_email_is_shown_beside_the_field_and_nothing_is_saved(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = make_dialog(qtbot, admin_ws, bridge)
    type_into(qtbot, dialog.first_edit, "Grace")
    type_into(qtbot, dialog.emails.value_edit(0), "grace-at-navy")
    with qtbot.assertNotEmitted(bridge.changed):
        click_and_finish(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.emails.row_error(0)
    assert "'grace-at-navy' is not a valid email address" in message
    assert dialog.first_edit.text() == "Grace"  # everything typed is kept
    assert contact_queries.count_contacts(admin_ws) == 0

    type_into(qtbot, dialog.emails.value_edit(0), "grace@example.org")
    with qtbot.waitSignal(bridge.changed):
        click_and_finish(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.emails.row_error(0) == ""
    saved = contacts.get_contact(admin_ws, dialog.contact_id, audit_view=False)
    assert [e.address for e in saved.emails] == ["grace@example.org"]


def test_each_refused_field_gets_its_own_message(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = make_dialog(qtbot, admin_ws, bridge)
    click_and_finish(qtbot, dialog.save_button)  # nothing typed at all
    assert dialog.errors["first_name"].text() == \
        "A contact needs a name, a company or an email address."
    assert not dialog.errors["first_name"].isHidden()

    type_into(qtbot, dialog.first_edit, "Grace")
    click(qtbot, dialog.phones.add_button)
    type_into(qtbot, dialog.phones.value_edit(0), "+1 415 555 0100")
    type_into(qtbot, dialog.phones.value_edit(1), "12")
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.errors["first_name"].isHidden()
    assert dialog.phones.row_error(0) == ""
    assert "'12' is not a phone number" in dialog.phones.row_error(1)

    type_into(qtbot, dialog.phones.value_edit(1), "")
    # A date picker: words are not taken, so there is no date to refuse.
    type_into(qtbot, dialog.birthday_edit, "December")
    assert dialog.birthday_edit.date_value() is None
    assert dialog.birthday_edit.text() == "not given"
    assert contact_queries.count_contacts(admin_ws) == 0


def test_editing_keeps_fields_the_dialog_does_not_show(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Grace", middle_name="Brewster", last_name="Hopper", prefix="Rear Admiral",
        emails=[EmailInput("grace@example.org", "home")], owner_only=True))
    dialog = make_dialog(qtbot, admin_ws, bridge, contact_id)
    assert dialog.windowTitle() == "Edit contact"
    assert dialog.owner_only_check.isChecked()
    type_into(qtbot, dialog.company_edit, "US Navy")
    with qtbot.waitSignal(bridge.changed) as signal:
        click_and_finish(qtbot, dialog.save_button)
    assert signal.args[0].contact_ids == {contact_id}
    saved = contacts.get_contact(admin_ws, contact_id, audit_view=False)
    assert (saved.company, saved.middle_name, saved.prefix) == (
        "US Navy", "Brewster", "Rear Admiral")
    assert [(e.address, e.label) for e in saved.emails] == [("grace@example.org", "home")]
    assert saved.owner_only


def test_someone_erased_earlier_is_added_only_after_confirming(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        host: ScriptedDialogHost) -> None:
    erased = contacts.create_contact(admin_ws, ContactInput(first_name="Ada",
                                                            last_name="Byron"))
    erase_contact(admin_ws, erased)
    dialog = make_dialog(qtbot, admin_ws, bridge)
    type_into(qtbot, dialog.first_edit, "Ada")
    type_into(qtbot, dialog.last_edit, "Byron")

    host.answers.append(False)
    click_and_finish(qtbot, dialog.save_button)
    assert "matches a person erased earlier" in host.messages[-1][1]
    assert dialog.isVisible() and contact_queries.count_contacts(admin_ws) == 0

    host.answers.append(True)
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    statuses = consent.status_by_channel(admin_ws, dialog.contact_id)
    assert set(statuses.values()) == {"opted_out"}  # back, but opted out of everything


def test_every_part_of_a_name_is_saved_and_shown_again(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = make_dialog(qtbot, admin_ws, bridge)
    for edit, text in ((dialog.prefix_edit, "Dr."), (dialog.first_edit, "Grace"),
                       (dialog.middle_edit, "Brewster"), (dialog.last_edit, "Hopper"),
                       (dialog.suffix_edit, "PhD")):
        type_into(qtbot, edit, text)
    with qtbot.waitSignal(bridge.changed):
        click_and_finish(qtbot, dialog.save_button)
    saved = contacts.get_contact(admin_ws, dialog.contact_id, audit_view=False)
    assert (saved.prefix, saved.first_name, saved.middle_name, saved.last_name,
            saved.suffix) == ("Dr.", "Grace", "Brewster", "Hopper", "PhD")
    assert contact_queries.search_ids(admin_ws, "brewster") == [dialog.contact_id]

    again = make_dialog(qtbot, admin_ws, bridge, dialog.contact_id)
    assert again.middle_edit.text() == "Brewster" and again.prefix_edit.text() == "Dr."
    type_into(qtbot, again.middle_edit, "")
    with qtbot.waitSignal(bridge.changed):
        click_and_finish(qtbot, again.save_button)
    assert contacts.get_contact(admin_ws, dialog.contact_id, audit_view=False).middle_name == ""
