"""A lost laptop: restoring a snapshot taken before an erasure, on a new computer, must not
bring the erased person back (nor lose a later opt-out), whichever snapshot is chosen and
whether the backups are on S3 or in a folder. The restored vault is owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.models import Contact, ErasureRecord
from contactweb.services.accounts import session
from contactweb.services.backup import backup
from contactweb.services.backup.backup_restore import restore_backup, restore_remote
from contactweb.services.backup.backup_target import BackupTarget
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import eligible_recipients
from contactweb.services.privacy.erasure import erase_contact
from contactweb.services.privacy.erasure_match import ErasedContactMatch
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.backup_vaults import configure_s3
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import ContactSpec, add_contacts
from tests.support.memory_keyring import RecordingKeyring
from tests.support.sync_vaults import ACCESS_KEY, SECRET_KEY, moto_endpoint

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only


def _people(ws: Workspace) -> tuple[int, int, int]:
    return tuple(add_contacts(ws, [  # type: ignore[return-value]
        ContactSpec("Erin", "Erased", "erin@example.org"),
        ContactSpec("Otto", "Optout", "otto@example.org"),
        ContactSpec("Kim", "Kept", "kim@example.org")]))


def _history(ws: Workspace) -> str:
    """Back up, then erase one person and take an opt-out, then back up again; returns the
    first (old) snapshot's id."""
    erin, otto, _ = _people(ws)
    old = backup.backup_now(ws).snapshot_id
    erase_contact(ws, erin)
    consent.opt_out(ws, otto, "email", evidence="replied STOP")
    erase_contact(ws, otto)  # the opt-out must outlive this too
    backup.backup_now(ws)
    return old


def _check_restored(folder: Path) -> None:
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for name in ("contactweb.db", "keyslots.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600
    ws = session.sign_in(folder, "admin", PASSWORD)
    try:
        with ws.session(readonly=True) as db:
            assert sorted(db.execute(select(Contact.last_name)).scalars()) == ["Kept"]
            erased_by = list(db.execute(select(ErasureRecord.erased_by)).scalars())
            assert sorted(erased_by) == ["admin", "admin", "restore", "restore"]
        with pytest.raises(ErasedContactMatch):  # adding them again is flagged
            contacts.create_contact(ws, ContactInput(
                first_name="Erin", last_name="Erased", emails=[EmailInput("erin@example.org")]))
        add_contacts(ws, [ContactSpec("Otto", "Again", "OTTO+news@example.org")])
        assert [r.address for r in eligible_recipients(ws, "email").included] == [
            "kim@example.org"]
    finally:
        ws.lock()


def test_old_snapshot_from_s3_on_a_new_machine(admin_ws: Workspace, tmp_path: Path,
                                               memory_keyring: RecordingKeyring) -> None:
    bucket = configure_s3(admin_ws)
    old = _history(admin_ws)
    memory_keyring.store.clear()
    target = BackupTarget(kind="s3", endpoint_url=moto_endpoint(), bucket=bucket,
                          region="us-east-2", access_key_id=ACCESS_KEY)
    result = restore_remote(target, SECRET_KEY, "admin", PASSWORD, tmp_path / "new" / "vault",
                            snapshot_id=old)
    assert result.snapshot_id == old and result.contacts_erased == 2
    _check_restored(tmp_path / "new" / "vault")


def test_old_snapshot_from_a_folder_through_the_command_line(admin_ws: Workspace,
                                                             tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb")
    old = _history(admin_ws)
    new_vault = tmp_path / "laptop" / "vault"
    nowhere = CliRunner(tmp_path / "unused", "admin")
    done = nowhere("backup", "restore-remote", "--folder", str(tmp_path / "usb"),
                   "--to", str(new_vault), old, stdin=f"{PASSWORD}\n")
    assert done.code == 0, done.err
    _check_restored(new_vault)


def test_old_snapshot_restored_to_a_folder_from_the_live_vault(admin_ws: Workspace,
                                                               tmp_path: Path) -> None:
    (tmp_path / "usb").mkdir()
    backup.configure_folder(admin_ws, tmp_path / "usb")
    old = _history(admin_ws)
    restore_backup(admin_ws, old, tmp_path / "copy")
    _check_restored(tmp_path / "copy")
