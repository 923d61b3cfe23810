"""Exported CSV cannot run as spreadsheet formulas, and importing it again gives back what
the vault held."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from contactweb.formats.interchange import ContactRecord, read_csv, write_csv
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
HOSTILE = ContactInput(
    first_name="=HYPERLINK(\"http://evil.example\",\"x\")", last_name="+SUM(1,2)",
    middle_name="'=already quoted", company="-2+3*cmd|' /C calc'!A0", title="@import",
    emails=[EmailInput("plain@example.com", "=work")],
    phones=[PhoneInput("+14155550100", "mobile")],
    addresses=[AddressInput("=1+1 Main St", "-Town", "@Region", "+123", "US", "home")],
    tags=["=tag", "'plain"], notes="=cmd|'/C calc'!A0\nsecond line")


def cells(data: bytes) -> list[str]:
    text = data.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


@pytest.mark.parametrize("fmt", ["csv-google", "csv-outlook"])
def test_formula_cells_are_neutralised_and_come_back(admin_ws: Workspace, tmp_path: Path,
                                                     fmt: str) -> None:
    cid = contacts.create_contact(admin_ws, HOSTILE)
    original = contacts.get_contact(admin_ws, cid, audit_view=False)
    path = tmp_path / "out.csv"
    exporter.export_contacts(admin_ws, path, fmt)

    written = cells(path.read_bytes())
    # a phone number in a phone column cannot be a formula: written as it is
    assert "+14155550100" in written
    assert not [c for c in written if c.startswith(DANGEROUS) and c != "+14155550100"]
    assert "'=HYPERLINK(\"http://evil.example\",\"x\")" in written
    assert "'+SUM(1,2)" in written and "'@import" in written and "''=already quoted" in written

    other = session.create_vault(tmp_path / "second", "admin", PASSWORD)
    try:
        report = importer.import_records(other, importer.parse_file(path))
        back = contacts.get_contact(other, report.created[0], audit_view=False)
    finally:
        other.lock()
    for name in ("first_name", "last_name", "middle_name", "company", "title", "notes", "tags"):
        assert getattr(back, name) == getattr(original, name), name
    assert [(a.street, a.city, a.region, a.postcode) for a in back.addresses] == [
        ("=1+1 Main St", "-Town", "@Region", "+123")]
    assert [(e.label, e.address) for e in back.emails] == [("=work", "plain@example.com")]
    assert [p.number for p in back.phones] == ["+14155550100"]


@pytest.mark.parametrize("flavour", ["google", "outlook"])
def test_tab_and_carriage_return_at_the_start_are_neutralised(flavour: str) -> None:
    # The vault trims names and notes, so a leading tab or CR only reaches the writer from
    # a record; it is neutralised all the same, and read back as it was.
    record = ContactRecord(first_name="\tTabbed", last_name="\rReturned", company="x")
    written = cells(write_csv([record], flavour))
    assert "'\tTabbed" in written and "'\rReturned" in written
    assert not [c for c in written if c.startswith(DANGEROUS)]
    (back,) = read_csv(write_csv([record], flavour), "out.csv").records
    assert (back.first_name, back.last_name) == ("\tTabbed", "\rReturned")
