"""One test per real-world vCard file (SOURCES.md beside them says what each one tests).

The CSV files have theirs in test_interchange_realworld_csv.py (kept apart for file size).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from contactweb.formats.interchange import ContactRecord, ParseResult, read_vcards

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-world corpus not checked out beside the repo ({CORPUS})")


def vcard(name: str) -> ParseResult:
    return read_vcards((CORPUS / "vcard" / name).read_bytes(), name)


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


def names(record: ContactRecord) -> tuple[str, str, str, str, str]:
    return (record.prefix, record.first_name, record.middle_name, record.last_name, record.suffix)


def address(record: ContactRecord, label: str):
    return next(a for a in record.addresses if a.label == label)


def test_every_vcard_file_has_a_test():
    tested = {name for name in globals() if name.startswith("test_")}
    files = sorted(CORPUS.glob("vcard/*.vcf"))
    assert files
    for path in files:
        assert f"test_{path.stem}" in tested, path.name


# -- vCard --------------------------------------------------------------------------------------
def test_android_v21_backslash_escapes():
    (card,) = vcard("android_v21_backslash_escapes.vcf").records
    assert names(card) == ("D", "A;B\\", "C\\;", "", ":E")


def test_android_v21_complicated():
    result = vcard("android_v21_complicated.vcf")
    (card,) = result.records
    assert names(card) == ("Pos", "Forrest", "Hoge", "Gump", "Tao")
    assert (card.company, card.title) == ("Gump Shrimp Co.", "Shrimp Man")
    assert pairs(card.phones) == [("work", "(111) 555-1212"), ("home", "(404) 555-1212"),
                                  ("mobile", "0311111111"), ("video", "0322222222"),
                                  ("other", "0333333333")]
    assert pairs(card.emails) == [("other", "forrestgump@walladalla.com"), ("mobile", "cell@example.com")]
    work = address(card, "work")
    assert (work.street, work.city, work.region, work.postcode, work.country) == (
        "100 Waters Edge", "Baytown", "LA", "30314", "United States of America")
    assert address(card, "home").street == "42 Plantation St."
    assert "Now's the time for all folk to come to the aid of their country." in card.notes
    assert "Department: Sales Dept.;Manager, Fish keeper" in card.notes
    assert card.birthday == datetime.date(1980, 1, 1)
    assert card.photo.startswith(b"\xff\xd8") and card.photo_mime == "image/jpeg"
    assert result.format_name == "vcard 2.1"


def test_android_v21_nested_vcard():
    records = vcard("android_v21_nested_vcard.vcf").records
    assert [r.last_name for r in records] == ["parent", "nest1", "nest2"]
    assert pairs(records[0].phones) == [("other", "1")]


def test_android_v21_shiftjis_qp():
    (card,) = vcard("android_v21_shiftjis_qp.vcf").records
    assert (card.last_name, card.first_name) == ("安藤", "ロイド1")
    home = address(card, "home")
    assert (home.extended, home.postcode) == ("東京都渋谷区桜丘町26-1セルリアンタワー6階", "150-8512")
    assert card.notes.startswith("メモ")


def test_ezvcard_android_v21_multi_qp_utf8():
    result = vcard("ezvcard_android_v21_multi_qp_utf8.vcf")
    first, second, third, fourth, fifth, sixth = result.records
    assert [first.display_name, second.display_name] == ["john.doe@company.com", "jane.doe@company.com"]
    assert third.last_name == "Ñ Ñ Ñ Ñ" and pairs(third.phones) == [("mobile", "123456789")]
    assert fourth.last_name == " ".join(["Ñ"] * 11)  # soft line break inside the value
    assert len(fourth.phones) == 4 and fourth.notes.startswith("Ñ Ñ Ñ")
    assert (fifth.first_name, fifth.last_name, fifth.company) == ("Ñ Ñ Ñ", "Ñ Ñ", "Ñ" * 12)
    assert pairs(fifth.phones) == [("mobile", "123456"), ("work", "123456"), ("work fax", "123456")]
    assert pairs(fifth.emails) == [("work", "bob@company.com"), ("other", "Ñ" * 14)]
    assert sixth.company == "Ñ" * 44
    assert all(record.tags == [] for record in result.records)  # "My Contacts" is Google's marker
    reasons = " ".join(problem.reason for problem in result.problems)
    assert "photo could not be decoded" in reasons and "not valid UTF-8" in reasons


def test_ezvcard_evolution_v30():
    (card,) = vcard("ezvcard_evolution_v30.vcf").records
    assert names(card) == ("Mr.", "John", "Richter, James", "Doe", "Sr.")
    assert pairs(card.phones) == [("mobile", "905-666-1234"), ("work", "905-555-1234")]
    assert pairs(card.emails) == [("work", "john.doe@ibm.com")]
    home = address(card, "home")
    assert (home.po_box, home.street, home.city, home.country) == (
        "ASB-123", "15 Crescent moon drive", "Albaney", "United States of America")
    assert (card.tags, card.websites, card.birthday) == (["VIP"], ["http://www.ibm.com"],
                                                         datetime.date(1980, 3, 22))
    for detail in ("Nickname: Johny", "Spouse: Maria", "IM (AIM): johnny5@aol.com"):
        assert detail in card.notes


def test_ezvcard_gmail_v30_item_labels():
    (card,) = vcard("ezvcard_gmail_v30_item_labels.vcf").records
    assert [e.label for e in card.emails] == ["other", "home", "work", "other", "CustomEmailCategory"]
    assert [p.label for p in card.phones] == [
        "other", "home", "work", "other", "mobile", "main", "home fax", "work fax",
        "GRAND_CENTRAL", "pager", "CustomePhoneCategory"]
    assert [a.label for a in card.addresses] == ["other", "home", "work", "other", "CustomAddressCategory"]
    assert address(card, "CustomAddressCategory").street == "115 Main St"
    assert card.websites[0] == "http://www.example1.com" and len(card.websites) == 6
    assert card.birthday == datetime.date(1912, 6, 23)
    assert card.notes.startswith("note line 1\nnote line 2\nCustomField: field value")
    for detail in ("Spouse: Name2", "Anniversary: 1930-03-20", "IM (Skype): IM5"):
        assert detail in card.notes


def test_ezvcard_iphone_ios5_v30_crcrlf_photo():
    (card,) = vcard("ezvcard_iphone_ios5_v30_crcrlf_photo.vcf").records
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert pairs(card.phones) == [
        ("mobile", "905-555-1234"), ("home", "905-666-1234"), ("work", "905-777-1234"),
        ("home fax", "905-888-1234"), ("work fax", "905-999-1234"), ("pager", "905-111-1234"),
        ("assistant", "905-222-1234")]
    assert address(card, "work").street == "Street4\nBuilding 6\nFloor 8"
    assert card.websites == ["http://www.ibm.com"]
    assert card.photo.startswith(b"\xff\xd8") and len(card.photo) > 30_000
    assert card.birthday == datetime.date(2012, 6, 6)


def test_ezvcard_issue114_rfc6868_caret_param_v40():
    (card,) = vcard("ezvcard_issue114_rfc6868_caret_param_v40.vcf").records
    work = address(card, "work")
    assert (work.street, work.city, work.postcode, work.country) == (
        "Dummy-Dummy-Strasse 1", "Bad Homburg", "61352", "Germany")
    assert pairs(card.phones) == [("mobile", "+49 1234 56789"), ("work", "+49 9876 54321")]
    assert (card.company, card.display_name) == ("Dummy GmbH", "Dummy Dummy")


def test_ezvcard_mac_addressbook_v30_mixed_eol():
    (card,) = vcard("ezvcard_mac_addressbook_v30_mixed_eol.vcf").records
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert pairs(card.emails) == [("work", "john.doe@ibm.com")]
    assert ("assistant", "905-222-1234") in pairs(card.phones)
    assert address(card, "home").street == "Silicon Alley 5,"
    assert '"AS IS"' in card.notes and "Spouse: Jenny" in card.notes
    assert card.photo.startswith(b"\xff\xd8")


def test_ezvcard_outlook_v21_qp_label_photo():
    (card,) = vcard("ezvcard_outlook_v21_qp_label_photo.vcf").records
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert pairs(card.phones) == [("work", "(905) 555-1234"), ("home", "(905) 666-1234")]
    work = address(card, "work")
    assert (work.street, work.city, work.region, work.postcode) == (
        "Cresent moon drive", "Albaney", "New York", "12345")
    assert len(card.addresses) == 2  # the QP LABELs repeat the ADRs
    assert pairs(card.emails) == [("other", "john.doe@ibm.cm")]
    assert card.birthday == datetime.date(1980, 3, 22)
    assert card.photo.startswith(b"\xff\xd8")
    for detail in ("Role: Counting Money", "Manager: Big Blue", "IM: johny5@aol.com"):
        assert detail in card.notes


def test_ezvcard_rfc2426_example_v30():
    frank, tim = vcard("ezvcard_rfc2426_example_v30.vcf").records
    assert (frank.display_name, frank.company) == ("Frank Dawson", "Lotus Development Corporation")
    assert pairs(frank.phones) == [("work", "+1-919-676-9515"), ("work fax", "+1-919-676-9564")]
    raleigh = address(frank, "work")
    assert (raleigh.street, raleigh.city, raleigh.region, raleigh.postcode, raleigh.country) == (
        "6544 Battleford Drive", "Raleigh", "NC", "27613-3502", "U.S.A.")
    assert (address(tim, "work").city, address(tim, "work").postcode) == ("Mountain View", "94043")


def test_ezvcard_rfc6350_example_v40():
    (card,) = vcard("ezvcard_rfc6350_example_v40.vcf").records
    assert (card.birthday, card.birthday_text) == (None, "--0203")
    assert pairs(card.phones) == [("work", "+1-418-656-9254 ext. 102"), ("mobile", "+1-418-262-6501")]
    work = address(card, "work")
    assert (work.extended, work.street, work.city, work.region, work.postcode, work.country) == (
        "Suite D2-630", "2875 Laurier", "Quebec", "QC", "G1V 2M2", "Canada")
    assert (card.suffix, card.company, card.websites) == ("ing. jr,M.Sc.", "Viagenie", ["http://nomis80.org"])


def test_kcontacts_owncloud_fold_splits_utf8_v30():
    result = vcard("kcontacts_owncloud_fold_splits_utf8_v30.vcf")
    (card,) = result.records
    assert card.last_name.startswith("123ㄓㄕㄖbcde") and card.last_name.endswith("ㄤㄓㄕㄖ")
    assert "получилась строка более 70 символов." in card.notes
    assert "Name: βγδεαβγδ1" in card.notes  # FN differs from N: kept
    assert "\ufffd" not in card.notes + card.last_name
    # nothing went wrong; the report names what no field takes (here the writer's PRODID)
    assert [p.reason for p in result.problems if "not stored" not in p.reason] == []
    assert any(p.reason.startswith("property PRODID not stored") for p in result.problems)


def test_kcontacts_ximian_evolution_no_version():
    result = vcard("kcontacts_ximian_evolution_no_version.vcf")
    (card,) = result.records
    assert (card.display_name, card.person_name) == ("Ximian, Inc.", "")
    assert pairs(card.phones) == [("work", "(617) 236-0442"), ("work fax", "(617) 236-8630")]
    assert address(card, "work").street == "401 Park Drive  3 West\nBoston, MA 02215\nUSA"
    assert pairs(card.emails) == [("other", "hello@ximian.com")]
    assert card.notes == "Welcome to the Ximian Addressbook." and result.format_name == "vcard"


def test_khard_bday_value_text_v40():
    (card,) = vcard("khard_bday_value_text_v40.vcf").records
    assert (card.birthday, card.birthday_text, card.display_name) == (None, "circa 1800", "text birthday")


def test_khard_truncated_no_end_v40():
    result = vcard("khard_truncated_no_end_v40.vcf")
    assert [r.display_name for r in result.records] == ["second contact with minimal Vcard"]
    assert "END:VCARD" in result.problems[0].reason


def test_monica_three_cards_empty_fn_v30():
    bono, john, johnny = vcard("monica_three_cards_empty_fn_v30.vcf").records
    assert (bono.first_name, bono.company, bono.title) == ("Bono", "U2", "Lead vocalist")
    assert pairs(bono.phones) == [("other", "+1 202-555-0191")]
    assert (bono.birthday, bono.notes) == (datetime.date(1960, 5, 10), "Lorem ipsum dolor sit amet")
    assert (john.first_name, john.last_name) == ("John", "Doe")
    assert johnny.display_name == "Johnny"  # only a nickname: it becomes the name
    home = johnny.addresses[0]
    assert (home.street, home.city, home.postcode, home.country) == (
        "17 Shakespeare Ave.", "Southampton", "SO17 2HB", "United Kingdom")


def test_radicale_cardbook_bday_no_year_v30():
    (card,) = vcard("radicale_cardbook_bday_no_year_v30.vcf").records
    assert (card.birthday, card.birthday_text) == (None, "--0101")
    assert card.display_name == "Test bday without year Thunderbird CardBook"


def test_radicale_sogo_missing_n_fn_two_cards_v30():
    records = vcard("radicale_sogo_missing_n_fn_two_cards_v30.vcf").records
    assert [r.display_name for r in records] == [
        "test-misses-N-or-FN@example.com", "test-misses-N-or-FN@example1.com"]
    assert records[0].emails[0].label == "work"


def test_roundcube_apple_company_card_v30():
    (card,) = vcard("roundcube_apple_company_card_v30.vcf").records
    assert (card.company, card.person_name, card.display_name) == ("Apple Computer AG", "", "Apple Computer AG")
    work = address(card, "work")
    assert (work.street, work.city, work.postcode, work.country) == (
        "Birgistrasse 4a", "Wallisellen-Zürich", "8304", "Switzerland")
    assert card.websites == ["http://www.apple.ch"] and card.photo.startswith(b"\xff\xd8")


def test_roundcube_apple_v30_utf16be_nobom():
    (card,) = vcard("roundcube_apple_v30_utf16be_nobom.vcf").records
    assert (card.first_name, card.last_name) == ("Ǽgean", "ĽdaMonté")
    work = address(card, "work")
    assert (work.street, work.city, work.region, work.postcode, work.country) == (
        "169 Mária Canal", "LaPaz", "Conceptión", "245-876", "Perú")


def test_roundcube_thebat_v21_qp_no_charset():
    (card,) = vcard("roundcube_thebat_v21_qp_no_charset.vcf").records
    assert (card.first_name, card.last_name) == ("Piotr", "Iksiński")  # ISO-8859-2 guessed
    assert pairs(card.emails) == [("other", "piotr.iksinski@somedomain.com")]


def test_roundcube_v21_charset_windows1252():
    (card,) = vcard("roundcube_v21_charset_windows1252.vcf").records
    assert (card.display_name, card.company, card.notes) == ("John Doë", "roundcube.net", "The notes...")
    assert pairs(card.emails) == [("work", "inbox@roundcube.net"), ("home", "roundcube@gmail.com")]
    assert pairs(card.phones) == [("work", "+123456789"), ("mobile", "+987654321")]
    work = address(card, "work")
    assert (work.street, work.city, work.postcode, work.country) == (
        "The street", "Hometown", "5555", "Cayman Islands")


def test_thunderbird_blank_lines_between_cards_v21():
    records = vcard("thunderbird_blank_lines_between_cards_v21.vcf").records
    assert [(r.display_name, r.emails[0].value) for r in records] == [
        ("John Doe", "john.doe@genericemail.invalid"), ("Jane Doe", "jane.doe@genericemail.invalid")]


def test_thunderbird_export_v40_custom_fields():
    one, two = vcard("thunderbird_export_v40_custom_fields.vcf").records
    assert (one.first_name, one.last_name, pairs(one.emails)) == ("contact", "one", [("other", "contact1@invalid")])
    assert two.title == '"worker"'
    assert two.notes.startswith("here's some unicode text…")
    for detail in ("Custom 1: custom, 1", "Custom 2: custom\t2", "Custom 3: custom\r3", "Custom 4: custom\n4"):
        assert detail in two.notes


def test_thunderbird_legacy_export_v21_lowercase():
    result = vcard("thunderbird_legacy_export_v21_lowercase.vcf")
    one, two = result.records
    assert (one.first_name, one.last_name, one.emails[0].value) == ("contact", "one", "contact1@invalid")
    assert (two.title, two.notes.splitlines()[0]) == ('"worker"', "here's some unicode text…")
    assert result.format_name == "vcard 2.1"


def test_vobject_v40_full():
    result = vcard("vobject_v40_full.vcf")
    (card,) = result.records
    assert names(card) == ("Dr.", "John", "Quinlan", "Public", "III")
    assert (card.company, card.title, card.birthday) == ("Example Corp.", "CEO", datetime.date(1985, 4, 15))
    assert pairs(card.emails) == [("work", "john.public@example.com"), ("home", "johnny@personal.example.org")]
    assert pairs(card.phones) == [("other", "+1-555-555-5555"), ("mobile", "+1-555-123-4567")]
    assert [a.city for a in card.addresses] == ["Any Town", "Somewhere"]
    assert card.tags == ["BUSINESS", "NETWORKING"]
    assert card.notes.startswith("This is a note about John.\nHe likes vCards.")
    assert "web link" in result.problems[0].reason  # PHOTO by URL is not downloaded


def test_vobject_v40_kind_group():
    (card,) = vcard("vobject_v40_kind_group.vcf").records
    assert card.display_name == "The Doe Family"


def test_vobject_v40_multilang_altid():
    (card,) = vcard("vobject_v40_multilang_altid.vcf").records
    assert (card.first_name, card.last_name) == ("Taro", "Yamada")
    assert "Name: 山田太郎" in card.notes  # the Japanese alternative is kept
