"""What a team vault's backups need on the desktop that runs them: the database owner's name
and password (``pg_dump`` runs as the owner, who alone reads every row and the key material)
and the backup passphrase. They are asked for once and kept in this computer's keyring under
the team profile's name, never in the team database, which every desktop and every backup
holds. On a shared computer, or without a keyring, they are held for this sign-in only.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass

from contactweb.errors import BadInput, Refused
from contactweb.i18n import N_, _
from contactweb.services import secrets
from contactweb.services.backup.backup_target import (
    open_transport,
    read_target,
    target_words,
    translated_errors,
)
from contactweb.services.backup.team_backup import (
    MIN_PASSPHRASE,
    ProgressFn,
    backup_team_now,
    check_passphrase,
)
from contactweb.sync.results import BackupResult
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

KEYRING_NAME = "team_backup"
WHERE_KEYRING = "keyring"
WHERE_SESSION = "session"
# In the active language when raised: _(NEEDED), _(ADMINS_ONLY).
NEEDED = N_("Team backups need the database owner and the backup passphrase on this "
            "computer: an administrator gives them once in Administration → Backups "
            "(Backup passphrase…).")

ADMINS_ONLY = N_("A team vault is backed up by an administrator: the backup runs with the "
                 "database owner's login, which only administrators give and use.")


@dataclass(frozen=True)
class TeamBackupSecrets:
    owner: str
    owner_password: str | None  # None: libpq's own places (PGPASSWORD, ~/.pgpass)
    passphrase: str


def _require_team_admin(ws: Workspace) -> None:
    if not ws.on_team_server:
        raise BadInput(_("This is a desktop vault: its backups need no passphrase."))
    ws.require(Action.BACKUP_CONFIGURE)


def kept_secrets(ws: Workspace) -> TeamBackupSecrets | None:
    """Those held for this sign-in, else the keyring's for this team profile; None for
    anyone but an administrator (the owner's login is an administrator's to use)."""
    if not ws.can(Action.BACKUP_CONFIGURE):
        return None
    held = getattr(ws, "held_backup_secrets", None)
    if isinstance(held, TeamBackupSecrets):
        return held
    if not ws.on_team_server or secrets.shared_computer(ws):
        return None
    text = secrets.read_profile_secret(ws.profile.name, KEYRING_NAME)  # type: ignore[attr-defined]
    if not text:
        return None
    try:
        return TeamBackupSecrets(**json.loads(text))
    except (ValueError, TypeError):
        return None  # an entry of another version: asked for again


def kept_where(ws: Workspace) -> str | None:
    """'keyring', 'session' (held until sign-out), or None when nothing is kept."""
    if kept_secrets(ws) is None:
        return None
    if not secrets.shared_computer(ws) and secrets.read_profile_secret(
            ws.profile.name, KEYRING_NAME):  # type: ignore[attr-defined]
        return WHERE_KEYRING
    return WHERE_SESSION


def require_kept_secrets(ws: Workspace) -> TeamBackupSecrets:
    kept = kept_secrets(ws)
    if kept is None:
        raise Refused(_(NEEDED))
    return kept


def check_and_keep(ws: Workspace, owner: str, owner_password: str | None, passphrase: str,
                   confirmation: str) -> str:
    """Check the owner's login and the passphrase against the backup set (a new set: its
    length), then keep them; returns where ('keyring' or 'session')."""
    from contactweb.team.connect import connect_raw

    _require_team_admin(ws)
    owner = owner.strip()
    if not owner:
        raise BadInput(_("Give the name of the database's owner (the role that ran "
                         "'contactweb team create')."))
    if passphrase != confirmation:
        raise BadInput(_("The two backup passphrases differ: type the same one twice."))
    if len(passphrase) < MIN_PASSPHRASE:
        raise BadInput(_("Choose a backup passphrase of at least {min_passphrase} characters; "
                         "it is needed again to restore, so keep it apart from the server.").format(
            min_passphrase=MIN_PASSPHRASE))
    profile = ws.profile  # type: ignore[attr-defined]
    with connect_raw(profile, owner, owner_password) as conn:
        owns = conn.execute("SELECT pg_get_userbyid(datdba) = current_user FROM pg_database "
                            "WHERE datname = current_database()").fetchone()
    if not owns or not owns[0]:
        raise Refused(_("{owner} is not the owner of the database {database}: backups "
                        "are taken as its owner, who reads every row.").format(
            owner=owner, database=profile.database))
    target = read_target(ws)
    if target is not None:  # the backup set's own check: a wrong passphrase is said now
        with translated_errors(None, target_words(target)):
            check_passphrase(open_transport(ws, target), ws.vault.vault_id, passphrase)
    kept = TeamBackupSecrets(owner, owner_password or None, passphrase)
    if not secrets.shared_computer(ws) and secrets.store_profile_secret(
            profile.name, KEYRING_NAME, json.dumps(asdict(kept))):
        where = WHERE_KEYRING
    else:
        where = WHERE_SESSION
    _hold(ws, kept)
    return where


def _hold(ws: Workspace, kept: TeamBackupSecrets | None) -> None:
    ws.held_backup_secrets = kept  # type: ignore[attr-defined]
    if kept is not None:
        ws.when_locked(lambda: _hold(ws, None))


def forget(ws: Workspace) -> None:
    """This computer no longer keeps them (the backups on the destination are untouched)."""
    _require_team_admin(ws)
    _hold(ws, None)
    secrets.forget_profile_secret(ws.profile.name, KEYRING_NAME)  # type: ignore[attr-defined]


def backup_with_kept_secrets(ws: Workspace, progress: ProgressFn | None = None,
                             cancel: threading.Event | None = None) -> BackupResult:
    """Back up now with what this computer keeps (Back up now and the schedule)."""
    if not ws.can(Action.BACKUP_CONFIGURE):
        raise Refused(_(ADMINS_ONLY))
    kept = require_kept_secrets(ws)
    return backup_team_now(ws, kept.owner, kept.owner_password, kept.passphrase, progress,
                           cancel)
