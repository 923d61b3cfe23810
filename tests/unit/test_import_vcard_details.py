"""vCard details (issue 19, item 5): backslash-continued 2.1 ADR, PO box and extended
address, photos as data: URIs / WebP / with a wrong TYPE, phonetic names, countries as
written, and a stable UID on every exported card.

Fixture tests/fixtures/interchange/vcard/vcard_details.vcf (written for these tests; its
photos are a 1x1 PNG, expected_photo.png, and a 1x1 lossless WebP).
"""

from __future__ import annotations

from pathlib import Path

import vobject

from contactweb.formats.interchange import read_vcards
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "vcard"
PNG = (FIXTURES / "expected_photo.png").read_bytes()
HANS_UID = "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"


def details() -> bytes:
    return (FIXTURES / "vcard_details.vcf").read_bytes()


def test_the_reader_keeps_every_part():
    result = read_vcards(details(), "details.vcf")
    assert result.problems == []
    yuki, hans, ola, mia = result.records
    (work,) = yuki.addresses
    assert (work.po_box, work.extended, work.street, work.city, work.region, work.postcode,
            work.country) == ("PO Box 77", "Suite 300", "1-2-3 Marunouchi\nMarunouchi Building",
                              "Chiyoda-ku", "Tokyo", "100-0005", "Japan")
    assert yuki.notes == "Phonetic first name: ユキ\nPhonetic last name: タナカ"
    assert hans.uid == HANS_UID and hans.notes == "Sort as: Mueller,Hans"
    assert (hans.addresses[0].po_box, hans.addresses[0].country) == ("ASB-123", "Deutschland")
    assert (hans.photo, hans.photo_mime) == (PNG, "image/png")  # data: URI, escaped comma
    assert ola.photo_mime == "image/webp" and ola.photo.startswith(b"RIFF")
    assert (mia.photo, mia.photo_mime) == (PNG, "image/png")  # TYPE=JPEG on a PNG


def test_the_vault_keeps_box_lines_countries_and_uids(admin_ws: Workspace, tmp_path) -> None:
    report = importer.import_records(admin_ws, importer.parse_bytes(details(), "d.vcf", "vcard"))
    yuki, hans, ola, mia = [contacts.get_contact(admin_ws, c, audit_view=False)
                            for c in report.created]
    (work,) = yuki.addresses
    assert work.street == "1-2-3 Marunouchi\nMarunouchi Building\nSuite 300\nPO Box 77"
    assert (work.city, work.postcode, work.country) == ("Chiyoda-ku", "100-0005", "Japan")
    assert hans.addresses[0].street == "Gartenweg 2\nPO Box ASB-123"
    assert hans.addresses[0].country == "Deutschland"  # as written, not "DE"
    assert hans.uid == HANS_UID and len(yuki.uid) == 36 and yuki.uid != ola.uid
    assert (mia.photo_mime, ola.photo_mime) == ("image/png", "image/webp")

    path = tmp_path / "out.vcf"
    exporter.export_contacts(admin_ws, path, "vcard4")
    first = path.read_bytes()
    exporter.export_contacts(admin_ws, path, "vcard3")
    cards = {c.fn.value: c for c in vobject.readComponents(path.read_text(encoding="utf-8"))}
    assert cards["Hans Müller"].uid.value == HANS_UID
    assert cards["Yuki Tanaka"].uid.value == yuki.uid  # made once, the same in every export
    adr = cards["Hans Müller"].adr.value
    assert (adr.box, adr.street, adr.country) == ("ASB-123", "Gartenweg 2", "Deutschland")
    exporter.export_contacts(admin_ws, path, "vcard4")
    assert path.read_bytes() == first


def test_a_contact_typed_in_gets_a_uid_and_keeps_its_country(admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ann", addresses=[AddressInput("1 Main St", "Leeds", country="England")]))
    ann = contacts.get_contact(admin_ws, cid, audit_view=False)
    assert len(ann.uid) == 36 and ann.addresses[0].country == "England"
    (row,) = list_contacts(admin_ws, ContactQuery())
    assert row.id == cid


def test_a_lone_carriage_return_survives_a_vcard_even_at_a_fold():
    from contactweb.formats.interchange import ContactRecord, write_vcard

    for width in range(60, 80):
        record = ContactRecord(first_name="Ann", notes="x" * width + "\ry\r\nz")
        for version in ("3.0", "4.0"):
            (back,) = read_vcards(write_vcard([record], version), "cr.vcf").records
            assert back.notes == "x" * width + "\ry\nz", (width, version)
