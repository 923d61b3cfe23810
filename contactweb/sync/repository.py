"""The backup store of one vault on one transport: object names and typed reads/writes.

Object names reveal nothing about contents::

    <vault_id>/packs/<random hex>
    <vault_id>/manifests/<snapshot id>
    <vault_id>/keyslots/<snapshot id>.json
"""

from __future__ import annotations

import json
import re

from contactweb.i18n import _
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.errors import BackupError, CorruptObject
from contactweb.sync.manifest import Manifest, open_manifest, seal_manifest
from contactweb.sync.pack import PackBuilder, open_pack
from contactweb.sync.transport import Transport

_VAULT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")
_SNAPSHOT_ID = re.compile(r"^[0-9]{8}T[0-9]{12}Z-[0-9a-f]{8}$")
_PACK_ID = re.compile(r"^[0-9a-f]{32}$")


def check_vault_id(vault_id: str) -> str:
    if not isinstance(vault_id, str) or not _VAULT_ID.match(vault_id):
        raise BackupError(_("invalid vault id {vault_id!r}").format(vault_id=vault_id))
    return vault_id


def is_snapshot_id(value: object) -> bool:
    return isinstance(value, str) and bool(_SNAPSHOT_ID.match(value))


def check_snapshot_id(snapshot_id: str) -> str:
    if not is_snapshot_id(snapshot_id):
        raise BackupError(_("invalid snapshot id {snapshot_id!r}").format(snapshot_id=snapshot_id))
    return snapshot_id


def keyslots_vault_id(object_name: str, data: bytes) -> str | None:
    """The vault id a key slots file declares; CorruptObject if it is not a JSON object."""
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CorruptObject(object_name, f"key slots are not valid JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise CorruptObject(object_name, "key slots are not a JSON object")
    vault_id = document.get("vault_id")
    return str(vault_id) if vault_id is not None else None


class BackupRepository:
    def __init__(self, transport: Transport, vault_id: str, keys: BackupKeys) -> None:
        self.transport = transport
        self.vault_id = check_vault_id(vault_id)
        self.keys = keys

    # Names -------------------------------------------------------------------------------
    def pack_name(self, pack_id: str) -> str:
        return f"{self.vault_id}/packs/{pack_id}"

    def manifest_name(self, snapshot_id: str) -> str:
        return f"{self.vault_id}/manifests/{snapshot_id}"

    def keyslots_name(self, snapshot_id: str) -> str:
        return f"{self.vault_id}/keyslots/{snapshot_id}.json"

    # Listings (names that do not follow the layout are foreign and ignored) -------------
    def list_pack_ids(self) -> set[str]:
        return self._list_ids("packs", _PACK_ID, "")

    def list_snapshot_ids(self) -> list[str]:
        return sorted(self._list_ids("manifests", _SNAPSHOT_ID, ""))

    def list_keyslot_ids(self) -> set[str]:
        return self._list_ids("keyslots", _SNAPSHOT_ID, ".json")

    def _list_ids(self, folder: str, pattern: re.Pattern[str], suffix: str) -> set[str]:
        prefix = f"{self.vault_id}/{folder}/"
        ids = set()
        for name in self.transport.list(prefix):
            tail = name[len(prefix):]
            if tail.endswith(suffix):
                tail = tail[: len(tail) - len(suffix)] if suffix else tail
                if pattern.match(tail):
                    ids.add(tail)
        return ids

    # Objects -----------------------------------------------------------------------------
    def read_manifest(self, snapshot_id: str) -> Manifest:
        name = self.manifest_name(check_snapshot_id(snapshot_id))
        return open_manifest(self.keys, name, self.transport.get(name), snapshot_id, self.vault_id)

    def write_manifest(self, manifest: Manifest) -> int:
        name = self.manifest_name(manifest.snapshot_id)
        data = seal_manifest(self.keys, name, manifest)
        self.transport.put(name, data)
        return len(data)

    def read_pack(self, pack_id: str) -> dict[bytes, bytes]:
        name = self.pack_name(pack_id)
        return open_pack(self.keys, name, self.transport.get(name))

    def write_pack(self, pack_id: str, builder: PackBuilder) -> int:
        name = self.pack_name(pack_id)
        data = builder.seal(self.keys, name)
        self.transport.put(name, data)
        return len(data)

    def read_keyslots(self, snapshot_id: str) -> bytes:
        name = self.keyslots_name(check_snapshot_id(snapshot_id))
        data = self.transport.get(name)
        declared = keyslots_vault_id(name, data)
        if declared is not None and declared != self.vault_id:
            raise CorruptObject(name, f"key slots belong to vault {declared!r}")
        return data

    def write_keyslots(self, snapshot_id: str, data: bytes) -> int:
        self.transport.put(self.keyslots_name(snapshot_id), data)
        return len(data)
