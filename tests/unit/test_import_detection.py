"""Format and column detection never guesses silently (issue 19, item 1).

Fixtures: tests/fixtures/interchange/csv/yahoo_export.csv (Yahoo Mail's header layout, the
e-mail in the fifth column, which once passed for Thunderbird without a header) and
outlook_full_columns.csv (every column Outlook 2010-2021 writes).
"""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from contactweb.formats.interchange import InterchangeError, read_csv, read_vcards
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
# Yahoo's layout with two columns renamed: no layout knows half of it any more
UNKNOWN_HEADER = ("Vorname,Zweitname,Nachname,Spitzname,Email,Gruppe,Verteiler,Messenger,"
                  "Privat,Arbeit\r\n")
UNKNOWN_ROWS = "Ann,,Lee,,ann@example.com,,,,,+1 415 555 0100\r\nBo,,Ek,,bo@example.com,,,,,\r\n"


def fixture(name: str) -> bytes:
    return (FIXTURES / "csv" / name).read_bytes()


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


def test_yahoo_export_is_read_as_yahoo_with_every_field_in_place():
    result = read_csv(fixture("yahoo_export.csv"), "yahoo_export.csv")
    assert (result.format_name, result.problems) == ("csv yahoo", [])
    siti, tom = result.records
    assert (siti.first_name, siti.middle_name, siti.last_name) == ("Siti", "Nur", "Rahma")
    assert (siti.company, siti.title) == ("Batik Nusantara", "Export Manager")
    assert pairs(siti.emails) == [("other", "siti.rahma@example.co.id"),
                                  ("other", "siti@home.example"),
                                  ("other", "s.rahma@third.example")]
    assert pairs(siti.phones) == [("home", "+62 21 555 0101"), ("work", "+62 21 555 0102"),
                                  ("mobile", "+62 812 555 0103")]
    work, home = siti.addresses
    assert (work.label, work.street, work.city, work.region, work.postcode, work.country) == (
        "work", "Jl. Sudirman 5", "Jakarta", "DKI Jakarta", "10220", "Indonesia")
    assert (home.label, home.street, home.city, home.postcode, home.country) == (
        "home", "Jl. Kemang Raya 12", "Jakarta Selatan", "12730", "Indonesia")
    assert siti.websites == ["https://siti.example", "https://batik.example.co.id"]
    assert siti.birthday == datetime.date(1985, 4, 17) and siti.tags == ["Suppliers"]
    assert siti.notes == "Prefers WhatsApp\nNickname: Sit\nIM (Skype): siti.rahma"
    assert (tom.first_name, tom.last_name, tom.company) == ("Tom", "Baker", "Baker & Sons")
    assert pairs(tom.phones) == [("work", "(415) 555-0134")]
    assert tom.addresses[0].city == "San Francisco" and tom.notes == "Custom 1: Met at trade fair"


def test_outlook_full_column_set_keeps_every_field_and_names_what_it_left():
    result = read_csv(fixture("outlook_full_columns.csv"), "outlook_full_columns.csv")
    assert result.format_name == "csv outlook"
    # Outlook's defaults (Normal, False, Unspecified, 0/0/00, SMTP) and the derived display
    # names carry nothing; "Account" holds a value no field takes, and the report says so.
    assert [p.reason for p in result.problems] == [
        "column 'Account' not stored: no field takes it (1 row had a value)"]
    helga, ray = result.records
    assert (helga.prefix, helga.first_name, helga.middle_name, helga.last_name, helga.suffix) == (
        "Dr.", "Helga", "Maria", "Brandt", "PhD")
    assert (helga.company, helga.title) == ("Contoso GmbH", "Head of Purchasing")
    assert [e.value for e in helga.emails] == [
        "helga.brandt@contoso.example", "helga@brandt.example", "h.brandt@third.example"]
    assert sorted(pairs(helga.phones)) == [
        ("home", "+49 341 555 0200"), ("mobile", "+49 151 5550 3000"),
        ("work", "+49 341 555 0100"), ("work fax", "+49 341 555 0199")]
    work = next(a for a in helga.addresses if a.label == "work")
    assert (work.street, work.extended, work.city, work.region, work.postcode, work.country) == (
        "Hauptstraße 1", "Gebäude B", "Leipzig", "Sachsen", "04109", "Germany")
    home = next(a for a in helga.addresses if a.label == "home")
    assert (home.street, home.city, home.postcode) == ("Lindenweg 7", "Markkleeberg", "04416")
    assert helga.websites == ["https://contoso.example"]
    assert helga.birthday == datetime.date(1971, 3, 14) and helga.tags == ["Suppliers", "VIP"]
    assert helga.notes == ("Orders every March.\nCall before 10.\nDepartment: Purchasing\n"
                           "Spouse: Jens")
    assert pairs(ray.phones) == [("mobile", "(212) 555-0147")]
    assert [e.value for e in ray.emails] == ["ray@example.com"]


def test_a_header_no_layout_knows_well_is_refused_with_candidates_and_a_mapping():
    data = (UNKNOWN_HEADER + UNKNOWN_ROWS).encode()
    with pytest.raises(InterchangeError) as refused:
        read_csv(data, "contacts.csv")
    message = str(refused.value)
    assert "give a column mapping" in message and "nothing was imported" in message
    assert "Closest layouts:" in message
    hint = json.loads(re.search(r"--map '(.+)'$", message).group(1))
    assert (hint["Email"], hint["Vorname"], hint["Nachname"]) == (
        "email", "first_name", "last_name")
    assert hint["Gruppe"] == "ignore"
    # the header row never becomes a contact ("Zweitname, Vorname")
    mapped = read_csv(data, "contacts.csv", hint)
    assert [(r.first_name, r.last_name) for r in mapped.records] == [("Ann", "Lee"), ("Bo", "Ek")]


def test_vcard_properties_without_a_field_are_listed():
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
            b"X-SHOE-SIZE:42\r\nGEO:48.1;11.5\r\nEND:VCARD\r\n")
    result = read_vcards(card, "one.vcf")
    reasons = sorted(p.reason for p in result.problems)
    assert reasons == ["property GEO not stored: no field takes it (1 card)",
                       "property X-SHOE-SIZE not stored: no field takes it (1 card)"]


def test_cli_refuses_an_unsure_layout_and_imports_with_the_mapping_it_gives(
        cli: CliRunner, admin_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text(UNKNOWN_HEADER + UNKNOWN_ROWS, encoding="utf-8")
    refused = cli("import", str(path))
    assert refused.code == 1 and "--map" in refused.err and "Closest layouts" in refused.err
    assert list_contacts(admin_ws, ContactQuery()) == []
    hint = json.loads(re.search(r"--map '(.+)'", refused.err).group(1))
    hint["Arbeit"] = "phone:work"
    done = cli("import", str(path), "--map", json.dumps(hint))
    assert done.code == 0, done.err
    details = [contacts.get_contact(admin_ws, row.id, audit_view=False)
               for row in list_contacts(admin_ws, ContactQuery())]
    stored = {d.display_name: d for d in details}
    assert sorted(stored) == ["Ann Lee", "Bo Ek"]
    ann = stored["Ann Lee"]
    assert [(e.label, e.address) for e in ann.emails] == [("other", "ann@example.com")]
    assert [(p.label, p.number) for p in ann.phones] == [("work", "+14155550100")]


def test_import_report_lists_unstored_columns(admin_ws: Workspace) -> None:
    parsed = importer.parse_bytes(fixture("outlook_full_columns.csv"), "outlook.csv", "csv")
    report = importer.import_records(admin_ws, parsed)
    assert len(report.created) == 2
    assert any("column 'Account' not stored" in p.reason for p in report.problems)


def test_a_thousand_unknown_properties_are_summed_up_not_refused(admin_ws: Workspace) -> None:
    extra = "".join(f"X-EXTRA-{i:03d}:x\r\n" for i in range(300))
    data = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Busy;Bea;;;\r\n{extra}END:VCARD\r\n".encode()
    report = importer.import_records(admin_ws, importer.parse_bytes(data, "busy.vcf", "vcard"))
    assert len(report.created) == 1 and report.bad_rows == []
    reasons = [p.reason for p in report.problems]
    assert len(reasons) == 51 and reasons[0].startswith("property X-EXTRA-000 not stored")
    assert reasons[-1].startswith("250 more properties not stored: X-EXTRA-050, X-EXTRA-051")
