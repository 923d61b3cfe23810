"""A contact's website has its own field: typed in, imported from vCard URL and the CSV
formats' web-site columns, exported back to them; a further website stays in the notes."""

from __future__ import annotations

import base64
import csv
import io
from pathlib import Path

import pytest
import vobject

from contactweb.services import audit
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.services.validation import FieldError
from contactweb.vault.workspace import Workspace

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def _card(extra: str) -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Philippa Thistlewood\r\n"
            "N:Thistlewood;Philippa;;;\r\n" + extra + "END:VCARD\r\n").encode()


def test_a_typed_website_is_kept_checked_and_audited(admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Philippa", website="  https://thistle.example/  "))
    assert contacts.get_contact(admin_ws, cid, False).website == "https://thistle.example/"
    with pytest.raises(FieldError) as refused:
        contacts.update_contact(admin_ws, cid, ContactInput(first_name="Philippa",
                                                            website="thistle dot example"))
    assert refused.value.field == "website"
    contacts.update_contact(admin_ws, cid, ContactInput(first_name="Philippa",
                                                        website="https://thistle.shop"))
    event = audit.list_events(admin_ws, action="contact.update")[0]
    assert event.details == {"fields": ["website"]}


def test_vcard_url_and_photo_come_in_and_go_back_out(admin_ws: Workspace,
                                                     tmp_path: Path) -> None:
    data = _card("URL:https://thistle.example\r\nURL:https://shop.thistle.example\r\n"
                 f"PHOTO;ENCODING=b;TYPE=PNG:{base64.b64encode(PNG).decode()}\r\n")
    report = importer.import_records(admin_ws, importer.parse_bytes(data, "p.vcf", "vcard"))
    person = contacts.get_contact(admin_ws, report.created[0], False)
    assert person.website == "https://thistle.example"
    assert person.notes == "Website: https://shop.thistle.example"  # the second one
    assert (person.photo, person.photo_mime) == (PNG, "image/png")

    path = tmp_path / "out.vcf"
    exporter.export_contacts(admin_ws, path, "vcard3")
    card = vobject.readOne(path.read_text(encoding="utf-8"))
    assert [u.value for u in card.contents["url"]] == [
        "https://thistle.example", "https://shop.thistle.example"]
    assert "Website:" not in card.contents.get("note", [vobject.base.ContentLine(
        "NOTE", [], "")])[0].value
    assert card.photo.value == PNG


def test_a_data_uri_photo_comes_in_and_bad_data_is_reported(admin_ws: Workspace) -> None:
    uri = "data:image/png;base64," + base64.b64encode(PNG).decode()
    data = _card(f"PHOTO;VALUE=URI:{uri}\r\n") + \
        _card("PHOTO;ENCODING=b;TYPE=PNG:@@not base64@@\r\n").replace(b"Philippa", b"Paul")
    parsed = importer.parse_bytes(data, "p.vcf", "vcard")
    report = importer.import_records(admin_ws, parsed)
    philippa, paul = (contacts.get_contact(admin_ws, c, False) for c in report.created)
    assert (philippa.photo, philippa.photo_mime) == (PNG, "image/png")
    assert paul.photo is None
    assert any("photo could not be decoded" in p.reason for p in report.problems)


@pytest.mark.parametrize(("fmt", "column"), [("csv-google", "Website 1 - Value"),
                                            ("csv-outlook", "Web Page")])
def test_csv_has_a_website_column_both_ways(admin_ws: Workspace, tmp_path: Path, fmt: str,
                                            column: str) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Philippa",
                                                   last_name="Thistlewood",
                                                   website="https://thistle.example"))
    path = tmp_path / "out.csv"
    exporter.export_contacts(admin_ws, path, fmt)
    (row,) = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
    assert row[column] == "https://thistle.example"

    other = path.read_bytes().decode("utf-8-sig").replace("Philippa", "Paula")
    path.write_bytes(other.encode("utf-8"))
    report = importer.import_records(admin_ws, importer.parse_file(path))
    paula = contacts.get_contact(admin_ws, report.created[0], False)
    assert (paula.first_name, paula.website, paula.notes) == (
        "Paula", "https://thistle.example", "")
