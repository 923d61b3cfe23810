"""A consistent copy of a live SQLCipher database file, taken while other connections write.

The WAL is checkpointed first. Then, holding the write lock (``BEGIN IMMEDIATE``) so no one
can commit, a second connection checkpoints passively and must report every WAL frame copied
back: only then is the main file exactly the latest committed state. The file is copied to a
private temp file and the lock released at once; hashing and uploading work on the copy.
SQLCipher rewrites only the pages a transaction touches, so unchanged pages stay identical
between snapshots and dedupe.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from contactweb.sync.errors import BackupError

_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class DatabaseCopy:
    path: Path
    page_size: int
    page_count: int
    sha256: str
    keyslots: bytes

    @property
    def size(self) -> int:
        return self.page_size * self.page_count


def open_keyed(db_path: Path, db_key: bytes, busy_timeout_s: float = 30.0) -> sqlcipher3.Connection:
    """A connection with the raw key applied; read sqlite_master so a wrong key fails here."""
    if not db_path.is_file():
        raise BackupError(f"database {db_path} does not exist")
    connection = sqlcipher3.connect(str(db_path), timeout=busy_timeout_s, isolation_level=None)
    try:
        connection.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise BackupError(f"cannot open {db_path} with this key: {exc}") from exc
    return connection


def copy_database(
    db_path: Path,
    db_key: bytes,
    keyslots_path: Path,
    work_dir: Path,
    busy_timeout_s: float = 30.0,
    attempts: int = 100,
) -> DatabaseCopy:
    db_path, keyslots_path = Path(db_path), Path(keyslots_path)
    target = Path(work_dir) / "snapshot.db"
    lock_connection = open_keyed(db_path, db_key, busy_timeout_s)
    checkpoint_connection = open_keyed(db_path, db_key, busy_timeout_s)
    try:
        try:
            # Keep the WAL short; a busy result is fine, the passive check below decides, so
            # do not wait long for readers here.
            checkpoint_connection.execute("PRAGMA busy_timeout = 1000")
            checkpoint_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlcipher3.OperationalError:
            pass
        for attempt in range(attempts):
            copy = _copy_under_write_lock(
                lock_connection, checkpoint_connection, db_path, keyslots_path, target
            )
            if copy is not None:
                return copy
            # A reader pinned to an older state kept some frames in the WAL: let it finish.
            time.sleep(min(0.01 * (attempt + 1), 0.2))
        raise BackupError(
            f"database {db_path} stayed busy: other connections kept the WAL from being "
            "checkpointed; try again when the vault is idle"
        )
    except sqlcipher3.OperationalError as exc:
        raise BackupError(f"database {db_path} is locked by another writer: {exc}") from exc
    finally:
        lock_connection.close()
        checkpoint_connection.close()


def _copy_under_write_lock(
    lock_connection: sqlcipher3.Connection,
    checkpoint_connection: sqlcipher3.Connection,
    db_path: Path,
    keyslots_path: Path,
    target: Path,
) -> DatabaseCopy | None:
    lock_connection.execute("BEGIN IMMEDIATE")
    try:
        page_size = int(lock_connection.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(lock_connection.execute("PRAGMA page_count").fetchone()[0])
        try:
            busy, wal_frames, copied_frames = checkpoint_connection.execute(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
        except sqlcipher3.OperationalError:
            return None
        if busy or copied_frames < wal_frames:
            return None
        sha256 = _copy_prefix(db_path, target, page_size * page_count)
        try:
            keyslots = keyslots_path.read_bytes()
        except OSError as exc:
            raise BackupError(f"cannot read key slots {keyslots_path}: {exc}") from exc
    finally:
        lock_connection.execute("ROLLBACK")
    return DatabaseCopy(target, page_size, page_count, sha256, keyslots)


def _copy_prefix(source: Path, target: Path, length: int) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as reader, open(target, "wb") as writer:
        remaining = length
        while remaining:
            chunk = reader.read(min(_COPY_CHUNK, remaining))
            if not chunk:
                raise BackupError(f"database {source} is shorter than its page count says")
            digest.update(chunk)
            writer.write(chunk)
            remaining -= len(chunk)
    return digest.hexdigest()
