"""Snapshot manifests: which page sits at each file position, and in which pack.

A manifest is JSON, zlib-compressed, then sealed with the manifest key (associated data names
the object). Page ids are stored as one base64 string of 32-byte ids; the pack of each page
as runs ``[pack_index, count]``, which stay short because neighbouring pages share packs.
"""

from __future__ import annotations

import base64
import json
import os
import zlib
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from contactweb.sync.crypto import BackupKeys, associated_data, open_sealed, seal
from contactweb.sync.errors import CorruptObject

MANIFEST_FORMAT = "contactweb-backup-manifest"
MANIFEST_VERSION = 1
PAGE_ID_SIZE = 32


def new_snapshot_id(now: datetime) -> str:
    """Sortable by time (so a new machine finds the newest key slots without the key) plus
    random bits; it reveals nothing the server does not already see as upload time."""
    return now.strftime("%Y%m%dT%H%M%S%fZ") + "-" + os.urandom(4).hex()


@dataclass(frozen=True)
class Manifest:
    snapshot_id: str
    vault_id: str
    created_at: datetime
    page_size: int
    db_size: int
    db_sha256: str
    keyslots_sha256: str
    packs: list[str]
    page_ids: list[bytes]
    page_packs: list[int]
    # The caller's own record carried by every snapshot (the erasure ledger): JSON, opaque
    # here. Restores read it from the newest manifest, not only from the one they restore.
    ledger: dict = field(default_factory=dict)

    @property
    def page_count(self) -> int:
        return len(self.page_ids)

    def pack_of_position(self, position: int) -> str:
        return self.packs[self.page_packs[position]]

    def positions_by_pack(self) -> dict[str, list[int]]:
        grouped: dict[str, list[int]] = {pack: [] for pack in self.packs}
        for position, pack_index in enumerate(self.page_packs):
            grouped[self.packs[pack_index]].append(position)
        return grouped

    def page_locations(self) -> dict[bytes, str]:
        return {page_id: self.packs[index] for page_id, index in zip(self.page_ids, self.page_packs, strict=True)}

    def with_locations(self, locations: dict[bytes, str]) -> Manifest:
        """The same snapshot with pages moved to other packs (after a repack)."""
        packs: list[str] = []
        pack_index: dict[str, int] = {}
        page_packs: list[int] = []
        for page_id in self.page_ids:
            pack = locations[page_id]
            if pack not in pack_index:
                pack_index[pack] = len(packs)
                packs.append(pack)
            page_packs.append(pack_index[pack])
        return replace(self, packs=packs, page_packs=page_packs)

    def to_json(self) -> bytes:
        runs: list[list[int]] = []
        for index in self.page_packs:
            if runs and runs[-1][0] == index:
                runs[-1][1] += 1
            else:
                runs.append([index, 1])
        document = {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "snapshot_id": self.snapshot_id,
            "vault_id": self.vault_id,
            "created_at": self.created_at.isoformat(),
            "page_size": self.page_size,
            "db_size": self.db_size,
            "db_sha256": self.db_sha256,
            "keyslots_sha256": self.keyslots_sha256,
            "packs": self.packs,
            "page_ids": base64.b64encode(b"".join(self.page_ids)).decode(),
            "page_pack_runs": runs,
            "ledger": self.ledger,
        }
        return json.dumps(document, separators=(",", ":")).encode()


def compress_document(document: bytes) -> bytes:
    """zlib with Huffman coding only. These documents are mostly base64 of random page ids:
    there are no repeats for LZ77 to find, only the 6-bits-in-8 of base64 to squeeze out, so
    this is about five times faster than the default level and a little smaller. Any zlib
    reader opens it."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS, 8, zlib.Z_HUFFMAN_ONLY)
    return compressor.compress(document) + compressor.flush()


def seal_manifest(keys: BackupKeys, object_name: str, manifest: Manifest) -> bytes:
    compressed = compress_document(manifest.to_json())
    return seal(keys.manifest_key, compressed, associated_data("manifest", object_name))


def open_manifest(
    keys: BackupKeys, object_name: str, data: bytes, snapshot_id: str, vault_id: str
) -> Manifest:
    compressed = open_sealed(keys.manifest_key, data, associated_data("manifest", object_name), object_name)
    try:
        document = json.loads(zlib.decompress(compressed))
        manifest = _from_document(document)
    except (ValueError, TypeError, KeyError, AttributeError, zlib.error) as exc:
        raise CorruptObject(object_name, f"unreadable manifest: {exc}") from exc
    problem = _consistency_problem(manifest, snapshot_id, vault_id)
    if problem:
        raise CorruptObject(object_name, problem)
    return manifest


def _from_document(document: dict) -> Manifest:
    if document["format"] != MANIFEST_FORMAT or document["version"] != MANIFEST_VERSION:
        raise ValueError(f"unsupported manifest format {document['format']!r} v{document['version']!r}")
    raw_ids = base64.b64decode(document["page_ids"], validate=True)
    if len(raw_ids) % PAGE_ID_SIZE:
        raise ValueError("page id list has a partial entry")
    page_ids = [raw_ids[i:i + PAGE_ID_SIZE] for i in range(0, len(raw_ids), PAGE_ID_SIZE)]
    page_packs: list[int] = []
    for index, count in document["page_pack_runs"]:
        page_packs.extend([int(index)] * int(count))
    created_at = datetime.fromisoformat(document["created_at"])
    if created_at.tzinfo is None:
        created_at = created_at.replace(tzinfo=UTC)
    return Manifest(
        snapshot_id=str(document["snapshot_id"]),
        vault_id=str(document["vault_id"]),
        created_at=created_at,
        page_size=int(document["page_size"]),
        db_size=int(document["db_size"]),
        db_sha256=str(document["db_sha256"]),
        keyslots_sha256=str(document["keyslots_sha256"]),
        packs=[str(pack) for pack in document["packs"]],
        page_ids=page_ids,
        page_packs=page_packs,
        ledger=dict(document.get("ledger") or {}),  # manifests before the ledger have none
    )


def _consistency_problem(manifest: Manifest, snapshot_id: str, vault_id: str) -> str | None:
    if manifest.snapshot_id != snapshot_id:
        return f"manifest describes snapshot {manifest.snapshot_id!r}, not {snapshot_id!r}"
    if manifest.vault_id != vault_id:
        return f"manifest belongs to vault {manifest.vault_id!r}, not {vault_id!r}"
    if manifest.page_size <= 0 or manifest.page_size * manifest.page_count != manifest.db_size:
        return "page count and database size disagree"
    if len(manifest.page_packs) != manifest.page_count:
        return "pack locations do not cover every page"
    if any(index < 0 or index >= len(manifest.packs) for index in manifest.page_packs):
        return "a page points to an unknown pack"
    return None
