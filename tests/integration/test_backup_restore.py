"""Restoring through the services and the command line: erasures re-applied, in place with the
old vault kept aside, and on a new machine with only the S3 settings and a password."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.errors import AuthenticationFailed, BadInput
from contactweb.models import Contact
from contactweb.services import audit
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.services.privacy.erasure import erase_contact
from contactweb.store.engine import make_engine
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.backup_vaults import (
    ACCESS_KEY,
    SECRET_KEY,
    add_users,
    configure_s3,
    dump_all,
    moto_endpoint,
    populate,
)
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


def _first_names(db_path: Path, key: bytes) -> list[str]:
    engine = make_engine(db_path, key)
    try:
        with engine.connect() as conn:
            return sorted(conn.execute(select(Contact.first_name)).scalars())
    finally:
        engine.dispose()


@pytest.fixture
def folder_target(admin_ws: Workspace, tmp_path: Path) -> Path:
    remote = tmp_path / "second-site"
    remote.mkdir()
    backup.configure_folder(admin_ws, remote)
    return remote


def test_restore_re_applies_an_erasure_made_after_the_backup(
        admin_ws: Workspace, folder_target: Path, tmp_path: Path) -> None:
    erased = populate(admin_ws, 3)[1]
    old = backup.backup_now(admin_ws)
    erase_contact(admin_ws, erased)
    backup.backup_now(admin_ws)  # a newer backup exists too; the older one is restored

    result = backup.restore_backup(admin_ws, old.snapshot_id, tmp_path / "restored")
    assert result.contacts_erased == 1
    names = _first_names(result.db_path, admin_ws.raw_key())
    assert names == ["Person0", "Person2"]  # Person1 was erased after the backup
    event = audit.list_events(admin_ws, action="backup.restore")[0]
    assert event.object_id == old.snapshot_id and event.details["contacts_erased"] == 1


def test_restore_in_place_keeps_the_old_vault_aside(
        admin_ws: Workspace, folder_target: Path, vault_dir: Path) -> None:
    populate(admin_ws, 2)
    snapshot = backup.backup_now(admin_ws).snapshot_id
    key = admin_ws.raw_key()
    populate(admin_ws, 1, start=50)
    erase_contact(admin_ws, populate(admin_ws, 1, start=60)[0])
    with pytest.raises(BadInput, match="current vault"):
        backup.restore_backup(admin_ws, snapshot, vault_dir)  # "new folder" = the vault itself

    result = backup.restore_backup(admin_ws, snapshot, in_place=True)
    assert admin_ws.locked  # the workspace was closed before the files moved
    assert result.in_place and {p.name.split(".before-restore-")[0]
                                for p in result.kept_aside} == {"contactweb.db",
                                                                "keyslots.json"}
    aside_db = next(p for p in result.kept_aside if p.name.startswith("contactweb.db"))
    assert "Person50" in _first_names(aside_db, key)  # the old vault, intact, with its newer rows
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        with ws.session(readonly=True) as s:
            names = sorted(s.execute(select(Contact.first_name)).scalars())
        assert names == ["Person0", "Person1"]
        restore_event = audit.list_events(ws, action="backup.restore")[0]
        assert restore_event.username == "admin" and restore_event.details["in_place"] is True
    finally:
        ws.lock()


def test_new_machine_restores_with_s3_settings_and_a_password(
        cli: CliRunner, admin_ws: Workspace, tmp_path: Path,
        memory_keyring: RecordingKeyring) -> None:
    add_users(admin_ws)
    populate(admin_ws, 6)
    bucket = configure_s3(admin_ws)
    backup.backup_now(admin_ws)
    erase_contact(admin_ws, 1)  # after the backup: restore on a new machine erases it too
    backup.backup_now(admin_ws)
    expected = dump_all(admin_ws.vault.db_path, admin_ws.raw_key())["contacts"]
    # A new machine: an empty keyring, no vault, only the settings and staff's password.
    memory_keyring.store.clear()
    new_home = tmp_path / "new-machine"
    args = ["backup", "restore-remote", "--endpoint", moto_endpoint(), "--bucket", bucket,
            "--region", "us-east-2", "--access-key-id", ACCESS_KEY, "--secret-stdin",
            "--to", str(new_home / "vault")]
    nowhere = CliRunner(new_home / "unused", "staff")
    wrong = nowhere(*args, stdin=f"Not-the-password-1\n{SECRET_KEY}\n")
    assert wrong.code == AuthenticationFailed.exit_code and "Wrong username or password" in \
        wrong.err
    assert not (new_home / "vault").exists()
    done = nowhere(*args, stdin=f"{ROLE_PASSWORDS['staff']}\n{SECRET_KEY}\n")
    assert done.code == 0, done.err
    assert str(new_home / "vault") in done.out

    restored = CliRunner(new_home / "vault", "staff", ROLE_PASSWORDS["staff"])
    listed = restored("contact", "list", "--json")
    assert listed.code == 0
    ws = session.sign_in(new_home / "vault", "admin", PASSWORD)
    try:
        assert dump_all(ws.vault.db_path, ws.raw_key())["contacts"] == expected
        # The secret key came along into this machine's store: backups go on from here.
        assert backup.backup_now(ws).pages_total > 0
    finally:
        ws.lock()
