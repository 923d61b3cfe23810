"""Every real-world vCard file (../shared/data/realworld, see SOURCES.md there) imported into
a fresh vault: each key field where it belongs in the vault. The CSV files have theirs in
test_import_realworld_csv.py. The parser's own view of the same files is tested in
tests/unit/test_interchange_realworld*.py; these tests are about what lands in the vault."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pytest

from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactDetails
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "realworld"
pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-world corpus not checked out beside the repo ({CORPUS})")
UNKNOWN = {"email": "unknown", "post": "unknown", "phone": "unknown", "sms": "unknown"}

Check = Callable[[Workspace, importer.ImportReport, list[ContactDetails]], None]
CHECKS: dict[str, Check] = {}


def check(name: str) -> Callable[[Check], Check]:
    def register(function: Check) -> Check:
        CHECKS[name] = function
        return function
    return register


def import_file(ws: Workspace, path: Path, skip_bad_rows: bool = False
                ) -> tuple[importer.ImportReport, list[ContactDetails]]:
    report = importer.import_records(ws, importer.parse_file(path), skip_bad_rows=skip_bad_rows)
    return report, [contacts.get_contact(ws, cid, audit_view=False) for cid in report.created]


def names(c: ContactDetails) -> tuple[str, str, str, str, str]:
    return (c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix)


def emails(c: ContactDetails) -> list[tuple[str, str]]:
    return [(e.label, e.address) for e in c.emails]


def phones(c: ContactDetails) -> list[tuple[str, str]]:
    return [(p.label, p.number) for p in c.phones]


def address(c: ContactDetails, label: str) -> tuple[str, str, str, str, str]:
    a = next(a for a in c.addresses if a.label == label)
    return (a.street, a.city, a.region, a.postcode, a.country)


def run_check(ws: Workspace, path: Path) -> None:
    assert path.name in CHECKS, f"no vault test for {path.name}"
    try:
        report, created = import_file(ws, path)
    except importer.ImportFailed as failed:  # bad rows and not skipping them: nothing written
        report, created = failed.report, []
        assert count_contacts(ws) == 0
    for contact in created:  # true of every imported contact
        assert contact.source.startswith(("vcard:", "csv:")) and path.name in contact.source
        assert consent.status_by_channel(ws, contact.id) == UNKNOWN
    CHECKS[path.name](ws, report, created)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("vcard/*.vcf")), ids=lambda p: p.name)
def test_vcard_file_lands_in_the_vault(admin_ws: Workspace, path: Path) -> None:
    run_check(admin_ws, path)


@check("android_v21_backslash_escapes.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("D", "A;B\\", "C\\;", "", ":E")


@check("android_v21_complicated.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Pos", "Forrest", "Hoge", "Gump", "Tao")
    assert (card.company, card.title) == ("Gump Shrimp Co.", "Shrimp Man")
    assert emails(card) == [("other", "forrestgump@walladalla.com"), ("mobile", "cell@example.com")]
    # area code 111 does not exist: kept as typed rather than stored as +1 111 ...
    assert phones(card)[:1] == [("home", "+14045551212")]
    assert "Phone (work): (111) 555-1212" in card.notes
    assert address(card, "work") == ("100 Waters Edge", "Baytown", "LA", "30314",
                                     "United States of America")  # as written
    assert address(card, "home")[0] == "42 Plantation St."
    assert card.birthday == datetime.date(1980, 1, 1)
    assert "Now's the time for all folk to come to the aid of their country." in card.notes
    assert card.website == "http://www.example.com/"
    assert card.photo.startswith(b"\xff\xd8") and card.photo_mime == "image/jpeg"


@check("android_v21_nested_vcard.vcf")
def _(ws, report, created) -> None:
    assert [c.last_name for c in created] == ["parent", "nest1", "nest2"]
    assert "Phone (other): 1" in created[0].notes  # "1" is no phone number: kept in the notes
    assert any("phone number '1'" in p.reason for p in report.problems)


@check("android_v21_shiftjis_qp.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.last_name, card.first_name) == ("安藤", "ロイド1")
    street, _city, _region, postcode, _country = address(card, "home")
    assert (street, postcode) == ("東京都渋谷区桜丘町26-1セルリアンタワー6階", "150-8512")
    assert card.notes == "メモ\nPhonetic name: ｱﾝﾄﾞｳ ﾛｲﾄﾞ1"  # SOUND;X-IRMC-N: the reading


@check("ezvcard_android_v21_multi_qp_utf8.vcf")
def _(ws, report, created) -> None:
    # Card 6 has a byte that is not UTF-8 in its second ORG: the card is imported with U+FFFD
    # in that one place, and the report says so; the other five are whole.
    assert len(created) == 6 and report.bad_rows == []
    assert [emails(c) for c in created[:2]] == [[("other", "john.doe@company.com")],
                                                [("other", "jane.doe@company.com")]]
    assert created[2].last_name == "Ñ Ñ Ñ Ñ"
    assert (created[4].first_name, created[4].company) == ("Ñ Ñ Ñ", "Ñ" * 12)
    assert emails(created[4]) == [("work", "bob@company.com")]
    assert created[5].company == "Ñ" * 44 and "\ufffd" in created[5].notes
    assert any(p.location.endswith("#6") and "not valid UTF-8" in p.reason
               for p in report.problems)
    assert any("photo could not be decoded" in p.reason for p in report.problems)


@check("ezvcard_evolution_v30.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Mr.", "John", "Richter, James", "Doe", "Sr.")
    assert (card.company, card.title) == ("IBM", "Money Counter")
    assert phones(card) == [("mobile", "+19056661234"), ("work", "+19055551234")]
    assert emails(card) == [("work", "john.doe@ibm.com")]
    assert address(card, "home") == ("15 Crescent moon drive\nPO Box ASB-123", "Albaney",
                                     "New York", "12345", "United States of America")
    assert (card.tags, card.birthday) == (["VIP"], datetime.date(1980, 3, 22))
    for detail in ("Nickname: Johny", "Spouse: Maria"):
        assert detail in card.notes
    assert card.website == "http://www.ibm.com"


@check("ezvcard_gmail_v30_item_labels.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name, card.company, card.title) == (
        "VCard", "Test", "TheCompany", "TheJobTitle")
    assert [e.label for e in card.emails] == ["other", "home", "work", "other",
                                              "customemailcategory"]
    assert phones(card) == []  # 555-555-1111 ... are valid in no country
    assert "Phone (other): 5555551111" in card.notes
    assert address(card, "customaddresscategory") == ("115 Main St", "NY", "New York", "10011", "")
    assert card.birthday == datetime.date(1912, 6, 23)
    assert card.notes.startswith("note line 1\nnote line 2\nCustomField: field value")
    assert card.website == "http://www.example1.com"  # the first; the others in the notes
    assert "Website: http://www.example2.com" in card.notes


@check("ezvcard_iphone_ios5_v30_crcrlf_photo.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert phones(card) == [
        ("mobile", "+19055551234"), ("home", "+19056661234"), ("work", "+19057771234"),
        ("home fax", "+19058881234"), ("work fax", "+19059991234"),
        ("assistant", "+19052221234")]
    assert "Phone (pager): 905-111-1234" in card.notes  # no valid number in Canada
    assert address(card, "work") == ("Street4\nBuilding 6\nFloor 8", "New York", "", "12345", "USA")
    assert card.photo.startswith(b"\xff\xd8") and len(card.photo) > 30_000
    assert card.birthday == datetime.date(2012, 6, 6)


@check("ezvcard_issue114_rfc6868_caret_param_v40.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    street, city, _region, postcode, country = address(card, "work")
    assert street.startswith("Dummy-Dummy-Strasse 1") and (city, postcode, country) == (
        "Bad Homburg", "61352", "Germany")
    assert phones(card) == [("mobile", "+49123456789"), ("work", "+49987654321")]
    assert (card.first_name, card.last_name, card.company) == ("Dummy", "Dummy", "Dummy GmbH")


@check("ezvcard_mac_addressbook_v30_mixed_eol.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert emails(card) == [("work", "john.doe@ibm.com")]
    assert ("assistant", "+19052221234") in phones(card)
    assert address(card, "home")[:2] == ("Silicon Alley 5,", "New York")
    assert '"AS IS"' in card.notes and "Spouse: Jenny" in card.notes
    assert card.photo.startswith(b"\xff\xd8")


@check("ezvcard_outlook_v21_qp_label_photo.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Mr.", "John", "Richter,James", "Doe", "Sr.")
    assert phones(card) == [("work", "+19055551234"), ("home", "+19056661234")]
    assert address(card, "work") == ("Cresent moon drive", "Albaney", "New York", "12345",
                                     "United States of America")
    assert emails(card) == [("other", "john.doe@ibm.cm")]
    assert card.birthday == datetime.date(1980, 3, 22) and card.photo.startswith(b"\xff\xd8")
    assert "Manager: Big Blue" in card.notes


@check("ezvcard_rfc2426_example_v30.vcf")
def _(ws, report, created) -> None:
    frank, tim = created
    assert (frank.first_name, frank.last_name, frank.company) == (
        "Frank", "Dawson", "Lotus Development Corporation")
    assert emails(frank) == [("other", "Frank_Dawson@lotus.com"), ("other", "fdawson@earthlink.net")]
    assert phones(frank) == [("work", "+19196769515"), ("work fax", "+19196769564")]
    assert address(frank, "work") == ("6544 Battleford Drive", "Raleigh", "NC", "27613-3502",
                                      "U.S.A.")
    assert address(tim, "work")[1:4] == ("Mountain View", "CA", "94043")


@check("ezvcard_rfc6350_example_v40.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name, card.suffix) == ("Simon", "Perreault", "ing. jr,M.Sc.")
    assert card.birthday is None and "Birthday: --0203" in card.notes  # no year: kept as text
    assert phones(card) == [("work", "+14186569254"), ("mobile", "+14182626501")]
    assert address(card, "work") == ("2875 Laurier\nSuite D2-630", "Quebec", "QC", "G1V 2M2",
                                     "Canada")
    assert card.company == "Viagenie" and card.website == "http://nomis80.org"


@check("kcontacts_owncloud_fold_splits_utf8_v30.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert card.last_name.startswith("123ㄓㄕㄖbcde") and card.last_name.endswith("ㄤㄓㄕㄖ")
    assert "получилась строка более 70 символов." in card.notes and "\ufffd" not in card.notes


@check("kcontacts_ximian_evolution_no_version.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.company, card.first_name, card.last_name) == ("Ximian, Inc.", "", "")
    assert phones(card) == [("work", "+16172360442"), ("work fax", "+16172368630")]
    assert emails(card) == [("other", "hello@ximian.com")]
    assert card.notes.startswith("Welcome to the Ximian Addressbook.")


@check("khard_bday_value_text_v40.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name, card.birthday) == ("text", "birthday", None)
    assert card.notes == "Birthday: circa 1800"


@check("khard_truncated_no_end_v40.vcf")
def _(ws, report, created) -> None:
    # Cut off on purpose: what could be read is imported, and the report says what not.
    (card,) = created
    assert (card.first_name, card.last_name) == ("second contact with minimal", "Vcard")
    assert report.bad_rows == [] and "no END:VCARD" in report.problems[0].reason


def test_the_truncated_card_through_the_command_line(cli: CliRunner) -> None:
    result = cli("import", str(CORPUS / "vcard" / "khard_truncated_no_end_v40.vcf"))
    assert result.code == 0 and "Traceback" not in result.err + result.out
    assert "Imported 1 new contact(s)" in result.out and "no END:VCARD" in result.out


@check("monica_three_cards_empty_fn_v30.vcf")
def _(ws, report, created) -> None:
    bono, john, johnny = created
    assert (bono.first_name, bono.company, bono.title) == ("Bono", "U2", "Lead vocalist")
    assert phones(bono) == [("other", "+12025550191")] and emails(bono) == [
        ("other", "bono@example.com")]
    assert (bono.birthday, bono.notes) == (datetime.date(1960, 5, 10), "Lorem ipsum dolor sit amet")
    assert (john.first_name, john.last_name) == ("John", "Doe")
    assert johnny.first_name == "Johnny"
    assert address(johnny, "other") == ("17 Shakespeare Ave.", "Southampton", "", "SO17 2HB",
                                        "United Kingdom")


@check("radicale_cardbook_bday_no_year_v30.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert card.birthday is None and card.notes == "Birthday: --0101"
    assert card.last_name == "CardBook"


@check("radicale_sogo_missing_n_fn_two_cards_v30.vcf")
def _(ws, report, created) -> None:
    assert [emails(c) for c in created] == [[("work", "test-misses-N-or-FN@example.com")],
                                            [("work", "test-misses-N-or-FN@example1.com")]]
    assert all(c.display_name == c.emails[0].address for c in created)


@check("roundcube_apple_company_card_v30.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.company, card.first_name, card.last_name) == ("Apple Computer AG", "", "")
    assert address(card, "work") == ("Birgistrasse 4a", "Wallisellen-Zürich", "", "8304",
                                     "Switzerland")
    assert card.photo.startswith(b"\xff\xd8") and card.website == "http://www.apple.ch"
    assert card.notes == ""


@check("roundcube_apple_v30_utf16be_nobom.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name) == ("Ǽgean", "ĽdaMonté")
    assert address(card, "work") == ("169 Mária Canal", "LaPaz", "Conceptión", "245-876", "Perú")


@check("roundcube_thebat_v21_qp_no_charset.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name) == ("Piotr", "Iksiński")
    assert emails(card) == [("other", "piotr.iksinski@somedomain.com")]


@check("roundcube_v21_charset_windows1252.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name, card.company) == ("John", "Doë", "roundcube.net")
    assert emails(card) == [("work", "inbox@roundcube.net"), ("home", "roundcube@gmail.com")]
    assert address(card, "work") == ("The street", "Hometown", "", "5555", "Cayman Islands")
    assert card.notes.startswith("The notes...")


@check("thunderbird_blank_lines_between_cards_v21.vcf")
def _(ws, report, created) -> None:
    # ".invalid" is a reserved domain no mail reaches: the address is kept in the notes.
    assert [(c.first_name, c.last_name, c.emails) for c in created] == [
        ("John", "Doe", []), ("Jane", "Doe", [])]
    assert created[0].notes == "Email (other): john.doe@genericemail.invalid"


@check("thunderbird_export_v40_custom_fields.vcf")
def _(ws, report, created) -> None:
    one, two = created
    assert (one.first_name, one.last_name) == ("contact", "one")
    assert two.title == '"worker"' and two.notes.startswith("here's some unicode text…")
    for detail in ("Custom 1: custom, 1", "Custom 2: custom\t2", "Custom 4: custom\n4"):
        assert detail in two.notes


@check("thunderbird_legacy_export_v21_lowercase.vcf")
def _(ws, report, created) -> None:
    one, two = created
    assert (one.first_name, one.last_name, two.title) == ("contact", "one", '"worker"')
    assert two.notes.splitlines()[0] == "here's some unicode text…"


@check("vobject_v40_full.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert names(card) == ("Dr.", "John", "Quinlan", "Public", "III")
    assert (card.company, card.title, card.birthday) == ("Example Corp.", "CEO",
                                                         datetime.date(1985, 4, 15))
    assert emails(card) == [("work", "john.public@example.com"),
                            ("home", "johnny@personal.example.org")]
    assert phones(card) == [("other", "+15555555555"), ("mobile", "+15551234567")]
    assert address(card, "work") == ("123 Main Street", "Any Town", "CA", "91921-1234", "U.S.A.")
    assert address(card, "home")[1] == "Somewhere"
    assert card.tags == ["BUSINESS", "NETWORKING"]
    assert card.notes.startswith("This is a note about John.\nHe likes vCards.")
    assert any("web link" in p.reason for p in report.problems)


@check("vobject_v40_kind_group.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert card.display_name == "The Doe Family"


@check("vobject_v40_multilang_altid.vcf")
def _(ws, report, created) -> None:
    (card,) = created
    assert (card.first_name, card.last_name) == ("Taro", "Yamada") and "山田太郎" in card.notes
