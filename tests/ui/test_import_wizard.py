"""The import wizard driven as a person would: a real corpus file, a CSV that needs a column
mapping, a choice per duplicate with bad rows skipped, and Cancel; the vault checked after."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts, list_contacts
from contactweb.services.contacts.contacts import ContactDetails, ContactInput, EmailInput
from contactweb.ui.interchange.import_duplicates_table_model import (
    DuplicateRow,
    ImportDuplicatesTableModel,
)
from contactweb.ui.interchange.import_wizard import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    ImportWizard,
)
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import vault_dump
from tests.ui.conftest import ScriptedDialogHost, click

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
WAIT_MS = 30_000


@pytest.fixture
def wizard(admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> ImportWizard:
    window = ImportWizard(admin_ws, bridge)
    qtbot.addWidget(window)
    window.show()
    return window


def next_button(wizard: ImportWizard):  # noqa: ANN201
    return wizard.button(QWizard.WizardButton.NextButton)


def go_next(qtbot: QtBot, wizard: ImportWizard, page_id: int) -> None:
    """Click Next (or Import) and wait for the worker and the page that follows."""
    click(qtbot, next_button(wizard))
    if page_id == PREVIEW_PAGE and wizard.currentId() == FILE_PAGE:
        # A recognised CSV layout shows its mapping first; taken as it is.
        qtbot.waitUntil(lambda: wizard.currentId() != FILE_PAGE and not wizard.busy(),
                        timeout=WAIT_MS)
        if wizard.currentId() == MAPPING_PAGE and wizard.recognised is not None:
            click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy(),
                    timeout=WAIT_MS)
    if page_id == PREVIEW_PAGE:
        qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=WAIT_MS)


def by_name(ws: Workspace) -> dict[str, ContactDetails]:
    rows = list_contacts(ws, ContactQuery(), limit=None)
    details = [contacts.get_contact(ws, row.id, audit_view=False) for row in rows]
    return {d.display_name: d for d in details}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="real-world corpus not beside the repo")
def test_a_real_outlook_export_through_the_wizard(wizard: ImportWizard, host: ScriptedDialogHost,
                                                  admin_ws: Workspace, qtbot: QtBot) -> None:
    host.file_answers.append([str(CORPUS / "csv" / "fk_outlook365_cp1252.csv")])
    click(qtbot, wizard.file_page.browse_button)
    assert wizard.file_page.path_edit.text().endswith("fk_outlook365_cp1252.csv")
    go_next(qtbot, wizard, PREVIEW_PAGE)
    assert "6 new" in wizard.preview_page.summary.text()
    assert count_contacts(admin_ws) == 0  # the preview wrote nothing
    assert next_button(wizard).text() == "Import"
    with qtbot.waitSignal(wizard.bridge.changed, timeout=WAIT_MS):
        go_next(qtbot, wizard, REPORT_PAGE)
    assert "6 contacts imported" in wizard.report_page.headline.text()
    people = by_name(admin_ws)
    assert len(people) == 6
    anita = people["Anita Jorgensen"]
    assert (anita.company, [e.address for e in anita.emails]) == ("Contoso",
                                                                  ["Anita@contoso.com"])
    assert [a.region for a in people["Max Mustermann"].addresses if a.label == "other"] == [
        "Thüringen"]
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def test_a_csv_that_needs_a_column_mapping(wizard: ImportWizard, admin_ws: Workspace,
                                           qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text("Nom de famille;Prénom;Courriel;Téléphone;Ville\n"
                    "Lefèvre;Léa;lea@example.fr;+33 1 42 68 53 00;Lyon\n"
                    "Martin;Hugo;hugo@example.fr;;Paris\n", encoding="utf-8")
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, MAPPING_PAGE)
    mapping = wizard.mapping_page.mapping_widget
    assert mapping.headers == ["Nom de famille", "Prénom", "Courriel", "Téléphone", "Ville"]
    # the first guesses from the column names, then what the person corrects
    assert [mapping.combo(row).currentData() for row in range(5)] == [
        "last_name", "first_name", "ignore", "phone:other", "city:work"]
    mapping.set_field("Courriel", "email:work")
    mapping.set_field("Téléphone", "phone:work")
    mapping.set_field("Ville", "city:home")
    go_next(qtbot, wizard, PREVIEW_PAGE)
    assert "2 new" in wizard.preview_page.summary.text()
    go_next(qtbot, wizard, REPORT_PAGE)
    lea = by_name(admin_ws)["Léa Lefèvre"]
    assert [(e.label, e.address) for e in lea.emails] == [("work", "lea@example.fr")]
    assert [(p.label, p.number) for p in lea.phones] == [("work", "+33142685300")]
    assert [(a.label, a.city) for a in lea.addresses] == [("home", "Lyon")]


def test_choices_per_duplicate_and_skipping_a_bad_row(wizard: ImportWizard, admin_ws: Workspace,
                                                      qtbot: QtBot, tmp_path: Path) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", last_name="Lee", emails=[EmailInput("ann@example.com")]))
    bob = contacts.create_contact(admin_ws, ContactInput(
        first_name="Bob", last_name="Ray", emails=[EmailInput("bob@example.com")]))
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Organization Title,Labels\n"
                    "Ann,Lee,ann@example.com,Owner,\n"
                    "Bob,Ray,bob@example.com,,\n"
                    f"Cy,Bad,cy@example.com,,{'x' * 101}\n"
                    "Di,New,di@example.com,,\n")
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, PREVIEW_PAGE)
    page = wizard.preview_page
    assert [(r.existing_id, r.reason, r.choice) for r in page.model.rows()] == [
        (ann, "same email", "skip"), (bob, "same email", "skip")]
    assert "row 4" in page.bad_rows_text.toPlainText()
    assert not next_button(wizard).isEnabled()  # bad rows and not skipping them
    page.table.selectRow(0)
    click(qtbot, page.choice_buttons["update"])
    page.table.selectRow(1)
    click(qtbot, page.choice_buttons["create"])
    assert page.model.choices() == {"csv:people.csv:row 2": "update",
                                    "csv:people.csv:row 3": "create"}
    page.skip_bad_rows.setChecked(True)
    go_next(qtbot, wizard, REPORT_PAGE)
    report = wizard.report
    assert report.updated == [ann] and len(report.created) == 2
    assert contacts.get_contact(admin_ws, ann, audit_view=False).title == "Owner"
    names = sorted(row.name for row in list_contacts(admin_ws, ContactQuery(), limit=None))
    assert names == ["Lee, Ann", "New, Di", "Ray, Bob", "Ray, Bob"]  # Bob twice, as chosen
    assert "row 4" in wizard.report_page.details.toPlainText()


def test_cancel_leaves_the_vault_as_before(wizard: ImportWizard, host: ScriptedDialogHost,
                                           admin_ws: Workspace, qtbot: QtBot,
                                           tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value\n" + "".join(
        f"P{i},Sample,p{i}@example.com\n" for i in range(4000)))
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, PREVIEW_PAGE)
    before = vault_dump(admin_ws)
    click(qtbot, next_button(wizard))
    (progress,) = [d for d in host.open_dialogs() if isinstance(d, ProgressDialog)]
    progress.reject()  # the Cancel button, Escape or closing the window
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=WAIT_MS)
    assert wizard.currentId() == PREVIEW_PAGE
    assert ("Import cancelled", "The import was cancelled; nothing was imported.") in \
        host.messages
    assert vault_dump(admin_ws) == before


def test_a_file_that_cannot_be_read_stays_on_the_first_page(
        wizard: ImportWizard, host: ScriptedDialogHost, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "garbage.vcf"
    path.write_bytes(bytes(range(256)) * 100)
    wizard.file_page.path_edit.setText(str(path))
    click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=WAIT_MS)
    assert wizard.currentId() == 0
    assert any("binary data" in text for _title, text in host.messages)


def test_the_duplicates_model_passes_the_model_tester(qtmodeltester) -> None:  # noqa: ANN001
    model = ImportDuplicatesTableModel()
    model.set_rows([DuplicateRow("csv:a.csv:row 2", "Ann Lee", 4, "Ann Lee", "same email"),
                    DuplicateRow("vcard:b.vcf#3", "Bo", 9, "Bo Chan", "same phone", "create")])
    qtmodeltester.check(model)
    assert model.index(1, ImportDuplicatesTableModel.Column.CHOICE).data() == "Create new"
    assert model.index(0, ImportDuplicatesTableModel.Column.ENTRY).data() == "a.csv:row 2"


def test_locking_during_an_import_closes_the_wizard_and_imports_nothing(
        wizard: ImportWizard, host: ScriptedDialogHost, admin_ws: Workspace, qtbot: QtBot,
        tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("First Name,Last Name\n" + "".join(f"P{i},Sample\n" for i in range(4000)))
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, PREVIEW_PAGE)
    before = vault_dump(admin_ws)
    host.register(wizard)
    click(qtbot, next_button(wizard))
    host.close_all()  # what locking the vault does to every open window
    assert not wizard.isVisible()  # nothing from the file stays on screen
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=WAIT_MS)
    assert vault_dump(admin_ws) == before
    assert host.messages == []  # no question or notice pops up over the lock screen


def test_the_mapping_page_starts_from_the_suggested_mapping(
        wizard: ImportWizard, admin_ws: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    """An unsure layout (Outlook's names among columns no layout knows) opens the mapping
    page pre-filled with the mapping the command line prints as --map; every column can
    still be changed."""
    path = tmp_path / "mixed.csv"
    path.write_text("First,Last,Mobile Phone,Business Fax,Email,Kundennummer,Verteiler,"
                    "Messenger,Privat,Arbeit,Ort\n"
                    "Ann,Lee,+49 170 5550101,030 5550102,ann@example.com,K-17,,,,,Berlin\n",
                    encoding="utf-8")
    wizard.file_page.path_edit.setText(str(path))
    go_next(qtbot, wizard, MAPPING_PAGE)
    mapping = wizard.mapping_page.mapping_widget
    assert [mapping.combo(row).currentData() for row in range(11)] == [
        "first_name", "last_name", "phone:mobile", "phone:work fax", "email:other",
        "ignore", "ignore", "ignore", "ignore", "ignore",
        "city:work"]  # no layout knows "Ort": guessed from the name
    mapping.set_field("Kundennummer", "notes")
    mapping.set_field("Business Fax", "ignore")
    go_next(qtbot, wizard, PREVIEW_PAGE)
    go_next(qtbot, wizard, REPORT_PAGE)
    ann = by_name(admin_ws)["Ann Lee"]
    assert [(p.label, p.number) for p in ann.phones] == [("mobile", "+491705550101")]
    assert [(e.label, e.address) for e in ann.emails] == [("other", "ann@example.com")]
    assert (ann.notes, [a.city for a in ann.addresses]) == ("K-17", ["Berlin"])
