"""restore-remote: when a password does not open the key slots stored with a snapshot, tell a
replaced or swapped key slots object (another snapshot's copy put in its place) from a wrong
password, and name the object.

Without the key nothing proves which copy belongs to a snapshot, so the other snapshots'
copies are tried with the same password: when one of them unwraps a key that opens the chosen
snapshot's manifest (authenticated encryption), that manifest's checksum of its key slots
settles it. Each distinct copy costs one key derivation, so only a few are tried.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from contactweb.sync.crypto import BackupKeys
from contactweb.sync.errors import CorruptObject, MissingObject
from contactweb.sync.remote import newest_snapshot_with_keyslots
from contactweb.sync.repository import BackupRepository, is_snapshot_id
from contactweb.sync.transport import Transport

MAX_OTHER_COPIES = 6


def check_keyslots_belong(transport: Transport, vault_id: str, snapshot_id: str | None,
                          keyslots: bytes, unwrap: Callable[[bytes], bytes | None]) -> None:
    """Raise CorruptObject naming the key slots object of ``snapshot_id`` (None: the newest)
    when another snapshot's copy, opened with the same password, proves it is not that
    snapshot's. ``unwrap(copy)`` is the key from a copy, or None if the password fails."""
    chosen = snapshot_id or newest_snapshot_with_keyslots(transport, vault_id)
    # Only for object names and listings, which need no key.
    repository_names = BackupRepository(transport, vault_id, BackupKeys.from_db_key(bytes(32)))
    name = repository_names.keyslots_name(chosen)
    digest = hashlib.sha256(keyslots).hexdigest()
    seen = {digest}
    for other in sorted(repository_names.list_keyslot_ids(), reverse=True):
        if other == chosen or not is_snapshot_id(other) or len(seen) > MAX_OTHER_COPIES:
            continue
        try:
            copy = transport.get(repository_names.keyslots_name(other))
        except MissingObject:
            continue
        if hashlib.sha256(copy).hexdigest() in seen:
            continue
        seen.add(hashlib.sha256(copy).hexdigest())
        key = unwrap(copy)
        if key is None:
            continue
        try:
            manifest = BackupRepository(transport, vault_id,
                                        BackupKeys.from_db_key(key)).read_manifest(chosen)
        except (CorruptObject, MissingObject):
            continue  # a key of another time (before a re-keying): proves nothing here
        if manifest.keyslots_sha256 != digest:
            raise CorruptObject(name, (
                f"this key slots object does not belong to snapshot {chosen} of vault "
                f"{vault_id} (its checksum is not the one the snapshot records; it was "
                f"replaced, perhaps by another snapshot's copy). Your password opens the key "
                f"slots of snapshot {other}; restore that snapshot, or put this one's own "
                "key slots back."))
        return
