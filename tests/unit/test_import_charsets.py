"""Character sets (issue 19, item 2): declared charsets on every property, legacy code pages
detected by script, and one damaged byte never refusing a whole file.

Fixture: tests/fixtures/interchange/vcard/cyrillic_windows1251_v21.vcf (written for these
tests): card 1 declares CHARSET=Windows-1251 only on ADR and NOTE, its N, FN, ORG and TITLE
are the same code page undeclared; card 2 declares nothing; card 3 is a two-letter name.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from contactweb.formats.interchange import read_csv, read_vcards
from contactweb.services.contacts import contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"


def cyrillic() -> bytes:
    return (FIXTURES / "vcard" / "cyrillic_windows1251_v21.vcf").read_bytes()


def test_a_charset_declared_on_one_property_reads_the_whole_card():
    result = read_vcards(cyrillic(), "c.vcf")
    klitschko, petrova, li = result.records
    assert (klitschko.first_name, klitschko.middle_name, klitschko.last_name) == (
        "Виталий", "Владимирович", "Кличко")
    assert (klitschko.company, klitschko.title) == ("ООО Ромашка", "Директор")
    (work,) = klitschko.addresses
    assert (work.label, work.street, work.city, work.postcode, work.country) == (
        "work", "ул. Крещатик, 22", "Киев", "01001", "Украина")
    assert klitschko.notes == "Звонить утром\nDepartment: Отдел продаж"
    assert klitschko.birthday == datetime.date(1971, 7, 19)
    assert [(p.label, p.value) for p in klitschko.phones] == [("mobile", "+380 44 555 0101")]
    assert [e.value for e in klitschko.emails] == ["vitali@example.com.ua"]
    # no charset anywhere: the code page is found from the card's text
    assert (petrova.first_name, petrova.last_name) == ("Анна", "Петрова")
    assert (petrova.addresses[0].street, petrova.addresses[0].city) == (
        "Невский проспект, 10", "Санкт-Петербург")
    # too little text to tell alone: read as the file's other cards were
    assert (li.first_name, li.last_name) == ("Ян", "Ли")
    assert result.problems == []


def test_a_short_undeclared_legacy_value_alone_is_read_with_a_warning():
    card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:" + "Ли;Ян".encode("cp1251") + b"\r\nEND:VCARD\r\n"
    result = read_vcards(card, "short.vcf")
    assert result.records[0].last_name  # read, not refused
    assert any("a guess from little text" in p.reason for p in result.problems)


def test_a_cyrillic_csv_without_a_byte_order_mark_is_detected():
    text = "First Name,Last Name,Company,Notes\r\nАнна,Петрова,ООО «Ромашка»,Звонить утром\r\n"
    result = read_csv(text.encode("cp1251"), "ru.csv")
    (row,) = result.records
    assert (row.first_name, row.last_name, row.company, row.notes) == (
        "Анна", "Петрова", "ООО «Ромашка»", "Звонить утром")


def test_cyrillic_card_lands_in_the_vault(admin_ws: Workspace) -> None:
    report = importer.import_records(admin_ws, importer.parse_bytes(cyrillic(), "c.vcf", "vcard"))
    stored = [contacts.get_contact(admin_ws, c, audit_view=False) for c in report.created]
    assert [(c.first_name, c.last_name) for c in stored] == [
        ("Виталий", "Кличко"), ("Анна", "Петрова"), ("Ян", "Ли")]
    assert stored[0].company == "ООО Ромашка" and stored[0].addresses[0].city == "Киев"
    assert [p.number for p in stored[0].phones] == ["+380445550101"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not beside the repository")
def test_one_damaged_byte_keeps_the_rest_of_the_android_file(admin_ws: Workspace) -> None:
    path = CORPUS / "vcard" / "ezvcard_android_v21_multi_qp_utf8.vcf"
    report = importer.import_records(admin_ws, importer.parse_file(path))
    assert len(report.created) == 6 and report.bad_rows == []
    sixth = contacts.get_contact(admin_ws, report.created[5], audit_view=False)
    assert sixth.company == "Ñ" * 44 and [e.address for e in sixth.emails] == ["henry@company.com"]
    assert sixth.notes.startswith("Organisation: " + "Ñ" * 44 + "\ufffd\n")
    notes = [p for p in report.problems if p.location.endswith("#6")]
    assert any("not valid UTF-8" in p.reason and "the rest kept" in p.reason for p in notes)
