"""Re-keying: a new random database key (``PRAGMA rekey``) and new key slots, crash-safe.

The database file and ``keyslots.json`` cannot change in one atomic step, so the new slots
are first written beside the old ones as ``keyslots.rekey.json``:

1. ``keyslots.rekey.json`` (atomic write): the new key wrapped for the remaining users.
2. ``PRAGMA rekey`` on a connection of its own, with every pooled connection closed. SQLite
   commits it as one transaction: afterwards the file opens under the old key or the new.
3. ``os.replace(keyslots.rekey.json, keyslots.json)``.

Killed before 2 commits: ``keyslots.json`` still opens the file; the pending file is unused.
Killed between 2 and 3: the old slots unwrap a key that no longer opens the file; sign-in
then tries the pending slots (``finish_interrupted``), and when one opens the file it is
promoted, so the re-keying completes at the first sign-in of someone holding a new slot.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from contactweb.errors import Refused
from contactweb.i18n import _
from contactweb.models import Setting
from contactweb.store.engine import SILENCE_SQLCIPHER_LOG, WrongKeyError, make_engine, verify_key
from contactweb.vault import crypto
from contactweb.vault.atomic import fsync_directory
from contactweb.vault.keyslots import KeySlotFile

if TYPE_CHECKING:
    from contactweb.vault.vault import Vault
    from contactweb.vault.workspace import Workspace

PENDING_NAME = "keyslots.rekey.json"
# The keyed hashes (audit chain, erasure and opt-out ledgers) must still verify after a
# re-keying, so they derive from the first database key, kept here inside the encrypted file.
SUBKEY_ROOT_SETTING = "vault.subkey_root"


def pending_path(vault: Vault) -> Path:
    return vault.folder / PENDING_NAME



def _keep_subkey_root(ws: Workspace) -> None:
    with ws.session() as session:
        if session.get(Setting, SUBKEY_ROOT_SETTING) is None:
            session.add(Setting(key=SUBKEY_ROOT_SETTING, value=f'"{ws.raw_key().hex()}"'))


def _rekey_file(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    conn = sqlcipher3.connect(str(db_path), timeout=10, isolation_level=None)
    try:
        conn.execute(SILENCE_SQLCIPHER_LOG)
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        # Old-key frames must not outlive the rekey in the WAL, nor new ones stay there.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"").fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def rekey(ws: Workspace, new_key: bytes, new_slots: KeySlotFile,
          after_database_rekeyed: Callable[[], None] | None = None) -> None:
    """Re-key ``ws``'s vault to ``new_key`` and install ``new_slots`` (which must wrap it).

    The workspace's pool is disposed first and replaced by one under the new key, so ``ws``
    goes on working. ``after_database_rekeyed`` runs between steps 2 and 3 (tests kill the
    process there)."""
    if len(new_key) != crypto.KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    vault, old_key = ws.vault, ws.raw_key()
    _keep_subkey_root(ws)
    pending = pending_path(vault)
    new_slots.save(pending)
    ws.engine.dispose()  # type: ignore[union-attr]  # raw_key() above proved it is open
    try:
        _rekey_file(vault.db_path, old_key, new_key)
    except sqlcipher3.Error as exc:
        pending.unlink(missing_ok=True)
        ws.replace_key(make_engine(vault.db_path, old_key), old_key)
        raise Refused(_("The vault could not be re-keyed ({exc}); nothing was changed. Close "
                        "other windows or commands using this vault and try again.").format(
            exc=exc)) from exc
    if after_database_rekeyed is not None:
        after_database_rekeyed()
    os.replace(pending, vault.keyslots_path)
    fsync_directory(vault.folder)
    ws.replace_key(make_engine(vault.db_path, new_key), new_key)


def finish_interrupted(vault: Vault, username: str, password: str) -> bytes | None:
    """After a re-keying killed between ``PRAGMA rekey`` and the slot swap: the key from this
    user's pending slot, if it opens the file (the pending slots are then promoted)."""
    pending = pending_path(vault)
    if not pending.exists():
        return None
    slots = KeySlotFile.load(pending)
    sid = slots.slot_id(username)
    slot = slots.slots.get(sid)
    if slot is None or slot.disabled:
        return None
    kek = crypto.derive_kek(password, slot.salt, slot.kdf)
    key = crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid))
    if key is None:
        return None
    engine = make_engine(vault.db_path, key)
    try:
        verify_key(engine)
    except WrongKeyError:
        return None
    finally:
        engine.dispose()
    os.replace(pending, vault.keyslots_path)
    fsync_directory(vault.folder)
    return key
