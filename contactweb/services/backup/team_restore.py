"""Restoring a team vault's backup from the signed-in vault's own destination into a new,
empty database, as Administration → Backups does: the same restore as ``contactweb team
restore`` (``team_backup.restore_team_backup``), with refusals in a person's words.

``pg_restore`` runs in one transaction: a server that drops during it leaves the new
database as empty as it was, which the message says.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.backup.backup_target import (
    open_transport,
    require_target,
    target_words,
    translated_errors,
)
from contactweb.services.backup.team_backup import TeamRestoreResult, restore_team_backup
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# What libpq says through pg_restore when the connection goes mid-way.
DROPPED_SIGNS = ("server closed the connection", "terminating connection",
                 "could not receive data", "could not send data", "no connection to the server",
                 "ssl syscall error", "eof detected", "closed unexpectedly", "connection refused")


@dataclass(frozen=True)
class TeamRestoreRequest:
    host: str
    port: int
    database: str  # new and empty, owned by ``owner``
    owner: str
    owner_password: str | None
    passphrase: str
    profile_name: str  # the connection profile written for the restored vault
    admin_password: str  # the signed-in administrator's, to re-apply erasures as them
    snapshot_id: str | None = None  # None: the newest


def restore_into_new_database(ws: Workspace, request: TeamRestoreRequest) -> TeamRestoreResult:
    from contactweb.team.connect import TeamServerUnavailable, connect_raw
    from contactweb.team.dump import DumpFailed
    from contactweb.team.role_names import login_role

    ws.require(Action.BACKUP_CONFIGURE)
    if not ws.on_team_server:
        raise BadInput(_("This is a desktop vault: restore its backups into a folder."))
    for value, what in ((request.host, "the server"), (request.database, "the new database"),
                        (request.owner, "the new database's owner"),
                        (request.profile_name, "a name for the restored vault's profile"),
                        (request.passphrase, "the backup passphrase"),
                        (request.admin_password, "your password")):
        if not value.strip():
            raise BadInput(_("Give {what}.").format(what=what))
    profile = ws.profile  # type: ignore[attr-defined]
    if (request.host.strip(), request.database.strip()) == (profile.host, profile.database):
        raise BadInput(_("That is this vault's own database: restore into a new, empty one."))
    target = require_target(ws)
    # The erasures are re-applied signed in as this administrator: a mistyped password is
    # said now, not after the restore.
    with connect_raw(profile, login_role(profile.namespace, ws.username),
                     request.admin_password):
        pass
    url = (f"postgresql://{quote(request.owner.strip(), safe='')}@{request.host.strip()}:"
           f"{request.port}/{quote(request.database.strip(), safe='')}")
    try:
        with translated_errors(None, target_words(target)):
            return restore_team_backup(
                open_transport(ws, target), ws.vault.vault_id, request.snapshot_id,
                request.passphrase, url, request.owner_password or None, ws.username,
                request.admin_password, profile_name=request.profile_name.strip(),
                ca_file=profile.ca_file, sslmode=profile.sslmode)
    except DumpFailed as exc:
        if any(sign in str(exc).lower() for sign in DROPPED_SIGNS):
            raise TeamServerUnavailable(_(
                "The server {host}:{port} dropped the connection during the restore. Nothing "
                "was kept: the database {database} is still empty. Try again when the server "
                "answers.").format(host=request.host, port=request.port,
                                   database=request.database)) from exc
        raise
