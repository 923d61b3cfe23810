"""Every real-world CSV file imported into a fresh vault: each key field where it belongs
(the vCard files are in test_import_realworld_vcard.py, which has the helpers)."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_realworld_vcard import (
    CHECKS,
    CORPUS,
    address,
    check,
    emails,
    names,
    phones,
    run_check,
)
from tests.support.cli_runner import CliRunner

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"real-world corpus not checked out beside the repo ({CORPUS})")


@pytest.mark.parametrize("path", sorted(CORPUS.glob("csv/*.csv")), ids=lambda p: p.name)
def test_csv_file_lands_in_the_vault(admin_ws: Workspace, path: Path) -> None:
    run_check(admin_ws, path)


def test_every_corpus_file_has_a_vault_test() -> None:
    files = {p.name for p in CORPUS.glob("*/*") if p.suffix in (".csv", ".vcf")}
    assert len(files) >= 47 and files <= set(CHECKS)


@check("bbdb_google_legacy_crlf_multiline.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert names(row) == ("name-prefix", "test", "", "contact", "name-suffix")
    assert (row.company, row.title) == ("company-name", "titledata")
    assert emails(row) == [("home", "homeemail@home.com"), ("work", "workemail@work.com"),
                           ("custom email", "customemail@custom.com")]
    # "123-234-2433" is no valid number in the US: kept as typed (never a wrong +1 number)
    assert phones(row) == [("custom phone", "+12312341234")]
    assert "Phone (mobile): mobilephone 123-234-2433" in row.notes
    # street, extended address, then the PO box as its own last line; the country as written
    assert address(row, "work") == ("work street\nneighborhood 1234\npo box 1234", "los angelas",
                                    "ca", "90210", "usa")
    assert address(row, "custom address")[0] == (
        "custom street\ncustom neighborhood\nPO Box custom po")
    assert row.birthday is None and "Birthday: --0101" in row.notes  # year 1: no year
    assert row.notes.startswith("notes data") and "IM (Aim): aim data" in row.notes
    assert row.tags == [] and "Website: blog url" in row.notes


@check("bbdb_linkedin_legacy_outlook_style.csv")
def _(ws, report, created) -> None:
    first, second = created
    assert names(first) == ("testtitle", "testfirst", "testmiddle", "testlast", "testsuffix")
    assert emails(first) == [("other", "testmeil@hotmail.com")]
    # not addresses or numbers at all: kept word for word in the notes, and reported
    assert "Email (other): 2ndemailtest" in first.notes
    assert "Phone (mobile): mobile phone test" in first.notes
    assert any("2ndemailtest" in p.reason for p in report.problems)
    assert address(first, "work")[1:] == ("business city test", "business state test",
                                          "business zip test", "business country test")
    assert (first.company, first.title) == ("testcompany", "test title")
    assert "Birthday: birthday test" in first.notes and "Website: url test" in first.notes
    assert address(second, "other")[0].endswith("PO Box other po text2")


@check("bbdb_outlook_com_web.csv")
def _(ws, report, created) -> None:
    assert [(c.first_name, c.notes) for c in created] == [
        ("test name", "Phone (mobile): 12341234"), ("test name2", "Phone (mobile): 1234")]


@check("bbdb_thunderbird_trailing_comma.csv")
def _(ws, report, created) -> None:
    email_only, weather, bob = created
    assert emails(email_only) == [("other", "justanemail@cox.net")]
    assert weather.first_name == "Weather" and weather.phones == []
    assert weather.notes == "Phone (work): 289-1212"  # too short for a number anywhere
    assert (bob.first_name, bob.last_name, bob.company) == ("Bob", "Dole", "org1")
    # area code 555 is not in service: the numbers stay as typed, in the notes
    assert phones(bob) == []
    assert "Phone (work): 555-123-4567\nPhone (home): 555-123-1111" in bob.notes
    assert address(bob, "home") == ("1234 34th st.\nsecond address line", "Beverly Hills", "",
                                    "90210", "USA")
    assert bob.birthday == datetime.date(1950, 12, 12)
    assert "Nickname: Aka The Bananna" in bob.notes and "Phone (pager): pager1234" in bob.notes


@check("fk_google_export_outlook_format.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert names(row) == ("Dr.", "Max", "Middle Name", "Mustermann", "jr.")
    assert row.birthday == datetime.date(1972, 1, 31)
    assert [e.address for e in row.emails] == ["privat@folker-kinzel.de",
                                               "andere@folker-kinzel.de",
                                               "business@folker-kinzel.de"]
    assert address(row, "work") == ("Eisenbahnstraße\nPostfach", "Leipzig", "", "04315", "DE")
    assert "E-mail Address: privat2@folker-kinzel.de" in row.notes
    assert row.tags == ["Importiert am 29.3."]


@check("fk_google_legacy_multivalue_umlauts.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert names(row) == ("Dr.", "Max", "Middle Name", "Mustermann", "jr.")
    assert emails(row)[:2] == [("other", "ohneLabel@folker.de"), ("other", "ohneLabel2@folker.de")]
    assert ("work", "business2@folker.de") in emails(row)
    assert "Email (work): business 3@golker.de" in row.notes  # a space: not an address
    assert address(row, "work") == ("Eisenbahnstraße\n84\nPostfach", "Leipzig", "", "04315", "DE")
    assert row.notes.startswith("Kommentar ÄÄÄÄÄÄ ääääää ÖÖÖÖÖÖ öööööö ÜÜÜÜÜÜ üüüüüü ßßßßßß")
    assert "IM (Jabber): Chatadresse4" in row.notes and "Spouse: Petra" in row.notes
    assert row.tags == ["Importiert am 29.3."] and row.birthday == datetime.date(1972, 1, 31)


@check("fk_outlook365_cp1252.csv")
def _(ws, report, created) -> None:
    # Five Contoso colleagues share the switchboard number: not duplicates of each other.
    assert [c.display_name for c in created] == [
        "Anita Jorgensen", "Anne-Mette Olesen", "Dorena Paschke", "Kemal Celik", "Shiori Inoue",
        "Max Mustermann"]
    anita, max_ = created[0], created[5]
    assert (anita.company, anita.birthday) == ("Contoso", datetime.date(1981, 1, 20))
    assert emails(anita) == [("other", "Anita@contoso.com")]
    assert phones(anita) == []  # 555-555-1212 is valid in no country: kept as typed
    assert "Phone (work): 555-555-1212\nPhone (mobile): 555-555-1212" in anita.notes
    assert address(max_, "other")[2] == "Thüringen"  # the one Windows-1252 byte
    assert address(max_, "work") == ("Gartenallee\n2b\n3. OG\nPO Box Business Address PO Box",
                                     "Magdeburg", "Sachsen-Anhalt", "39104", "Germany")
    assert max_.birthday == datetime.date(1984, 6, 5) and max_.tags == ["Categories"]


@check("fk_thunderbird_german_cp1252.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert (row.first_name, row.last_name, row.company, row.title) == (
        "Max", "Mustermann", "Firma", "Position")
    assert address(row, "work")[0] == "Straße Work\nStr. Work 2. Zeile"
    assert row.birthday == datetime.date(1972, 1, 31)
    assert row.notes.startswith("Kommentar für Maxl")


@check("fk_windows_live_mail_german_semicolon_bom.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert (row.first_name, row.middle_name, row.last_name) == ("Max", "Middle Name", "Mustermann")
    assert emails(row) == [("other", "privat@folker-kinzel.de")]
    assert address(row, "work") == ("Eisenbahnstraße", "Leipzig", "Sachsen-Anhalt", "04315", "DE")
    assert row.notes.startswith("Kommentar Äöü")


@check("rolomind_google_new_format_subset.csv")
def _(ws, report, created) -> None:
    john, jane, bob, alice = created
    assert (john.first_name, john.last_name, john.company, john.title) == (
        "John", "Doe", "Acme Corp", "CEO")
    assert emails(jane) == [("other", "jane@example.com")]
    assert address(john, "work")[0] == "123 Main St, San Francisco, CA"
    assert john.website == "https://acme.com" and "Website:" not in john.notes
    assert (bob.phones, bob.addresses) == ([], [])
    assert [p.label for p in alice.phones] == ["mobile"]


@check("roundcube_google_legacy_labels.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert names(row) == ("Prefix", "Firstname", "Middle", "Lastname", "Suffix")
    assert emails(row) == [("home", "home@aaa.pl"), ("work", "work@email.pl"),
                           ("other", "unknown@email.com"), ("other", "other@email.com")]
    assert address(row, "home") == ("home_street\nPO Box home_pobox", "home_city", "home_state",
                                    "home_zip", "home_country")
    assert row.notes.startswith('note"note') and row.tags == ["Test"]
    assert row.birthday == datetime.date(1975, 12, 12)


@check("thunderbird_export_quoted_newline_cr.csv")
def _(ws, report, created) -> None:
    one, two = created
    assert (one.first_name, one.last_name, two.title) == ("contact", "one", '"worker"')
    assert two.notes.startswith("here's some unicode text…")
    for detail in ("Custom 1: custom, 1", "Custom 2: custom\t2", "Custom 3: custom\r3"):
        assert detail in two.notes


@check("thunderbird_quoted_empty_fields_crlf.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert (row.company, row.first_name, row.last_name) == ("Acer America", "", "")
    assert phones(row) == [] and row.notes == "Phone (work): (800) 000-0000"


@check("thunderbird_semicolon_delimited.csv")
def _(ws, report, created) -> None:
    assert [(c.first_name, c.last_name) for c in created] == [("John", "Doe"), ("Jane", "Doe")]
    assert created[0].notes == "Email (other): john@doe.invalid"


@check("thunderbird_shift_jis.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert (row.first_name, row.last_name) == ("権兵衛", "名無し")
    assert "名無しの権兵衛@host.invalid" in row.notes


@check("thunderbird_tab_comma_mixed_no_header.csv")
def _(ws, report, created) -> None:
    # No header row on purpose: read in Thunderbird's column order.
    assert [(c.first_name, c.last_name) for c in created] == [(n, n) for n in "1234"]
    assert report.format_name == "csv thunderbird (no header)"


def test_the_headerless_csv_through_the_command_line(cli: CliRunner) -> None:
    path = CORPUS / "csv" / "thunderbird_tab_comma_mixed_no_header.csv"
    result = cli("import", str(path), "--json")
    assert result.code == 0 and "Traceback" not in result.err
    report = json.loads(result.out)
    assert len(report["created"]) == 4 and report["format_name"] == "csv thunderbird (no header)"


@check("thunderbird_utf16le_bom.csv")
def _(ws, report, created) -> None:
    (row,) = created
    assert (row.first_name, row.last_name) == ("John", "Doe")
    assert count_contacts(ws) == 1
