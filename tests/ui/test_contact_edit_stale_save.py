"""Someone else saved the contact while it was open here: the save is refused with who and
when, the dialog stays open with everything typed, and saving again applies the edit over
their change without losing what they changed elsewhere."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import click_and_finish, type_into


def test_a_stale_save_is_refused_and_the_edit_kept_to_reapply(
        qtbot: QtBot, admin_ws: Workspace, user_ws, bridge: WorkspaceBridge) -> None:  # noqa: ANN001
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    dialog = ContactEditDialog(admin_ws, bridge, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    kim = user_ws("staff", "kim")
    theirs = contacts.get_contact(kim, cid, audit_view=False).to_input()
    contacts.update_contact(kim, cid, replace(theirs, company="Kim's company Ltd"))

    type_into(qtbot, dialog.title_edit, "Head buyer")
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.general_error.text().startswith("kim changed this contact at ")
    assert dialog.title_edit.text() == "Head buyer"
    saved = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (saved.title, saved.company) == ("", "Kim's company Ltd")

    # Saving again applies the edit knowingly; the company field shows what was typed here
    # (the form was filled before kim's save), so the person sees and keeps or changes it.
    type_into(qtbot, dialog.company_edit, "Kim's company Ltd")
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert (saved.title, saved.company, saved.updated_by) == (
        "Head buyer", "Kim's company Ltd", "admin")
