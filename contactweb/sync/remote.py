"""Helpers for a new machine that has only the server settings and a user's password.

Key slots are stored in clear (they hold only password-wrapped copies of the key), so they
can be fetched before the key is known; the caller unwraps the key and then builds a
BackupEngine to list and restore snapshots.
"""

from __future__ import annotations

from contactweb.sync.errors import CorruptObject, MissingObject
from contactweb.sync.repository import (
    check_snapshot_id,
    check_vault_id,
    is_snapshot_id,
    keyslots_vault_id,
)
from contactweb.sync.transport import Transport


def list_remote_vaults(transport: Transport) -> list[str]:
    """Ids of the vaults that have at least one snapshot's key slots on the server."""
    transport.check_region()
    vault_ids = set()
    for name in transport.list(""):
        parts = name.split("/")
        if len(parts) == 3 and parts[1] == "keyslots" and parts[2].endswith(".json"):
            vault_ids.add(parts[0])
    return sorted(vault_ids)


def read_remote_keyslots(transport: Transport, vault_id: str, snapshot_id: str | None = None) -> bytes:
    """The key slots of one snapshot, by default of the newest snapshot.

    Snapshot ids sort by time, so the newest is found without the key; a key slots copy
    whose manifest never arrived (an interrupted run) is used only if nothing else exists.
    """
    transport.check_region()
    check_vault_id(vault_id)
    if snapshot_id is None:
        snapshot_id = newest_snapshot_with_keyslots(transport, vault_id)
    name = f"{vault_id}/keyslots/{check_snapshot_id(snapshot_id)}.json"
    data = transport.get(name)
    declared = keyslots_vault_id(name, data)
    if declared is not None and declared != vault_id:
        raise CorruptObject(name, f"key slots belong to vault {declared!r}")
    return data


def newest_snapshot_with_keyslots(transport: Transport, vault_id: str) -> str:
    """The snapshot whose key slots ``read_remote_keyslots`` reads by default."""
    keyslot_prefix = f"{vault_id}/keyslots/"
    manifest_prefix = f"{vault_id}/manifests/"
    with_keyslots = {
        name[len(keyslot_prefix):-len(".json")]
        for name in transport.list(keyslot_prefix) if name.endswith(".json")
    }
    with_manifest = {name[len(manifest_prefix):] for name in transport.list(manifest_prefix)}
    with_keyslots = {snapshot_id for snapshot_id in with_keyslots if is_snapshot_id(snapshot_id)}
    candidates = sorted(with_keyslots & with_manifest) or sorted(with_keyslots)
    if not candidates:
        raise MissingObject(keyslot_prefix, f"no key slots for vault {vault_id} on {transport.describe()}")
    return candidates[-1]
