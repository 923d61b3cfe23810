"""An export for mailing goes through eligibility: only the contacts who may receive a
mailing on the channel, only that address, and the others counted by reason."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from contactweb.errors import BadInput, PermissionDenied
from contactweb.services import audit
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.exporting import export_mailing
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner


def add(ws: Workspace, first: str, email: str = "", granted: tuple[str, ...] = (),
        **extra: object) -> int:
    cid = contacts.create_contact(ws, ContactInput(
        first_name=first, last_name="Test", emails=[EmailInput(email)] if email else [],
        **extra))
    for channel in granted:
        consent.opt_in(ws, cid, channel, evidence="web form")
    return cid


@pytest.fixture
def people(admin_ws: Workspace) -> dict[str, int]:
    ann = add(admin_ws, "Ann", "ann@example.com", ("email",))
    # Another contact holding Ann's mailbox (in another case), who gave consent before Ann
    # opted out.
    ben = add(admin_ws, "Ben", "ANN@example.com", ("email",))
    consent.opt_out(admin_ws, ann, "email", evidence="replied STOP")
    return {
        "ann": ann,
        "ben": ben,
        "cat": add(admin_ws, "Cat", "cat@example.com", ("email",), tags=["VIP"],
                   phones=[PhoneInput("+14155550100", "mobile")], notes="likes tea"),
        "dan": add(admin_ws, "Dan", "dan@example.com"),
        "eve": add(admin_ws, "Eve", "", ("post",), addresses=[
            AddressInput("1 Main St", "Springfield", "IL", "62701", "US", "home")]),
    }


def csv_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))
    return list(reader.fieldnames or []), list(reader)


def test_email_export_holds_only_the_eligible_and_only_their_email(
        admin_ws: Workspace, people: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "mailing.csv"
    done = export_mailing.export_for_mailing(admin_ws, path, "csv-google", "email")
    header, rows = csv_rows(path)
    assert [(r["First Name"], r["E-mail 1 - Value"]) for r in rows] == [
        ("Cat", "cat@example.com")]
    assert not [h for h in header if h.startswith(("Phone", "Address"))]
    assert rows[0]["Notes"] == rows[0]["Labels"] == ""
    assert rows[0]["Consent Email"] == "granted"
    text = path.read_text("utf-8-sig").lower()
    assert "ann@example.com" not in text and "ben" not in text
    assert done.written == 1 and done.excluded_total == 4
    assert done.excluded["opted_out"] == 1 and done.excluded["no_consent"] == 2
    assert "1 opted out of email" in done.excluded_lines()


def test_post_export_holds_only_the_postal_address(
        admin_ws: Workspace, people: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "labels.vcf"
    done = export_mailing.export_for_mailing(admin_ws, path, "vcard4", "post")
    text = path.read_bytes().decode()
    assert text.count("BEGIN:VCARD") == 1 and "FN:Eve Test" in text
    assert "ADR;TYPE=home:;;1 Main St;Springfield;IL;62701;US" in text
    assert "EMAIL" not in text and "X-CONTACTWEB-CONSENT;CHANNEL=post:granted" in text
    assert (done.written, done.excluded_total) == (1, 4)


def test_a_selection_narrows_the_mailing_and_it_is_audited(
        admin_ws: Workspace, people: dict[str, int], tmp_path: Path) -> None:
    path = tmp_path / "vip.json"
    done = export_mailing.export_for_mailing(admin_ws, path, "json", "email",
                                             ContactQuery(tag="VIP"))
    assert (done.written, done.excluded) == (1, {})
    (event,) = audit.list_events(admin_ws, action="export.mailing")
    assert event.details["channel"] == "email" and event.details["count"] == 1
    done = export_mailing.export_for_mailing(
        admin_ws, path, "json", "email", ContactQuery(ids=(people["ann"], people["ben"])))
    assert done.written == 0 and done.excluded_total == 2 and '"contacts": []' in path.read_text()


def test_only_email_and_post_and_a_manager_may_export_for_mailing(
        admin_ws: Workspace, user_ws, people: dict[str, int], tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(BadInput, match="email or post"):
        export_mailing.export_for_mailing(admin_ws, tmp_path / "x.csv", "csv-google", "sms")
    with pytest.raises(PermissionDenied, match="does not allow this"):
        export_mailing.export_for_mailing(user_ws("staff"), tmp_path / "x.csv", "csv-google",
                                          "email")
    assert not (tmp_path / "x.csv").exists()


def test_command_line_export_for_mailing(cli: CliRunner, people: dict[str, int],
                                         tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    result = cli("export", str(path), "--format", "csv-outlook", "--for-mailing", "email")
    assert result.code == 0, result.err
    assert f"Exported 1 recipient(s) for mailing by email to {path}" in result.out
    assert "Excluded 4 contact(s):" in result.err and "  1 opted out of email" in result.err
    assert "  2 no express consent for email" in result.err
    _header, rows = csv_rows(path)
    assert [r["E-mail Address"] for r in rows] == ["cat@example.com"]
    assert cli("export", str(path), "--for-mailing", "sms").code == 2
