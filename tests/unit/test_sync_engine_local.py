"""Engine behaviour against a local folder: snapshot consistency, cache, cancel, bad input."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
import sqlcipher3

from contactweb.sync import (
    BackupCancelled,
    BackupEngine,
    BackupError,
    CorruptObject,
    FolderTransport,
)
from contactweb.sync.snapshot import copy_database

ROWS = 400


def make_db(folder: Path, vault_id: str = "vault-unit") -> tuple[Path, Path, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    key = os.urandom(32)
    db_path = folder / "contactweb.db"
    connection = keyed(db_path, key)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT, email TEXT)")
    connection.executemany(
        "INSERT INTO contact (name, email) VALUES (?, ?)",
        [(f"Person {n}", f"person{n}@example.com") for n in range(ROWS)],
    )
    connection.close()
    keyslots = folder / "keyslots.json"
    keyslots.write_text(json.dumps({"vault_id": vault_id, "slots": []}))
    return db_path, keyslots, key


def keyed(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(db_path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def count_rows(db_path: Path, key: bytes) -> int:
    connection = keyed(db_path, key)
    try:
        return connection.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        connection.close()


def test_copy_includes_changes_still_in_the_wal(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    reader = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    reader.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contact").fetchone()  # pins the older state...
    writer = keyed(db_path, key)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # ...while this change stays in the WAL
    writer.execute("INSERT INTO contact (name) VALUES ('only in wal')")
    release = threading.Timer(0.3, lambda: reader.execute("ROLLBACK"))
    release.start()  # the copy must wait for the reader, then include the change
    (tmp_path / "work").mkdir()
    copy = copy_database(db_path, key, keyslots, tmp_path / "work")
    release.join()
    writer.close()
    reader.close()
    assert count_rows(copy.path, key) == ROWS + 1
    assert copy.keyslots == keyslots.read_bytes()


def test_bad_inputs_change_nothing(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    engine = BackupEngine(FolderTransport(remote), "vault-unit", key)
    with pytest.raises(BackupError, match="does not exist"):
        engine.backup(tmp_path / "vault" / "absent.db", keyslots)
    assert not (tmp_path / "vault" / "absent.db").exists()
    with pytest.raises(BackupError, match="key"):
        BackupEngine(FolderTransport(remote), "vault-unit", os.urandom(32)).backup(db_path, keyslots)
    other_keyslots = tmp_path / "other.json"
    other_keyslots.write_text(json.dumps({"vault_id": "someone-else"}))
    with pytest.raises(BackupError, match="someone-else"):
        engine.backup(db_path, other_keyslots)
    other_keyslots.write_text("not json")
    with pytest.raises(BackupError):
        engine.backup(db_path, other_keyslots)
    with pytest.raises(BackupError):
        BackupEngine(FolderTransport(remote), "../evil", key)
    with pytest.raises(BackupError):
        engine.restore("not-a-snapshot-id", tmp_path / "dest")
    assert list(remote.iterdir()) == []


def test_cancel_leaves_previous_snapshots_and_next_run_completes(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    engine = BackupEngine(FolderTransport(remote), "vault-unit", key, pack_target_size=8192,
                          cache_dir=tmp_path / "cache")
    first = engine.backup(db_path, keyslots)
    connection = keyed(db_path, key)
    connection.execute("UPDATE contact SET name = 'changed'")
    connection.close()
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:
            cancel.set()

    with pytest.raises(BackupCancelled):
        engine.backup(db_path, keyslots, progress=progress, cancel=cancel)
    assert [info.snapshot_id for info in engine.list_snapshots()] == [first.snapshot_id]
    orphan_packs = set((remote / "vault-unit" / "packs").iterdir())
    finished = engine.backup(db_path, keyslots)
    # Packs stored before the cancel are reused through the cache, not uploaded again.
    assert finished.pages_uploaded < finished.pages_total
    assert orphan_packs <= set((remote / "vault-unit" / "packs").iterdir())
    assert engine.verify(read_data=True).ok
    restored = engine.restore(None, tmp_path / "restored")
    assert count_rows(restored, key) == ROWS


def test_lost_or_damaged_cache_is_rebuilt_from_manifests(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    cache_dir = tmp_path / "cache"
    BackupEngine(FolderTransport(remote), "vault-unit", key, cache_dir=cache_dir).backup(db_path, keyslots)
    cache_file = next(cache_dir.iterdir())
    for damage in (lambda: cache_file.write_bytes(b"garbage"), cache_file.unlink):
        damage()
        again = BackupEngine(FolderTransport(remote), "vault-unit", key, cache_dir=cache_dir).backup(
            db_path, keyslots
        )
        assert again.pages_uploaded == 0 and again.packs_uploaded == 0
    assert b"vault-unit" not in cache_file.read_bytes() and key not in cache_file.read_bytes()


def test_rollback_journal_database_round_trips(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    connection = keyed(db_path, key)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("DELETE FROM contact WHERE id % 2 = 0")
    connection.close()
    remote = tmp_path / "remote"
    remote.mkdir()
    engine = BackupEngine(FolderTransport(remote), "vault-unit", key)
    result = engine.backup(db_path, keyslots)
    restored = engine.restore(result.snapshot_id, tmp_path / "restored")
    assert restored.read_bytes() == db_path.read_bytes()
    assert count_rows(restored, key) == ROWS // 2


def test_restore_refuses_a_database_that_fails_its_checks(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    data = bytearray(db_path.read_bytes())
    data[3 * 4096 + 1000] ^= 0xFF  # damage inside one encrypted page of the live vault
    db_path.write_bytes(bytes(data))
    remote = tmp_path / "remote"
    remote.mkdir()
    engine = BackupEngine(FolderTransport(remote), "vault-unit", key)
    result = engine.backup(db_path, keyslots)  # pages are copied as they are
    destination = tmp_path / "destination"
    with pytest.raises(CorruptObject) as caught:
        engine.restore(result.snapshot_id, destination)
    assert caught.value.name == f"vault-unit/manifests/{result.snapshot_id}"
    assert "integrity" in str(caught.value)
    assert list(destination.iterdir()) == []


def test_failing_before_swap_hook_leaves_the_destination_untouched(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    engine = BackupEngine(FolderTransport(remote), "vault-unit", key)
    result = engine.backup(db_path, keyslots)
    existing, _, _ = make_db(tmp_path / "destination")
    before = existing.read_bytes()

    def failing_hook(temp_db: Path) -> None:
        raise RuntimeError("erasure records could not be applied")

    with pytest.raises(RuntimeError):
        engine.restore(result.snapshot_id, existing.parent, before_swap=failing_hook)
    assert existing.read_bytes() == before
    assert sorted(p.name for p in existing.parent.iterdir()) == ["contactweb.db", "keyslots.json"]
