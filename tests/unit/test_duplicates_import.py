"""Duplicates met on import: found by email, by phone, or by a close name at the same
company; skipped, used to update the existing contact (adding, never overwriting), or
created anyway, for all of them or one by one."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from contactweb.formats.interchange import (
    ContactRecord,
    LabelledValue,
    ParseResult,
    PostalAddress,
)
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import vault_dump
from tests.support.cli_runner import CliRunner

EXISTING = ContactInput(
    first_name="John", last_name="Smith", company="Acme", notes="Met at the fair.",
    emails=[EmailInput("John.Smith@acme.example.com", "work")],
    phones=[PhoneInput("+14155550100", "work")], tags=["Customers"])


def parsed(*records: ContactRecord) -> ParseResult:
    for number, record in enumerate(records, 2):
        record.source = record.source or f"csv:in.csv:row {number}"
    return ParseResult(list(records), [], "csv google")


def email(value: str, label: str = "work") -> list[LabelledValue]:
    return [LabelledValue(label, value)]


@pytest.fixture
def existing(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, EXISTING)


@pytest.mark.parametrize("record,reason", [
    (ContactRecord(first_name="J.", last_name="Smith", emails=email("john.smith@ACME.example.com")),
     "same email"),
    (ContactRecord(first_name="John", last_name="Smith", phones=[
        LabelledValue("mobile", "(415) 555-0100")]), "same phone"),
    (ContactRecord(company="Acme", phones=[LabelledValue("work", "+1 415 555 0100")]),
     "same phone"),  # no name to disagree with
    (ContactRecord(first_name="Jon", last_name="Smith", company="ACME"),
     "similar name, same company"),
])
def test_each_rule_finds_the_existing_contact(admin_ws: Workspace, existing: int,
                                              record: ContactRecord, reason: str) -> None:
    before = vault_dump(admin_ws, skip=("audit_events",))  # the import itself is audited
    report = importer.import_records(admin_ws, parsed(record))
    assert report.skipped_duplicates == [("csv:in.csv:row 2", existing, reason)]
    assert report.created == [] and vault_dump(admin_ws, skip=("audit_events",)) == before


@pytest.mark.parametrize("record", [
    # a colleague on the same switchboard number is somebody else
    ContactRecord(first_name="Mary", last_name="Jones", company="Acme",
                  phones=[LabelledValue("work", "+14155550100")]),
    ContactRecord(first_name="John", last_name="Smith", company="Other Corp"),
    ContactRecord(first_name="Jane", last_name="Smythe", company="Acme"),
])
def test_look_alikes_that_are_not_duplicates(admin_ws: Workspace, existing: int,
                                             record: ContactRecord) -> None:
    report = importer.import_records(admin_ws, parsed(record))
    assert report.skipped_duplicates == [] and len(report.created) == 1


def test_update_adds_and_never_overwrites(admin_ws: Workspace, existing: int) -> None:
    record = ContactRecord(
        first_name="Johnny", last_name="Smith", company="Acme Corporation", title="Buyer",
        emails=email("john.smith@acme.example.com") + email("js@home.example.org", "home"),
        phones=[LabelledValue("mobile", "+1 415 555 0199")],
        addresses=[PostalAddress("work", "1 Main St", "Springfield", "IL", "62701", "US")],
        birthday=datetime.date(1970, 5, 1), notes="Prefers email.", tags=["VIP"])
    report = importer.import_records(admin_ws, parsed(record), on_duplicate="update")
    assert (report.updated, report.created) == ([existing], [])
    after = contacts.get_contact(admin_ws, existing, audit_view=False)
    # kept as they were
    assert (after.first_name, after.company) == ("John", "Acme")
    assert after.notes == "Met at the fair.\nPrefers email."
    # filled or added
    assert (after.title, after.birthday) == ("Buyer", datetime.date(1970, 5, 1))
    assert [(e.label, e.address) for e in after.emails] == [
        ("work", "John.Smith@acme.example.com"), ("home", "js@home.example.org")]
    assert [p.number for p in after.phones] == ["+14155550100", "+14155550199"]
    assert [a.city for a in after.addresses] == ["Springfield"]
    assert after.tags == ["Customers", "VIP"]

    again = importer.import_records(admin_ws, parsed(record), on_duplicate="update")
    assert again.updated == [existing]
    assert contacts.get_contact(admin_ws, existing, audit_view=False) == after


def test_create_makes_a_second_contact(admin_ws: Workspace, existing: int) -> None:
    record = ContactRecord(first_name="John", last_name="Smith",
                           emails=email("john.smith@acme.example.com"))
    report = importer.import_records(admin_ws, parsed(record), on_duplicate="create")
    assert len(report.created) == 1 and report.skipped_duplicates == []
    assert count_contacts(admin_ws) == 2


def test_a_choice_per_duplicate_overrides_the_general_one(admin_ws: Workspace,
                                                          existing: int) -> None:
    first = ContactRecord(first_name="John", last_name="Smith", title="Buyer",
                          emails=email("john.smith@acme.example.com"), source="csv:in.csv:row 2")
    second = ContactRecord(first_name="Jon", last_name="Smith", company="Acme",
                           source="csv:in.csv:row 3")
    report = importer.import_records(admin_ws, parsed(first, second), on_duplicate="skip",
                                     duplicate_choices={"csv:in.csv:row 2": "update"})
    assert report.updated == [existing]
    assert report.skipped_duplicates == [("csv:in.csv:row 3", existing,
                                          "similar name, same company")]
    assert contacts.get_contact(admin_ws, existing, audit_view=False).title == "Buyer"


def test_duplicates_inside_one_file(admin_ws: Workspace) -> None:
    rows = [ContactRecord(first_name="Ann", last_name="Lee", emails=email("ann@example.com")),
            ContactRecord(first_name="Ann", last_name="Lee", title="Owner",
                          emails=email("ANN@example.com"))]
    skipped = importer.import_records(admin_ws, parsed(*rows), dry_run=True)
    (first,) = skipped.created
    assert skipped.skipped_duplicates == [("csv:in.csv:row 3", first, "same email")]
    updated = importer.import_records(admin_ws, parsed(*rows), on_duplicate="update")
    (only,) = updated.created
    assert updated.updated == [only]
    assert contacts.get_contact(admin_ws, only, audit_view=False).title == "Owner"


def test_an_unknown_choice_is_refused(admin_ws: Workspace) -> None:
    with pytest.raises(importer.BadInput, match="skip, update, create"):
        importer.import_records(admin_ws, parsed(ContactRecord(first_name="A")),
                                on_duplicate="merge")


def test_on_duplicate_from_the_command_line(cli: CliRunner, admin_ws: Workspace,
                                            existing: int, tmp_path: Path) -> None:
    path = tmp_path / "again.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,Organization Title\n"
                    "John,Smith,john.smith@acme.example.com,Director\n")
    skipped = cli("import", str(path))
    assert skipped.code == 0 and f"is like contact {existing} (same email)" in skipped.out
    updated = cli("import", str(path), "--on-duplicate", "update", "--json")
    assert json.loads(updated.out)["updated"] == [existing]
    assert contacts.get_contact(admin_ws, existing, audit_view=False).title == "Director"
    created = cli("import", str(path), "--on-duplicate", "create", "--json")
    assert len(json.loads(created.out)["created"]) == 1 and count_contacts(admin_ws) == 2
