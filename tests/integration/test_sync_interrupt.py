"""Connection drops at random points of a backup, through a real TCP proxy in front of S3.

After every cut the newest snapshot on the server must still verify and restore, and the
next run must complete; orphan packs of cut runs are reused or pruned.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from contactweb.sync import BackupEngine, TransportError
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.repository import BackupRepository
from tests.support.sync_vaults import (
    CuttingProxy,
    change_rows,
    connect_keyed,
    create_bucket,
    make_vault,
    moto_endpoint,
    read_rows,
    s3_transport,
)

ROUNDS = 50
PACK_TARGET = 32 * 1024  # small packs, so one run makes several uploads to cut between


def test_connection_cut_at_random_points(tmp_path: Path) -> None:
    host, port = moto_endpoint().removeprefix("http://").split(":")
    proxy = CuttingProxy(host, int(port))
    bucket = create_bucket("us-east-1")
    cut_transport = s3_transport(bucket, endpoint=proxy.endpoint, region="us-east-1",
                                 max_attempts=1, connect_timeout=2.0, read_timeout=10.0)
    direct_transport = s3_transport(bucket, region="us-east-1")
    vault = make_vault(tmp_path / "vault", rows=800)
    cache_dir = tmp_path / "cache"

    def engine(transport, use_cache: bool) -> BackupEngine:
        return BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=PACK_TARGET,
                            cache_dir=cache_dir if use_cache else None)

    engine(direct_transport, True).backup(vault.db_path, vault.keyslots_path)
    # Calibrate: the bytes one incremental run moves through the proxy.
    change_rows(vault, count=30, seed=-1)
    proxy.arm(None)
    engine(cut_transport, True).backup(vault.db_path, vault.keyslots_path)
    run_bytes = proxy.bytes_forwarded

    rng = random.Random(8086)
    outcomes: Counter[str] = Counter()
    try:
        for round_number in range(ROUNDS):
            previous_rows = vault.rows()
            change_rows(vault, count=rng.randint(3, 30), seed=round_number)
            current_rows = vault.rows()
            use_cache = round_number % 2 == 0
            proxy.arm(rng.randint(0, int(run_bytes * 1.2)))
            try:
                engine(cut_transport, use_cache).backup(vault.db_path, vault.keyslots_path)
                outcomes["completed"] += 1
            except TransportError as exc:
                assert exc.name  # the error names the object or bucket it was about
                outcomes["cut"] += 1
            proxy.arm(None)

            checker = engine(direct_transport, use_cache)
            newest = checker.latest_snapshot_id()
            # Restore downloads and checks every page; a full verify also runs now and then.
            report = checker.verify(newest, read_data=round_number % 5 == 0)
            assert report.ok, (round_number, report.problems)
            restored = checker.restore(newest, tmp_path / f"restored-{round_number}")
            restored_rows = read_rows(restored, vault.key)
            assert restored_rows in (previous_rows, current_rows)
            outcomes["newest is this run" if restored_rows == current_rows else "newest is older"] += 1
            connection = connect_keyed(restored, vault.key)
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            connection.close()

            follow_up = checker.backup(vault.db_path, vault.keyslots_path)
            assert follow_up.pages_uploaded < follow_up.pages_total  # reuses what is stored
            if round_number % 10 == 9:  # keeps the store small, and prunes around orphans
                pruned = checker.prune(keep_last=2)
                assert len(pruned.snapshots_kept) == 2
    finally:
        proxy.close()
    assert outcomes["cut"] >= ROUNDS // 2, outcomes
    assert outcomes["newest is this run"] and outcomes["newest is older"], outcomes

    final = engine(direct_transport, True)
    final_db = final.restore(None, tmp_path / "final")
    assert read_rows(final_db, vault.key) == vault.rows()
    assert final.verify(read_data=True).ok

    # Orphan packs of cut runs are unreferenced; prune removes them.
    repository = BackupRepository(direct_transport, vault.vault_id, BackupKeys.from_db_key(vault.key))
    final.prune(keep_last=2)
    referenced = {pack for sid in repository.list_snapshot_ids() for pack in repository.read_manifest(sid).packs}
    assert repository.list_pack_ids() == referenced
    assert final.verify(read_data=True).ok
