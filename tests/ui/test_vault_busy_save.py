"""A contact is saved in the window while another program (an import from the command line)
holds the desktop vault's write lock: after the wait the dialog says plainly that another
ContactWeb window or command is changing the vault, stays open with everything typed, and the
same save goes through once the other program has finished."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.another_writer import BUSY_MESSAGE, AnotherProgram
from tests.ui.conftest import click_and_finish, type_into


@pytest.fixture
def desktop_ws(vault_dir: Path, short_busy_timeout: None) -> Iterator[Workspace]:
    ws = accounts.create_vault(vault_dir, "admin", PASSWORD)
    yield ws
    ws.lock()


def test_a_save_while_another_program_writes_keeps_the_edit_and_goes_through_later(
        qtbot: QtBot, desktop_ws: Workspace, bridge: WorkspaceBridge) -> None:
    cid = contacts.create_contact(desktop_ws, ContactInput(first_name="Ann", last_name="Lee"))
    dialog = ContactEditDialog(desktop_ws, bridge, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.title_edit, "Head buyer")
    other = AnotherProgram(desktop_ws)
    try:
        click_and_finish(qtbot, dialog.save_button)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.general_error.text().startswith(BUSY_MESSAGE)
        assert dialog.title_edit.text() == "Head buyer"
    finally:
        other.finish()
    assert contacts.get_contact(desktop_ws, cid, audit_view=False).title == ""
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert contacts.get_contact(desktop_ws, cid, audit_view=False).title == "Head buyer"
