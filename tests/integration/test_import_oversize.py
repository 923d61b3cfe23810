"""Oversized input is refused whole, never half-imported: a 50 MB vCard line, 100,000 EMAIL
properties on one card, a 50 MB CSV cell and a cell just over the per-cell cap."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.formats.interchange.csv_reader import MAX_CELL_CHARS
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import refused, vault_dump

SMALL_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Small;Sam;;;\r\nFN:Sam Small\r\nEND:VCARD\r\n"


@pytest.fixture
def vault(admin_ws: Workspace) -> Workspace:
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Existing", last_name="Person", emails=[EmailInput("existing@example.com")]))
    return admin_ws


def _skipping(ws: Workspace, path: Path) -> importer.ImportReport:
    return importer.import_records(ws, importer.parse_file(path), skip_bad_rows=True)


def _created_names(ws: Workspace, report: importer.ImportReport) -> list[str]:
    return [contacts.get_contact(ws, cid, audit_view=False).last_name for cid in report.created]


def test_a_50_mb_vcard_note_refuses_the_card(vault: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "huge-note.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Huge;Note;;;\r\nFN:Note Huge\r\n"
                    f"NOTE:{'n' * (50 * 1024 * 1024)}\r\nEND:VCARD\r\n" + SMALL_CARD)
    message = refused(vault, path)
    assert "huge-note.vcf#1" in message and "NOTE (line 5) is larger than 1 MB" in message

    before = vault_dump(vault)
    report = _skipping(vault, path)
    assert _created_names(vault, report) == ["Small"]  # the huge card is not half-imported
    assert [b.location for b in report.bad_rows] == ["huge-note.vcf#1"]
    assert "contact skipped" in report.bad_rows[0].reason
    assert len(vault_dump(vault)["contacts"]) == len(before["contacts"]) + 1


def test_100000_email_properties_refuse_the_card(vault: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "many-emails.vcf"
    emails = "".join(f"EMAIL:person{i}@example.com\r\n" for i in range(100_000))
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Many;Mails;;;\r\nFN:Mails Many\r\n"
                    f"{emails}END:VCARD\r\n" + SMALL_CARD)
    message = refused(vault, path)
    assert "many-emails.vcf#1" in message and "more than 1,000 properties" in message
    report = _skipping(vault, path)
    assert _created_names(vault, report) == ["Small"]
    assert [b.location for b in report.bad_rows] == ["many-emails.vcf#1"]


def test_a_card_of_1000_properties_is_still_imported(vault: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "busy.vcf"
    notes = "".join(f"X-EXTRA-{i}:x\r\n" for i in range(998))
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Busy;Bea;;;\r\nFN:Bea Busy\r\n"
                    f"{notes}END:VCARD\r\n")
    report = importer.import_records(vault, importer.parse_file(path))
    assert _created_names(vault, report) == ["Busy"] and not report.bad_rows


@pytest.mark.parametrize("size", [MAX_CELL_CHARS + 1, 50 * 1024 * 1024])
def test_an_oversized_csv_cell_refuses_the_row(vault: Workspace, tmp_path: Path,
                                               size: int) -> None:
    path = tmp_path / "big-cell.csv"
    path.write_text("First Name,Last Name,Notes\n"
                    f"Huge,Cell,{'n' * size}\n"
                    "Sam,Small,fine\n")
    message = refused(vault, path)
    assert "row 2" in message and "characters" in message
    report = _skipping(vault, path)
    assert _created_names(vault, report) == ["Small"]
    assert [b.location for b in report.bad_rows] == ["big-cell.csv:row 2"]
