"""The backup engine: client-side-encrypted, page-level, deduplicated snapshots of a vault.

Everything it needs comes in as arguments (a transport, the vault id, the 32-byte database
key), so the workspace, the command line and the UI can all drive it. One run at a time per
engine; progress and cancellation are for calling it from a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from contactweb.i18n import _
from contactweb.sync.backup import ProgressCallback, run_backup
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.errors import BackupError, CorruptObject
from contactweb.sync.page_index import PageIndexCache
from contactweb.sync.prune import prune_repository
from contactweb.sync.repository import BackupRepository
from contactweb.sync.restore import restore_snapshot
from contactweb.sync.results import BackupResult, PruneResult, SnapshotInfo, VerifyReport
from contactweb.sync.transport import Transport
from contactweb.sync.verify import verify_snapshots

DEFAULT_PACK_TARGET_SIZE = 4 * 1024 * 1024
# Packs sealed and uploaded at once while the next one fills: enough to keep both the CPU
# and the connection busy, few enough to bound memory (about 2 x pack size per thread).
DEFAULT_UPLOAD_THREADS = 3


class BackupEngine:
    def __init__(
        self,
        transport: Transport,
        vault_id: str,
        db_key: bytes,
        *,
        cache_dir: Path | None = None,
        pack_target_size: int = DEFAULT_PACK_TARGET_SIZE,
        work_dir: Path | None = None,
        clock: Callable[[], datetime] | None = None,
        upload_threads: int = DEFAULT_UPLOAD_THREADS,
    ) -> None:
        """``cache_dir`` keeps the page index between runs (optional, safe to lose);
        ``work_dir`` holds the temporary database copy (default: the system temp folder);
        ``clock`` returns the snapshot time (UTC-aware; tests of retention set it);
        ``upload_threads`` packs are uploaded at once (the transport must allow that)."""
        if pack_target_size <= 0:
            raise BackupError(_("pack target size must be positive"))
        if upload_threads <= 0:
            raise BackupError(_("upload threads must be at least one"))
        self._db_key = bytes(db_key)
        self._repository = BackupRepository(transport, vault_id, BackupKeys.from_db_key(self._db_key))
        self._cache = PageIndexCache(self._repository, cache_dir)
        self._pack_target_size = pack_target_size
        self._work_dir = work_dir
        self._clock = clock
        self._upload_threads = upload_threads
        self._run_lock = threading.Lock()

    def forget_keys(self) -> None:
        """The vault was locked while this engine works for it (a backup waiting for a slow
        server): it drops the database key and the keys made from it, so the run fails at
        its next step and no key stays reachable from it."""
        self._db_key = b""
        self._repository.keys = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"BackupEngine({self._repository.transport.describe()}, vault {self.vault_id})"

    @property
    def vault_id(self) -> str:
        return self._repository.vault_id

    @property
    def transport(self) -> Transport:
        return self._repository.transport

    def backup(
        self,
        db_path: Path,
        keyslots_path: Path,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        ledger: dict | None = None,
    ) -> BackupResult:
        """Take a snapshot of a live vault. ``progress(pages_done, pages_total)``;
        ``ledger`` is stored in the snapshot's manifest (see ``ledgers``)."""
        with self._run_lock:
            return run_backup(
                self._repository, self._cache, self._db_key, Path(db_path), Path(keyslots_path),
                self._pack_target_size, progress, cancel, self._work_dir, self._clock,
                self._upload_threads, ledger,
            )

    def ledgers(self) -> list[dict]:
        """The ledger of every snapshot whose manifest decrypts, newest first: a restore of an
        old snapshot still learns what the newer ones knew."""
        self.transport.check_region()
        found = []
        for snapshot_id in reversed(self._repository.list_snapshot_ids()):
            try:
                found.append(self._repository.read_manifest(snapshot_id).ledger)
            except CorruptObject:
                continue
        return found

    def newest_ledger(self) -> dict | None:
        """The ledger of the newest snapshot whose manifest decrypts; None when there is none.
        One manifest read: what a run checks before adding a snapshot to the set."""
        self.transport.check_region()
        for snapshot_id in reversed(self._repository.list_snapshot_ids()):
            try:
                return self._repository.read_manifest(snapshot_id).ledger
            except CorruptObject:
                continue
        return None

    def list_snapshots(self, skip_damaged: bool = False) -> list[SnapshotInfo]:
        """Oldest first. A manifest that fails to decrypt raises CorruptObject naming it,
        unless ``skip_damaged`` (then it is left out; ``verify`` reports it)."""
        self.transport.check_region()
        snapshots = []
        for snapshot_id in self._repository.list_snapshot_ids():
            try:
                manifest = self._repository.read_manifest(snapshot_id)
            except CorruptObject:
                if skip_damaged:
                    continue
                raise
            snapshots.append(
                SnapshotInfo(
                    snapshot_id=snapshot_id,
                    created_at=manifest.created_at,
                    db_size=manifest.db_size,
                    page_count=manifest.page_count,
                    pack_count=len(manifest.packs),
                )
            )
        return sorted(snapshots, key=lambda info: (info.created_at, info.snapshot_id))

    def latest_snapshot_id(self) -> str | None:
        """The newest snapshot whose manifest decrypts. Ids sort by creation time, so this
        reads manifests from the newest backwards instead of all of them."""
        self.transport.check_region()
        for snapshot_id in reversed(self._repository.list_snapshot_ids()):
            try:
                self._repository.read_manifest(snapshot_id)
            except CorruptObject:
                continue
            return snapshot_id
        return None

    def verify(self, snapshot_id: str | None = None, read_data: bool = False,
               expected: Iterable[str] = ()) -> VerifyReport:
        """Check one snapshot (default: all). Damage is reported, naming each object; a
        connection failure raises TransportError. ``expected``: snapshots the caller's
        history names; those gone from the server are reported missing."""
        with self._run_lock:
            return verify_snapshots(self._repository, snapshot_id, read_data, expected)

    def restore(
        self,
        snapshot_id: str | None,
        dest_dir: Path,
        before_swap: Callable[[Path], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Path:
        """Restore into ``dest_dir`` (default snapshot: the newest) and return the database
        path. The vault in ``dest_dir`` must be locked (no open connection) meanwhile."""
        with self._run_lock:
            if snapshot_id is None:
                snapshot_id = self.latest_snapshot_id()
                if snapshot_id is None:
                    raise BackupError(_("no snapshot of vault {vault_id} on {value}").format(
                        vault_id=self.vault_id, value=self.transport.describe()))
            return restore_snapshot(
                self._repository, self._db_key, snapshot_id, Path(dest_dir), before_swap, cancel
            )

    def prune(self, keep_last: int, keep_daily: int = 0, keep_weekly: int = 0) -> PruneResult:
        with self._run_lock:
            return prune_repository(
                self._repository, self._cache, keep_last, keep_daily, keep_weekly,
                self._pack_target_size,
            )
