"""Closing the account: the whole vault goes, its secrets and backups with it, and only after
the exact confirmation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contactweb.errors import BadInput, PermissionDenied
from contactweb.services import secrets
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.privacy import (
    confirmation_phrase,
    delete_vault,
    transport_backup_deleter,
)
from contactweb.services.privacy.vault_deletion import overwrite_and_unlink
from contactweb.sync.engine import BackupEngine
from contactweb.sync.folder_transport import FolderTransport
from contactweb.vault.workspace import Workspace
from tests.conftest import ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring

# Deleting a vault deletes its SQLCipher file and that file's page-level backups.
pytestmark = pytest.mark.sqlite_only


def test_wrong_phrase_or_role_changes_nothing(admin_ws: Workspace, user_ws,
                                              vault_dir: Path) -> None:  # noqa: ANN001
    before = sorted(p.name for p in vault_dir.iterdir())
    with pytest.raises(BadInput, match=f"DELETE {vault_dir.name}"):
        delete_vault(admin_ws, "DELETE something-else")
    manager = user_ws("manager")
    with pytest.raises(PermissionDenied):
        delete_vault(manager, confirmation_phrase(manager))
    assert sorted(p.name for p in vault_dir.iterdir()) == before
    assert not admin_ws.locked


def test_deletes_folder_secrets_and_backups(admin_ws: Workspace, vault_dir: Path,
                                            memory_keyring: RecordingKeyring) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ann"))
    assert secrets.store_secret(admin_ws, "smtp_password", "hunter2") == "keyring"
    secrets.store_secret(admin_ws, "s3_secret_key", "s3cr3t")
    assert len(memory_keyring.store) == 2
    calls = []

    def delete_backups() -> int:
        calls.append(admin_ws.locked)
        return 17

    result = delete_vault(admin_ws, confirmation_phrase(admin_ws), delete_backups)
    assert calls == [False]  # backups first, while the vault can still be used for a retry
    assert result.backup_objects_deleted == 17
    assert memory_keyring.store == {}
    assert {"smtp_password", "s3_secret_key"} <= set(result.secrets_forgotten)
    assert not vault_dir.exists()
    assert result.files_overwritten >= 2  # at least the database and the key slots
    assert admin_ws.locked


def test_a_failing_backup_deletion_leaves_the_vault(admin_ws: Workspace,
                                                    vault_dir: Path) -> None:
    def broken() -> int:
        raise BadInput("The backup server refused the request.")

    with pytest.raises(BadInput, match="backup server"):
        delete_vault(admin_ws, confirmation_phrase(admin_ws), broken)
    assert (vault_dir / "contactweb.db").exists() and not admin_ws.locked


def test_file_contents_are_overwritten_before_unlinking(tmp_path: Path) -> None:
    """A second hard link keeps the inode alive, so we can read what was left in it."""
    target = tmp_path / "secret.bin"
    original = b"ANN LEE ann@example.com " * 5000
    target.write_bytes(original)
    witness = tmp_path / "witness.bin"
    os.link(target, witness)
    assert overwrite_and_unlink(target) == len(original)
    assert not target.exists()
    left = witness.read_bytes()
    assert len(left) == len(original) and b"ann@example.com" not in left


def test_cli_vault_delete(cli: CliRunner, admin_ws: Workspace, user_ws,
                          vault_dir: Path) -> None:  # noqa: ANN001
    user_ws("manager")
    denied = cli("vault", "delete", "--confirm", f"DELETE {vault_dir.name}", user="manager",
                 password=ROLE_PASSWORDS["manager"])
    assert denied.code == 1 and vault_dir.exists()
    wrong = cli("vault", "delete", "--confirm", "yes")
    assert wrong.code == 1 and f"DELETE {vault_dir.name}" in wrong.err and vault_dir.exists()
    admin_ws.lock()
    done = cli("vault", "delete", "--confirm", f"DELETE {vault_dir.name}")
    assert done.code == 0, done.err
    assert not vault_dir.exists()
    assert "No backup destination was configured" in done.out


@pytest.mark.parametrize("keep", [False, True])
def test_cli_vault_delete_deletes_the_configured_backups(
        cli: CliRunner, admin_ws: Workspace, vault_dir: Path, tmp_path: Path, keep: bool) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    vault_id = admin_ws.vault.vault_id
    assert cli("backup", "config", "--folder", str(backups)).code == 0
    made = cli("backup", "now")
    assert made.code == 0, made.err
    stored = FolderTransport(backups).list(f"{vault_id}/")
    assert stored
    admin_ws.lock()
    args = ["vault", "delete", "--confirm", f"DELETE {vault_dir.name}"]
    done = cli(*args, *(["--keep-backups"] if keep else []))
    assert done.code == 0, done.err
    assert not vault_dir.exists()
    left = FolderTransport(backups).list(f"{vault_id}/")
    if keep:
        assert left == stored and "kept, as asked" in done.out
    else:
        assert left == [] and f"{len(stored)} object(s)" in done.out


def test_deletes_every_backup_object_of_this_vault(admin_ws: Workspace, vault_dir: Path,
                                                   tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    transport = FolderTransport(backups)
    engine = BackupEngine(transport, admin_ws.vault.vault_id, admin_ws.raw_key())
    engine.backup(admin_ws.vault.db_path, admin_ws.vault.keyslots_path)
    transport.put("another-vault/keep-me", b"not ours")
    stored = len(transport.list(f"{admin_ws.vault.vault_id}/"))
    assert stored >= 3  # packs, a manifest, the key slots copy
    deleter = transport_backup_deleter(transport, admin_ws.vault.vault_id)
    result = delete_vault(admin_ws, confirmation_phrase(admin_ws), deleter)
    assert result.backup_objects_deleted == stored
    assert transport.list("") == ["another-vault/keep-me"]
    assert not vault_dir.exists()
