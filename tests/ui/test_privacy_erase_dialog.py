"""The erase dialog and the privacy actions of a contact's page, against a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from contactweb.models import Contact
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import place_legal_hold
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog
from contactweb.ui.privacy.privacy_actions import PrivacyActions
from contactweb.vault.workspace import Workspace


class ScriptedDialogs:
    """Stands in for the DialogHost methods the privacy views use; records what they said."""

    def __init__(self, bridge: WorkspaceBridge) -> None:
        self.messages: list[tuple[str, str]] = []
        self.answers: dict[str, object] = {}
        host = bridge.dialogs
        host.exec_dialog = self.exec_dialog
        host.inform = lambda _p, title, text: self.messages.append((title, text))
        host.warn = lambda _p, title, text: self.messages.append((title, text))
        host.show_error = lambda _p, error: self.messages.append(("error", str(error)))
        host.ask = lambda *_args: self.answers.get("ask", False)
        host.ask_text = lambda *_args, **_kw: self.answers.get("ask_text")
        host.existing_folder = lambda *_args, **_kw: self.answers.get("folder")
        host.save_file_name = lambda *_args, **_kw: self.answers.get("save")
        self.opened: list[object] = []

    def exec_dialog(self, dialog) -> int:  # noqa: ANN001
        self.opened.append(dialog)
        return 0


@pytest.fixture
def bridge() -> WorkspaceBridge:
    return WorkspaceBridge()


@pytest.fixture
def ann(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))


def exists(ws: Workspace, contact_id: int) -> bool:
    with ws.session(readonly=True) as session:
        return session.get(Contact, contact_id) is not None


def test_wrong_name_keeps_erase_disabled_and_the_right_name_erases(
        admin_ws: Workspace, bridge: WorkspaceBridge, ann: int, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialogs = ScriptedDialogs(bridge)
    dialog = EraseContactDialog(admin_ws, bridge, ann)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Ann Le")
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert exists(admin_ws, ann)
    dialog.name_edit.setText("  ann   LEE ")
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(bridge.changed, timeout=20000) as changed:
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert changed.args[0].contacts and changed.args[0].communications
    assert not exists(admin_ws, ann)
    assert dialog.pages.currentIndex() == 1
    assert f"Erasure record {dialog.receipt.erasure_id}" in dialog.receipt_text.toPlainText()
    assert "Ann" not in dialog.receipt_text.toPlainText()
    dialogs.answers["save"] = str(tmp_path / "receipt.pdf")
    assert dialog.save_pdf() == tmp_path / "receipt.pdf"
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")


def test_a_refused_erasure_stays_on_the_confirmation(
        admin_ws: Workspace, bridge: WorkspaceBridge, ann: int, qtbot) -> None:  # noqa: ANN001
    dialogs = ScriptedDialogs(bridge)
    dialog = EraseContactDialog(admin_ws, bridge, ann)
    qtbot.addWidget(dialog)
    place_legal_hold(admin_ws, ann, "Court order 7")
    dialog.name_edit.setText("Ann Lee")
    dialog.erase()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    assert "legal hold" in dialogs.messages[0][1]
    assert dialog.pages.currentIndex() == 0 and dialog.erase_button.isEnabled()
    assert exists(admin_ws, ann)


def actions_for(ws: Workspace, bridge: WorkspaceBridge, qtbot) -> PrivacyActions:  # noqa: ANN001
    host = QWidget()
    qtbot.addWidget(host)
    actions = PrivacyActions(ws, bridge, host)
    actions.add_buttons(QHBoxLayout(host))
    return actions


def test_legal_hold_and_export_from_the_contact_page(
        admin_ws: Workspace, bridge: WorkspaceBridge, ann: int, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialogs = ScriptedDialogs(bridge)
    actions = actions_for(admin_ws, bridge, qtbot)
    actions.show_contact(contacts.get_contact(admin_ws, ann, audit_view=False))
    assert actions.erase_button.isEnabled()
    dialogs.answers["ask_text"] = "Insurance claim 42"
    with qtbot.waitSignal(bridge.changed):
        actions.toggle_legal_hold()
    details = contacts.get_contact(admin_ws, ann, audit_view=False)
    assert details.legal_hold and details.legal_hold_reason == "Insurance claim 42"
    actions.show_contact(details)
    assert not actions.erase_button.isEnabled()
    assert actions.hold_button.text() == "Release legal hold…"

    dialogs.answers["folder"] = str(tmp_path)
    with qtbot.waitSignal(actions.exported, timeout=20000) as done:
        actions.export_what_we_hold()
    folder = Path(done.args[0])
    assert folder.parent == tmp_path and folder.name.startswith(f"access-report-{ann}-")
    report = json.loads((folder / "access-report.json").read_text("utf-8"))
    assert report["contact"]["last_name"] == "Lee"
    assert dialogs.messages[-1][0] == "Access report"

    dialogs.answers["ask"] = True
    with qtbot.waitSignal(bridge.changed) as released:
        actions.toggle_legal_hold()
    assert released.args[0].contact_ids == {ann}
    assert not contacts.get_contact(admin_ws, ann, audit_view=False).legal_hold


def test_erase_button_opens_the_dialog_and_roles_hide_buttons(
        admin_ws: Workspace, user_ws, bridge: WorkspaceBridge, ann: int, qtbot) -> None:  # noqa: ANN001
    dialogs = ScriptedDialogs(bridge)
    actions = actions_for(admin_ws, bridge, qtbot)
    actions.show_contact(contacts.get_contact(admin_ws, ann, audit_view=False))
    actions.erase()
    assert isinstance(dialogs.opened[0], EraseContactDialog)
    assert dialogs.opened[0].contact_name == "Ann Lee"
    staff = actions_for(user_ws("staff"), bridge, qtbot)
    assert [b.isHidden() for b in staff.buttons()] == [True, True, True]
    manager = actions_for(user_ws("manager"), bridge, qtbot)
    assert [b.isHidden() for b in manager.buttons()] == [False, False, True]
