"""Outlook CSV export that Outlook reads (issue 19, item 6): exactly Outlook's columns, what
does not fit in Notes with labels (read back into fields by ContactWeb), and formula safety
only where a value could be a formula."""

from __future__ import annotations

import csv
import datetime
import io
from pathlib import Path

from contactweb.formats.interchange import ContactRecord, LabelledValue, read_csv, write_csv
from contactweb.formats.interchange.csv_writer import OUTLOOK_COLUMNS
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "csv"
BUSY = ContactInput(
    prefix="Dr.", first_name="Helga", last_name="Brandt", company="Contoso", title="CEO",
    emails=[EmailInput("h1@example.com", "work"), EmailInput("h2@example.com", "other"),
            EmailInput("h3@example.com", "home"), EmailInput("h4@example.com", "boat")],
    phones=[PhoneInput("+49 30 1234567", "work"), PhoneInput("+49 151 1111111", "mobile"),
            PhoneInput("+49 152 2222222", "mobile"), PhoneInput("+49 160 3333333", "boat")],
    addresses=[AddressInput("Hauptstr. 1", "Berlin", "", "10115", "Deutschland", "work"),
               AddressInput("Nebenstr. 2\nHof", "Potsdam", "", "14467", "Deutschland", "work"),
               AddressInput("Weg 3", "Köln", "", "50667", "Deutschland", "home")],
    website="https://contoso.example", notes="Met at the fair.\nWebsite: https://helga.example",
    birthday=datetime.date(1971, 3, 14), tags=["VIP", "Suppliers"])


def rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_the_header_is_exactly_outlooks(tmp_path: Path) -> None:
    written = (FIXTURES / "outlook_full_columns.csv").read_bytes().decode("utf-8-sig")
    assert tuple(written.split("\r\n", 1)[0].split(",")) == tuple(
        f'"{c}"' if "," in c else c for c in OUTLOOK_COLUMNS)
    header, _ = rows(write_csv([ContactRecord(first_name="Ann")], "outlook"))
    assert tuple(header) == OUTLOOK_COLUMNS and len(header) == 92


def test_what_does_not_fit_goes_into_notes_and_comes_back(admin_ws: Workspace,
                                                          tmp_path: Path) -> None:
    cid = contacts.create_contact(admin_ws, BUSY)
    before = contacts.get_contact(admin_ws, cid, audit_view=False)
    path = tmp_path / "outlook.csv"
    exporter.export_contacts(admin_ws, path, "csv-outlook")
    header, (row,) = rows(path.read_bytes())
    assert tuple(header) == OUTLOOK_COLUMNS
    assert (row["Title"], row["First Name"], row["Business Phone"], row["Mobile Phone"]) == (
        "Dr.", "Helga", "+49301234567", "+491511111111")
    assert (row["E-mail Address"], row["E-mail 3 Address"], row["Web Page"]) == (
        "h1@example.com", "h3@example.com", "https://contoso.example")
    assert (row["Business Street"], row["Home City"], row["Categories"]) == (
        "Hauptstr. 1", "Köln", "Suppliers;VIP")
    notes = row["Notes"]
    assert notes.startswith("Met at the fair.\n[More details]\n")
    for line in ("Label of e-mail (work): h1@example.com", "E-mail (boat): h4@example.com",
                 "Phone (mobile): +491522222222", "Phone (boat): +491603333333",
                 "Address (work): ;;Nebenstr. 2\\nHof;Potsdam;;14467;Deutschland",
                 "Website: https://helga.example", "Consent (email): unknown"):
        assert line in notes.split("\n"), line

    other = session.create_vault(tmp_path / "second", "admin", PASSWORD)
    try:
        report = importer.import_records(other, importer.parse_file(path))
        after = contacts.get_contact(other, report.created[0], audit_view=False)
    finally:
        other.lock()
    assert report.problems == []
    for name in ("prefix", "first_name", "last_name", "company", "title", "notes", "tags",
                 "birthday", "website"):
        assert getattr(after, name) == getattr(before, name), name
    assert [(e.label, e.address) for e in after.emails] == [
        (e.label, e.address) for e in before.emails]
    assert sorted((p.label, p.number) for p in after.phones) == sorted(
        (p.label, p.number) for p in before.phones)
    assert sorted((a.label, a.street, a.city) for a in after.addresses) == sorted(
        (a.label, a.street, a.city) for a in before.addresses)


def test_formula_safety_only_where_a_value_could_be_a_formula() -> None:
    record = ContactRecord(first_name="=HYPERLINK(\"http://evil.example\")", last_name="Lee",
                           phones=[LabelledValue("work", "+49 30 1234567"),
                                   LabelledValue("mobile", "+1 (415) 555-0100 ext. 12"),
                                   LabelledValue("home", "=1+1")],
                           emails=[LabelledValue("@work", "ann@example.com")])
    _, (outlook,) = rows(write_csv([record], "outlook"))
    assert outlook["Business Phone"] == "+49 30 1234567"
    assert outlook["Mobile Phone"] == "+1 (415) 555-0100 ext. 12"
    assert outlook["Home Phone"] == "'=1+1" and outlook["First Name"].startswith("'=")
    _, (google,) = rows(write_csv([record], "google"))
    assert google["Phone 1 - Value"] == "+49 30 1234567"
    assert google["E-mail 1 - Label"] == "@work"  # a label, never a call
    assert google["First Name"].startswith("'=")
    for data in (write_csv([record], "outlook"), write_csv([record], "google")):
        (back,) = read_csv(data, "back.csv").records
        assert back.first_name == record.first_name
        assert sorted(p.value for p in back.phones) == sorted(p.value for p in record.phones)
        assert [(e.label, e.value) for e in back.emails] == [("@work", "ann@example.com")]
