"""Restore a snapshot into a vault folder, touching nothing unless everything verified.

The database is rebuilt in a temp folder inside the destination (same file system, so the
final rename is atomic), checked page by page against the authenticated manifest, then as a
whole (size, SHA-256, ``integrity_check``, ``cipher_integrity_check``). The caller's
``before_swap`` hook (re-applying erasure records) runs on the temp copy. Only then is an
existing vault moved aside as ``contactweb.db.before-restore-<timestamp>`` and the restored
one moved in.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from contactweb.i18n import _
from contactweb.sync.backup import raise_if_cancelled
from contactweb.sync.errors import BackupError, CorruptObject
from contactweb.sync.manifest import Manifest
from contactweb.sync.repository import BackupRepository
from contactweb.sync.snapshot import open_keyed
from contactweb.vault.atomic import fsync_directory

DB_FILE_NAME = "contactweb.db"
KEYSLOTS_FILE_NAME = "keyslots.json"
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def restore_snapshot(
    repository: BackupRepository,
    db_key: bytes,
    snapshot_id: str,
    dest_dir: Path,
    before_swap: Callable[[Path], None] | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    repository.transport.check_region()
    manifest = repository.read_manifest(snapshot_id)
    keyslots = repository.read_keyslots(snapshot_id)
    if hashlib.sha256(keyslots).hexdigest() != manifest.keyslots_sha256:
        raise CorruptObject(
            repository.keyslots_name(snapshot_id), "key slots copy does not match the snapshot"
        )
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(dest_dir, 0o700)  # a vault folder is owner-only, whoever made it
    temp_dir = Path(tempfile.mkdtemp(prefix=".contactweb-restore-", dir=dest_dir))
    try:
        temp_db = temp_dir / DB_FILE_NAME
        _rebuild_database(repository, manifest, temp_db, cancel)
        _check_database(temp_db, db_key, manifest, repository.manifest_name(snapshot_id))
        (temp_dir / KEYSLOTS_FILE_NAME).write_bytes(keyslots)
        raise_if_cancelled(cancel)
        if before_swap is not None:
            before_swap(temp_db)
            _fold_wal_into_file(temp_db, db_key)
        raise_if_cancelled(cancel)
        return _swap_in(temp_dir, dest_dir)
    finally:
        shutil.rmtree(temp_dir, ignore_errors=True)


def _rebuild_database(
    repository: BackupRepository, manifest: Manifest, temp_db: Path,
    cancel: threading.Event | None,
) -> None:
    with open(temp_db, "wb") as writer:
        writer.truncate(manifest.db_size)
        for pack_id, positions in manifest.positions_by_pack().items():
            raise_if_cancelled(cancel)
            pages = repository.read_pack(pack_id)  # authenticated, every page hash checked
            for position in positions:
                page = pages.get(manifest.page_ids[position])
                if page is None or len(page) != manifest.page_size:
                    raise CorruptObject(
                        repository.pack_name(pack_id),
                        f"pack lacks page {position} of snapshot {manifest.snapshot_id}",
                    )
                writer.seek(position * manifest.page_size)
                writer.write(page)
        writer.flush()
        os.fsync(writer.fileno())


def _check_database(temp_db: Path, db_key: bytes, manifest: Manifest, manifest_name: str) -> None:
    digest = hashlib.sha256()
    with open(temp_db, "rb") as reader:
        for chunk in iter(lambda: reader.read(1 << 20), b""):
            digest.update(chunk)
    if temp_db.stat().st_size != manifest.db_size or digest.hexdigest() != manifest.db_sha256:
        raise CorruptObject(manifest_name, "rebuilt database does not match the snapshot checksum")
    try:
        connection = open_keyed(temp_db, db_key)
    except BackupError as exc:
        raise CorruptObject(manifest_name, f"restored database does not open: {exc}") from exc
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        cipher_problems = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        raise CorruptObject(manifest_name, f"restored database fails integrity_check or cipher_integrity_check: {exc}") from exc
    finally:
        connection.close()
    if integrity != ["ok"]:
        raise CorruptObject(manifest_name, f"integrity_check failed: {integrity[:5]}")
    if cipher_problems:
        raise CorruptObject(manifest_name, f"cipher_integrity_check failed: {cipher_problems[:5]}")


def _fold_wal_into_file(temp_db: Path, db_key: bytes) -> None:
    """``before_swap`` may leave committed changes in a WAL next to the temp file; fold them
    into the file so that moving the file alone moves everything."""
    if not Path(f"{temp_db}-wal").exists():
        return
    connection = open_keyed(temp_db, db_key)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        connection.close()
    for suffix in _SQLITE_SIDE_FILES:
        side_file = Path(f"{temp_db}{suffix}")
        if side_file.exists() and side_file.stat().st_size == 0:
            side_file.unlink()
    if Path(f"{temp_db}-wal").exists():
        raise BackupError(_("the restored database {temp_db} is still open by another connection").format(
            temp_db=temp_db))


def _swap_in(temp_dir: Path, dest_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside_suffix = f".before-restore-{stamp}"
    counter = 1
    while any((dest_dir / f"{name}{aside_suffix}").exists() for name in (DB_FILE_NAME, KEYSLOTS_FILE_NAME)):
        counter += 1
        aside_suffix = f".before-restore-{stamp}-{counter}"
    database = dest_dir / DB_FILE_NAME
    if database.exists():
        os.replace(database, dest_dir / f"{DB_FILE_NAME}{aside_suffix}")
        # A WAL holds committed data of the old vault: keep it paired with its database.
        for suffix in _SQLITE_SIDE_FILES:
            side_file = dest_dir / f"{DB_FILE_NAME}{suffix}"
            if side_file.exists():
                os.replace(side_file, dest_dir / f"{DB_FILE_NAME}{aside_suffix}{suffix}")
    keyslots = dest_dir / KEYSLOTS_FILE_NAME
    if keyslots.exists():
        os.replace(keyslots, dest_dir / f"{KEYSLOTS_FILE_NAME}{aside_suffix}")
    # Owner-only, like every vault: the files carry the key slots and the encrypted data.
    for name in (DB_FILE_NAME, KEYSLOTS_FILE_NAME):
        os.chmod(temp_dir / name, 0o600)
    os.replace(temp_dir / DB_FILE_NAME, database)
    os.replace(temp_dir / KEYSLOTS_FILE_NAME, keyslots)
    fsync_directory(dest_dir)
    return database

