"""Export from one vault, import into another: an opt-out comes back as an opt-out with the
file as its evidence, in every format; a "granted" never becomes consent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

FORMATS = list(exporter.EXPORT_FORMATS)


@pytest.fixture
def second_dir(tmp_path: Path) -> Path:
    return tmp_path / "second-vault"


@pytest.fixture
def empty_vault(second_dir: Path) -> Iterator[Workspace]:
    ws = session.create_vault(second_dir, "admin", PASSWORD)
    yield ws
    ws.lock()


@pytest.fixture
def olive(admin_ws: Workspace) -> int:
    """Opted out of email, express consent for post."""
    cid = contacts.create_contact(admin_ws, ContactInput(
        first_name="Olive", last_name="Out", emails=[EmailInput("olive@example.com")]))
    consent.opt_in(admin_ws, cid, "post", evidence="signed card")
    consent.opt_out(admin_ws, cid, "email", evidence="replied STOP")
    return cid


def only_contact(ws: Workspace) -> int:
    (row,) = list_contacts(ws, ContactQuery(), limit=None)
    return row.id


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_opt_out_survives_export_and_import_into_a_fresh_vault(
        admin_ws: Workspace, empty_vault: Workspace, olive: int, tmp_path: Path,
        fmt: str) -> None:
    path = tmp_path / f"export{exporter.FORMAT_SUFFIXES[fmt]}"
    exporter.export_contacts(admin_ws, path, fmt)

    report = importer.import_records(empty_vault, importer.parse_file(path))
    new_id = only_contact(empty_vault)
    assert report.created == [new_id] and report.bad_rows == []
    assert consent.status_by_channel(empty_vault, new_id) == {
        "email": "opted_out", "post": "unknown", "phone": "unknown", "sms": "unknown"}
    (entry,) = consent.history(empty_vault, new_id)
    assert (entry.channel, entry.status, entry.method, entry.evidence) == (
        "email", "opted_out", "import", f"imported from {path.name}")
    assert [(cid, channel) for _source, cid, channel in report.opt_outs] == [(new_id, "email")]
    assert [p.reason for p in report.problems] == [
        "the file says consent was granted for post; importing never records consent, so "
        "none was recorded (record it with its evidence)"]
    # The file holds nothing that turns into notes.
    assert "consent" not in contacts.get_contact(empty_vault, new_id,
                                                 audit_view=False).notes.lower()

    again = importer.import_records(empty_vault, importer.parse_file(path))
    assert len(again.skipped_duplicates) == 1 and again.opt_outs == []
    assert len(consent.history(empty_vault, new_id)) == 1  # no second event


def test_an_opt_out_in_the_file_binds_the_contact_it_matches(
        admin_ws: Workspace, empty_vault: Workspace, olive: int, tmp_path: Path) -> None:
    existing = contacts.create_contact(empty_vault, ContactInput(
        first_name="Olive", last_name="Out", emails=[EmailInput("olive@example.com")]))
    path = tmp_path / "export.csv"
    exporter.export_contacts(admin_ws, path, "csv-google")
    report = importer.import_records(empty_vault, importer.parse_file(path), "skip")
    assert [cid for _s, cid, _r in report.skipped_duplicates] == [existing]
    assert consent.status_by_channel(empty_vault, existing)["email"] == "opted_out"


def test_a_dry_run_records_nothing(admin_ws: Workspace, empty_vault: Workspace, olive: int,
                                   tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    exporter.export_contacts(admin_ws, path, "json")
    report = importer.import_records(empty_vault, importer.parse_file(path), dry_run=True)
    assert len(report.opt_outs) == 1
    assert list_contacts(empty_vault, ContactQuery(), limit=None) == []


def test_the_command_line_import_says_which_opt_outs_it_recorded(
        admin_ws: Workspace, empty_vault: Workspace, second_dir: Path, olive: int,
        tmp_path: Path) -> None:
    path = tmp_path / "export.vcf"
    exporter.export_contacts(admin_ws, path, "vcard3")
    result = CliRunner(second_dir, "admin", PASSWORD)("import", str(path))
    assert result.code == 0, result.err
    new_id = only_contact(empty_vault)
    assert f"opt-out recorded: contact {new_id} opted out of email" in result.out
    assert "consent was granted for post" in result.out
    assert consent.status_by_channel(empty_vault, new_id)["email"] == "opted_out"
