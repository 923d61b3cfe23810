"""One test per real-world CSV file (SOURCES.md beside them says what each one tests)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from contactweb.formats.interchange import ContactRecord, ParseResult, read_csv

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-world corpus not checked out beside the repo ({CORPUS})")


def csv_file(name: str) -> ParseResult:
    return read_csv((CORPUS / "csv" / name).read_bytes(), name)


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


def names(record: ContactRecord) -> tuple[str, str, str, str, str]:
    return (record.prefix, record.first_name, record.middle_name, record.last_name, record.suffix)


def address(record: ContactRecord, label: str):
    return next(a for a in record.addresses if a.label == label)


def parts(postal) -> tuple[str, ...]:
    return (postal.street, postal.extended, postal.po_box, postal.city, postal.region,
            postal.postcode, postal.country)


def test_every_csv_file_has_a_test():
    tested = {name for name in globals() if name.startswith("test_")}
    files = sorted(CORPUS.glob("csv/*.csv"))
    assert files
    for path in files:
        assert f"test_{path.stem}" in tested, path.name


def test_bbdb_google_legacy_crlf_multiline():
    result = csv_file("bbdb_google_legacy_crlf_multiline.csv")
    (row,) = result.records
    assert result.format_name == "csv google (legacy)"
    assert names(row) == ("name-prefix", "test", "", "contact", "name-suffix")
    assert (row.company, row.title) == ("company-name", "titledata")
    assert pairs(row.emails) == [("home", "homeemail@home.com"), ("work", "workemail@work.com"),
                                 ("Custom email", "customemail@custom.com")]
    assert pairs(row.phones) == [("Custom phone", "customphone 123-1234-1234"),
                                 ("mobile", "mobilephone 123-234-2433"), ("work", "workphone 123-1234-234")]
    assert parts(address(row, "work")) == ("work street", "neighborhood 1234", "po box 1234",
                                           "los angelas", "ca", "90210", "usa")
    assert (row.birthday, row.birthday_text) == (None, "--0101")  # year 1 means "no year"
    assert row.notes.startswith("notes data") and "IM (Aim): aim data" in row.notes
    assert row.tags == [] and row.websites == ["profile url", "custom url", "blog url"]


def test_bbdb_linkedin_legacy_outlook_style():
    result = csv_file("bbdb_linkedin_legacy_outlook_style.csv")
    first, second = result.records
    assert result.format_name == "csv outlook"
    assert names(first) == ("testtitle", "testfirst", "testmiddle", "testlast", "testsuffix")
    assert [e.value for e in first.emails] == ["testmeil@hotmail.com", "2ndemailtest", "3rdemail@test"]
    assert ("mobile", "mobile phone test") in pairs(first.phones)
    assert ("work fax", "business fax test") in pairs(first.phones)
    assert parts(address(first, "work")) == (
        "1234 business test st", "busines street 2 test\nbus street 3 test", "",
        "business city test", "business state test", "business zip test", "business country test")
    assert (first.company, first.title, first.birthday_text) == ("testcompany", "test title", "birthday test")
    assert first.websites == ["url test", "personal url test"]
    assert address(second, "other").po_box == "other po text2"


def test_bbdb_outlook_com_web():
    result = csv_file("bbdb_outlook_com_web.csv")
    assert result.format_name == "csv outlook.com"
    assert [(r.first_name, pairs(r.phones)) for r in result.records] == [
        ("test name", [("mobile", "12341234")]), ("test name2", [("mobile", "1234")])]


def test_bbdb_thunderbird_trailing_comma():
    email_only, phone_only, bob = csv_file("bbdb_thunderbird_trailing_comma.csv").records
    assert email_only.display_name == "justanemail@cox.net"
    assert (phone_only.display_name, pairs(phone_only.phones)) == ("Weather", [("work", "289-1212")])
    assert (bob.first_name, bob.last_name, bob.company) == ("Bob", "Dole", "org1")
    assert pairs(bob.phones) == [("work", "555-123-4567"), ("home", "555-123-1111"), ("fax", "faxnum12334"),
                                 ("pager", "pager1234"), ("mobile", "555-333-3333")]
    assert parts(address(bob, "home")) == ("1234 34th st.", "second address line", "", "Beverly Hills",
                                           "", "90210", "USA")
    assert bob.birthday == datetime.date(1950, 12, 12)  # Birth Month "december"
    assert bob.notes.startswith("notes ok yes notes") and "Nickname: Aka The Bananna" in bob.notes


def test_fk_google_export_outlook_format():
    (row,) = csv_file("fk_google_export_outlook_format.csv").records
    assert names(row) == ("Dr.", "Max", "Middle Name", "Mustermann", "jr.")
    assert row.birthday == datetime.date(1972, 1, 31)  # 31.1.1972
    assert [e.value for e in row.emails] == ["privat@folker-kinzel.de", "andere@folker-kinzel.de",
                                             "business@folker-kinzel.de"]
    assert ("work", "Tel geschäftlich") in pairs(row.phones)
    assert parts(address(row, "work")) == ("Eisenbahnstraße", "", "Postfach", "Leipzig", "", "04315", "DE")
    assert "E-mail Address: privat2@folker-kinzel.de" in row.notes  # Google's overflow, kept
    assert row.tags == ["Importiert am 29.3."]  # "myContacts" is Google's own group


def test_fk_google_legacy_multivalue_umlauts():
    (row,) = csv_file("fk_google_legacy_multivalue_umlauts.csv").records
    assert names(row) == ("Dr.", "Max", "Middle Name", "Mustermann", "jr.")
    emails = pairs(row.emails)
    assert emails[:2] == [("other", "ohneLabel@folker.de"), ("other", "ohneLabel2@folker.de")]
    assert [v for label, v in emails if label == "work"] == [
        "business@folker-kinzel.de", "business2@folker.de", "business 3@golker.de"]
    assert ("Google Voice", "Tel10") in pairs(row.phones) and ("home fax", "Fax privat") in pairs(row.phones)
    assert parts(address(row, "work")) == ("Eisenbahnstraße", "84", "Postfach", "Leipzig", "", "04315", "DE")
    assert row.notes.startswith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß")
    assert "IM (Jabber): Chatadresse4" in row.notes and "Spouse: Petra" in row.notes
    assert row.tags == ["Importiert am 29.3."] and row.birthday == datetime.date(1972, 1, 31)


def test_fk_outlook365_cp1252():
    records = csv_file("fk_outlook365_cp1252.csv").records
    assert [r.display_name for r in records[:5]] == [
        "Anita Jorgensen", "Anne-Mette Olesen", "Dorena Paschke", "Kemal Celik", "Shiori Inoue"]
    anita, max_ = records[0], records[5]
    assert (anita.company, anita.birthday) == ("Contoso", datetime.date(1981, 1, 20))
    assert pairs(anita.emails) == [("other", "Anita@contoso.com")]
    assert pairs(anita.phones) == [("work", "555-555-1212"), ("mobile", "555-555-1212")]
    assert address(max_, "other").region == "Thüringen"  # the one Windows-1252 byte
    assert parts(address(max_, "work")) == ("Gartenallee", "2b\n3. OG", "Business Address PO Box",
                                            "Magdeburg", "Sachsen-Anhalt", "39104", "Germany")
    assert max_.birthday == datetime.date(1984, 6, 5)  # 6/5/1984 in US order


def test_fk_thunderbird_german_cp1252():
    result = csv_file("fk_thunderbird_german_cp1252.csv")
    (row,) = result.records
    assert result.format_name == "csv thunderbird (german)"
    assert (row.first_name, row.last_name, row.company, row.title) == ("Max", "Mustermann", "Firma", "Position")
    assert pairs(row.phones)[0] == ("work", "Tel geschäftlich")
    assert parts(address(row, "work"))[0] == "Straße Work"
    assert row.birthday == datetime.date(1972, 1, 31)
    assert row.notes.startswith("Kommentar für Maxl")


def test_fk_windows_live_mail_german_semicolon_bom():
    result = csv_file("fk_windows_live_mail_german_semicolon_bom.csv")
    (row,) = result.records
    assert result.format_name == "csv windows live mail (german)"
    assert (row.first_name, row.middle_name, row.last_name) == ("Max", "Middle Name", "Mustermann")
    assert pairs(row.emails) == [("other", "privat@folker-kinzel.de")]
    assert parts(address(row, "work")) == ("Eisenbahnstraße", "", "", "Leipzig", "Sachsen-Anhalt", "04315", "DE")
    assert ("mobile", "Handy") in pairs(row.phones)
    assert row.notes.startswith("Kommentar Äöü")


def test_rolomind_google_new_format_subset():
    result = csv_file("rolomind_google_new_format_subset.csv")
    john, jane, bob, alice = result.records
    assert result.format_name == "csv google"
    assert (john.display_name, john.company, john.title) == ("John Doe", "Acme Corp", "CEO")
    assert pairs(john.phones) == [("work", "+1-555-0123")] and john.websites == ["https://acme.com"]
    assert address(john, "work").street == "123 Main St, San Francisco, CA"
    assert (bob.phones, bob.addresses) == ([], [])
    assert pairs(alice.phones) == [("mobile", "+1-555-0125")]
    assert jane.emails[0].value == "jane@example.com"


def test_roundcube_google_legacy_labels():
    (row,) = csv_file("roundcube_google_legacy_labels.csv").records
    assert names(row) == ("Prefix", "Firstname", "Middle", "Lastname", "Suffix")
    assert pairs(row.emails) == [("home", "home@aaa.pl"), ("work", "work@email.pl"),
                                 ("other", "unknown@email.com"), ("other", "other@email.com")]
    assert pairs(row.phones) == [("pager", "pager"), ("main", "mainphone"), ("home", "homephone"),
                                 ("home fax", "homefax"), ("mobile", "mobile"), ("work", "workphone"),
                                 ("work fax", "workfax")]
    assert parts(address(row, "home")) == ("home_street", "", "home_pobox", "home_city", "home_state",
                                           "home_zip", "home_country")
    assert row.notes.startswith('note"note') and row.tags == ["Test"]
    assert row.birthday == datetime.date(1975, 12, 12)


def test_thunderbird_export_quoted_newline_cr():
    one, two = csv_file("thunderbird_export_quoted_newline_cr.csv").records
    assert (one.display_name, pairs(one.emails)) == ("contact one", [("other", "contact1@invalid")])
    assert two.title == '"worker"'
    assert two.notes.startswith("here's some unicode text…")
    for detail in ("Custom 1: custom, 1", "Custom 2: custom\t2", "Custom 3: custom\r3", "Custom 4: custom\n4"):
        assert detail in two.notes


def test_thunderbird_quoted_empty_fields_crlf():
    (row,) = csv_file("thunderbird_quoted_empty_fields_crlf.csv").records
    assert (row.company, row.person_name, row.display_name) == ("Acer America", "", "Acer America")
    assert pairs(row.phones) == [("work", "(800) 000-0000")]


def test_thunderbird_semicolon_delimited():
    result = csv_file("thunderbird_semicolon_delimited.csv")
    assert [(r.first_name, r.last_name, r.emails[0].value) for r in result.records] == [
        ("John", "Doe", "john@doe.invalid"), ("Jane", "Doe", "jane@doe.invalid")]


def test_thunderbird_shift_jis():
    (row,) = csv_file("thunderbird_shift_jis.csv").records
    assert (row.first_name, row.last_name) == ("権兵衛", "名無し")
    assert pairs(row.emails) == [("other", "名無しの権兵衛@host.invalid")]


def test_thunderbird_tab_comma_mixed_no_header():
    result = csv_file("thunderbird_tab_comma_mixed_no_header.csv")
    assert result.format_name == "csv thunderbird (no header)"
    assert [(r.first_name, r.last_name, r.emails[0].value) for r in result.records] == [
        (n, n, f"{n}@host.invalid") for n in "1234"]


def test_thunderbird_utf16le_bom():
    (row,) = csv_file("thunderbird_utf16le_bom.csv").records
    assert (row.first_name, row.last_name, pairs(row.emails)) == (
        "John", "Doe", [("other", "johndoe@host.invalid")])
