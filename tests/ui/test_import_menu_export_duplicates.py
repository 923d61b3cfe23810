"""The File menu's Import, Export and Find duplicates entries, the export dialog and the
duplicates dialog, against a real vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog
from contactweb.ui.interchange.duplicates_table_model import DuplicatesTableModel, PairRow
from contactweb.ui.interchange.export_dialog import ExportDialog
from contactweb.ui.interchange.import_wizard import ImportWizard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000


@pytest.fixture
def people(admin_ws: Workspace) -> list[int]:
    return [
        contacts.create_contact(admin_ws, ContactInput(
            first_name="Ann", last_name="Lee", tags=["VIP"], emails=[EmailInput("ann@x.com")])),
        contacts.create_contact(admin_ws, ContactInput(
            first_name="Annie", last_name="Lee", emails=[EmailInput("ANN@x.com")],
            phones=[PhoneInput("+14155550100", "mobile")])),
        contacts.create_contact(admin_ws, ContactInput(first_name="Bo", last_name="Chan")),
    ]


def test_file_menu_entries_open_the_three_windows(
        admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert {"&Import contacts…", "&Export contacts…", "Find &duplicates…"} <= set(texts)
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    opened: list[QDialog] = []
    host.handlers += [lambda d: opened.append(d) or QDialog.DialogCode.Rejected] * 3
    for action in (window.import_action, window.export_action, window.duplicates_action):
        action.trigger()
    assert [type(d) for d in opened] == [ImportWizard, ExportDialog, DuplicatesDialog]


def test_a_read_only_user_cannot_import(user_ws, open_main_window) -> None:  # noqa: ANN001
    window = open_main_window(user_ws("readonly"))
    assert not window.import_action.isEnabled()
    assert window.duplicates_action.isEnabled()


def test_export_of_the_selected_rows(admin_ws: Workspace, bridge: WorkspaceBridge,
                                     host: ScriptedDialogHost, people: list[int], qtbot: QtBot,
                                     tmp_path: Path) -> None:
    dialog = ExportDialog(admin_ws, bridge, None, ContactQuery(search="lee"), [people[2]])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_radio.isChecked() and "1 contact will" in dialog.count_label.text()
    dialog.search_radio.setChecked(True)
    assert "2 contacts will" in dialog.count_label.text()
    dialog.tag_radio.setChecked(True)
    assert dialog.tag_combo.currentText() == "VIP" and "1 contact will" in dialog.count_label.text()
    dialog.selected_radio.setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcard3"))
    target = tmp_path / "chosen.vcf"
    host.file_answers.append(str(target))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)
    text = target.read_text("utf-8")
    assert "VERSION:3.0" in text and "Chan" in text and "Lee" not in text
    assert dialog.exported == (1, target)
    assert any("1 contact written" in message for _title, message in host.messages)


def test_duplicates_dialog_merges_and_undoes(admin_ws: Workspace, bridge: WorkspaceBridge,
                                            host: ScriptedDialogHost, people: list[int],
                                            qtbot: QtBot) -> None:
    ann, annie, _bo = people
    consent.opt_out(admin_ws, annie, "email", evidence="asked")
    dialog = DuplicatesDialog(admin_ws, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 1 and dialog.shown.reason == "same email"
    assert "ann@x.com" in dialog.keep_text.toPlainText()
    assert "+1 415-555-0100" in dialog.other_text.toPlainText()  # formatted as everywhere
    host.answers.append(True)
    with qtbot.waitSignal(bridge.changed, timeout=WAIT_MS):
        click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 0 and dialog.status_label.text() == "No duplicates found."
    merged = contacts.get_contact(admin_ws, ann, audit_view=False)
    assert [p.number for p in merged.phones] == ["+14155550100"]
    assert consent.status_by_channel(admin_ws, ann)["email"] == "opted_out"

    click(qtbot, dialog.undo_button)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 1
    assert contacts.get_contact(admin_ws, annie, audit_view=False).first_name == "Annie"
    assert consent.status_by_channel(admin_ws, ann)["email"] == "unknown"
    assert not dialog.undo_button.isEnabled()


def test_swap_merges_the_other_way(admin_ws: Workspace, bridge: WorkspaceBridge,
                                   host: ScriptedDialogHost, people: list[int],
                                   qtbot: QtBot) -> None:
    ann, annie, _bo = people
    dialog = DuplicatesDialog(admin_ws, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    click(qtbot, dialog.swap_button)
    assert (dialog.shown.keep_id, dialog.shown.other_id) == (annie, ann)
    host.answers.append(False)  # asked, and said no: nothing happens
    click(qtbot, dialog.merge_button)
    assert contacts.get_contact(admin_ws, ann, audit_view=False).first_name == "Ann"
    host.answers.append(True)
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=WAIT_MS)
    assert [e.address for e in contacts.get_contact(admin_ws, annie, audit_view=False).emails] \
        == ["ANN@x.com"]


def test_the_pairs_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = DuplicatesTableModel()
    model.set_rows([PairRow(1, "Lee, Ann", 2, "Lee, Annie", "same email"),
                    PairRow(3, "Chan, Bo", 7, "Chan, Bo", "same phone")])
    qtmodeltester.check(model)
    assert model.index(1, DuplicatesTableModel.Column.OTHER).data() == "Chan, Bo (#7)"
    model.clear()
    qtmodeltester.check(model)
