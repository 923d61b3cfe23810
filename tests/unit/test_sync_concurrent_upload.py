"""Packs upload from several threads at once, yet the commit order holds: every pack is stored
before the key slots copy, and the manifest comes last. A failed pack upload fails the run
cleanly and leaves the previous snapshot restorable."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from contactweb.sync import BackupEngine, BackupError, FolderTransport, TransportError
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.repository import BackupRepository
from tests.unit.test_sync_engine_local import count_rows, keyed, make_db

VAULT_ID = "vault-unit"
PACK_TARGET = 4096  # one page per pack: one run makes several uploads


class GatedTransport:
    """A folder transport that logs every put and holds the first pack upload until a
    second one is in flight, so a run that never overlaps uploads shows up as
    ``max_packs_in_flight == 1`` (after the gate's timeout) instead of passing by luck."""

    def __init__(self, root: Path, fail_pack_number: int | None = None) -> None:
        self._inner = FolderTransport(root)
        self._lock = threading.Condition()
        self._fail_pack_number = fail_pack_number
        self._pack_puts = 0
        self._in_flight = 0
        self._gate_open = False
        self.max_packs_in_flight = 0
        self.events: list[tuple[str, str]] = []  # ("begin" | "end" | "fail", name)
        self.stored_packs: list[str] = []

    def put(self, name: str, data: bytes) -> None:
        is_pack = "/packs/" in name
        with self._lock:
            self.events.append(("begin", name))
            if is_pack:
                self._pack_puts += 1
                number = self._pack_puts
                self._in_flight += 1
                self.max_packs_in_flight = max(self.max_packs_in_flight, self._in_flight)
                if self._in_flight >= 2:
                    self._gate_open = True
                    self._lock.notify_all()
                if not self._lock.wait_for(lambda: self._gate_open, timeout=5.0):
                    self._gate_open = True  # waited once in vain: uploads are serial
        try:
            if is_pack and number == self._fail_pack_number:
                raise TransportError(name, "upload refused by the server: simulated failure")
            self._inner.put(name, data)
        except TransportError:
            with self._lock:
                self.events.append(("fail", name))
            raise
        finally:
            if is_pack:
                with self._lock:
                    self._in_flight -= 1
        with self._lock:
            self.events.append(("end", name))
            if is_pack:
                self.stored_packs.append(name)

    def __getattr__(self, attribute: str):  # get, list, delete, describe, check_region ...
        return getattr(self._inner, attribute)


def change_every_row(db_path: Path, key: bytes) -> None:
    connection = keyed(db_path, key)
    connection.execute("UPDATE contact SET name = name || ' (moved)'")
    connection.close()


def upload_threads_alive() -> list[str]:
    return [thread.name for thread in threading.enumerate()
            if thread.name.startswith("contactweb-backup-upload")]


def test_packs_upload_concurrently_and_the_manifest_is_written_last(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    transport = GatedTransport(remote)
    engine = BackupEngine(transport, VAULT_ID, key, pack_target_size=PACK_TARGET, upload_threads=3)

    result = engine.backup(db_path, keyslots)

    assert result.packs_uploaded >= 4
    assert transport.max_packs_in_flight >= 2
    names = [name for kind, name in transport.events if kind == "begin"]
    keyslots_begin = transport.events.index(("begin", f"{VAULT_ID}/keyslots/{result.snapshot_id}.json"))
    manifest_name = f"{VAULT_ID}/manifests/{result.snapshot_id}"
    pack_ends = [index for index, (kind, name) in enumerate(transport.events)
                 if kind == "end" and "/packs/" in name]
    assert len(pack_ends) == result.packs_uploaded
    assert max(pack_ends) < keyslots_begin  # every pack stored before the key slots copy...
    assert names[-1] == manifest_name  # ...and the manifest is the very last object
    assert transport.events.index(("begin", manifest_name)) > transport.events.index(
        ("end", f"{VAULT_ID}/keyslots/{result.snapshot_id}.json"))
    repository = BackupRepository(transport, VAULT_ID, BackupKeys.from_db_key(key))
    manifest = repository.read_manifest(result.snapshot_id)
    assert set(manifest.packs) == repository.list_pack_ids()
    restored = engine.restore(None, tmp_path / "restored")
    assert restored.read_bytes() == db_path.read_bytes()
    assert upload_threads_alive() == []


def test_a_failed_pack_upload_fails_the_run_and_the_previous_snapshot_stays(tmp_path: Path) -> None:
    db_path, keyslots, key = make_db(tmp_path / "vault")
    remote = tmp_path / "remote"
    remote.mkdir()
    cache_dir = tmp_path / "cache"
    first = BackupEngine(FolderTransport(remote), VAULT_ID, key, pack_target_size=PACK_TARGET,
                         cache_dir=cache_dir).backup(db_path, keyslots)
    first_rows = count_rows(db_path, key)
    change_every_row(db_path, key)

    failing = GatedTransport(remote, fail_pack_number=3)
    engine = BackupEngine(failing, VAULT_ID, key, pack_target_size=PACK_TARGET,
                          cache_dir=cache_dir, upload_threads=3)
    with pytest.raises(TransportError) as raised:
        engine.backup(db_path, keyslots)

    assert "/packs/" in raised.value.name
    assert failing.max_packs_in_flight >= 2
    assert upload_threads_alive() == []
    begun = [name for kind, name in failing.events if kind == "begin"]
    assert not any("/manifests/" in name or "/keyslots/" in name for name in begun)
    assert [info.snapshot_id for info in engine.list_snapshots()] == [first.snapshot_id]
    assert engine.verify(read_data=True).ok
    restored = engine.restore(None, tmp_path / "restored-old")
    assert count_rows(restored, key) == first_rows
    connection = keyed(restored, key)
    assert connection.execute("SELECT count(*) FROM contact WHERE name LIKE '%(moved)'").fetchone() == (0,)
    connection.close()

    # The next run completes and reuses the packs the failed run did store.
    follow_up = BackupEngine(FolderTransport(remote), VAULT_ID, key, pack_target_size=PACK_TARGET,
                             cache_dir=cache_dir)
    finished = follow_up.backup(db_path, keyslots)
    stored_by_failed_run = {name.rsplit("/", 1)[1] for name in failing.stored_packs}
    assert stored_by_failed_run
    repository = BackupRepository(FolderTransport(remote), VAULT_ID, BackupKeys.from_db_key(key))
    assert stored_by_failed_run <= set(repository.read_manifest(finished.snapshot_id).packs)
    assert follow_up.restore(None, tmp_path / "restored-new").read_bytes() == db_path.read_bytes()


def test_upload_threads_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="upload threads"):
        BackupEngine(FolderTransport(tmp_path), VAULT_ID, bytes(32), upload_threads=0)
