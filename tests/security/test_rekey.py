"""Disabling a user and re-keying: the old database key (from an old copy of the key slots and
the disabled user's password) no longer opens the vault; the remaining users still sign in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from contactweb.errors import AuthenticationFailed, BadInput
from contactweb.services import audit
from contactweb.services.accounts import session, users
from contactweb.services.backup import backup
from contactweb.services.backup.backup_restore import restore_backup, unwrap_key
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.rekey import PENDING_NAME
from contactweb.vault.vault import DB_NAME, KEYSLOTS_NAME, Vault
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

REPO = Path(__file__).resolve().parents[2]
LEAVER_PASSWORD = "Leaver-pass-77!"
STAYER_PASSWORD = ROLE_PASSWORDS["staff"]


def _opens(db_path: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(db_path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _setup(admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> Path:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ada", last_name="Before"))
    users.add_user(admin_ws, "leaver", "staff", LEAVER_PASSWORD, must_change=False)
    users.add_user(admin_ws, "stayer", "staff", STAYER_PASSWORD, must_change=False)
    old_slots = tmp_path / "old-keyslots.json"  # what the leaver kept
    shutil.copyfile(vault_dir / KEYSLOTS_NAME, old_slots)
    return old_slots


def _signs_in(vault_dir: Path, user: str, password: str) -> Workspace | None:
    try:
        return session.sign_in(vault_dir, user, password)
    except AuthenticationFailed:
        return None


def test_disable_and_rekey_shuts_out_the_old_key(admin_ws: Workspace, vault_dir: Path,
                                                 tmp_path: Path) -> None:
    old_slots = _setup(admin_ws, vault_dir, tmp_path)
    audit_key = admin_ws.subkey("audit")
    old_key = unwrap_key(old_slots.read_bytes(), "leaver", LEAVER_PASSWORD)
    assert _opens(vault_dir / DB_NAME, old_key)

    users.disable_user(admin_ws, "leaver")
    result = users.rekey_vault(admin_ws, PASSWORD)

    assert not _opens(vault_dir / DB_NAME, old_key)
    assert set(result.temporary_passwords) == {"stayer"}
    assert "fresh full backup" in result.message()
    # The admin's workspace goes on under the new key; the audit chain still verifies.
    assert [c.name for c in list_contacts(admin_ws)] == ["Before, Ada"]
    assert audit.verify(admin_ws).ok
    assert admin_ws.subkey("audit") == audit_key

    again = session.sign_in(vault_dir, "admin", PASSWORD)
    assert again.raw_key() != old_key and not again.must_change_password
    assert again.subkey("audit") == audit_key and audit.verify(again).ok
    again.lock()
    assert _signs_in(vault_dir, "stayer", STAYER_PASSWORD) is None
    stayer = session.sign_in(vault_dir, "stayer", result.temporary_passwords["stayer"])
    assert stayer.must_change_password
    users.change_own_password(stayer, result.temporary_passwords["stayer"], "Stayer-new-1!")
    stayer.lock()
    session.sign_in(vault_dir, "stayer", "Stayer-new-1!").lock()
    with pytest.raises(AuthenticationFailed, match="disabled"):
        Vault(vault_dir).sign_in("leaver", LEAVER_PASSWORD)


def test_wrong_own_password_changes_nothing(admin_ws: Workspace, vault_dir: Path) -> None:
    before = (vault_dir / KEYSLOTS_NAME).read_bytes()
    key = admin_ws.raw_key()
    with pytest.raises(AuthenticationFailed):
        users.rekey_vault(admin_ws, "not-the-password")
    assert (vault_dir / KEYSLOTS_NAME).read_bytes() == before
    assert _opens(vault_dir / DB_NAME, key)


def test_cli_disable_with_rekey(cli: CliRunner, admin_ws: Workspace, vault_dir: Path,
                                tmp_path: Path) -> None:
    old_slots = _setup(admin_ws, vault_dir, tmp_path)
    old_key = unwrap_key(old_slots.read_bytes(), "leaver", LEAVER_PASSWORD)
    admin_ws.lock()
    done = cli("user", "disable", "leaver", "--rekey")
    assert done.code == 0, done.err
    assert "Disabled leaver." in done.out and "fresh full backup" in done.out
    temporary = next(line.split(": ", 1)[1] for line in done.out.splitlines()
                     if line.startswith("Temporary password for stayer: "))
    assert not _opens(vault_dir / DB_NAME, old_key)
    listed = cli("contact", "list", "--json")
    assert listed.code == 0 and "Before" in listed.out
    assert cli("contact", "list", user="stayer", password=temporary).code == 1  # must change
    assert cli("vault", "rekey", user="stayer", password=temporary).code != 0
    again = cli("vault", "rekey")
    assert again.code == 0, again.err and "Temporary password for stayer" in again.out


@pytest.mark.timeout(120)
def test_killed_between_rekey_and_slot_swap(admin_ws: Workspace, vault_dir: Path,
                                           tmp_path: Path) -> None:
    old_slots = _setup(admin_ws, vault_dir, tmp_path)
    old_key = admin_ws.raw_key()
    users.disable_user(admin_ws, "leaver")
    slots_before = (vault_dir / KEYSLOTS_NAME).read_bytes()
    admin_ws.lock()
    env = {**os.environ, "CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    killed = subprocess.run([sys.executable, "-m", "tests.security.rekey_kill", str(vault_dir),
                             PASSWORD], cwd=REPO, env=env, capture_output=True, timeout=100)
    assert killed.returncode == 9, killed.stderr
    # The file is under the new key; keyslots.json still wraps the old one.
    assert not _opens(vault_dir / DB_NAME, old_key)
    assert (vault_dir / PENDING_NAME).exists()
    assert (vault_dir / KEYSLOTS_NAME).read_bytes() == slots_before

    with pytest.raises(BadInput, match="re-keying of this vault was interrupted"):
        Vault(vault_dir).sign_in("stayer", STAYER_PASSWORD)
    ws = session.sign_in(vault_dir, "admin", PASSWORD)  # finishes the swap
    assert [c.name for c in list_contacts(ws)] == ["Before, Ada"]
    assert audit.verify(ws).ok
    assert not (vault_dir / PENDING_NAME).exists()
    temporary = users.reset_password(ws, "stayer")
    ws.lock()
    session.sign_in(vault_dir, "stayer", temporary).lock()
    assert KeySlotFile.load(vault_dir / KEYSLOTS_NAME).vault_id == \
        KeySlotFile.load(old_slots).vault_id


def test_stale_pending_slots_are_ignored(admin_ws: Workspace, vault_dir: Path) -> None:
    """Killed before PRAGMA rekey committed: the pending slots wrap a key never applied."""
    users.add_user(admin_ws, "stayer", "staff", STAYER_PASSWORD, must_change=False)
    stale = KeySlotFile.load(vault_dir / KEYSLOTS_NAME)
    stale.make_slot("admin", PASSWORD, os.urandom(32), stale.slots[stale.slot_id("admin")].kdf)
    stale.save(vault_dir / PENDING_NAME)
    admin_ws.lock()
    session.sign_in(vault_dir, "admin", PASSWORD).lock()
    session.sign_in(vault_dir, "stayer", STAYER_PASSWORD).lock()


def test_backups_after_rekey(admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    """Old snapshots stay under the old key (no longer listed); a fresh backup is full and
    restores under the new key only."""
    _setup(admin_ws, vault_dir, tmp_path)
    (tmp_path / "backups").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "backups")
    old_snapshot = backup.backup_now(admin_ws).snapshot_id
    users.disable_user(admin_ws, "leaver")
    users.rekey_vault(admin_ws, PASSWORD)
    fresh = backup.backup_now(admin_ws)
    assert [s.snapshot_id for s in backup.list_backups(admin_ws)] == [fresh.snapshot_id]
    assert fresh.snapshot_id != old_snapshot
    restored = restore_backup(admin_ws, None, tmp_path / "restored")
    assert restored.snapshot_id == fresh.snapshot_id
    ws = session.sign_in(tmp_path / "restored", "admin", PASSWORD)
    assert [c.name for c in list_contacts(ws)] == ["Before, Ada"] and audit.verify(ws).ok
    assert ws.raw_key() == admin_ws.raw_key()
    ws.lock()
