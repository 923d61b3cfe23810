"""Key slots: a password unwraps the database key only for its own slot, in its own vault, and
the file reveals neither usernames nor the key."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from contactweb.errors import AuthenticationFailed, BadInput
from contactweb.vault import crypto
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.vault import KEYSLOTS_NAME, Vault
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

FAST = crypto.KdfParams(memory_kib=1024, iterations=1, parallelism=1)


def _unwrap(slots: KeySlotFile, username: str, password: str) -> bytes | None:
    sid = slots.slot_id(username)
    slot = slots.slots[sid]
    kek = crypto.derive_kek(password, slot.salt, slot.kdf)
    return crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid))


def test_wrap_and_unwrap() -> None:
    key = os.urandom(32)
    slots = KeySlotFile.new()
    slots.make_slot("ann", "Ann-password-1", key, FAST)
    slots.make_slot("bob", "Bob-password-2", key, FAST)
    assert _unwrap(slots, "ann", "Ann-password-1") == key
    assert _unwrap(slots, "ANN", "Ann-password-1") == key  # names fold case
    assert _unwrap(slots, "ann", "Bob-password-2") is None
    assert _unwrap(slots, "bob", "Bob-password-2") == key


def test_slots_are_bound_to_their_id_and_vault() -> None:
    key = os.urandom(32)
    slots = KeySlotFile.new()
    slots.make_slot("ann", "Ann-password-1", key, FAST)
    slots.make_slot("bob", "Bob-password-2", key, FAST)
    # Moving Ann's slot under Bob's id does not let her password open Bob's account.
    swapped = KeySlotFile(slots.vault_id, slots.vault_salt, dict(slots.slots))
    swapped.slots[swapped.slot_id("bob")] = slots.slots[slots.slot_id("ann")]
    assert _unwrap(swapped, "bob", "Ann-password-1") is None
    # Nor does a slot copied into another vault's file.
    other = KeySlotFile.new()
    other.vault_salt = slots.vault_salt
    other.slots = dict(slots.slots)
    assert _unwrap(other, "ann", "Ann-password-1") is None
    # A flipped bit in the wrapped key is caught by the authentication tag.
    slot = slots.slots[slots.slot_id("ann")]
    slot.wrapped = bytes([slot.wrapped[0] ^ 1]) + slot.wrapped[1:]
    assert _unwrap(slots, "ann", "Ann-password-1") is None


def test_file_names_no_user_and_holds_no_key(admin_ws: Workspace, vault_dir: Path) -> None:
    text = (vault_dir / KEYSLOTS_NAME).read_text()
    data = json.loads(text)
    assert data["format"] == 1 and len(data["slots"]) == 1
    assert '"admin"' not in text and PASSWORD not in text
    key = admin_ws.raw_key()
    for blob in (key.hex(), key.hex().upper(), base64.b64encode(key).decode()):
        assert blob not in text
    sid = next(iter(data["slots"]))
    assert len(sid) == 64 and sid == KeySlotFile.load(vault_dir / KEYSLOTS_NAME).slot_id("admin")
    # The default cost is the documented one; tests opt into a cheap one explicitly.
    assert crypto.KdfParams().as_dict() == {"name": "argon2id", "m": 65536, "t": 3, "p": 4}
    assert (vault_dir / KEYSLOTS_NAME).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content, message", [
    ("", "damaged"),
    ("{not json", "damaged"),
    ('{"format": 99}', "unknown format"),
    ('{"format": 1, "vault_id": "x"}', "damaged"),
    ('{"format": 1, "vault_id": "x", "vault_salt": "AA==", "slots": {"s": {"kdf": '
     '{"name": "scrypt"}}}}', "damaged"),
])
def test_damaged_keyslot_file_is_a_clear_error(admin_ws: Workspace, vault_dir: Path,
                                               content: str, message: str) -> None:
    (vault_dir / KEYSLOTS_NAME).write_text(content)
    with pytest.raises(BadInput, match=message):
        Vault(vault_dir).sign_in("admin", PASSWORD)


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="No vault"):
        Vault(tmp_path / "nowhere").sign_in("admin", PASSWORD)


def test_saves_are_atomic_and_leave_no_temporary_files(admin_ws: Workspace,
                                                       vault_dir: Path) -> None:
    slots = KeySlotFile.load(vault_dir / KEYSLOTS_NAME)
    for i in range(5):
        slots.make_slot(f"user{i}", f"Password-{i}-xyz!", admin_ws.raw_key(), FAST)
        slots.save(vault_dir / KEYSLOTS_NAME)
    assert sorted(p.name for p in vault_dir.iterdir() if "keyslots" in p.name) == [KEYSLOTS_NAME]
    assert len(KeySlotFile.load(vault_dir / KEYSLOTS_NAME).slots) == 6


def test_creating_over_an_existing_vault_is_refused(admin_ws: Workspace, vault_dir: Path) -> None:
    before = (vault_dir / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(BadInput, match="already exists"):
        Vault.create(vault_dir, "mallory", "Mallory-pass-1!")
    assert (vault_dir / KEYSLOTS_NAME).read_bytes() == before
    with pytest.raises(AuthenticationFailed):
        Vault(vault_dir).sign_in("mallory", "Mallory-pass-1!")
