"""LDIF import and export (issue 19, item 3): Thunderbird's and Horde's address books.

Fixtures (written for these tests, tests/fixtures/interchange/ldif): thunderbird_export.ldif
(Mozilla schema, base64 UTF-8 DN and values, CRLF, a groupOfNames mailing list) and
horde_export.ldif ("version: 1", a comment, a folded value, an attribute no field takes).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from contactweb.formats.interchange import (
    ContactRecord,
    LabelledValue,
    PostalAddress,
    read_ldif,
    write_ldif,
)
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "ldif"


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


def test_thunderbird_ldif_every_field_and_the_list_reported():
    result = read_ldif((FIXTURES / "thunderbird_export.ldif").read_bytes(), "tb.ldif")
    joerg, ann = result.records
    assert [p.reason for p in result.problems] == [
        "mailing list 'Kundenliste' (2 members) not imported: ContactWeb has no mailing "
        "lists; use a tag for its members"]
    assert (joerg.first_name, joerg.last_name, joerg.company, joerg.title) == (
        "Jörg", "Müller", "Beispiel AG", "Einkaufsleiter")
    assert pairs(joerg.emails) == [("other", "joerg.mueller@example.de"),
                                   ("other", "jm@home.example")]
    assert pairs(joerg.phones) == [("work", "+49 30 5550 1000"), ("home", "030 5550 2000"),
                                   ("fax", "+49 30 5550 1099"), ("pager", "+49 171 5550 3000"),
                                   ("mobile", "+49 151 5550 4000")]
    home, work = joerg.addresses
    assert (home.label, home.street, home.extended, home.city, home.region, home.postcode,
            home.country) == ("home", "Lindenstraße 5", "Hinterhaus", "Berlin", "Berlin",
                              "10969", "Germany")
    assert (work.label, work.street, work.extended, work.postcode) == (
        "work", "Friedrichstr. 100", "3. OG", "10117")
    assert joerg.websites == ["https://beispiel.example", "https://joerg.example"]
    assert joerg.birthday == datetime.date(1968, 11, 9)
    assert joerg.notes == ("Mag Kaffee.\nRuft freitags an.\nNickname: Jogi\nIM (AIM): joergaim\n"
                           "Department: Einkauf\nCustom 1: Kundennummer 4711")
    assert (ann.first_name, ann.last_name, pairs(ann.emails)) == (
        "Ann", "Lee", [("other", "ann@example.com")])


def test_horde_ldif_folded_values_and_unknown_attributes():
    result = read_ldif((FIXTURES / "horde_export.ldif").read_bytes(), "horde.ldif")
    (elena,) = result.records
    assert (elena.first_name, elena.last_name, elena.company, elena.title) == (
        "Elena", "Popescu", "Exemplu SRL", "Director")
    assert [e.value for e in elena.emails] == ["elena@example.ro", "e.popescu@home.example"]
    assert pairs(elena.phones) == [("home", "+40 21 555 0100"), ("mobile", "+40 721 555 0101")]
    (home,) = elena.addresses
    assert (home.street, home.city, home.postcode, home.country) == (
        "Strada Lipscani 10", "București", "030031", "România")
    assert elena.notes == ("A long note that a Horde export folds over more than one line "
                           "because it is longer than seventy-six characters.")
    assert [p.reason for p in result.problems] == [
        "attribute customfield not stored: no field takes it (1 entry)"]


def test_ldif_written_reads_back_with_what_the_schema_has_no_place_for():
    original = ContactRecord(
        prefix="Dr.", first_name="Zoë", middle_name="A", last_name="O'Brien, Jr", suffix="PhD",
        company="ACME; Inc", title="CEO",
        emails=[LabelledValue("work", "z@acme.example"), LabelledValue("other", "z@b.example"),
                LabelledValue("home", "z@c.example")],
        phones=[LabelledValue("work", "+49 30 1"), LabelledValue("mobile", "+49 151 2"),
                LabelledValue("car", "+49 160 3")],
        addresses=[PostalAddress("work", "1 Main St\nFloor 2", "Town", "ST", "12345", "Germany",
                                 "PO 9"),
                   PostalAddress("other", "Elsewhere 5", "City")],
        birthday_text="--0203", notes="First line\r\nsecond\rthird", tags=["a,b", "VIP"],
        websites=["https://a.example", "https://b.example", "https://c.example"],
        photo=b"\x89PNG\r\n\x1a\nxx", photo_mime="image/png", consent={"email": "opted_out"})
    data = write_ldif([original])
    assert data.startswith(b"dn:: ") and b"\nobjectclass: mozillaAbPersonAlpha\n" in data
    (back,) = read_ldif(data, "out.ldif").records
    back.source = ""
    original.notes = "First line\nsecond\rthird"  # CR LF is a line break; a lone CR stays
    assert back == original


def test_cli_imports_and_exports_ldif(cli: CliRunner, admin_ws: Workspace,
                                      tmp_path: Path) -> None:
    done = cli("import", str(FIXTURES / "thunderbird_export.ldif"))
    assert done.code == 0, done.err
    assert "mailing list 'Kundenliste'" in done.out
    rows = list_contacts(admin_ws, ContactQuery())
    stored = {(d.first_name, d.last_name): d for d in
              (contacts.get_contact(admin_ws, r.id, audit_view=False) for r in rows)}
    joerg = stored[("Jörg", "Müller")]
    assert [e.address for e in joerg.emails] == ["joerg.mueller@example.de", "jm@home.example"]
    assert ("mobile", "+4915155504000") in [(p.label, p.number) for p in joerg.phones]
    assert joerg.birthday == datetime.date(1968, 11, 9)
    out = tmp_path / "out.ldif"
    assert cli("export", str(out), "--format", "ldif").code == 0
    again = read_ldif(out.read_bytes(), "out.ldif").records
    assert sorted((r.first_name, r.last_name) for r in again) == [("Ann", "Lee"),
                                                                  ("Jörg", "Müller")]
    assert importer.guess_format(out, out.read_bytes()) == "ldif"
