"""Retention: prune keeps what the policy says, the rest still restores, orphans go away."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from contactweb.sync import BackupEngine, Transport
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.pack import PackBuilder, new_pack_id
from contactweb.sync.repository import BackupRepository
from tests.support.sync_vaults import (
    change_rows,
    create_bucket,
    make_vault,
    read_rows,
    s3_transport,
)


def referenced_packs(repository: BackupRepository) -> set[str]:
    return {pack for sid in repository.list_snapshot_ids() for pack in repository.read_manifest(sid).packs}


def stored_bytes(transport: Transport, prefix: str) -> int:
    return sum(len(transport.get(name)) for name in transport.list(prefix))


def test_prune_follows_retention_and_survivors_restore(tmp_path: Path) -> None:
    transport = s3_transport(create_bucket("us-west-2"))
    vault = make_vault(tmp_path / "vault", rows=1200)
    times = {
        "week9-early": datetime(2024, 3, 1, 9, tzinfo=UTC),
        "week9-late": datetime(2024, 3, 1, 17, tzinfo=UTC),
        "week10-monday": datetime(2024, 3, 4, 10, tzinfo=UTC),
        "week10-tuesday-early": datetime(2024, 3, 5, 10, tzinfo=UTC),
        "week10-tuesday-late": datetime(2024, 3, 5, 18, tzinfo=UTC),
        "week11": datetime(2024, 3, 12, 8, tzinfo=UTC),
    }
    snapshot_of: dict[str, str] = {}
    rows_of: dict[str, list[tuple]] = {}
    for number, (label, moment) in enumerate(times.items()):
        engine = BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=64 * 1024,
                              cache_dir=tmp_path / "cache", clock=lambda moment=moment: moment)
        change_rows(vault, count=60, seed=number)
        snapshot_of[label] = engine.backup(vault.db_path, vault.keyslots_path).snapshot_id
        rows_of[label] = vault.rows()

    repository = BackupRepository(transport, vault.vault_id, BackupKeys.from_db_key(vault.key))
    # Leftovers of an interrupted run: a pack and a key slots copy with no manifest.
    orphan = PackBuilder()
    orphan.add(b"\x01" * 32, b"\x02" * 4096)
    orphan_pack = new_pack_id()
    repository.write_pack(orphan_pack, orphan)
    orphan_keyslots = "20240313T000000000000Z-0badf00d"
    repository.write_keyslots(orphan_keyslots, vault.keyslots_path.read_bytes())
    packs_before = repository.list_pack_ids()
    bytes_before = stored_bytes(transport, f"{vault.vault_id}/packs/")

    result = engine.prune(keep_last=1, keep_daily=2, keep_weekly=3)

    # last 1: week11; daily 2: 03-12 and 03-05 (its newest); weekly 3: weeks 11, 10, 9.
    expected = {"week11", "week10-tuesday-late", "week9-late"}
    assert set(result.snapshots_kept) == {snapshot_of[label] for label in expected}
    assert set(result.snapshots_removed) == {snapshot_of[label] for label in times if label not in expected}
    assert [info.snapshot_id for info in engine.list_snapshots()] == sorted(result.snapshots_kept)
    assert repository.list_keyslot_ids() == set(result.snapshots_kept)
    assert orphan_pack not in repository.list_pack_ids()
    assert repository.list_pack_ids() == referenced_packs(repository)
    assert result.packs_deleted >= 1 and repository.list_pack_ids() != packs_before
    assert stored_bytes(transport, f"{vault.vault_id}/packs/") < bytes_before

    assert engine.verify(read_data=True).ok
    for label in expected:
        restored = engine.restore(snapshot_of[label], tmp_path / f"restored-{label}")
        assert read_rows(restored, vault.key) == rows_of[label]

    # The next backup after a prune rebuilds its page index and still dedupes.
    after = BackupEngine(transport, vault.vault_id, vault.key, cache_dir=tmp_path / "cache").backup(
        vault.db_path, vault.keyslots_path
    )
    assert after.pages_uploaded == 0


def test_prune_repacks_mostly_unused_packs(tmp_path: Path) -> None:
    transport = s3_transport(create_bucket("us-east-2"))
    vault = make_vault(tmp_path / "vault", rows=1500)
    engine = BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=64 * 1024)
    engine.backup(vault.db_path, vault.keyslots_path)
    change_rows(vault, count=300, seed=99)  # most table pages change, the e-mail index does not
    latest = engine.backup(vault.db_path, vault.keyslots_path)
    repository = BackupRepository(transport, vault.vault_id, BackupKeys.from_db_key(vault.key))
    manifest_before = repository.read_manifest(latest.snapshot_id)
    bytes_before = stored_bytes(transport, f"{vault.vault_id}/packs/")

    result = engine.prune(keep_last=1)

    assert result.snapshots_kept == [latest.snapshot_id]
    assert result.packs_repacked >= 1 and result.packs_uploaded >= 1
    manifest_after = repository.read_manifest(latest.snapshot_id)
    assert manifest_after.page_ids == manifest_before.page_ids
    assert set(manifest_after.packs) != set(manifest_before.packs)
    assert repository.list_pack_ids() == set(manifest_after.packs)
    assert stored_bytes(transport, f"{vault.vault_id}/packs/") < bytes_before
    assert engine.verify(read_data=True).ok
    restored = engine.restore(latest.snapshot_id, tmp_path / "restored")
    assert read_rows(restored, vault.key) == vault.rows()
