"""Older and rarer formats (issue 19, item 7): Gmail's first CSV export (2005-2007, one
"Section n" per place) and Thunderbird's tab-separated text export.

Fixtures (written for these tests): tests/fixtures/interchange/csv/gmail_2005_sections.csv
and thunderbird_tab_export.tab (Thunderbird's 37 columns, tab-separated, trailing tab).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "csv"


def pairs(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]


def test_gmail_2005_sections_become_labelled_entries():
    parsed = importer.parse_file(FIXTURES / "gmail_2005_sections.csv")
    assert (parsed.format_name, parsed.problems) == ("csv gmail (2005)", [])
    grace, alan = parsed.records
    assert (grace.first_name, grace.last_name, grace.company, grace.title) == (
        "Grace", "Hopper", "US Navy", "Rear Admiral")
    assert pairs(grace.emails) == [("other", "grace@example.com"),
                                   ("home", "grace.home@example.org"),
                                   ("work", "g.hopper@navy.example")]
    assert pairs(grace.phones) == [("home", "+1 212 555 0110"), ("mobile", "+1 917 555 0111"),
                                   ("work", "+1 703 555 0112"), ("fax", "+1 703 555 0113")]
    assert [(a.label, a.street) for a in grace.addresses] == [
        ("home", "12 Elm St\nArlington, VA 22201"),
        ("work", "1 Navy Pentagon\nWashington, DC 20350")]
    assert grace.notes == "Met at the 2005 conference\nIM: AIM: amazinggrace"
    assert (alan.first_name, alan.last_name, pairs(alan.emails)) == (
        "Alan", "Turing", [("other", "alan@example.co.uk")])


def test_thunderbird_tab_separated_export():
    parsed = importer.parse_file(FIXTURES / "thunderbird_tab_export.tab")
    assert (parsed.format_name, parsed.problems) == ("csv thunderbird", [])
    (sofia,) = parsed.records
    assert (sofia.first_name, sofia.last_name, sofia.company, sofia.title) == (
        "Sofia", "Kowalska", "Przykład Sp. z o.o.", "Księgowa")
    assert [e.value for e in sofia.emails] == ["sofia@example.pl", "zosia@home.example"]
    assert pairs(sofia.phones) == [("work", "+48 22 555 0100"), ("mobile", "+48 601 555 010")]
    home, work = sofia.addresses
    assert (home.street, home.city, home.postcode, home.country) == (
        "ul. Długa 5", "Gdańsk", "80-827", "Polska")
    assert (work.street, work.extended, work.city) == ("ul. Marszałkowska 1", "piętro 3",
                                                      "Warszawa")
    assert sofia.birthday == datetime.date(1980, 5, 17)
    assert sofia.websites == ["https://przyklad.example"]
    assert sofia.notes == ("Tab-separated export\nNickname: Zosia\nDepartment: Finanse\n"
                           "Custom 1: VIP")


def test_both_land_in_the_vault_from_the_command_line(cli: CliRunner,
                                                      admin_ws: Workspace) -> None:
    for name in ("gmail_2005_sections.csv", "thunderbird_tab_export.tab"):
        done = cli("import", str(FIXTURES / name))
        assert done.code == 0, done.err
    people = {d.last_name: d for d in (contacts.get_contact(admin_ws, r.id, audit_view=False)
                                       for r in list_contacts(admin_ws, ContactQuery()))}
    assert sorted(people) == ["Hopper", "Kowalska", "Turing"]
    assert [(p.label, p.number) for p in people["Hopper"].phones][:2] == [
        ("home", "+12125550110"), ("mobile", "+19175550111")]
    assert [(p.label, p.number) for p in people["Kowalska"].phones] == [
        ("work", "+48225550100"), ("mobile", "+48601555010")]
    assert people["Kowalska"].addresses[0].country == "Polska"
