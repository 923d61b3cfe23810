"""Damaged backups on a real S3 endpoint: a flipped byte, a truncated chunk, a chunk swapped
for another, a deleted chunk. ``backup verify --read-data`` and ``backup restore`` fail and
name the object, and the current vault is untouched."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from contactweb.errors import ContactWebError
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.backup_vaults import (
    configure_s3,
    dump_all,
    moto_endpoint,
    populate,
)
from tests.support.cli_runner import CliRunner
from tests.support.sync_vaults import s3_client

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only

Damage = Callable[[str, str, str], None]  # bucket, key of the victim, key of another pack


def _client():  # noqa: ANN202
    return s3_client(moto_endpoint())


def _get(bucket: str, key: str) -> bytes:
    return _client().get_object(Bucket=bucket, Key=key)["Body"].read()


def _put(bucket: str, key: str, data: bytes) -> None:
    _client().put_object(Bucket=bucket, Key=key, Body=data)


def flip_byte(bucket: str, key: str, _other: str) -> None:
    data = bytearray(_get(bucket, key))
    data[len(data) // 2] ^= 0x01
    _put(bucket, key, bytes(data))


def truncate(bucket: str, key: str, _other: str) -> None:
    _put(bucket, key, _get(bucket, key)[:-100])


def swap(bucket: str, key: str, other: str) -> None:
    _put(bucket, key, _get(bucket, other))


def delete(bucket: str, key: str, _other: str) -> None:
    _client().delete_object(Bucket=bucket, Key=key)


@pytest.fixture
def two_snapshots(admin_ws: Workspace) -> tuple[str, str, list[str]]:
    """A bucket with two snapshots of a real vault; the pack names (both are needed by the
    second snapshot)."""
    populate(admin_ws, 12)
    bucket = configure_s3(admin_ws)
    backup.backup_now(admin_ws)
    populate(admin_ws, 4, start=100)
    second = backup.backup_now(admin_ws)
    packs = [key for key in _keys(bucket) if "/packs/" in key]
    assert len(packs) == 2
    return bucket, second.snapshot_id, packs


def _vault_files(folder: Path) -> list[str]:
    """The vault's files, without SQLite's -wal and -shm, which exist only while a
    connection is open (an in-place restore locks the workspace first)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def _keys(bucket: str) -> list[str]:
    return [item["Key"] for item in _client().list_objects_v2(Bucket=bucket).get("Contents", [])]


@pytest.mark.parametrize("damage", [flip_byte, truncate, swap, delete],
                         ids=["flipped", "truncated", "swapped", "deleted"])
def test_damage_is_named_and_the_vault_is_untouched(
        damage: Damage, two_snapshots: tuple[str, str, list[str]], cli: CliRunner,
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    bucket, snapshot_id, packs = two_snapshots
    victim, other = packs
    object_name = victim.removeprefix("contactweb/")  # as the engine names it
    assert cli("backup", "verify", "--read-data").code == 0
    damage(bucket, victim, other)
    before_files = _vault_files(vault_dir)
    contacts_before = dump_all(admin_ws.vault.db_path, admin_ws.raw_key())["contacts"]

    verified = cli("backup", "verify", snapshot_id, "--read-data")
    assert verified.code == 1 and object_name in verified.err

    restored = cli("backup", "restore", snapshot_id, "--to", str(tmp_path / "restored"))
    assert restored.code == 1 and "Choose another backup" in restored.err, restored.err
    if "details:" in restored.err:  # the damage found while restoring: named after the words
        assert object_name in restored.err.split("details:", 1)[1]
    else:  # Verify already marked this backup damaged in the history: refused before reading
        assert f"Backup {snapshot_id} is damaged on" in restored.err
    assert not (tmp_path / "restored" / "contactweb.db").exists()

    # In place: refused or failed, the current vault stays exactly as it was.
    with pytest.raises(ContactWebError) as caught:
        backup.restore_backup(admin_ws, snapshot_id, in_place=True)
    # Plain words first; the damaged object is named in the details.
    assert object_name not in str(caught.value)
    assert "Choose another backup" in str(caught.value)
    assert object_name in getattr(caught.value, "details", "") or \
        f"Backup {snapshot_id} is damaged on" in str(caught.value)  # marked by Verify
    assert _vault_files(vault_dir) == before_files
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert dump_all(ws.vault.db_path, ws.raw_key())["contacts"] == contacts_before
    finally:
        ws.lock()
