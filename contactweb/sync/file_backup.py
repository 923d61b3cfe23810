"""Snapshots of one plain file (a team vault's ``pg_dump``) in the same repository format as a
desktop vault's database: the file cut into fixed-size blocks, each named by its keyed hash,
new blocks packed and sealed with AES-256-GCM, then the key description and the sealed
manifest (the commit point), exactly as ``backup.py`` does for database pages.

The last block is padded with zeros to the block size (a manifest's size is a whole number of
its blocks); the file's own size travels in the manifest's ledger (``FILE_SIZE``) and its
SHA-256 in the manifest, and a restore cuts the padding off and checks both.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from contactweb.i18n import _
from contactweb.sync.backup import _PackUploader, raise_if_cancelled
from contactweb.sync.errors import BackupError, CorruptObject
from contactweb.sync.manifest import Manifest, new_snapshot_id
from contactweb.sync.page_index import PageIndexCache
from contactweb.sync.repository import BackupRepository
from contactweb.sync.results import BackupResult

BLOCK_SIZE = 64 * 1024
FILE_SIZE = "file_size"  # the ledger entry this module adds


def backup_file(repository: BackupRepository, cache: PageIndexCache, path: Path,
                key_description: bytes, ledger: dict, *, pack_target_size: int,
                upload_threads: int = 1, cancel: threading.Event | None = None,
                clock: Callable[[], datetime] | None = None) -> BackupResult:
    """Upload the blocks of ``path`` the repository lacks, then ``key_description`` (stored
    in clear where a desktop snapshot keeps its key slots) and the manifest with ``ledger``."""
    repository.transport.check_region()  # a refused bucket receives nothing
    index = cache.load_current(repository.list_snapshot_ids(), repository.list_pack_ids())
    uploader = _PackUploader(repository, index, pack_target_size, cancel, upload_threads)
    digest = hashlib.sha256()
    block_ids: list[bytes] = []
    size = 0
    try:
        with open(path, "rb") as reader:
            while block := reader.read(BLOCK_SIZE):
                raise_if_cancelled(cancel)
                digest.update(block)
                size += len(block)
                block = block.ljust(BLOCK_SIZE, b"\0")
                block_id = repository.keys.page_id(block)
                block_ids.append(block_id)
                if uploader.needs(block_id):
                    uploader.add(block_id, block)
        uploader.finish()
        created_at = clock() if clock is not None else datetime.now(UTC)
        snapshot_id = new_snapshot_id(created_at)
        packs: list[str] = []
        numbers: dict[str, int] = {}
        block_packs = []
        for block_id in block_ids:
            pack = index.locations[block_id]
            block_packs.append(numbers.setdefault(pack, len(packs)))
            if len(packs) < len(numbers):
                packs.append(pack)
        manifest = Manifest(snapshot_id=snapshot_id, vault_id=repository.vault_id,
                            created_at=created_at, page_size=BLOCK_SIZE,
                            db_size=len(block_ids) * BLOCK_SIZE,
                            db_sha256=digest.hexdigest(),
                            keyslots_sha256=hashlib.sha256(key_description).hexdigest(),
                            packs=packs, page_ids=block_ids, page_packs=block_packs,
                            ledger={**ledger, FILE_SIZE: size})
        raise_if_cancelled(cancel)
        description_bytes = repository.write_keyslots(snapshot_id, key_description)
        manifest_bytes = repository.write_manifest(manifest)
        index.manifests_seen.add(snapshot_id)
    finally:
        uploader.close()
        cache.save(index)
    return BackupResult(snapshot_id=snapshot_id, created_at=created_at,
                        bytes_uploaded=uploader.bytes_uploaded + description_bytes
                        + manifest_bytes,
                        pages_total=len(block_ids), pages_uploaded=uploader.pages_uploaded,
                        packs_uploaded=uploader.packs_uploaded, db_size=size,
                        manifest_bytes=manifest_bytes, keyslots_bytes=description_bytes)


def restore_file(repository: BackupRepository, snapshot_id: str, dest: Path,
                 cancel: threading.Event | None = None) -> Manifest:
    """Rebuild the snapshot's file at ``dest`` (owner-only), every block authenticated and
    the whole checked against the manifest's size and SHA-256."""
    repository.transport.check_region()
    manifest = repository.read_manifest(snapshot_id)
    name = repository.manifest_name(snapshot_id)
    if manifest.page_size != BLOCK_SIZE or not isinstance(manifest.ledger.get(FILE_SIZE), int):
        raise CorruptObject(name, "this snapshot is not of a single file")
    handle = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "wb") as writer:
        writer.truncate(manifest.db_size)
        for pack_id, positions in manifest.positions_by_pack().items():
            raise_if_cancelled(cancel)
            blocks = repository.read_pack(pack_id)  # authenticated, every block hash checked
            for position in positions:
                block = blocks.get(manifest.page_ids[position])
                if block is None or len(block) != BLOCK_SIZE:
                    raise CorruptObject(repository.pack_name(pack_id),
                                        f"pack lacks block {position} of snapshot {snapshot_id}")
                writer.seek(position * BLOCK_SIZE)
                writer.write(block)
        writer.truncate(manifest.ledger[FILE_SIZE])
        writer.flush()
        os.fsync(writer.fileno())
    digest = hashlib.sha256()
    with open(dest, "rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    if digest.hexdigest() != manifest.db_sha256:
        raise BackupError(_("the file rebuilt from snapshot {snapshot_id} does not match it").format(
            snapshot_id=snapshot_id))
    return manifest
