"""A new contact typed with an email address another contact already has gets a duplicate
warning in the editor: "Open the existing one" shows that contact and saves nothing; "Save
anyway" saves."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.contacts.existing_emails import contacts_with_emails
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def type_ann(qtbot: QtBot, dialog: ContactEditDialog) -> None:
    type_into(qtbot, dialog.first_edit, "Annie")
    type_into(qtbot, dialog.emails.value_edit(0), "ANN@example.com")
    click(qtbot, dialog.save_button)


def test_the_editor_warns_and_opens_the_existing_contact(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    contacts.create_contact(admin_ws, ContactInput(first_name="Bob", last_name="Ray"))
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    seen: list[str] = []

    def open_existing(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactEditDialog)
        type_ann(qtbot, dialog)
        warning = dialog.duplicate_warning
        assert warning.isVisible() and dialog.isVisible()
        seen.append(warning.text.text())
        click(qtbot, warning.open_button)

    host.handlers.append(open_existing)
    click(qtbot, page.new_button)
    assert "Ann Lee already has ann@example.com" in seen[0]
    assert contact_queries.count_contacts(admin_ws) == 2  # nothing saved
    assert page.detail.contact_id == ann

    def save_anyway(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactEditDialog)
        type_ann(qtbot, dialog)
        click(qtbot, dialog.duplicate_warning.save_button)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)

    host.handlers.append(save_anyway)
    click(qtbot, page.new_button)
    assert contact_queries.count_contacts(admin_ws) == 3


def test_who_has_an_address_ignores_case_and_hidden_contacts(admin_ws: Workspace,
                                                             user_ws) -> None:  # noqa: ANN001
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", emails=[EmailInput("ann@example.com")]))
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Private", emails=[EmailInput("p@example.com")], owner_only=True))
    found = contacts_with_emails(admin_ws, [" Ann@Example.com ", "nobody@example.com"])
    assert [(f.contact_id, f.address) for f in found] == [(ann, "ann@example.com")]
    assert contacts_with_emails(user_ws("staff"), ["p@example.com"]) == []
    assert contacts_with_emails(admin_ws, ["ann@example.com"], exclude=ann) == []
