""""Check before importing" shows the first entries as they will be stored, and a CSV
layout ContactWeb recognises shows its column mapping too, to check and change. The two
street lines of a Thunderbird address keep their order in the preview and in the vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.ui.interchange.import_sample_table_model import ImportSampleTableModel
from contactweb.ui.interchange.import_wizard import (
    MAPPING_PAGE,
    PREVIEW_PAGE,
    REPORT_PAGE,
    ImportWizard,
)
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import click

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld" / "csv"
THUNDERBIRD = REALWORLD / "fk_thunderbird_german_cp1252.csv"
WAIT_MS = 30_000
pytestmark = pytest.mark.skipif(not THUNDERBIRD.is_file(), reason="real-world corpus absent")


@pytest.fixture
def wizard(admin_ws: Workspace, bridge: WorkspaceBridge, qtbot: QtBot) -> ImportWizard:
    window = ImportWizard(admin_ws, bridge, path=THUNDERBIRD)
    qtbot.addWidget(window)
    window.show()
    return window


def _next(qtbot: QtBot, wizard: ImportWizard, page_id: int) -> None:
    click(qtbot, wizard.button(wizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy(),
                    timeout=WAIT_MS)
    if page_id == PREVIEW_PAGE:
        qtbot.waitUntil(lambda: wizard.preview_page.preview is not None, timeout=WAIT_MS)


def _cell(model: ImportSampleTableModel, row: int, header: str) -> str:
    column = list(model.headers()).index(header)
    return str(model.data(model.index(row, column)))


def test_a_recognised_layout_shows_its_mapping_and_the_rows_as_stored(
        qtbot: QtBot, wizard: ImportWizard, admin_ws: Workspace) -> None:
    _next(qtbot, wizard, MAPPING_PAGE)  # recognised, and still shown
    page = wizard.mapping_page
    assert "Thunderbird (german) export" in page.subTitle()
    widget = page.mapping_widget
    row_of = widget.headers.index
    assert widget.combo(row_of("Privat: Adresse")).currentData() == "street:home"
    assert widget.combo(row_of("Privat: Adresse 2")).currentData() == "extended:home"

    _next(qtbot, wizard, PREVIEW_PAGE)
    preview = wizard.preview_page
    assert preview.sample_box.isVisible()
    model = preview.sample_model
    assert model.rowCount() == 1
    assert _cell(model, 0, "Name") == "Max Mustermann"
    assert _cell(model, 0, "Company") == "Firma"
    assert _cell(model, 0, "Birthday") == "1972-01-31"  # the layout's three columns, read
    addresses = _cell(model, 0, "Addresses")
    assert addresses.startswith("Privatstr. 88, 2. Zeile, 06779 Wohnort")
    assert addresses.index("Privatstr. 88") < addresses.index("2. Zeile")

    _next(qtbot, wizard, REPORT_PAGE)
    [row] = list_contacts(admin_ws, ContactQuery(), limit=None)
    stored = contacts.get_contact(admin_ws, row.id, audit_view=False)
    home = next(a for a in stored.addresses if a.label == "home")
    assert home.street.split("\n") == ["Privatstr. 88", "2. Zeile"]


def test_a_changed_mapping_of_a_recognised_layout_changes_what_is_stored(
        qtbot: QtBot, wizard: ImportWizard, admin_ws: Workspace) -> None:
    _next(qtbot, wizard, MAPPING_PAGE)
    widget = wizard.mapping_page.mapping_widget
    widget.set_field("Organisation", "ignore")
    widget.set_field("Arbeitstitel", "company")
    _next(qtbot, wizard, PREVIEW_PAGE)
    model = wizard.preview_page.sample_model
    assert _cell(model, 0, "Company") == "Position"
    assert _cell(model, 0, "Job title") == ""

    # Back, and the mapping as recognised again: the layout's own reading returns.
    click(qtbot, wizard.button(wizard.WizardButton.BackButton))
    widget.set_field("Organisation", "company")
    widget.set_field("Arbeitstitel", "title")
    _next(qtbot, wizard, PREVIEW_PAGE)
    assert _cell(model, 0, "Company") == "Firma"
    assert _cell(model, 0, "Birthday") == "1972-01-31"


def test_the_sample_model_is_a_proper_table_model(
        qtbot: QtBot, qtmodeltester, wizard: ImportWizard) -> None:  # noqa: ANN001
    _next(qtbot, wizard, MAPPING_PAGE)
    _next(qtbot, wizard, PREVIEW_PAGE)
    model = wizard.preview_page.sample_model
    qtmodeltester.check(model)
    assert model.columnCount(QModelIndex()) == 10


CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Katherine Johnson\r\nN:Johnson;Katherine;;;\r\n"
        "ORG:Flight Research\r\nTITLE:Mathematician\r\nEMAIL:katherine@example.org\r\n"
        "END:VCARD\r\n")


def test_a_vcard_shows_its_fields_to_send_elsewhere_or_leave_out(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, tmp_path: Path) -> None:
    card = tmp_path / "katherine.vcf"
    card.write_text(CARD, "utf-8")
    wizard = ImportWizard(admin_ws, bridge, path=card)
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard, MAPPING_PAGE)  # a vCard is not skipped past the mapping either
    page = wizard.mapping_page
    assert page.widgets.currentWidget() is page.field_widget
    widget = page.field_widget
    assert widget.fields == ["first_name", "last_name", "company", "title", "emails"]
    examples = {widget.table.item(r, 0).text(): widget.table.item(r, 1).text()
                for r in range(widget.table.rowCount())}
    assert examples["Company"] == "Flight Research"
    widget.set_target("company", "notes")
    widget.set_target("title", "ignore")

    _next(qtbot, wizard, PREVIEW_PAGE)
    model = wizard.preview_page.sample_model
    assert _cell(model, 0, "Company") == "" and _cell(model, 0, "Job title") == ""
    assert "Company: Flight Research" in _cell(model, 0, "Notes")
    _next(qtbot, wizard, REPORT_PAGE)
    [row] = list_contacts(admin_ws, ContactQuery(), limit=None)
    stored = contacts.get_contact(admin_ws, row.id, audit_view=False)
    assert (stored.company, stored.title) == ("", "")
    assert "Company: Flight Research" in stored.notes
    assert [e.address for e in stored.emails] == ["katherine@example.org"]
