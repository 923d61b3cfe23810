"""A consistent copy of a live SQLCipher database file, taken while other connections write.

The WAL is checkpointed first. Then, holding the write lock (``BEGIN IMMEDIATE``) so no one
can commit, a second connection checkpoints passively and must report every WAL frame copied
back: only then is the main file exactly the latest committed state. The file is copied to a
private temp file and the lock released at once; hashing and uploading work on the copy.
SQLCipher rewrites only the pages a transaction touches, so unchanged pages stay identical
between snapshots and dedupe.

``BackgroundCopy`` runs the same copy on a helper thread and lets the backup read the copy
while it grows, so naming and packing the first pages overlaps with copying the rest.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from contactweb.i18n import _
from contactweb.sync.errors import BackupCancelled, BackupError

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


@dataclass(frozen=True)
class CopyLayout:
    """What is known once the write lock is held, before the pages are copied."""

    page_size: int
    page_count: int
    keyslots: bytes


def open_keyed(db_path: Path, db_key: bytes, busy_timeout_s: float = 30.0) -> sqlcipher3.Connection:
    """A connection with the raw key applied; read sqlite_master so a wrong key fails here."""
    if not db_path.is_file():
        raise BackupError(_("database {db_path} does not exist").format(db_path=db_path))
    connection = sqlcipher3.connect(str(db_path), timeout=busy_timeout_s, isolation_level=None)
    try:
        # SQLCipher's own log lines would reach stderr beside the clear message of a failure.
        connection.execute("PRAGMA cipher_log_level = NONE").fetchall()
        connection.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        connection.close()
        raise BackupError(_("cannot open {db_path} with this key: {exc}").format(
            db_path=db_path, exc=exc)) from exc
    return connection


def copy_database(
    db_path: Path,
    db_key: bytes,
    keyslots_path: Path,
    work_dir: Path,
    busy_timeout_s: float = 30.0,
    attempts: int = 100,
    on_layout: Callable[[CopyLayout], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> DatabaseCopy:
    """Copy the database into ``work_dir``/snapshot.db. ``on_layout`` hears the layout under
    the lock before the copy starts; ``on_progress(bytes_copied)`` after each chunk, once it
    is readable in the target (it may raise to stop: the lock is released)."""
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
                lock_connection, checkpoint_connection, db_path, keyslots_path, target,
                on_layout, on_progress,
            )
            if copy is not None:
                return copy
            # A reader pinned to an older state kept some frames in the WAL: let it finish.
            time.sleep(min(0.01 * (attempt + 1), 0.2))
        raise BackupError(
            _("database {db_path} stayed busy: other connections kept the WAL from being "
              "checkpointed; try again when the vault is idle").format(db_path=db_path)
        )
    except sqlcipher3.OperationalError as exc:
        raise BackupError(_("database {db_path} is locked by another writer: {exc}").format(
            db_path=db_path, exc=exc)) from exc
    finally:
        lock_connection.close()
        checkpoint_connection.close()


def _copy_under_write_lock(
    lock_connection: sqlcipher3.Connection,
    checkpoint_connection: sqlcipher3.Connection,
    db_path: Path,
    keyslots_path: Path,
    target: Path,
    on_layout: Callable[[CopyLayout], None] | None,
    on_progress: Callable[[int], None] | None,
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
        try:
            keyslots = keyslots_path.read_bytes()
        except OSError as exc:
            raise BackupError(_("cannot read key slots {keyslots_path}: {exc}").format(
                keyslots_path=keyslots_path, exc=exc)) from exc
        if on_layout is not None:
            on_layout(CopyLayout(page_size, page_count, keyslots))
        sha256 = _copy_prefix(db_path, target, page_size * page_count, on_progress)
    finally:
        lock_connection.execute("ROLLBACK")
    return DatabaseCopy(target, page_size, page_count, sha256, keyslots)


def _copy_prefix(
    source: Path, target: Path, length: int, on_progress: Callable[[int], None] | None
) -> str:
    digest = hashlib.sha256()
    copied = 0
    with open(source, "rb") as reader, open(target, "wb") as writer:
        while copied < length:
            chunk = reader.read(min(_COPY_CHUNK, length - copied))
            if not chunk:
                raise BackupError(_("database {source} is shorter than its page count says").format(
                    source=source))
            digest.update(chunk)
            writer.write(chunk)
            copied += len(chunk)
            if on_progress is not None:
                writer.flush()  # readable by the backup from here on
                on_progress(copied)
    return digest.hexdigest()


class BackgroundCopy:
    """``copy_database`` on a helper thread, readable while it grows.

    The helper holds the write lock for the copy alone, as before; meanwhile the backup
    reads the pages already copied. Errors of the copy are raised to the reader."""

    def __init__(self, db_path: Path, db_key: bytes, keyslots_path: Path, work_dir: Path) -> None:
        self.path = Path(work_dir) / "snapshot.db"
        self._changed = threading.Condition()
        self._layout: CopyLayout | None = None
        self._copied = 0
        self._copy: DatabaseCopy | None = None
        self._error: BaseException | None = None
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, args=(Path(db_path), db_key, Path(keyslots_path), Path(work_dir)),
            name="contactweb-backup-copy", daemon=True,
        )
        self._thread.start()

    def layout(self) -> CopyLayout:
        """Wait until the lock is held; raise the copy's error if it failed before."""
        with self._changed:
            self._changed.wait_for(lambda: self._layout is not None or self._error is not None)
            if self._layout is None:
                raise self._failure()
            return self._layout

    def wait_until_copied(self, length: int) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._copied >= length or self._error is not None)
            if self._copied < length:
                raise self._failure()

    def result(self) -> DatabaseCopy:
        """The finished copy (with its SHA-256), once the lock is released."""
        self._thread.join()
        if self._copy is None:
            raise self._failure()
        return self._copy

    def close(self) -> None:
        """Stop a copy still running (releasing the lock) and wait for the helper thread."""
        with self._changed:
            self._stopping = True
        self._thread.join()

    def _run(self, db_path: Path, db_key: bytes, keyslots_path: Path, work_dir: Path) -> None:
        try:
            copy = copy_database(db_path, db_key, keyslots_path, work_dir,
                                 on_layout=self._publish_layout, on_progress=self._publish_progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the reader, raised there
            with self._changed:
                self._error = exc
                self._changed.notify_all()
            return
        with self._changed:
            self._copy = copy
            self._changed.notify_all()

    def _publish_layout(self, layout: CopyLayout) -> None:
        with self._changed:
            self._layout = layout
            self._changed.notify_all()

    def _publish_progress(self, copied: int) -> None:
        with self._changed:
            if self._stopping:
                raise BackupCancelled(_("the backup stopped while the database was being copied"))
            self._copied = copied
            self._changed.notify_all()

    def _failure(self) -> BaseException:
        return self._error or BackupError("the database copy stopped")
