"""One backup run: copy the database, upload the pages the server lacks, then the manifest.

Order matters for crash safety: packs first, then the key slots copy, then the manifest. The
manifest is the commit point; until it is stored the previous snapshots are untouched, and a
manifest only ever names pages in packs that are already stored.

The work is pipelined: a helper thread copies the database (holding the write lock for the
copy alone) while the pages already copied are read and named; packs are sealed and uploaded
by a few threads while the next pack fills. AES-GCM, the hashes and the file and socket I/O
release the GIL, so these overlap. Every upload is awaited before the key slots and the
manifest are written.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from contactweb.i18n import _
from contactweb.sync.errors import BackupCancelled, BackupError, CorruptObject
from contactweb.sync.manifest import Manifest, new_snapshot_id
from contactweb.sync.pack import PackBuilder, new_pack_id
from contactweb.sync.page_index import PageIndex, PageIndexCache
from contactweb.sync.repository import BackupRepository, keyslots_vault_id
from contactweb.sync.results import BackupResult
from contactweb.sync.snapshot import BackgroundCopy, CopyLayout, DatabaseCopy

ProgressCallback = Callable[[int, int], None]
_PAGES_PER_READ = 256  # pages read from the copy at once


class _PackUploader:
    """Fills packs with new pages and hands each full one to an upload thread.

    At most ``threads`` packs are in flight (plus the one filling), which bounds memory. A
    pack enters the index only once it is stored, so no manifest can name a page in flight.
    All bookkeeping happens on the calling thread; upload threads only seal and store."""

    def __init__(
        self, repository: BackupRepository, index: PageIndex, target_size: int,
        cancel: threading.Event | None, threads: int,
    ) -> None:
        self._repository = repository
        self._index = index
        self._target_size = target_size
        self._cancel = cancel
        self._builder = PackBuilder()
        self._pending: set[bytes] = set()  # pages in the filling pack or in flight
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="contactweb-backup-upload")
        self._max_in_flight = threads
        self._in_flight: dict[Future[int], tuple[str, PackBuilder]] = {}
        self.packs_started = 0
        self.pages_uploaded = 0
        self.packs_uploaded = 0
        self.bytes_uploaded = 0

    def needs(self, page_id: bytes) -> bool:
        return page_id not in self._index.locations and page_id not in self._pending

    def add(self, page_id: bytes, page: bytes | memoryview) -> None:
        self._builder.add(page_id, page)
        self._pending.add(page_id)
        if self._builder.size >= self._target_size:
            self.flush()

    def flush(self) -> None:
        """Hand the filling pack to an upload thread (after one finishes, if all are busy)."""
        if not len(self._builder):
            return
        raise_if_cancelled(self._cancel)
        while len(self._in_flight) >= self._max_in_flight:
            self._collect(FIRST_COMPLETED)
        pack_id = new_pack_id()
        future = self._pool.submit(self._store, pack_id, self._builder)
        self._in_flight[future] = (pack_id, self._builder)
        self._builder = PackBuilder()
        self.packs_started += 1

    def finish(self) -> None:
        """Upload the last pack and wait until every pack is stored; raise the first failure."""
        self.flush()
        self._collect(ALL_COMPLETED)

    def close(self) -> None:
        """After success or failure: uploads not yet started are dropped, running ones end,
        and the packs that did get stored are recorded (the next run reuses them)."""
        for future in self._in_flight:
            future.cancel()
        try:
            self._collect(ALL_COMPLETED)
        except Exception:  # noqa: BLE001 - the run already failed with its own error
            pass
        self._pool.shutdown(wait=True)

    def _store(self, pack_id: str, builder: PackBuilder) -> int:
        raise_if_cancelled(self._cancel)
        return self._repository.write_pack(pack_id, builder)

    def _collect(self, return_when: str) -> None:
        if not self._in_flight:
            return
        done, _pending = wait(list(self._in_flight), return_when=return_when)
        failure: BaseException | None = None
        for future in done:
            pack_id, builder = self._in_flight.pop(future)
            if future.cancelled():
                continue
            error = future.exception()
            if error is not None:
                failure = failure or error
                continue
            page_ids = builder.page_ids()
            self._index.add_pack(pack_id, page_ids)
            self._pending.difference_update(page_ids)
            self.bytes_uploaded += future.result()
            self.pages_uploaded += len(page_ids)
            self.packs_uploaded += 1
        if failure is not None:
            raise failure


def raise_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled(_("backup cancelled; the previous snapshots are unchanged"))


def run_backup(
    repository: BackupRepository,
    cache: PageIndexCache,
    db_key: bytes,
    db_path: Path,
    keyslots_path: Path,
    pack_target_size: int,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    work_dir: Path | None = None,
    clock: Callable[[], datetime] | None = None,
    upload_threads: int = 1,
    ledger: dict | None = None,
) -> BackupResult:
    """``ledger``: what the caller needs every later restore to know, whichever snapshot it
    restores (the vault's erasure records); stored, encrypted, in the manifest."""
    repository.transport.check_region()  # a refused bucket receives nothing
    raise_if_cancelled(cancel)
    with tempfile.TemporaryDirectory(prefix="contactweb-backup-", dir=work_dir) as temp_dir:
        source = BackgroundCopy(Path(db_path), db_key, Path(keyslots_path), Path(temp_dir))
        try:
            result = _upload_snapshot(
                repository, cache, source, keyslots_path, pack_target_size, progress, cancel,
                upload_threads, clock, ledger or {},
            )
        finally:
            source.close()  # stops a copy still running: the lock is released
    if progress is not None:
        progress(result.pages_total, result.pages_total)
    return result


def _upload_snapshot(
    repository: BackupRepository,
    cache: PageIndexCache,
    source: BackgroundCopy,
    keyslots_path: Path,
    pack_target_size: int,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
    upload_threads: int,
    clock: Callable[[], datetime] | None,
    ledger: dict,
) -> BackupResult:
    layout = source.layout()
    declared = keyslots_vault_id(str(keyslots_path), layout.keyslots)
    if declared is not None and declared != repository.vault_id:
        raise BackupError(
            _("key slots {keyslots_path} belong to vault {declared!r}, not {vault_id!r}").format(
            keyslots_path=keyslots_path, declared=declared, vault_id=repository.vault_id)
        )
    raise_if_cancelled(cancel)
    snapshot_ids = repository.list_snapshot_ids()
    index = cache.load_current(snapshot_ids, repository.list_pack_ids())
    uploader = _PackUploader(repository, index, pack_target_size, cancel, upload_threads)
    try:
        page_ids = _upload_new_pages(repository, source, layout, uploader, progress, cancel)
        copy = source.result()
        created_at = clock() if clock is not None else datetime.now(UTC)
        snapshot_id = new_snapshot_id(created_at)
        manifest = replace(
            _build_manifest(repository, copy, page_ids, index, snapshot_id, created_at),
            ledger=ledger)
        raise_if_cancelled(cancel)
        keyslots_bytes = repository.write_keyslots(snapshot_id, copy.keyslots)
        raise_if_cancelled(cancel)
        manifest_bytes = repository.write_manifest(manifest)
        index.manifests_seen.add(snapshot_id)
    finally:
        # Even after a failure, remember the packs that did get stored: the next run
        # reuses them instead of uploading the same pages again.
        uploader.close()
        cache.save(index)
    return BackupResult(
        snapshot_id=snapshot_id,
        created_at=created_at,
        bytes_uploaded=uploader.bytes_uploaded + keyslots_bytes + manifest_bytes,
        pages_total=copy.page_count,
        pages_uploaded=uploader.pages_uploaded,
        packs_uploaded=uploader.packs_uploaded,
        db_size=copy.size,
        manifest_bytes=manifest_bytes,
        keyslots_bytes=keyslots_bytes,
    )


def _upload_new_pages(
    repository: BackupRepository,
    source: BackgroundCopy,
    layout: CopyLayout,
    uploader: _PackUploader,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
) -> list[bytes]:
    """Name every page of the copy, right behind the copying thread, and pack the new ones."""
    page_ids: list[bytes] = []
    page_size, page_count = layout.page_size, layout.page_count
    page_id_of = repository.keys.page_id
    packs_started = 0
    reader = None
    try:
        for first in range(0, page_count, _PAGES_PER_READ):
            wanted = min(_PAGES_PER_READ, page_count - first) * page_size
            source.wait_until_copied(first * page_size + wanted)
            if reader is None:  # the copy exists once its first chunk is written
                reader = open(source.path, "rb", buffering=0)  # noqa: SIM115 - closed below
            block = memoryview(reader.read(wanted))
            if len(block) != wanted:
                raise BackupError(
                    _("snapshot copy of the database ended early at page {value}").format(
                    value=first + len(block) // page_size)
                )
            for offset in range(0, wanted, page_size):
                page = block[offset:offset + page_size]
                page_id = page_id_of(page)
                page_ids.append(page_id)
                if uploader.needs(page_id):
                    uploader.add(page_id, page)
                if offset == 0 or uploader.packs_started != packs_started:
                    # Once per read and per pack: cheap, and often enough for a progress bar.
                    packs_started = uploader.packs_started
                    raise_if_cancelled(cancel)
                    if progress is not None:
                        progress(first + offset // page_size, page_count)
    finally:
        if reader is not None:
            reader.close()
    uploader.finish()
    return page_ids


def _build_manifest(
    repository: BackupRepository,
    copy: DatabaseCopy,
    page_ids: list[bytes],
    index: PageIndex,
    snapshot_id: str,
    created_at: datetime,
) -> Manifest:
    packs: list[str] = []
    pack_numbers: dict[str, int] = {}
    page_packs: list[int] = []
    for page_id in page_ids:
        pack = index.locations.get(page_id)
        if pack is None:  # cannot happen unless the index logic is broken; never guess
            raise CorruptObject(repository.manifest_name(snapshot_id), "a page has no stored pack")
        if pack not in pack_numbers:
            pack_numbers[pack] = len(packs)
            packs.append(pack)
        page_packs.append(pack_numbers[pack])
    return Manifest(
        snapshot_id=snapshot_id,
        vault_id=repository.vault_id,
        created_at=created_at,
        page_size=copy.page_size,
        db_size=copy.size,
        db_sha256=copy.sha256,
        keyslots_sha256=hashlib.sha256(copy.keyslots).hexdigest(),
        packs=packs,
        page_ids=page_ids,
        page_packs=page_packs,
    )
