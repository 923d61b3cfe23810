"""Phone numbers from other countries (issue 19, item 4).

Fixture tests/fixtures/interchange/vcard/foreign_national_phones.vcf (written for these
tests): a German and a French contact whose numbers are written nationally beside their
address, a contact with no address and a German national number, and a US contact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import importer
from contactweb.services.importing.phone_regions import contact_regions, read_national
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

FIXTURE = (Path(__file__).resolve().parents[1] / "fixtures" / "interchange" / "vcard"
           / "foreign_national_phones.vcf")


def stored(ws: Workspace) -> dict[str, contacts.ContactDetails]:
    details = [contacts.get_contact(ws, row.id, audit_view=False)
               for row in list_contacts(ws, ContactQuery())]
    return {d.last_name: d for d in details}


def phones(contact: contacts.ContactDetails) -> list[tuple[str, str]]:
    return [(p.label, p.number) for p in contact.phones]


def test_national_numbers_are_read_in_the_contacts_country_first(admin_ws: Workspace) -> None:
    report = importer.import_records(admin_ws, importer.parse_file(FIXTURE))
    people = stored(admin_ws)
    assert phones(people["Schmidt"]) == [("work", "+49345678910"), ("mobile", "+4915123456789")]
    assert people["Schmidt"].addresses[0].city == "Halle (Saale)"
    assert phones(people["Dupont"]) == [("home", "+33142685300")]
    assert phones(people["Lee"]) == [("work", "+14155550134"), ("home", "+442079460000")]
    # no address, and not a valid number in the vault's region (US): kept as typed, never
    # turned into +1 0345...
    assert phones(people["Nilsson"]) == []
    assert "Phone (work): 03456-78910" in people["Nilsson"].notes
    assert any("'03456-78910' is not a valid number in US; kept as typed in the notes"
               in p.reason for p in report.problems)


def test_the_default_region_is_set_from_the_command_line(cli: CliRunner,
                                                         admin_ws: Workspace) -> None:
    done = cli("settings", "set", "default-region", "de")
    assert done.code == 0 and "default-region is now DE" in done.out
    assert cli("settings", "get", "default-region").out.strip() == "DE"
    assert cli("settings", "set", "default-region", "Germany").code == 1
    assert cli("import", str(FIXTURE)).code == 0
    people = stored(admin_ws)
    assert phones(people["Nilsson"]) == [("work", "+49345678910")]
    # the Frenchwoman keeps her own country's reading whatever the business's region
    assert phones(people["Dupont"]) == [("home", "+33142685300")]


@pytest.mark.parametrize(("lang", "region"), [("de_DE.UTF-8", "DE"), ("en_GB", "GB"),
                                              ("C.UTF-8", "US"), ("", "US")])
def test_a_new_vault_reads_numbers_in_the_systems_country(
        monkeypatch: pytest.MonkeyPatch, admin_ws: Workspace, lang: str, region: str) -> None:
    for name in ("LC_ALL", "LC_TELEPHONE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert settings.system_region() in (region, settings.system_region())
    if lang:
        assert settings.system_region() == region
    assert settings.get(admin_ws, "default_region") == settings.system_region()


def test_regions_come_from_the_addresses_then_the_business():
    assert contact_regions(["Österreich", "DE", "", "Atlantis"], "us") == ["AT", "DE", "US"]
    # the first region where the number is valid wins
    assert read_national("0664 1234567", ["AT", "DE"]) == "+436641234567"
    assert read_national("0664 1234567", ["DE", "AT"]) == "+496641234567"
    assert read_national("12", ["US", "DE"]) is None
