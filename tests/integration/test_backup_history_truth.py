"""The history of backups stays true to the server: after the server lost data, Verify marks
the snapshots that are gone (no longer "ok"), restoring one is refused in plain words, and the
rows of a former destination say where they are and restore from there. Over a real S3
endpoint (moto server mode), through the services and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactweb.services.backup import backup
from contactweb.vault.workspace import Workspace
from tests.support.backup_vaults import configure_s3, populate
from tests.support.cli_runner import CliRunner
from tests.support.sync_vaults import bucket_keys, moto_endpoint, s3_client

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


def statuses(ws: Workspace) -> dict[str, str]:
    return {run.snapshot_id: run.status for run in backup.backup_history(ws) if run.snapshot_id}


def lose(bucket: str, *keys: str) -> None:
    client = s3_client(moto_endpoint())
    for key in keys:
        client.delete_object(Bucket=bucket, Key=key)


def test_verify_marks_what_the_server_lost_and_restoring_it_is_refused_plainly(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    populate(admin_ws, 6)
    bucket = configure_s3(admin_ws)
    first = backup.backup_now(admin_ws).snapshot_id
    populate(admin_ws, 2, start=50)
    second = backup.backup_now(admin_ws).snapshot_id
    assert cli("backup", "verify").code == 0

    # The server loses the first snapshot's manifest: only that row stops being "ok".
    lose(bucket, *[k for k in bucket_keys(bucket) if k.endswith(f"/manifests/{first}")])
    verified = cli("backup", "verify")
    assert verified.code == 1
    assert f"missing: backup {first} is no longer on the destination" in verified.err
    assert statuses(admin_ws) == {first: "missing", second: "ok"}
    history = cli("backup", "history")
    assert history.code == 0 and "missing" in history.out and "No longer on the destination" \
        in history.out

    refused = cli("backup", "restore", first, "--to", str(tmp_path / "gone"))
    assert refused.code == 1
    assert f"Backup {first} is no longer on the backup server {moto_endpoint()}" in refused.err
    assert "Choose another backup" in refused.err
    assert "/manifests/" not in refused.err  # no raw object path
    assert not (tmp_path / "gone").exists()

    # Then it loses everything: every row is marked, and "Last backup" no longer claims one.
    lose(bucket, *bucket_keys(bucket))
    assert cli("backup", "verify").code == 1
    assert statuses(admin_ws) == {first: "missing", second: "missing"}
    assert backup.next_backup_due(admin_ws) is not None  # a new backup is due at once
    third = backup.backup_now(admin_ws).snapshot_id
    assert cli("backup", "verify").code == 0
    assert statuses(admin_ws)[third] == "ok"

    # A latest restore of the lost one by the library is refused with the same plain words.
    restored = cli("backup", "restore", second, "--to", str(tmp_path / "lost"))
    assert restored.code == 1 and "is no longer on" in restored.err


def test_rows_of_a_former_destination_say_so_and_restore_from_there(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    populate(admin_ws, 6)
    configure_s3(admin_ws)
    on_s3 = backup.backup_now(admin_ws).snapshot_id
    usb = tmp_path / "usb-disk"
    usb.mkdir()
    assert cli("backup", "config", "--folder", str(usb)).code == 0
    on_usb = backup.backup_now(admin_ws).snapshot_id

    rows = json.loads(cli("backup", "history", "--json").out)
    where = {row["snapshot_id"]: row for row in rows}
    assert where[on_s3]["former_destination"] is True
    assert where[on_s3]["target"].startswith("s3://")
    assert where[on_usb]["former_destination"] is False
    assert "(former destination)" in cli("backup", "history").out

    # Verify checks the current destination and leaves the former one's rows alone.
    assert cli("backup", "verify").code == 0
    assert statuses(admin_ws) == {on_s3: "ok", on_usb: "ok"}

    from_s3 = cli("backup", "restore", on_s3, "--to", str(tmp_path / "from-s3"))
    assert from_s3.code == 0, from_s3.err
    assert (tmp_path / "from-s3" / "contactweb.db").exists()
    from_usb = cli("backup", "restore", on_usb, "--to", str(tmp_path / "from-usb"))
    assert from_usb.code == 0, from_usb.err
