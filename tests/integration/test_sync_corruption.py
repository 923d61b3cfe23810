"""Damaged backups: verify and restore name the damaged object and touch nothing locally."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from contactweb.sync import BackupEngine, CorruptObject, FolderTransport, MissingObject
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.repository import BackupRepository
from tests.support.sync_vaults import (
    SampleVault,
    change_rows,
    create_bucket,
    make_vault,
    s3_transport,
)

PACK_TARGET = 64 * 1024


@pytest.fixture(scope="module")
def backed_up(tmp_path_factory: pytest.TempPathFactory) -> tuple[SampleVault, Path, str]:
    """A vault with two snapshots in a folder store; tests damage a copy of the store."""
    base = tmp_path_factory.mktemp("backed-up")
    vault = make_vault(base / "vault", rows=1500)
    (base / "remote").mkdir()
    engine = BackupEngine(FolderTransport(base / "remote"), vault.vault_id, vault.key,
                          pack_target_size=PACK_TARGET)
    engine.backup(vault.db_path, vault.keyslots_path)
    change_rows(vault, count=40, seed=11)
    latest = engine.backup(vault.db_path, vault.keyslots_path).snapshot_id
    return vault, base / "remote", latest


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size - 100])


def swap_with_other_pack(path: Path) -> None:
    other = next(p for p in sorted(path.parent.iterdir()) if p != path)
    path.write_bytes(other.read_bytes())


def delete(path: Path) -> None:
    path.unlink()


DAMAGES: dict[str, tuple[Callable[[Path], None], type[Exception]]] = {
    "flipped byte": (flip_byte, CorruptObject),
    "truncated": (truncate, CorruptObject),
    "swapped for another pack": (swap_with_other_pack, CorruptObject),
    "deleted": (delete, MissingObject),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_pack_is_named_and_destination_untouched(
    damage: str, backed_up: tuple[SampleVault, Path, str], tmp_path: Path
) -> None:
    vault, pristine_remote, latest = backed_up
    remote = tmp_path / "remote"
    shutil.copytree(pristine_remote, remote)
    engine = BackupEngine(FolderTransport(remote), vault.vault_id, vault.key)
    repository = BackupRepository(engine.transport, vault.vault_id, BackupKeys.from_db_key(vault.key))
    manifest = repository.read_manifest(latest)
    victim = manifest.pack_of_position(manifest.page_count // 2)
    victim_name = repository.pack_name(victim)
    apply_damage, expected_error = DAMAGES[damage]
    apply_damage(remote / victim_name)

    report = engine.verify(latest, read_data=True)
    assert not report.ok
    assert victim_name in report.problem_objects()
    assert {p.object_name for p in report.problems} == {victim_name}
    if damage == "deleted":
        assert victim_name in engine.verify(latest, read_data=False).problem_objects()
    else:
        assert engine.verify(latest, read_data=False).ok  # structure alone cannot see inside

    # The destination holds another vault; a failed restore must leave it exactly as it was.
    destination = make_vault(tmp_path / "destination", rows=30, vault_id=vault.vault_id)
    before = folder_digest(destination.folder)
    with pytest.raises(expected_error) as caught:
        engine.restore(latest, destination.folder)
    assert caught.value.name == victim_name
    assert victim_name in str(caught.value)
    assert folder_digest(destination.folder) == before


def test_damaged_manifest_is_named(backed_up: tuple[SampleVault, Path, str], tmp_path: Path) -> None:
    vault, pristine_remote, latest = backed_up
    remote = tmp_path / "remote"
    shutil.copytree(pristine_remote, remote)
    engine = BackupEngine(FolderTransport(remote), vault.vault_id, vault.key)
    manifest_name = f"{vault.vault_id}/manifests/{latest}"
    flip_byte(remote / manifest_name)

    with pytest.raises(CorruptObject) as caught:
        engine.list_snapshots()
    assert caught.value.name == manifest_name
    assert [info.snapshot_id for info in engine.list_snapshots(skip_damaged=True)] != [latest]
    assert manifest_name in engine.verify().problem_objects()
    destination = tmp_path / "destination"
    with pytest.raises(CorruptObject):
        engine.restore(latest, destination)
    assert not destination.exists() or not any(destination.iterdir())
    # The older snapshot is still intact, and the newest readable one is chosen by default.
    restored = engine.restore(None, destination)
    assert restored.exists()


def test_swapped_keyslots_or_manifest_from_another_snapshot(
    backed_up: tuple[SampleVault, Path, str], tmp_path: Path
) -> None:
    vault, pristine_remote, latest = backed_up
    remote = tmp_path / "remote"
    shutil.copytree(pristine_remote, remote)
    engine = BackupEngine(FolderTransport(remote), vault.vault_id, vault.key)
    older = next(info.snapshot_id for info in engine.list_snapshots() if info.snapshot_id != latest)
    manifests = remote / vault.vault_id / "manifests"
    (manifests / older).write_bytes((manifests / latest).read_bytes())
    assert f"{vault.vault_id}/manifests/{older}" in engine.verify().problem_objects()

    keyslots = remote / vault.vault_id / "keyslots" / f"{latest}.json"
    keyslots.write_text(json.dumps({"vault_id": vault.vault_id, "slots": ["tampered"]}))
    with pytest.raises(CorruptObject) as caught:
        engine.restore(latest, tmp_path / "destination")
    assert caught.value.name == f"{vault.vault_id}/keyslots/{latest}.json"


def test_wrong_key_cannot_read_the_backup(backed_up: tuple[SampleVault, Path, str]) -> None:
    vault, remote, latest = backed_up
    engine = BackupEngine(FolderTransport(remote), vault.vault_id, bytes(32))
    with pytest.raises(CorruptObject) as caught:
        engine.list_snapshots()
    assert "manifests" in caught.value.name


def test_damaged_pack_on_s3_is_named(tmp_path: Path) -> None:
    transport = s3_transport(create_bucket("us-west-1"), region="us-west-1")
    vault = make_vault(tmp_path / "vault", rows=600)
    engine = BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=PACK_TARGET)
    latest = engine.backup(vault.db_path, vault.keyslots_path).snapshot_id
    pack_name = transport.list(f"{vault.vault_id}/packs/")[0]
    data = bytearray(transport.get(pack_name))
    data[-1] ^= 0x80
    transport.put(pack_name, bytes(data))
    assert pack_name in engine.verify(read_data=True).problem_objects()
    with pytest.raises(CorruptObject) as caught:
        engine.restore(latest, tmp_path / "destination")
    assert caught.value.name == pack_name
