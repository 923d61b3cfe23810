"""Every export carries the consent of each channel, so that an outside tool can honour an
opt-out; what a file says about consent is read back, never guessed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from contactweb.formats.interchange import (
    ContactRecord,
    LabelledValue,
    consent_marks,
    read_csv,
    read_json,
    read_vcards,
    write_csv,
    write_json,
    write_vcard,
)
from contactweb.models.consent import CHANNELS, CONSENT_STATUSES
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.exporting import exporter
from contactweb.vault.workspace import Workspace

STATED = {"email": "opted_out", "post": "granted", "phone": "unknown", "sms": "opted_out"}


@pytest.fixture
def opted_out(admin_ws: Workspace) -> int:
    """A contact opted out of email and SMS, with express consent for post."""
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Olive", last_name="Out", emails=[EmailInput("olive@example.com")]))
    consent.opt_in(admin_ws, cid, "post", evidence="signed card")
    consent.opt_out(admin_ws, cid, "email", evidence="replied STOP")
    consent.opt_out(admin_ws, cid, "sms", evidence="phone call")
    contacts.create_contact(admin_ws, ContactInput(first_name="Nora", last_name="Never"))
    return cid


def csv_rows(data: bytes) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_the_channels_and_statuses_of_files_are_the_vaults() -> None:
    assert consent_marks.CHANNELS == CHANNELS
    assert set(consent_marks.STATUSES) == set(CONSENT_STATUSES)


def test_outlook_csv_export_states_consent_in_the_notes(
        admin_ws: Workspace, opted_out: int, tmp_path: Path) -> None:
    # Outlook's import takes only its own columns: the consent is labelled lines in Notes
    path = tmp_path / "out.csv"
    exporter.export_contacts(admin_ws, path, "csv-outlook")
    header, rows = csv_rows(path.read_bytes())
    assert header[-1] == "Web Page" and not [h for h in header if h.startswith("Consent")]
    olive = next(row for row in rows if row["First Name"] == "Olive")
    assert olive["Notes"].startswith("[More details]\n")
    assert olive["Notes"].endswith(
        "\nConsent (email): opted out\nConsent (post): granted\n"
        "Consent (phone): unknown\nConsent (sms): opted out")


@pytest.mark.parametrize("fmt", ["csv-google"])
def test_csv_export_has_a_consent_column_per_channel_at_the_end(
        admin_ws: Workspace, opted_out: int, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "out.csv"
    exporter.export_contacts(admin_ws, path, fmt)
    header, rows = csv_rows(path.read_bytes())
    assert header[-4:] == ["Consent Email", "Consent Post", "Consent Phone", "Consent SMS"]
    olive = next(row for row in rows if row["First Name"] == "Olive")
    nora = next(row for row in rows if row["First Name"] == "Nora")
    assert [olive[h] for h in header[-4:]] == ["opted out", "granted", "unknown", "opted out"]
    assert [nora[h] for h in header[-4:]] == ["unknown"] * 4


@pytest.mark.parametrize("version", ["vcard3", "vcard4"])
def test_vcard_export_has_a_consent_property_per_channel(
        admin_ws: Workspace, opted_out: int, tmp_path: Path, version: str) -> None:
    path = tmp_path / "out.vcf"
    exporter.export_contacts(admin_ws, path, version)
    olive = next(card for card in path.read_bytes().decode().split("END:VCARD")
                 if "Olive" in card)
    lines = [line for line in olive.split("\r\n") if line.startswith("X-CONTACTWEB-CONSENT")]
    assert lines == ["X-CONTACTWEB-CONSENT;CHANNEL=email:opted-out",
                     "X-CONTACTWEB-CONSENT;CHANNEL=post:granted",
                     "X-CONTACTWEB-CONSENT;CHANNEL=phone:unknown",
                     "X-CONTACTWEB-CONSENT;CHANNEL=sms:opted-out"]


def test_json_export_has_a_consent_field(admin_ws: Workspace, opted_out: int,
                                         tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    exporter.export_contacts(admin_ws, path, "json")
    document = json.loads(path.read_text("utf-8"))
    olive = next(c for c in document["contacts"] if c["first_name"] == "Olive")
    assert olive["consent"] == STATED


def test_every_writer_and_reader_agree_on_consent() -> None:
    record = ContactRecord(first_name="Olive", emails=[LabelledValue("home", "o@example.com")],
                           consent=dict(STATED))
    for data, read in ((write_csv([record], "google"), read_csv),
                       (write_csv([record], "outlook"), read_csv),
                       (write_vcard([record], "3.0"), read_vcards),
                       (write_vcard([record], "4.0"), read_vcards),
                       (write_json([record]), read_json)):
        result = read(data, "file")
        assert [r.consent for r in result.records] == [STATED]
        assert result.problems == []


def test_a_consent_word_that_is_not_understood_is_reported_not_guessed() -> None:
    data = (b"First Name,E-mail 1 - Value,Consent Email,Consent Post\r\n"
            b"Olive,o@example.com,unsubscribe me,OPTED-OUT\r\n")
    result = read_csv(data, "other.csv")
    assert result.records[0].consent == {"post": "opted_out"}
    assert [p.reason for p in result.problems] == [
        "Consent Email 'unsubscribe me' is not granted, opted out or unknown; "
        "no consent read from it"]
    card = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Olive\r\n"
            b"X-CONTACTWEB-CONSENT;CHANNEL=fax:opted-out\r\n"
            b"X-CONTACTWEB-CONSENT;CHANNEL=email:opted-out\r\nEND:VCARD\r\n")
    result = read_vcards(card, "other.vcf")
    assert result.records[0].consent == {"email": "opted_out"}
    assert len(result.problems) == 1 and "'fax'" in result.problems[0].reason


def test_json_with_a_consent_it_cannot_use_skips_that_contact() -> None:
    data = json.dumps({"contacts": [{"first_name": "A", "consent": {"email": "maybe"}},
                                    {"first_name": "B", "consent": {"email": "opted_out"}}]})
    result = read_json(data.encode(), "x.json")
    assert [(r.first_name, r.consent) for r in result.records] == [("B", {"email": "opted_out"})]
    assert "contact skipped: consent must map" in result.problems[0].reason
