"""Imported contacts start with consent unknown and say where they came from; a person who
was erased is recognised when a file brings them back, and only comes back opted out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactweb.models import ConsentState, ErasureRecord
from contactweb.services import audit
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.importing import importer
from contactweb.services.importing.import_batch import ErasureIndex
from contactweb.services.privacy import erase_contact
from contactweb.services.privacy.erasure_match import find_match
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import vault_dump
from tests.support.cli_runner import CliRunner

OPTED_OUT = {channel: "opted_out" for channel in ("email", "post", "phone", "sms")}
CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:{last};{first};;;\r\nFN:{first} {last}\r\n"
        "{extra}END:VCARD\r\n")


def card(path: Path, first: str, last: str, extra: str = "") -> Path:
    path.write_text(CARD.format(first=first, last=last, extra=extra))
    return path


def test_imported_contacts_start_unknown_and_record_their_source(admin_ws: Workspace,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value\nAnn,Lee,ann@example.com\n"
                    "Bob,Ray,bob@example.com\n")
    report = importer.import_records(admin_ws, importer.parse_file(path))
    sources = [contacts.get_contact(admin_ws, c, audit_view=False).source for c in report.created]
    assert sources == ["csv:people.csv:row 2", "csv:people.csv:row 3"]
    with admin_ws.session(readonly=True) as session:
        assert session.query(ConsentState).count() == 0
    assert consent.status_by_channel(admin_ws, report.created[0]) == dict.fromkeys(
        OPTED_OUT, "unknown")
    (event,) = audit.list_events(admin_ws, action="import")
    assert event.details["created"] == 2 and "Lee" not in json.dumps(event.details)


@pytest.fixture
def erased(admin_ws: Workspace) -> Workspace:
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Erin", last_name="Gone", emails=[EmailInput("erin@example.com")],
        phones=[PhoneInput("+14155550123")]))
    erase_contact(admin_ws, cid)
    return admin_ws


@pytest.mark.parametrize("first,last,extra", [
    ("Erin", "Gone", ""),                                        # by name
    ("E.", "Someone", "EMAIL:ERIN@example.com\r\n"),             # by email
    ("Someone", "Else", "TEL:(415) 555-0123\r\n"),               # by phone
])
def test_a_returning_erased_person_is_flagged(erased: Workspace, tmp_path: Path, first: str,
                                              last: str, extra: str) -> None:
    path = card(tmp_path / "back.vcf", first, last, extra)
    before = vault_dump(erased, skip=("audit_events",))
    report = importer.import_records(erased, importer.parse_file(path))
    assert report.created == [] and report.erased_matches == ["vcard:back.vcf#1"]
    assert vault_dump(erased, skip=("audit_events",)) == before

    confirmed = importer.import_records(erased, importer.parse_file(path), confirm_erased=True)
    (back,) = confirmed.created
    assert consent.status_by_channel(erased, back) == OPTED_OUT
    methods = {entry.method for entry in consent.history(erased, back)}
    assert methods == {"previously erased"}


def test_a_stranger_is_not_flagged(erased: Workspace, tmp_path: Path) -> None:
    report = importer.import_records(erased, importer.parse_file(
        card(tmp_path / "new.vcf", "Erin", "Present", "EMAIL:erin.present@example.com\r\n")))
    assert len(report.created) == 1 and report.erased_matches == []


def test_flagged_and_confirmed_on_the_command_line(cli: CliRunner, erased: Workspace,
                                                   tmp_path: Path) -> None:
    path = card(tmp_path / "back.vcf", "Erin", "Gone")
    flagged = cli("import", str(path))
    assert flagged.code == 0 and "NOT imported: vcard:back.vcf#1 matches a person who was erased" \
        in flagged.out
    assert count_contacts(erased) == 0
    confirmed = cli("import", str(path), "--confirm-erased", "--json")
    (back,) = json.loads(confirmed.out)["created"]
    assert consent.status_by_channel(erased, back) == OPTED_OUT


def test_the_erasure_index_answers_as_find_match(erased: Workspace) -> None:
    # A second record for the same name: both answer with the oldest record.
    with erased.session() as session:
        first = session.query(ErasureRecord).one()
        session.add(ErasureRecord(name_hash=first.name_hash, identifier_hashes="[]"))
    probes = [ContactInput(first_name="Erin", last_name="Gone"),
              ContactInput(first_name="X", emails=[EmailInput("erin@example.com")]),
              ContactInput(first_name="X", phones=[PhoneInput("+14155550123")]),
              ContactInput(first_name="Nobody", emails=[EmailInput("nobody@example.com")])]
    with erased.session(readonly=True) as session:
        index = ErasureIndex(session, erased)
        for probe in probes:
            expected = find_match(session, erased, probe.first_name, probe.last_name,
                                  [e.address for e in probe.emails],
                                  [p.number for p in probe.phones])
            assert index.match(probe) == (expected.id if expected else None)
