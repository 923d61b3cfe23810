"""One backup run: copy the database, upload the pages the server lacks, then the manifest.

Order matters for crash safety: packs first, then the key slots copy, then the manifest. The
manifest is the commit point; until it is stored the previous snapshots are untouched, and a
manifest only ever names pages in packs that are already stored.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from contactweb.sync.errors import BackupCancelled, BackupError, CorruptObject
from contactweb.sync.manifest import Manifest, new_snapshot_id
from contactweb.sync.pack import PackBuilder, new_pack_id
from contactweb.sync.page_index import PageIndex, PageIndexCache
from contactweb.sync.repository import BackupRepository, keyslots_vault_id
from contactweb.sync.results import BackupResult
from contactweb.sync.snapshot import DatabaseCopy, copy_database

ProgressCallback = Callable[[int, int], None]
_PROGRESS_EVERY_PAGES = 256


class _PackUploader:
    """Fills packs with new pages and uploads each one as soon as it reaches its target."""

    def __init__(
        self, repository: BackupRepository, index: PageIndex, target_size: int,
        cancel: threading.Event | None,
    ) -> None:
        self._repository = repository
        self._index = index
        self._target_size = target_size
        self._cancel = cancel
        self._builder = PackBuilder()
        self._pending: set[bytes] = set()
        self.pages_uploaded = 0
        self.packs_uploaded = 0
        self.bytes_uploaded = 0

    def needs(self, page_id: bytes) -> bool:
        return page_id not in self._index.locations and page_id not in self._pending

    def add(self, page_id: bytes, page: bytes) -> None:
        self._builder.add(page_id, page)
        self._pending.add(page_id)
        if self._builder.size >= self._target_size:
            self.flush()

    def flush(self) -> None:
        if not len(self._builder):
            return
        raise_if_cancelled(self._cancel)
        pack_id = new_pack_id()
        self.bytes_uploaded += self._repository.write_pack(pack_id, self._builder)
        # Only a stored pack enters the index, so no manifest can name a page in flight.
        page_ids = self._builder.page_ids()
        self._index.add_pack(pack_id, page_ids)
        self.pages_uploaded += len(page_ids)
        self.packs_uploaded += 1
        self._pending.clear()
        self._builder = PackBuilder()


def raise_if_cancelled(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise BackupCancelled("backup cancelled; the previous snapshots are unchanged")


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
) -> BackupResult:
    repository.transport.check_region()  # a refused bucket receives nothing
    raise_if_cancelled(cancel)
    with tempfile.TemporaryDirectory(prefix="contactweb-backup-", dir=work_dir) as temp_dir:
        copy = copy_database(Path(db_path), db_key, Path(keyslots_path), Path(temp_dir))
        declared = keyslots_vault_id(str(keyslots_path), copy.keyslots)
        if declared is not None and declared != repository.vault_id:
            raise BackupError(
                f"key slots {keyslots_path} belong to vault {declared!r}, not {repository.vault_id!r}"
            )
        raise_if_cancelled(cancel)
        snapshot_ids = repository.list_snapshot_ids()
        index = cache.load_current(snapshot_ids, repository.list_pack_ids())
        uploader = _PackUploader(repository, index, pack_target_size, cancel)
        try:
            page_ids = _upload_new_pages(repository, copy, uploader, progress, cancel)
            created_at = clock() if clock is not None else datetime.now(UTC)
            snapshot_id = new_snapshot_id(created_at)
            manifest = _build_manifest(repository, copy, page_ids, index, snapshot_id, created_at)
            raise_if_cancelled(cancel)
            keyslots_bytes = repository.write_keyslots(snapshot_id, copy.keyslots)
            raise_if_cancelled(cancel)
            manifest_bytes = repository.write_manifest(manifest)
            index.manifests_seen.add(snapshot_id)
        finally:
            # Even after a failure, remember the packs that did get stored: the next run
            # reuses them instead of uploading the same pages again.
            cache.save(index)
    if progress is not None:
        progress(copy.page_count, copy.page_count)
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
    copy: DatabaseCopy,
    uploader: _PackUploader,
    progress: ProgressCallback | None,
    cancel: threading.Event | None,
) -> list[bytes]:
    page_ids: list[bytes] = []
    with open(copy.path, "rb") as reader:
        for position in range(copy.page_count):
            page = reader.read(copy.page_size)
            if len(page) != copy.page_size:
                raise BackupError(f"snapshot copy of the database ended early at page {position}")
            page_id = repository.keys.page_id(page)
            page_ids.append(page_id)
            packs_before = uploader.packs_uploaded
            if uploader.needs(page_id):
                uploader.add(page_id, page)
            if position % _PROGRESS_EVERY_PAGES == 0 or uploader.packs_uploaded != packs_before:
                raise_if_cancelled(cancel)
                if progress is not None:
                    progress(position, copy.page_count)
    uploader.flush()
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
