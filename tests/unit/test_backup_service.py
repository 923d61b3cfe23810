"""The backup service with a folder destination: checks on what is typed, permissions, the
history and status line, failures recorded, the schedule, and the EEA transfer basis."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.errors import BadInput, PermissionDenied, Refused
from contactweb.models import BackupRun
from contactweb.services import audit, settings
from contactweb.services.backup import backup
from contactweb.services.backup.backup import BackupProblem, BackupSchedule, BackupStopped
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.services.privacy.vault_deletion import confirmation_phrase, delete_vault
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    folder = tmp_path / "second-site"
    folder.mkdir()
    return folder


def _contact(ws: Workspace, country: str) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name="A", last_name=country, addresses=[AddressInput(city="X", country=country)]))


@pytest.mark.parametrize(("args", "message"), [
    (("ftp://host", "bucket-one", "us-east-1", "K"), "not a URL"),
    (("https://s3.example.com", "Bad_Bucket", "us-east-1", "K"), "not a bucket name"),
    (("https://s3.example.com", "bucket-one", "eu-central-1", "K"), "outside the United States"),
    (("https://s3.example.com", "bucket-one", "us-east-1", "has space"), "access key id"),
])
def test_s3_settings_are_checked_before_any_connection(
        admin_ws: Workspace, args: tuple[str, ...], message: str) -> None:
    with pytest.raises((BadInput, Refused), match=message):
        backup.configure_s3(admin_ws, *args, secret="s")
    assert backup.read_target(admin_ws) is None


def test_folder_destination_checks_and_permissions(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], remote: Path,
        vault_dir: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        backup.configure_folder(admin_ws, remote / "missing")
    with pytest.raises(BadInput, match="inside the vault"):
        backup.configure_folder(admin_ws, vault_dir)
    staff = user_ws("staff")
    with pytest.raises(PermissionDenied):
        backup.configure_folder(staff, remote)
    with pytest.raises(Refused, match="No backup destination"):
        backup.backup_now(staff)
    assert backup.last_backup_text(staff) == "No backup configured"
    result = backup.configure_folder(admin_ws, remote)
    assert result.target.folder == str(remote.resolve()) and "writable" in result.message
    assert backup.last_backup_text(staff) == "Backup configured, not run yet"
    with pytest.raises(PermissionDenied):
        backup.backup_now(user_ws("readonly"))
    done = backup.backup_now(staff)  # staff may back up
    assert backup.list_backups(staff)[0].snapshot_id == done.snapshot_id
    with pytest.raises(PermissionDenied):
        backup.restore_backup(staff, done.snapshot_id, remote.parent / "copy")


def test_a_failed_run_is_recorded_and_shown(admin_ws: Workspace, remote: Path) -> None:
    backup.configure_folder(admin_ws, remote)
    remote.rmdir()  # the disk was unplugged
    with pytest.raises(BackupProblem, match="does not exist"):
        backup.backup_now(admin_ws)
    failure = backup.backup_history(admin_ws)[0]
    assert (failure.status, failure.snapshot_id) == ("failed", "")
    assert "does not exist" in failure.message
    assert backup.last_backup_text(admin_ws).startswith("Backup failed")
    # Without a success, the next automatic try comes an hour later, not a day later.
    assert backup.next_backup_due(admin_ws) == failure.started_at + timedelta(hours=1)
    assert audit.list_events(admin_ws, action="backup.failed")[0].details["status"] == "failed"

    remote.mkdir()
    first = backup.backup_now(admin_ws)
    shutil.rmtree(remote)
    with pytest.raises(BackupProblem):
        backup.backup_now(admin_ws)
    history = backup.backup_history(admin_ws)
    assert [(r.status, r.snapshot_id) for r in history] == [
        ("failed", ""), ("ok", first.snapshot_id), ("failed", "")]
    assert history[1].bytes_uploaded == first.bytes_uploaded > 0
    status = backup.last_backup_text(admin_ws)
    assert status.startswith("Backup failed") and "(last backup " in status
    assert backup.next_backup_due(admin_ws) == history[1].started_at + timedelta(hours=24)


def test_schedule_settings(admin_ws: Workspace, remote: Path) -> None:
    assert backup.backup_schedule(admin_ws) == BackupSchedule(24, 10, 7, 4)
    with pytest.raises(BadInput, match="Keep the last backups"):
        backup.set_backup_schedule(admin_ws, BackupSchedule(24, 0, 7, 4))
    assert backup.backup_schedule(admin_ws) == BackupSchedule(24, 10, 7, 4)
    backup.set_backup_schedule(admin_ws, BackupSchedule(6, 2, 0, 0))
    assert backup.backup_schedule(admin_ws) == BackupSchedule(6, 2, 0, 0)
    assert backup.next_backup_due(admin_ws) is None  # nowhere to back up to
    backup.configure_folder(admin_ws, remote)
    snapshots = [backup.backup_now(admin_ws).snapshot_id for _ in range(3)]
    due = backup.next_backup_due(admin_ws)
    last = backup.backup_history(admin_ws)[0]
    assert due == last.started_at + timedelta(hours=6)
    pruned = backup.prune_backups(admin_ws)
    assert pruned.snapshots_kept == snapshots[1:] and pruned.snapshots_removed == snapshots[:1]


def test_change_marker_follows_writes(admin_ws: Workspace) -> None:
    before = backup.vault_change_marker(admin_ws)
    assert backup.vault_change_marker(admin_ws) == before
    _contact(admin_ws, "US")
    assert backup.vault_change_marker(admin_ws) != before


def test_transfer_basis_counts_eea_contacts_and_is_audited(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace]) -> None:
    for country in ("DE", "Germany", "france", "US", "GB", "NO", "Canada"):
        _contact(admin_ws, country)
    assert backup.eea_contact_count(admin_ws) == 4  # DE, Germany, france, NO
    assert backup.transfer_basis_needed(admin_ws) == 0  # no US destination yet
    with admin_ws.session() as s:  # an S3 destination as configure_s3 stores it
        settings.write(s, "backup.target", {"kind": "s3", "endpoint_url": "http://127.0.0.1:9",
                                            "bucket": "b-b-b", "region": "us-east-1",
                                            "access_key_id": "K"})
    assert backup.transfer_basis_needed(admin_ws) == 4
    assert backup.last_backup_text(admin_ws).startswith("Backups paused: the EEA transfer")
    # Staff cannot record the basis: their status line does not burden them with it.
    assert "EEA" not in backup.last_backup_text(user_ws("staff"))
    assert backup.next_backup_due(admin_ws) is None  # no automatic run meanwhile
    with pytest.raises(Refused, match="4 contact"):
        backup.backup_now(admin_ws)
    with pytest.raises(BadInput, match="consent, encryption"):
        backup.record_transfer_basis(admin_ws, "legitimate interest")
    with pytest.raises(PermissionDenied):
        backup.record_transfer_basis(user_ws("manager"), "consent")
    recorded = backup.record_transfer_basis(admin_ws, "consent", "Signed forms, Anna Schmidt")
    assert recorded.contacts == 4 and backup.transfer_basis(admin_ws).note.startswith("Signed")
    assert backup.transfer_basis_needed(admin_ws) == 0
    event = audit.list_events(admin_ws, action="backup.transfer_basis")[0]
    assert event.details == {"basis": "consent", "contacts": 4}
    assert "Schmidt" not in json.dumps(event.details)


def test_cli_folder_backup_list_verify_restore_prune(cli: CliRunner, admin_ws: Workspace,
                                                     remote: Path, tmp_path: Path) -> None:
    assert cli("backup", "now").code == 1
    bad = cli("backup", "config", "--folder", str(remote), "--bucket", "b-b-b")
    assert bad.code == 1 and "not both" in bad.err
    missing = cli("backup", "config", "--bucket", "b-b-b")
    assert missing.code == 1 and "--endpoint" in missing.err and "--region" in missing.err
    configured = cli("backup", "config", "--folder", str(remote))
    assert configured.code == 0 and "writable" in configured.out
    assert cli("backup", "test").code == 0
    now = cli("backup", "now", "--json")
    assert now.code == 0
    snapshot = json.loads(now.out)["snapshot_id"]
    listed = json.loads(cli("backup", "list", "--json").out)
    assert [s["snapshot_id"] for s in listed] == [snapshot]
    verified = cli("backup", "verify", "--read-data", "--json")
    assert verified.code == 0 and json.loads(verified.out)["ok"] is True
    assert cli("backup", "verify", "not-an-id").code == 1
    restored = cli("backup", "restore", "latest", "--to", str(tmp_path / "copy"))
    assert restored.code == 0 and (tmp_path / "copy" / "contactweb.db").exists()
    again = cli("backup", "restore", snapshot, "--to", str(tmp_path / "copy"))
    assert again.code == 1 and "already holds a vault" in again.err
    assert cli("backup", "restore", snapshot).code == 2  # --to or --in-place is required
    pruned = cli("backup", "prune")
    assert pruned.code == 0 and "Kept 1 backup(s), removed 0" in pruned.out
    basis = cli("backup", "transfer-basis", "encryption", "--note", "AES-GCM, our keys")
    assert basis.code == 0 and backup.transfer_basis(admin_ws).basis == "encryption"
    with admin_ws.session(readonly=True) as s:
        statuses = s.execute(select(BackupRun.status)).scalars().all()
    assert statuses == ["ok"]


def test_cancelled_run_is_recorded_and_leaves_no_snapshot(admin_ws: Workspace,
                                                          remote: Path) -> None:
    backup.configure_folder(admin_ws, remote)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(BackupStopped, match="cancelled"):
        backup.backup_now(admin_ws, cancel=cancel)
    assert [r.status for r in backup.backup_history(admin_ws)] == ["cancelled"]
    assert backup.list_backups(admin_ws) == []


def test_closing_the_account_deletes_the_backups(admin_ws: Workspace, remote: Path) -> None:
    assert backup.backup_deleter(admin_ws) is None
    backup.configure_folder(admin_ws, remote)
    backup.backup_now(admin_ws)
    vault_id = admin_ws.vault.vault_id
    assert any((remote / vault_id).rglob("*"))
    deleted = delete_vault(admin_ws, confirmation_phrase(admin_ws), backup.backup_deleter(admin_ws))
    assert deleted.backup_objects_deleted == 3  # a pack, the key slots copy, the manifest
    assert not [p for p in (remote / vault_id).rglob("*") if p.is_file()]
