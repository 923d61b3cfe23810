"""Closing the account: delete the whole vault, its backups and its stored secrets.

Every file in the vault folder is overwritten with random bytes and flushed to disk before it
is unlinked, so nothing readable stays in the files' old blocks on ordinary file systems
(copy-on-write file systems and SSD wear levelling may keep old blocks; the database was
encrypted throughout, and the key is gone with the key slots).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from contactweb.errors import BadInput, Refused
from contactweb.i18n import _
from contactweb.models import Setting
from contactweb.services import audit, secrets
from contactweb.services.accounts import users
from contactweb.sync.errors import BackupError
from contactweb.sync.transport import Transport
from contactweb.vault.atomic import fsync_directory
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)

KNOWN_SECRETS = ("smtp_password", "imap_password", "s3_secret_key")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class VaultDeletionResult:
    folder: Path
    files_overwritten: int
    bytes_overwritten: int
    backup_objects_deleted: int | None  # None: no backup deleter was given
    secrets_forgotten: list[str]


def team_vault_advice(ws: Workspace) -> str:
    """Why a team vault is not deleted from a desktop, and what its owner does instead."""
    profile = ws.vault.profile  # type: ignore[attr-defined]
    ns = profile.namespace
    return _("{name} is a team vault: its contacts live in the database {database!r} on "
             "{server}, not on this computer, so nothing here can delete them. To delete the "
             "vault, the database's owner, on the server: drops the database (dropdb "
             "{database}, or DROP DATABASE \"{database}\"), then its roles (each person's "
             "login {ns}.NAME, then the groups {ns}_member, {ns}_readonly, {ns}_staff, "
             "{ns}_manager and {ns}_admin), and deletes its backups at their destination. Then "
             "each desktop forgets the server: 'contactweb team forget {name}', or Forget this "
             "server in the Team server window.").format(
        name=profile.name, database=profile.database, server=profile.label, ns=ns)


def refuse_on_team_vault(ws: Workspace) -> None:
    if ws.on_team_server:
        raise Refused(team_vault_advice(ws))


def confirmation_phrase(ws: Workspace) -> str:
    """What the admin types to confirm: names the very folder that will disappear."""
    return f"DELETE {ws.vault.folder.name}"


def _secret_names(ws: Workspace) -> list[str]:
    with ws.session(readonly=True) as session:
        keys = session.execute(select(Setting.key).where(
            Setting.key.like("secret_location.%"))).scalars()
        stored = {k.removeprefix("secret_location.") for k in keys}
    return sorted(stored | set(KNOWN_SECRETS))


def overwrite_and_unlink(path: Path) -> int:
    """Overwrite a file's contents with random bytes, fsync, then remove it."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as handle:
        left = size
        while left > 0:
            n = min(_CHUNK, left)
            handle.write(os.urandom(n))
            left -= n
        os.fsync(handle.fileno())
    path.unlink()
    return size



def wipe_folder(folder: Path) -> tuple[int, int]:
    """Overwrite and remove every file below ``folder``, then the folders themselves."""
    files = 0
    total = 0
    for root, dirs, names in os.walk(folder, topdown=False):
        root_path = Path(root)
        for name in names:
            path = root_path / name
            if path.is_symlink():
                path.unlink()
                continue
            total += overwrite_and_unlink(path)
            files += 1
        for name in dirs:
            (root_path / name).rmdir()
        fsync_directory(root_path)
    folder.rmdir()
    if folder.parent.exists():
        fsync_directory(folder.parent)
    return files, total


def transport_backup_deleter(transport: Transport, vault_id: str) -> Callable[[], int]:
    """A ``backup_deleter`` for ``delete_vault``: every object of this vault's backups on a
    backup destination (S3 bucket or folder), checked gone afterwards."""
    prefix = f"{vault_id}/"

    def delete_all() -> int:
        try:
            names = transport.list(prefix)
            for name in names:
                transport.delete(name)
            left = transport.list(prefix)
        except BackupError as exc:
            raise Refused(_("The backups on {value} could not be deleted ({exc}); "
                            "nothing was deleted. Try again when the destination is reachable, "
                            "or keep the backups.").format(
                value=transport.describe(), exc=exc)) from exc
        if left:
            raise Refused(_("{count} backup objects on {value} could not be "
                            "deleted; nothing else was deleted. Try again.").format(
                count=len(left), value=transport.describe()))
        return len(names)

    return delete_all


def delete_vault(ws: Workspace, confirmation: str,
                 backup_deleter: Callable[[], int] | None = None, *,
                 own_password: str | None = None) -> VaultDeletionResult:
    """Admin only, after typing ``confirmation_phrase(ws)`` exactly.

    ``own_password``, when given (the GUI always gives it), must be the signed-in admin's
    password: someone who finds an unlocked session cannot close the account.

    ``backup_deleter`` (from the backup service, when backups are configured) deletes every
    backup object and returns how many; it runs first, so a failure there leaves the vault
    in place and the admin can try again. The workspace is locked afterwards.
    """
    ws.require(Action.VAULT_DELETE)
    refuse_on_team_vault(ws)  # deleting this computer's folder would delete nothing
    expected = confirmation_phrase(ws)
    if confirmation.strip() != expected:
        raise BadInput(_("To delete this vault, type exactly: {expected}").format(
            expected=expected))
    if own_password is not None:
        users.check_own_password(ws, own_password)
    folder = ws.vault.folder.resolve()
    if not (folder / "keyslots.json").exists():
        raise Refused(_("{folder} does not look like a ContactWeb vault; nothing was deleted.").format(
            folder=folder))
    audit.record_now(ws, "vault.delete", "vault", ws.vault.vault_id,
                     {"backups": backup_deleter is not None})
    deleted_backups = backup_deleter() if backup_deleter is not None else None
    forgotten = []
    for name in _secret_names(ws):
        secrets.forget_secret(ws, name)
        forgotten.append(name)
    ws.lock()  # closes every connection before the files go
    files, total = wipe_folder(folder)
    log.info("vault deleted: %d files overwritten", files)
    return VaultDeletionResult(folder, files, total, deleted_backups, forgotten)
