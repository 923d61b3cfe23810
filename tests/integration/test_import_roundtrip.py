"""Export from one vault, import into an empty one: every field comes back, for each format,
with names in several scripts and text that CSV and vCard must escape."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9"
AWKWARD = 'Line one, with a comma; and a semicolon\n"Quoted" words\\ and a backslash\n=SUM(A1)'

SAMPLES = [
    ContactInput(
        prefix="Dr.", first_name="Zoë", middle_name="Ann", last_name='O\'Brien; "The Boss"',
        suffix="Jr.", company='ACME, Inc; "Quotes"', title="Head of R&D,\nEurope",
        emails=[EmailInput("zoe@acme.example.com", "work"), EmailInput("zoe@home.example.org",
                                                                     "home")],
        phones=[PhoneInput("+14155550100", "mobile"), PhoneInput("+442079460000", "work")],
        addresses=[AddressInput("1 Main St\nSuite 5, Floor 2", "Springfield", "IL", "62701",
                                "US", "work"),
                   AddressInput("Flat 3; \"Rose\" Court", "London", "", "SW1A 1AA", "GB", "home")],
        tags=["Customers, 2024", "VIP"], notes=AWKWARD, website="https://acme.example.com",
        birthday=datetime.date(1980, 2, 29), photo=PHOTO, photo_mime="image/jpeg"),
    ContactInput(
        first_name="Анна", last_name="Каренина", company="ООО «Ромашка»", title="Директор",
        emails=[EmailInput("anna@romashka.example.ru", "work")],
        phones=[PhoneInput("+74951234567", "work")],
        addresses=[AddressInput("ул. Тверская, д. 1", "Москва", "", "125009", "RU", "work")],
        tags=["Россия"], notes="Звонить утром.\nΚαλημέρα από την Αθήνα"),
    ContactInput(
        first_name="太郎", last_name="山田", company="株式会社テスト",
        emails=[EmailInput("taro@test.example.jp", "other")],
        phones=[PhoneInput("+81312345678", "home")],
        addresses=[AddressInput("千代田区千代田1-1", "東京都", "", "100-0001", "JP", "home")],
        notes="会議は火曜日。\nBirthday: --0203"),
    ContactInput(
        first_name="محمد", last_name="العلي", company="שלום בע״מ",
        emails=[EmailInput("m.alali@example.com", "work")], tags=["عملاء"],
        notes="ملاحظة: اتصل غداً\nהערה בעברית"),
    ContactInput(company="Company Only, Ltd.", phones=[PhoneInput("+33142685300", "work")]),
]
FORMATS = list(exporter.EXPORT_FORMATS)
# Outlook's CSV has one column per kind of phone, in a fixed order: the numbers and labels
# come back, in that order.
UNORDERED_PHONES = {"csv-outlook"}
COMPARED = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company", "title",
            "birthday", "notes", "tags", "photo", "photo_mime", "website")


# Outlook's CSV has no photo column (Outlook keeps photos in its own store)
NO_PHOTO = {"csv-outlook"}


def comparable(details: contacts.ContactDetails, fmt: str) -> dict[str, object]:
    values = {name: getattr(details, name) for name in COMPARED
              if not (fmt in NO_PHOTO and name in ("photo", "photo_mime"))}
    values["emails"] = [(e.label, e.address) for e in details.emails]
    values["phones"] = [(p.label, p.number) for p in details.phones]
    if fmt in UNORDERED_PHONES:
        values["phones"] = sorted(values["phones"])
    values["addresses"] = [(a.label, a.street, a.city, a.region, a.postcode, a.country)
                           for a in details.addresses]
    return values


@pytest.fixture
def empty_vault(tmp_path: Path) -> Iterator[Workspace]:
    ws = session.create_vault(tmp_path / "second-vault", "admin", PASSWORD)
    yield ws
    ws.lock()


def all_details(ws: Workspace, fmt: str) -> dict[str, dict[str, object]]:
    rows = list_contacts(ws, ContactQuery(), limit=None)
    details = [contacts.get_contact(ws, row.id, audit_view=False) for row in rows]
    return {d.display_name: comparable(d, fmt) for d in details}


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_every_field(admin_ws: Workspace, empty_vault: Workspace,
                                      tmp_path: Path, fmt: str) -> None:
    for sample in SAMPLES:
        contacts.create_contact(admin_ws, sample)
    path = tmp_path / f"export{exporter.FORMAT_SUFFIXES[fmt]}"
    assert exporter.export_contacts(admin_ws, path, fmt) == len(SAMPLES)

    report = importer.import_records(empty_vault, importer.parse_file(path))
    assert (len(report.created), report.bad_rows, report.skipped_duplicates) == (
        len(SAMPLES), [], [])
    before, after = all_details(admin_ws, fmt), all_details(empty_vault, fmt)
    assert set(after) == set(before)
    for name, expected in before.items():
        assert after[name] == expected, f"{fmt}: {name}"


def test_export_of_a_tag_a_search_and_a_selection(admin_ws: Workspace, tmp_path: Path) -> None:
    ids = [contacts.create_contact(admin_ws, sample) for sample in SAMPLES]
    path = tmp_path / "some.json"
    assert exporter.export_contacts(admin_ws, path, "json", ContactQuery(tag="VIP")) == 1
    assert "Zoë" in path.read_text("utf-8") and "Анна" not in path.read_text("utf-8")
    assert exporter.export_contacts(admin_ws, path, "json", ContactQuery(search="Каренина")) == 1
    assert "Анна" in path.read_text("utf-8")
    assert exporter.export_contacts(admin_ws, path, "vcard3",
                                    ContactQuery(ids=(ids[2], ids[4]))) == 2
    text = path.read_text("utf-8")
    assert "山田" in text and "Company Only" in text and "Zoë" not in text
