"""Format details the real-world corpus does not cover: encodings, layouts, mappings, labels."""

from __future__ import annotations

import codecs
import datetime

import pytest

from contactweb.formats.interchange import MAPPABLE_FIELDS, detect_headers, read_csv, read_vcards
from contactweb.formats.interchange.dates import parse_birthday
from contactweb.formats.interchange.labels import label_from_types, normalise_label

CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Łukasz;Ðorđe\r\nEMAIL;TYPE=work:dj@example.org\r\nEND:VCARD\r\n"


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


# -- vCard encodings and syntax ------------------------------------------------------------------
@pytest.mark.parametrize("encoded", [
    codecs.BOM_UTF16_LE + CARD.encode("utf-16-le"), codecs.BOM_UTF16_BE + CARD.encode("utf-16-be"),
    CARD.encode("utf-16-le"), CARD.encode("utf-16-be"), codecs.BOM_UTF8 + CARD.encode(),
], ids=["le-bom", "be-bom", "le", "be", "utf8-bom"])
def test_vcard_in_utf16_and_utf8_with_or_without_bom(encoded):
    (record,) = read_vcards(encoded, "u.vcf").records
    assert (record.first_name, record.last_name, pairs(record.emails)) == (
        "Ðorđe", "Łukasz", [("work", "dj@example.org")])


def test_vcard_with_old_mac_line_endings():
    (record,) = read_vcards(CARD.replace("\r\n", "\r").encode(), "mac.vcf").records
    assert record.last_name == "Łukasz"


def test_quoted_printable_windows_1252_with_soft_breaks():
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=WINDOWS-1252;ENCODING=QUOTED-PRINTABLE:M=FC=\r\n"
            b"ller;J=F6rg\r\nNOTE;CHARSET=windows-1252;QUOTED-PRINTABLE:Stra=DFe 1=0D=0A=\r\n2. Stock\r\n"
            b"END:VCARD\r\n")
    (record,) = read_vcards(data, "qp.vcf").records
    assert (record.last_name, record.first_name, record.notes) == ("Müller", "Jörg", "Straße 1\n2. Stock")


def test_rfc6868_caret_escapes_in_an_address_label():
    data = card_bytes('ADR;TYPE=home;LABEL="Hauptstr. 1^nBerlin ^\'Mitte^\' ^^3":;;;;;;', "FN:Eva Ruf")
    (record,) = read_vcards(data, "c.vcf").records
    assert pairs_of_address(record) == [("home", "Hauptstr. 1\nBerlin \"Mitte\" ^3")]


def card_bytes(*lines: str, version: str = "4.0") -> bytes:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""]).encode()


def pairs_of_address(record) -> list[tuple[str, str]]:
    return [(a.label, a.street) for a in record.addresses]


def test_grouped_apple_labels_and_lowercase_keywords():
    data = ("begin:vcard\r\nversion:3.0\r\nfn:Kim Berg\r\nitem1.tel:555 1\r\n"
            "item1.x-ablabel:_$!<HomeFAX>!$_\r\nitem2.email:k@example.org\r\nitem2.x-ablabel:Boat\r\n"
            "item3.url:https\\://kim.example\r\nitem3.x-ablabel:_$!<HomePage>!$_\r\nend:vcard\r\n")
    (record,) = read_vcards(data.encode(), "a.vcf").records
    assert pairs(record.phones) == [("home fax", "555 1")]
    assert pairs(record.emails) == [("Boat", "k@example.org")]
    assert record.websites == ["https://kim.example"]


def test_company_card_and_email_only_card_fall_back_for_the_display_name():
    company, email_only = read_vcards(
        card_bytes("ORG:Acme Ltd;Sales") + card_bytes("EMAIL:solo@example.org"), "f.vcf").records
    assert (company.display_name, company.person_name, company.notes) == ("Acme Ltd", "", "Department: Sales")
    assert email_only.display_name == "solo@example.org"


# -- labels and dates ----------------------------------------------------------------------------
@pytest.mark.parametrize(("raw", "label"), [
    ("_$!<HomePage>!$_", "homepage"), ("_$!<Mobile>!$_", "mobile"), ("CELL", "mobile"),
    ("* Home", "home"), ("Work Fax", "work fax"), ("Handy", "mobile"), ("", "other"),
    ("Boat phone", "Boat phone"), ("  GRAND_CENTRAL ", "GRAND_CENTRAL"),
])
def test_normalise_label(raw, label):
    assert normalise_label(raw) == label


@pytest.mark.parametrize(("types", "label"), [
    (["work", "voice"], "work"), (["home", "fax"], "home fax"), (["cell", "pref"], "mobile"),
    (["internet"], "other"), (["x-school"], "school"), ([], "other"),
])
def test_label_from_vcard_types(types, label):
    assert label_from_types(types, phone=True) == label


@pytest.mark.parametrize(("raw", "month_first", "expected"), [
    ("1980-03-22", True, (datetime.date(1980, 3, 22), "")),
    ("19800322", True, (datetime.date(1980, 3, 22), "")),
    ("2012-06-06T00:00:00Z", True, (datetime.date(2012, 6, 6), "")),
    ("--0203", True, (None, "--0203")), ("--12-25", True, (None, "--1225")),
    ("1604-02-29", True, (None, "--0229")), ("31.1.1972", True, (datetime.date(1972, 1, 31), "")),
    ("6/5/1984", True, (datetime.date(1984, 6, 5), "")), ("6/5/1984", False, (datetime.date(1984, 5, 6), "")),
    ("25/12/1990", True, (datetime.date(1990, 12, 25), "")), ("2001-02-30", True, (None, "2001-02-30")),
    ("circa 1800", True, (None, "circa 1800")), ("0/0/00", True, (None, "")),
])
def test_parse_birthday(raw, month_first, expected):
    assert parse_birthday(raw, month_first=month_first) == expected


# -- CSV layouts ---------------------------------------------------------------------------------
def test_linkedin_connections_with_notes_preamble():
    data = (b"Notes:\r\n\"When exporting your connection data, you may notice that some of the email "
            b"addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,"
            b"Connected On\r\nAda,King,https://www.linkedin.com/in/ada,ada@example.org,Analytical Ltd,"
            b"Engineer,05 Mar 2024\r\n")
    result = read_csv(data, "Connections.csv")
    (ada,) = result.records
    assert result.format_name == "csv linkedin"
    assert (ada.display_name, ada.company, ada.title) == ("Ada King", "Analytical Ltd", "Engineer")
    assert ada.websites == ["https://www.linkedin.com/in/ada"] and ada.notes == "Connected on: 05 Mar 2024"
    assert detect_headers(data)[:3] == ["First Name", "Last Name", "URL"]


def test_outlook_defaults_are_not_imported_as_details():
    data = (b"First Name,Last Name,Birthday,Anniversary,Gender,Priority,Sensitivity,Private\r\n"
            b"Ann,Lee,0/0/00,0/0/00,Unspecified,Normal,Normal,False\r\n")
    (ann,) = read_csv(data, "outlook.csv").records
    assert (ann.display_name, ann.birthday, ann.birthday_text, ann.notes) == ("Ann Lee", None, "", "")


def test_outlook_german_export():
    header = ("Anrede;Vorname;Weitere Vornamen;Nachname;Firma;Position;Straße geschäftlich;"
              "Ort geschäftlich;Postleitzahl geschäftlich;Land/Region geschäftlich;Telefon geschäftlich;"
              "Mobiltelefon;E-Mail-Adresse;Geburtstag;Kategorien;Notizen")
    row = "Dr.;Jörg;;Weiß;Beispiel GmbH;Leitung;Ringstr. 4;Köln;50667;Deutschland;0221 1;0170 2;jw@example.de;3.4.1970;Kunde;Rückruf"
    result = read_csv(f"{header}\r\n{row}\r\n".encode("cp1252"), "outlook.csv")
    (record,) = result.records
    assert result.format_name == "csv outlook (german)"
    assert (record.prefix, record.first_name, record.last_name) == ("Dr.", "Jörg", "Weiß")
    assert pairs(record.phones) == [("work", "0221 1"), ("mobile", "0170 2")]
    assert (record.addresses[0].city, record.birthday, record.tags) == (
        "Köln", datetime.date(1970, 4, 3), ["Kunde"])


def test_google_2020_export_with_labels_and_photo_link():
    data = ("First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,"
            "Phone 1 - Value,Photo,Birthday\r\nLi,Wei,* myContacts ::: * starred ::: Golf,* Work,"
            "li@example.cn ::: wei@example.cn,Mobile,+86 1,https://lh3.googleusercontent.com/x,--07-04\r\n")
    result = read_csv(data.encode(), "google.csv")
    (record,) = result.records
    assert result.format_name == "csv google"
    assert record.tags == ["starred", "Golf"]
    assert pairs(record.emails) == [("work", "li@example.cn"), ("work", "wei@example.cn")]
    assert (record.photo, record.birthday_text, result.problems) == (None, "--0704", [])


def test_generic_headers_and_tab_delimiter():
    data = "Name\tEmail\tMobile\tCompany\tTags\r\nSam Ortiz\tsam@example.org\t555 9\tOrtiz & Co\tvip, golf\r\n"
    result = read_csv(data.encode(), "simple.tsv")
    (record,) = result.records
    assert result.format_name == "csv generic"
    assert (record.first_name, record.last_name, record.company) == ("Sam", "Ortiz", "Ortiz & Co")
    assert (pairs(record.phones), record.tags) == ([("mobile", "555 9")], ["vip", "golf"])


def test_labelled_generic_headers_as_address_book_exporters_write_them():
    data = ("First name,Last name,Email (Home),Phone: Mobile,Work Street,City (Work),Zip (Work)\r\n"
            "Mia,Roth,mia@example.org,555 7,Hafenweg 2,Kiel,24103\r\n")
    (record,) = read_csv(data.encode(), "apple-export.csv").records
    assert (pairs(record.emails), pairs(record.phones)) == ([("home", "mia@example.org")], [("mobile", "555 7")])
    work = record.addresses[0]
    assert (work.label, work.street, work.city, work.postcode) == ("work", "Hafenweg 2", "Kiel", "24103")


def test_windows_live_mail_english_export():
    data = ("First Name,Last Name,Middle Name,Name,Nickname,E-mail Address,Home Street,Home City,"
            "Home Phone,Mobile Phone,Personal Web Page,Business Web Page,Company,Job Title,Notes\r\n"
            "Tom,Hill,,Tom Hill,Tommy,tom@example.org,1 Elm Rd,Leeds,0113 1,07700 1,http://tom.example,"
            ",Hill & Sons,Owner,Met at fair\r\n")
    result = read_csv(data.encode(), "wlm.csv")
    (tom,) = result.records
    assert result.format_name == "csv windows live mail"
    assert (tom.display_name, tom.company, tom.title) == ("Tom Hill", "Hill & Sons", "Owner")
    assert pairs(tom.phones) == [("home", "0113 1"), ("mobile", "07700 1")]
    assert tom.notes == "Met at fair\nNickname: Tommy" and tom.websites == ["http://tom.example"]


def test_utf16_be_csv_and_windows_1252_is_not_taken_for_shift_jis():
    text = "First Name,Last Name\r\nRenée,Fußmann\r\n"
    utf16 = read_csv(codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "a.csv").records[0]
    western = read_csv(text.encode("cp1252"), "b.csv").records[0]
    assert (utf16.first_name, utf16.last_name) == (western.first_name, western.last_name) == ("Renée", "Fußmann")


# -- column mapping ------------------------------------------------------------------------------
def test_mapping_by_header_name_with_labels():
    data = "Kunde;Telefon;Handy;Mail;Ort;Notiz\r\nHuber Bau;089 1;0171 2;info@huber.de;München;Stammkunde\r\n"
    mapping = {"Kunde": "company", "Telefon": "phone:work", "Handy": "phone:mobile", "Mail": "email",
               "Ort": "city:work", "Notiz": "notes"}
    result = read_csv(data.encode(), "erp.csv", mapping=mapping)
    (record,) = result.records
    assert (record.display_name, pairs(record.phones)) == (
        "Huber Bau", [("work", "089 1"), ("mobile", "0171 2")])
    assert (pairs(record.emails), record.addresses[0].label, record.addresses[0].city) == (
        [("other", "info@huber.de")], "work", "München")
    assert result.format_name == "csv (column mapping)" and record.source == "csv:erp.csv:row 2"


def test_mapping_by_column_number_without_a_header_row():
    data = b"Ann,Lee,ann@example.org\r\nBo,Chen,bo@example.org\r\n"
    result = read_csv(data, "plain.csv", mapping={"0": "first_name", "1": "last_name", "2": "email"})
    assert [(r.first_name, r.emails[0].value) for r in result.records] == [
        ("Ann", "ann@example.org"), ("Bo", "bo@example.org")]


def test_mapping_by_column_number_skips_a_header_row():
    data = b"Vorname,Nachname,Adresse\r\nAnn,Lee,ann@example.org\r\n"
    result = read_csv(data, "plain.csv", mapping={"0": "first_name", "2": "email"})
    assert [r.first_name for r in result.records] == ["Ann"]


def test_detect_headers_of_an_unknown_file_and_the_field_list():
    assert detect_headers(b"Kundennr;Bemerkung\r\n17;gut\r\n") == ["Kundennr", "Bemerkung"]
    assert {"first_name", "email", "phone", "street", "tags", "birthday"} <= set(MAPPABLE_FIELDS)
