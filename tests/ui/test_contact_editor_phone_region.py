"""In a vault whose region is GB, a phone typed nationally in the contact editor for a
contact with a Maine address is stored as the US number it is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into


def test_the_contacts_state_decides_before_the_vaults_region(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    settings.put(admin_ws, "default_region", "GB")
    window = open_main_window(admin_ws)
    page = window.page("contacts")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactEditDialog)
        type_into(qtbot, dialog.first_edit, "Sam")
        type_into(qtbot, dialog.last_edit, "Ward")
        type_into(qtbot, dialog.phones.value_edit(0), "207 555 0142")
        click(qtbot, dialog.addresses.add_button)
        edits = dialog.addresses._rows[0].edits
        type_into(qtbot, edits["street"], "12 Fore St")
        type_into(qtbot, edits["city"], "Portland")
        type_into(qtbot, edits["region"], "ME")
        type_into(qtbot, edits["postcode"], "04101")
        click(qtbot, dialog.save_button)  # saved on a worker
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)

    host.handlers.append(fill)
    click(qtbot, page.new_button)
    sam = contacts.get_contact(admin_ws, page.detail.contact_id, audit_view=False)
    assert [p.number for p in sam.phones] == ["+12075550142"]
    assert "+1 207-555-0142" in page.detail.details_tab.text.text()
