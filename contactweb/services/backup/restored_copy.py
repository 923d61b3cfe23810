"""A backup restored into a new folder is a copy, not the vault: it says so, and it is cut off
from backups until an administrator adopts it.

Restoring into a folder marks the copy (inside its own database, so moving the folder keeps
the mark), detaches it from the backup destination the snapshot carried, and gives it an
identity of its own. Every snapshot records the identity of the vault it was taken from, and a
backup set refuses a snapshot of another identity: a copy can never slip its contents above the
live vault's newest backup. Adopting the copy is deliberate, one of:

- a new vault: it keeps its own identity and has no destination until one is configured
  (the live vault's destination refuses it, being another vault's backup set);
- the live vault: the copy's files replace the live vault's (which are kept aside), and it
  takes back the live vault's identity and destination.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from contactweb.errors import BadInput, Refused
from contactweb.i18n import N_, _
from contactweb.services import audit, secrets, settings
from contactweb.services.backup.backup_target import (
    SECRET_NAME,
    SECRET_NAME_KEY,
    TARGET_KEY,
    BackupTarget,
)
from contactweb.store.engine import checkpoint
from contactweb.vault.atomic import fsync_directory
from contactweb.vault.permissions import Action
from contactweb.vault.vault import DB_NAME, KEYSLOTS_NAME, Vault
from contactweb.vault.workspace import Workspace

COPY_KEY = "vault.restored_copy"
IDENTITY_KEY = "backup.identity"
LEDGER_IDENTITY = "vault_identity"  # where a snapshot's ledger names its vault's identity
SEAL_NAME = "integrity.json"
_SIDE_FILES = ("-wal", "-shm", "-journal")
ADOPT_HINT = N_("An administrator adopts it on Administration → Backups (or with "
                "'contactweb backup adopt new|replace-live'): as a new vault with backups of its "
                "own, or in place of the live vault.")  # shown as _(ADOPT_HINT)


@dataclass(frozen=True)
class RestoredCopy:
    snapshot_id: str
    restored_at: datetime
    restored_by: str
    source_folder: str
    source_identity: str
    detached_target: dict | None  # the destination the snapshot carried, kept for 'replace'

    def describe(self) -> str:
        return _("This vault is a copy restored from backup {id} on {when} UTC. Backups are off "
                 "for it, so it cannot mix with the live vault's backups.").format(
                     id=self.snapshot_id, when=f"{self.restored_at:%Y-%m-%d %H:%M}")


def restored_copy(ws: Workspace) -> RestoredCopy | None:
    data = settings.get(ws, COPY_KEY)
    if not isinstance(data, dict):
        return None
    try:
        restored_at = datetime.fromisoformat(str(data.get("restored_at")))
    except ValueError:
        restored_at = datetime.min
    target = data.get("detached_target")
    return RestoredCopy(str(data.get("snapshot", "")), restored_at,
                        str(data.get("restored_by", "")), str(data.get("source_folder", "")),
                        str(data.get("source_identity", "")),
                        target if isinstance(target, dict) else None)


def refuse_if_copy(ws: Workspace) -> None:
    copy = restored_copy(ws)
    if copy is not None:
        raise Refused(_("{value} {adopt_hint}").format(
            value=copy.describe(), adopt_hint=_(ADOPT_HINT)))


def vault_identity(ws: Workspace) -> str:
    """This vault's backup identity, made on first use."""
    current = settings.get(ws, IDENTITY_KEY)
    if isinstance(current, str) and current:
        return current
    identity = uuid.uuid4().hex
    with ws.session() as session:
        settings.write(session, IDENTITY_KEY, identity)
    return identity


def vault_identity_in(session: Session) -> str:
    identity = settings.read(session, IDENTITY_KEY)
    return identity if isinstance(identity, str) and identity else uuid.uuid4().hex


def mark_as_copy(copy_ws: Workspace, snapshot_id: str, restored_by: str, source_folder: Path,
                 source_identity: str) -> None:
    """Run on a freshly restored file (before it is swapped in): mark it, detach it from the
    destination and the schedule, give it an identity of its own."""
    with copy_ws.session() as session:
        target = settings.read(session, TARGET_KEY)
        settings.write(session, COPY_KEY, {
            "snapshot": snapshot_id, "restored_at": datetime.now(UTC).replace(tzinfo=None)
            .isoformat(timespec="seconds"), "restored_by": restored_by,
            "source_folder": str(source_folder), "source_identity": source_identity,
            "detached_target": target if isinstance(target, dict) else None})
        settings.write(session, TARGET_KEY, None)
        identity = uuid.uuid4().hex
        settings.write(session, IDENTITY_KEY, identity)
        audit.record(session, copy_ws, "backup.restored_copy", "backup", snapshot_id,
                     {"detached": bool(target)})
    # Same vault id as the live vault: keyring entries of its own (SMTP password and all).
    secrets.use_own_keyring_entries(copy_ws, identity[:16])


def _require_copy(ws: Workspace) -> RestoredCopy:
    ws.require(Action.BACKUP_CONFIGURE)
    copy = restored_copy(ws)
    if copy is None:
        raise BadInput(_("This vault is not a restored copy; there is nothing to adopt."))
    return copy


def adopt_as_new_vault(ws: Workspace) -> None:
    """The copy becomes a vault of its own: its own identity, no destination until an
    administrator configures one."""
    copy = _require_copy(ws)
    with ws.session() as session:
        settings.write(session, COPY_KEY, None)
        # Same vault id as the live vault, so the same keyring entries: a name of its own.
        settings.write(session, SECRET_NAME_KEY,
                       f"{SECRET_NAME}.{vault_identity_in(session)[:16]}")
        audit.record(session, ws, "backup.adopt", "backup", copy.snapshot_id, {"as": "new"})
    # A copy marked before copies had keyring entries of their own gets them now.
    secrets.use_own_keyring_entries(ws, vault_identity(ws)[:16])


def adopt_as_live_vault(ws: Workspace) -> Path:
    """The copy's files replace the live vault's (kept aside as ``*.before-adopt-<time>``),
    with the live vault's identity and destination. Locks ``ws``; sign in to the returned
    folder afterwards. Refused unless that folder still holds the same vault."""
    copy = _require_copy(ws)
    live = Vault(Path(copy.source_folder))
    here = ws.vault.folder.resolve()
    if not copy.source_folder or live.folder.resolve() == here:
        raise Refused(_("The live vault's folder is not known; make the copy a new vault instead."))
    if not live.keyslots_path.exists() or not live.db_path.exists():
        raise Refused(_("There is no vault in {folder} any more to replace; make the copy "
                        "a new vault instead.").format(folder=live.folder))
    if live.vault_id != ws.vault.vault_id:
        raise Refused(_("{folder} now holds another vault; nothing was changed.").format(
            folder=live.folder))
    if Path(f"{live.db_path}-wal").exists():  # SQLite keeps it while a connection is open
        raise Refused(_("The live vault in {folder} is open (on this or another computer). "
                        "Close ContactWeb wherever it is open, then adopt the copy again; nothing "
                        "was changed.").format(folder=live.folder))
    secrets.share_live_keyring_entries(ws)
    with ws.session() as session:
        settings.write(session, COPY_KEY, None)
        settings.write(session, SECRET_NAME_KEY, None)  # the live vault's keyring entry again
        settings.write(session, IDENTITY_KEY, copy.source_identity or None)
        settings.write(session, TARGET_KEY, copy.detached_target)
        audit.record(session, ws, "backup.adopt", "backup", copy.snapshot_id,
                     {"as": "live", "target": BackupTarget.from_json(copy.detached_target)
                      is not None})
    if ws.engine is not None:
        checkpoint(ws.engine)  # everything in the main file before it moves
    ws.lock()
    _replace_files(here, live.folder.resolve())
    return live.folder


def _replace_files(copy_folder: Path, live_folder: Path) -> None:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    names = (DB_NAME, KEYSLOTS_NAME, SEAL_NAME)
    for name in names:
        for suffix in ("", *_SIDE_FILES):
            current = live_folder / f"{name}{suffix}"
            if current.exists():
                os.replace(current, live_folder / f"{name}.before-adopt-{stamp}{suffix}")
    for name in names:
        source = copy_folder / name
        if source.exists():
            _move(source, live_folder / name)
    fsync_directory(live_folder)
    fsync_directory(copy_folder)


def _move(source: Path, destination: Path) -> None:
    try:
        os.replace(source, destination)
    except OSError:  # another disk: copy, then remove
        shutil.copy2(source, destination)
        with open(destination, "rb+") as handle:
            os.fsync(handle.fileno())
        source.unlink()
    os.chmod(destination, 0o600)
