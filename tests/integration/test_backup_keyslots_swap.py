"""restore-remote with the key slots copies of two snapshots swapped: the message names the
key slots object that does not belong to the snapshot, instead of blaming the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.services.accounts import session, users
from contactweb.services.backup import backup
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

# Backups copy the SQLCipher file's pages; a team vault's backups (pg_dump) are their own.
pytestmark = pytest.mark.sqlite_only

FIRST, SECOND = "First-password-1!", "Second-password-2!"


def _swap(a: Path, b: Path) -> None:
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)


def test_swapped_key_slots_are_named(admin_ws: Workspace, tmp_path: Path) -> None:
    remote = tmp_path / "second-site"
    remote.mkdir()
    backup.configure_folder(admin_ws, remote)
    users.add_user(admin_ws, "owner", "staff", FIRST, must_change=False)
    older = backup.backup_now(admin_ws).snapshot_id
    owner = session.sign_in(admin_ws.vault.folder, "owner", FIRST)
    users.change_own_password(owner, FIRST, SECOND)
    owner.lock()
    newer = backup.backup_now(admin_ws).snapshot_id
    vault_id = admin_ws.vault.vault_id
    slots = remote / vault_id / "keyslots"
    _swap(slots / f"{older}.json", slots / f"{newer}.json")

    nowhere = CliRunner(tmp_path / "unused", "owner")
    base = ["backup", "restore-remote", "--folder", str(remote)]
    for snapshot, password in ((older, FIRST), (None, SECOND)):
        dest = tmp_path / f"restored-{snapshot}"
        args = [*base, "--to", str(dest), *([snapshot] if snapshot else [])]
        result = nowhere(*args, password=password)
        named = snapshot or newer
        assert result.code == 1, result.err
        assert "Wrong username or password" not in result.err
        assert f"{vault_id}/keyslots/{named}.json" in result.err
        assert f"does not belong to snapshot {named}" in result.err
        assert not dest.exists()

    # A plainly wrong password is still called that.
    wrong = nowhere(*base, "--to", str(tmp_path / "wrong"), password="Not-the-password-1")
    assert wrong.code == 3 and "Wrong username or password" in wrong.err

    _swap(slots / f"{older}.json", slots / f"{newer}.json")  # put back: both restore
    done = nowhere(*base, "--to", str(tmp_path / "ok"), older, password=FIRST)
    assert done.code == 0, done.err
    assert CliRunner(tmp_path / "ok", "admin", PASSWORD)("contact", "list").code == 0
