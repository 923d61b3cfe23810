"""A backup restored into a folder is a copy: marked, detached from the destination, refused
by the live vault's backup set, until an administrator adopts it as a new vault or in place of
the live vault. Through the command line, over a real S3 endpoint (moto server mode)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.services import secrets
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.backup_vaults import SECRET_KEY, configure_s3, populate
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


def restored_copy(admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> tuple[Path, str]:
    """The live vault backed up to a bucket, then restored into a folder by the CLI."""
    populate(admin_ws, 6)
    bucket = configure_s3(admin_ws)
    assert cli("backup", "now").code == 0
    copy = tmp_path / "restored"
    restored = cli("backup", "restore", "latest", "--to", str(copy))
    assert restored.code == 0, restored.err
    return copy, bucket


def snapshot_ids(ws: Workspace) -> list[str]:
    return [s.snapshot_id for s in backup.list_backups(ws)]


def test_the_reported_sequence_leaves_the_live_backup_set_alone(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    copy, _bucket = restored_copy(admin_ws, cli, tmp_path)
    live_set = snapshot_ids(admin_ws)
    in_copy = CliRunner(copy, "admin", PASSWORD)

    info = in_copy("vault", "info")
    assert info.code == 0
    assert "RESTORED COPY" in info.out and f"live vault is in {admin_ws.vault.folder.resolve()}" \
        in info.out
    assert "Backups: Restored copy: backups are off until an administrator adopts it" in info.out
    assert "RESTORED COPY" not in cli("vault", "info").out  # the live vault is not a copy

    now = in_copy("backup", "now")
    assert now.code == 1 and "copy restored from backup" in now.err and "adopt" in now.err
    # Pointing it at the live destination by hand is refused as well.
    assert in_copy("backup", "config", "--folder", str(tmp_path)).code == 1
    assert snapshot_ids(admin_ws) == live_set

    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        assert backup.read_target(ws) is None  # detached from the S3 destination
        assert backup.next_backup_due(ws) is None  # and from the schedule
    finally:
        ws.lock()


def test_a_copy_adopted_as_a_new_vault_is_refused_by_the_live_set(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path) -> None:
    copy, bucket = restored_copy(admin_ws, cli, tmp_path)
    live_set = snapshot_ids(admin_ws)
    in_copy = CliRunner(copy, "admin", PASSWORD)
    adopted = in_copy("backup", "adopt", "new")
    assert adopted.code == 0 and "vault of its own" in adopted.out
    assert "RESTORED COPY" not in in_copy("vault", "info").out

    # The same bucket and folder as the live vault: that set refuses another vault's snapshot.
    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        target = backup.read_target(admin_ws)
        backup.configure_s3(ws, target.endpoint_url, bucket, target.region,
                            target.access_key_id, secret="the-copys-own-secret")
        backup.record_transfer_basis(ws, "encryption")
    finally:
        ws.lock()
    # Same vault id, same keyring service: the copy's secret never replaces the live one's.
    assert secrets.read_secret(admin_ws, backup.SECRET_NAME) == SECRET_KEY
    refused = in_copy("backup", "now")
    assert refused.code == 1 and "holds the backups of another vault" in refused.err
    assert snapshot_ids(admin_ws) == live_set

    # Its own folder in the bucket is its own backup set.
    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        backup.configure_s3(ws, target.endpoint_url, bucket, target.region,
                            target.access_key_id, prefix="the-copy")
        assert backup.backup_now(ws).snapshot_id not in live_set
    finally:
        ws.lock()
    assert snapshot_ids(admin_ws) == live_set
    assert cli("backup", "now").code == 0  # the live vault goes on backing up


def test_a_copy_keeps_its_keyring_secrets_apart_from_the_live_vaults(
        admin_ws: Workspace, cli: CliRunner, tmp_path: Path,
        memory_keyring: RecordingKeyring) -> None:
    from contactweb.services.mailing import smtp_settings

    smtp_settings.remember_password(admin_ws, "the-live-smtp-password")
    copy, _bucket = restored_copy(admin_ws, cli, tmp_path)
    live_entries = {key: value for key, value in memory_keyring.store.items()
                    if key[0] == f"ContactWeb {admin_ws.vault.vault_id}"}
    assert live_entries[(f"ContactWeb {admin_ws.vault.vault_id}", "smtp.password")] == \
        "the-live-smtp-password"
    assert CliRunner(copy, "admin", PASSWORD)("backup", "adopt", "new").code == 0

    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        # The copy still has the password it was restored with, from entries of its own.
        assert smtp_settings.smtp_password(ws) == "the-live-smtp-password"
        assert smtp_settings.remember_password(ws, "the-copys-smtp-password") == "keyring"
        assert smtp_settings.smtp_password(ws) == "the-copys-smtp-password"
    finally:
        ws.lock()
    assert smtp_settings.smtp_password(admin_ws) == "the-live-smtp-password"
    assert {key: value for key, value in memory_keyring.store.items()
            if key[0] == f"ContactWeb {admin_ws.vault.vault_id}"} == live_entries

    # Forgetting the password in the copy leaves the live vault's entry in place too.
    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        secrets.forget_secret(ws, smtp_settings.PASSWORD_SECRET)
        assert smtp_settings.smtp_password(ws) is None
    finally:
        ws.lock()
    assert smtp_settings.smtp_password(admin_ws) == "the-live-smtp-password"


def test_a_copy_adopted_in_place_of_the_live_vault_takes_over_its_backups(
        admin_ws: Workspace, cli: CliRunner, vault_dir: Path, tmp_path: Path) -> None:
    copy, _bucket = restored_copy(admin_ws, cli, tmp_path)
    live_set = snapshot_ids(admin_ws)
    admin_ws.lock()  # the live vault is closed while it is replaced
    ws = session.sign_in(copy, "admin", PASSWORD)
    try:
        made = contacts.create_contact(ws, ContactInput(first_name="Made", last_name="InTheCopy"))
    finally:
        ws.lock()
    in_copy = CliRunner(copy, "admin", PASSWORD)

    unconfirmed = in_copy("backup", "adopt", "replace-live")
    assert unconfirmed.code == 1 and "--yes" in unconfirmed.err
    still_open = session.sign_in(vault_dir, "admin", PASSWORD)  # someone works in it
    try:
        busy = in_copy("backup", "adopt", "replace-live", "--yes")
        assert busy.code == 1 and "is open" in busy.err
        assert (copy / "contactweb.db").exists()
    finally:
        still_open.lock()
    adopted = in_copy("backup", "adopt", "replace-live", "--yes")
    assert adopted.code == 0, adopted.err
    assert not (copy / "contactweb.db").exists()
    assert list(vault_dir.glob("contactweb.db.before-adopt-*"))  # the old live files, kept

    live = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert backup.restored_copy(live) is None
        assert contacts.get_contact(live, made).last_name == "InTheCopy"
        assert backup.read_target(live) is not None  # the live destination, back again
        new = backup.backup_now(live)  # accepted by the live set: same identity
        assert snapshot_ids(live) == [*live_set, new.snapshot_id]
    finally:
        live.lock()
