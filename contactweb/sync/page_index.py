"""Which pack holds each page the server already has.

Derivable from the server alone (the manifests), so the local cache is only a shortcut: it is
sealed with the manifest key, and anything wrong with it (missing, damaged, stale) just
triggers a rebuild. Pages of packs uploaded by an interrupted run are remembered too, so the
next run reuses them instead of uploading them again.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.sync.crypto import associated_data, open_sealed, seal
from contactweb.sync.errors import CorruptObject, MissingObject
from contactweb.sync.manifest import PAGE_ID_SIZE, compress_document
from contactweb.sync.repository import BackupRepository
from contactweb.vault.atomic import write_atomic

_CACHE_VERSION = 1


@dataclass
class PageIndex:
    locations: dict[bytes, str] = field(default_factory=dict)
    manifests_seen: set[str] = field(default_factory=set)

    def add_pack(self, pack_id: str, page_ids: list[bytes]) -> None:
        for page_id in page_ids:
            self.locations[page_id] = pack_id


class PageIndexCache:
    def __init__(self, repository: BackupRepository, cache_dir: Path | None) -> None:
        self._repository = repository
        self._path = Path(cache_dir) / f"{repository.vault_id}.pageindex" if cache_dir else None

    def load_current(self, snapshot_ids: list[str], pack_ids: set[str]) -> PageIndex:
        """The index matching the server now: cached entries whose packs still exist, plus
        the pages of every manifest the cache has not seen (damaged manifests are skipped)."""
        index = self._load() or PageIndex()
        if any(pack not in pack_ids for pack in index.locations.values()):
            # Packs went away (prune, repack on another machine): start over from manifests.
            index = PageIndex()
        current = set(snapshot_ids)
        index.manifests_seen &= current
        for snapshot_id in snapshot_ids:
            if snapshot_id in index.manifests_seen:
                continue
            try:
                manifest = self._repository.read_manifest(snapshot_id)
            except (CorruptObject, MissingObject):
                # Not usable for restore either; its pages are simply uploaded again.
                continue
            for page_id, pack in manifest.page_locations().items():
                if pack in pack_ids:
                    index.locations[page_id] = pack
            index.manifests_seen.add(snapshot_id)
        return index

    def save(self, index: PageIndex) -> None:
        if self._path is None:
            return
        packs = sorted(set(index.locations.values()))
        pack_numbers = {pack: number for number, pack in enumerate(packs)}
        document = {
            "v": _CACHE_VERSION,
            "manifests_seen": sorted(index.manifests_seen),
            "packs": packs,
            "page_ids": base64.b64encode(b"".join(index.locations)).decode(),
            "page_packs": [pack_numbers[pack] for pack in index.locations.values()],
        }
        sealed = seal(
            self._repository.keys.manifest_key,
            compress_document(json.dumps(document).encode()),
            self._aad(),
        )
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path, sealed)
        except OSError:
            # Only a shortcut: an unwritable cache costs a rebuild next time, not the backup.
            self.forget()

    def forget(self) -> None:
        if self._path is not None:
            try:
                self._path.unlink(missing_ok=True)
            except OSError:
                pass

    def _load(self) -> PageIndex | None:
        if self._path is None or not self._path.is_file():
            return None
        try:
            plain = open_sealed(
                self._repository.keys.manifest_key, self._path.read_bytes(), self._aad(),
                str(self._path),
            )
            document = json.loads(zlib.decompress(plain))
            if document["v"] != _CACHE_VERSION:
                return None
            raw = base64.b64decode(document["page_ids"])
            ids = [raw[i:i + PAGE_ID_SIZE] for i in range(0, len(raw), PAGE_ID_SIZE)]
            packs = document["packs"]
            locations = {
                page_id: packs[number]
                for page_id, number in zip(ids, document["page_packs"], strict=True)
            }
            return PageIndex(locations, set(document["manifests_seen"]))
        except (OSError, CorruptObject, ValueError, KeyError, TypeError, IndexError, zlib.error):
            return None  # a damaged cache costs a rebuild, nothing more

    def _aad(self) -> bytes:
        return associated_data("page-index-cache", self._repository.vault_id)
