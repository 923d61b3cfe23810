"""Backup and restore through real transports: a moto S3 server over HTTP and a folder."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from contactweb.sync import (
    BackupEngine,
    FolderTransport,
    Transport,
    list_remote_vaults,
    read_remote_keyslots,
)
from contactweb.sync.restore import DB_FILE_NAME, KEYSLOTS_FILE_NAME
from tests.support.sync_vaults import (
    PLAINTEXT_MARKER,
    change_rows,
    connect_keyed,
    create_bucket,
    make_vault,
    page_set,
    read_rows,
    s3_transport,
)


@pytest.fixture(params=["s3", "folder"])
def transport(request: pytest.FixtureRequest, tmp_path: Path) -> Transport:
    if request.param == "s3":
        return s3_transport(create_bucket("us-west-2"))
    remote = tmp_path / "remote"
    remote.mkdir()
    return FolderTransport(remote)


def all_objects(transport: Transport) -> dict[str, bytes]:
    return {name: transport.get(name) for name in transport.list("")}


def test_round_trip_and_incremental(transport: Transport, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", rows=3000)
    engine = BackupEngine(transport, vault.vault_id, vault.key, cache_dir=tmp_path / "cache",
                          pack_target_size=256 * 1024)
    progress: list[tuple[int, int]] = []
    first = engine.backup(vault.db_path, vault.keyslots_path, progress=lambda d, t: progress.append((d, t)))
    assert first.pages_uploaded == first.pages_total == vault.db_path.stat().st_size // 4096
    assert first.packs_uploaded >= 2
    assert progress[-1] == (first.pages_total, first.pages_total)
    rows_at_first = vault.rows()
    bytes_at_first = vault.db_path.read_bytes()

    change_rows(vault, count=5, seed=7)
    second = engine.backup(vault.db_path, vault.keyslots_path)
    rows_at_second = vault.rows()

    # Restore both snapshots into fresh folders: byte-identical files, identical rows.
    first_db = engine.restore(first.snapshot_id, tmp_path / "restored-1")
    second_db = engine.restore(second.snapshot_id, tmp_path / "restored-2")
    assert first_db.read_bytes() == bytes_at_first
    assert second_db.read_bytes() == vault.db_path.read_bytes()
    assert read_rows(first_db, vault.key) == rows_at_first
    assert read_rows(second_db, vault.key) == rows_at_second
    assert rows_at_first != rows_at_second
    assert (first_db.parent / KEYSLOTS_FILE_NAME).read_bytes() == vault.keyslots_path.read_bytes()

    # The incremental run uploads the changed pages, not the database.
    changed_pages = page_set(second_db) - page_set(first_db)
    changed_bytes = len(changed_pages) * 4096
    assert 0 < len(changed_pages) <= 10
    assert second.pages_uploaded == len(changed_pages)
    assert second.bytes_uploaded <= 1.5 * changed_bytes + second.manifest_bytes + second.keyslots_bytes
    assert second.bytes_uploaded < first.bytes_uploaded / 5

    assert [info.snapshot_id for info in engine.list_snapshots()] == [first.snapshot_id, second.snapshot_id]
    report = engine.verify(read_data=True)
    assert report.ok, report.problems
    assert report.snapshots_checked == [first.snapshot_id, second.snapshot_id]
    assert report.pages_checked == first.pages_total + second.pages_uploaded


def test_no_uploaded_object_reveals_plaintext_or_key(transport: Transport, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", rows=500)
    assert PLAINTEXT_MARKER.encode() in b"".join(str(row).encode() for row in vault.rows())
    engine = BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=64 * 1024)
    engine.backup(vault.db_path, vault.keyslots_path)
    change_rows(vault, count=3, seed=3)
    engine.backup(vault.db_path, vault.keyslots_path)
    objects = all_objects(transport)
    assert any("/packs/" in name for name in objects) and any("/manifests/" in name for name in objects)
    forbidden = [PLAINTEXT_MARKER.encode(), vault.key, vault.key.hex().encode(), vault.key.hex().upper().encode(),
                 b"example.com", b"CREATE TABLE"]
    for name, data in objects.items():
        for needle in forbidden:
            assert needle not in data, f"{name} contains {needle[:12]!r}"
        # Names say only vault, kind and a random or time-based id.
        assert name.split("/")[0] == vault.vault_id
        assert name.split("/")[1] in {"packs", "manifests", "keyslots"}


def test_restore_keeps_an_existing_vault_aside(transport: Transport, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", rows=300)
    engine = BackupEngine(transport, vault.vault_id, vault.key)
    result = engine.backup(vault.db_path, vault.keyslots_path)
    snapshot_bytes = vault.db_path.read_bytes()
    change_rows(vault, count=20, seed=5)
    connection = vault.connect()  # leave changes in the WAL: they belong to the old vault
    connection.execute("UPDATE contact SET company = 'wal only' WHERE id = 2")
    newer_rows = vault.rows()
    wal_path = Path(f"{vault.db_path}-wal")
    wal_before = wal_path.read_bytes()
    connection.close()  # the vault must be locked (closed) while restoring
    wal_path.write_bytes(wal_before)  # as if the program had crashed with a WAL in place

    erased: list[Path] = []

    def reapply_erasures(temp_db: Path) -> None:
        erased.append(temp_db)
        con = connect_keyed(temp_db, vault.key)
        con.execute("DELETE FROM contact WHERE id = 3")
        con.close()

    restored = engine.restore(result.snapshot_id, vault.folder, before_swap=reapply_erasures)
    assert restored == vault.db_path
    assert erased and erased[0] != restored
    assert not wal_path.exists()  # the hook's change is inside the swapped-in file
    assert restored.read_bytes() != snapshot_bytes
    restored_ids = [row[0] for row in read_rows(restored, vault.key)]
    assert 3 not in restored_ids and len(restored_ids) == 299
    aside = [p for p in vault.folder.iterdir() if p.name.startswith(f"{DB_FILE_NAME}.before-restore-")]
    aside_db = next(p for p in aside if not p.name.endswith(("-wal", "-shm")))
    assert Path(f"{aside_db}-wal").read_bytes() == wal_before
    assert read_rows(aside_db, vault.key) == newer_rows
    assert (vault.folder / f"{KEYSLOTS_FILE_NAME}{aside_db.name.removeprefix(DB_FILE_NAME)}").exists()
    assert not [p for p in vault.folder.iterdir() if p.name.startswith(".contactweb-restore-")]


def test_backup_while_another_thread_writes(tmp_path: Path) -> None:
    transport = s3_transport(create_bucket("us-east-2"))
    vault = make_vault(tmp_path / "vault", rows=2000)
    connection = vault.connect()
    connection.execute("CREATE TABLE email (contact_id INTEGER, address TEXT)")
    connection.close()
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        con = vault.connect()
        number = 0
        while not stop.is_set():
            # One contact plus exactly two e-mail rows per transaction.
            con.execute("BEGIN IMMEDIATE")
            cursor = con.execute("INSERT INTO contact (first_name, notes) VALUES ('w', ?)", ("n" * 300,))
            con.executemany("INSERT INTO email VALUES (?, ?)", [(cursor.lastrowid, "a"), (cursor.lastrowid, "b")])
            con.execute("COMMIT")
            number += 1
            written.append(number)
            stop.wait(0.002)
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        engine = BackupEngine(transport, vault.vault_id, vault.key, pack_target_size=128 * 1024)
        result = engine.backup(vault.db_path, vault.keyslots_path)
        count_after_backup = len(written)
    finally:
        stop.set()
        thread.join()
    restored = engine.restore(result.snapshot_id, tmp_path / "restored")
    con = connect_keyed(restored, vault.key)
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert con.execute("PRAGMA cipher_integrity_check").fetchall() == []
    written_rows = con.execute("SELECT count(*) FROM contact WHERE first_name = 'w'").fetchone()[0]
    assert 20 <= written_rows <= count_after_backup
    # Transactions are whole: every contact written by the thread has both e-mail rows.
    assert con.execute("SELECT count(*) FROM email").fetchone()[0] == 2 * written_rows
    con.close()


def test_new_machine_finds_vault_and_key_slots(transport: Transport, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", rows=200, vault_id="office-vault")
    other = make_vault(tmp_path / "other", rows=50, vault_id="home-vault")
    engine = BackupEngine(transport, vault.vault_id, vault.key)
    engine.backup(vault.db_path, vault.keyslots_path)
    BackupEngine(transport, other.vault_id, other.key).backup(other.db_path, other.keyslots_path)
    old_keyslots = vault.keyslots_path.read_bytes()
    vault.keyslots_path.write_text('{"vault_id": "office-vault", "slots": ["changed password"]}')
    newest = engine.backup(vault.db_path, vault.keyslots_path)

    # On the new machine: only the transport settings, then the key unwrapped by the caller.
    assert list_remote_vaults(transport) == ["home-vault", "office-vault"]
    assert read_remote_keyslots(transport, "office-vault") == vault.keyslots_path.read_bytes()
    oldest = engine.list_snapshots()[0].snapshot_id
    assert read_remote_keyslots(transport, "office-vault", oldest) == old_keyslots
    fresh_engine = BackupEngine(transport, "office-vault", vault.key)
    restored = fresh_engine.restore(None, tmp_path / "new-machine")
    assert read_rows(restored, vault.key) == vault.rows()
    assert (restored.parent / KEYSLOTS_FILE_NAME).read_bytes() == vault.keyslots_path.read_bytes()
    assert fresh_engine.latest_snapshot_id() == newest.snapshot_id
