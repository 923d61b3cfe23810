"""backup now --vault team:NAME and team restore: a team vault's pg_dump backups.

The database owner's password comes from libpq's places (PGPASSWORD, ~/.pgpass) or a prompt,
as for the other owner commands; the backup passphrase from CONTACTWEB_BACKUP_PASSPHRASE or
a prompt; the administrator's password as every command's does. A backup also uses what
Administration → Backups kept in this computer's keyring for the team profile.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from contactweb.cli.backup_destination import s3_options, target_from_args
from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _, ngettext, number_text


def register_restore(team_sub: argparse._SubParsersAction,
                     common: argparse.ArgumentParser) -> None:
    p = team_sub.add_parser(
        "restore", parents=[common],
        help="restore a team vault's backup into a new, empty database (as its owner); "
             "--user names an administrator of the backed-up vault")
    p.add_argument("url", metavar="postgresql://[OWNER@]HOST[:PORT]/NEW_DATABASE")
    p.add_argument("--profile", required=True, metavar="NAME",
                   help="the connection profile to write for the restored vault")
    p.add_argument("--vault-id", required=True, metavar="ID",
                   help="the team vault's id (its backups are stored under it)")
    p.add_argument("--snapshot", metavar="ID", default=None, help="default: the newest")
    p.add_argument("--ca-file", metavar="PEM", default="")
    p.add_argument("--sslmode", default="verify-full",
                   choices=("verify-full", "prefer", "disable"))
    s3_options(p)
    p.set_defaults(handler=cmd_team_restore)


def _owner_password(owner: str) -> str | None:
    from contactweb.cli.team_commands import _owner_password as ask

    return ask(owner)


def _passphrase(kept: str | None = None) -> str:
    from contactweb.services.backup.team_backup import passphrase_from_environment

    passphrase = passphrase_from_environment() or kept
    if passphrase is None and sys.stdin.isatty():
        passphrase = getpass.getpass(_("Backup passphrase: "))
    if not passphrase:
        raise BadInput(_("Give the backup passphrase in CONTACTWEB_BACKUP_PASSPHRASE (or type "
                         "it at the prompt on a terminal)."))
    return passphrase


def team_backup_now(ctx: CliContext) -> int:
    from contactweb.services.backup import team_backup
    from contactweb.services.backup.team_backup_secrets import kept_secrets

    ws = ctx.sign_in()
    # What Administration → Backups kept in this computer's keyring for the profile.
    kept = kept_secrets(ws)
    owner = ctx.args.owner or os.environ.get("PGUSER") or (kept.owner if kept else "") \
        or getpass.getuser()
    owner_password = kept.owner_password if kept and kept.owner == owner and \
        "PGPASSWORD" not in os.environ else _owner_password(owner)
    result = team_backup.backup_team_now(ws, owner, owner_password,
                                         _passphrase(kept.passphrase if kept else None))
    if ctx.json:
        ctx.emit_json(result)
        return 0
    print(_("Backup {id} of the team vault: pg_dump of {size} MiB, uploaded "
            "{uploaded} MiB ({new} new of {total} blocks).").format(
                id=result.snapshot_id, size=number_text(result.db_size / 2**20, digits=2),
                uploaded=number_text(result.bytes_uploaded / 2**20, digits=2),
                new=number_text(result.pages_uploaded), total=number_text(result.pages_total)))
    return 0


def cmd_team_restore(ctx: CliContext) -> int:
    from contactweb.services.backup import team_backup
    from contactweb.services.backup.backup_target import transport_for
    from contactweb.team.profile import ServerAddress

    username, password = ctx.username(), ctx.password()
    target = target_from_args(ctx)
    secret = ctx.secret_from_stdin() if ctx.args.secret_stdin else None
    if target.is_s3 and not secret:
        raise BadInput(_("Give the S3 secret access key with --secret-stdin."))
    address = ServerAddress.parse(ctx.args.url)
    owner = address.owner or os.environ.get("PGUSER") or getpass.getuser()
    url = ctx.args.url if address.owner else ctx.args.url.replace("://", f"://{owner}@", 1)
    result = team_backup.restore_team_backup(
        transport_for(target, secret), ctx.args.vault_id, ctx.args.snapshot, _passphrase(),
        url, _owner_password(owner), username, password, profile_name=ctx.args.profile,
        ca_file=ctx.args.ca_file, sslmode=ctx.args.sslmode)
    print(ngettext("Restored backup {id} into {database}; {n} contact erased after that "
                   "backup was erased again. Profile: {profile}. Sign in with 'contactweb "
                   "--vault team:{name} --user NAME ...'.",
                   "Restored backup {id} into {database}; {n} contacts erased after that "
                   "backup were erased again. Profile: {profile}. Sign in with 'contactweb "
                   "--vault team:{name} --user NAME ...'.", result.contacts_erased).format(
                       id=result.snapshot_id, database=address.database,
                       n=result.contacts_erased, profile=result.profile_path,
                       name=ctx.args.profile))
    if result.one_time_passwords:
        print(_("Each person's login was made again on this server. Hand each their one-time "
                "password in person (shown only now, valid for 7 days); they choose their own "
                "at first sign-in:"))
        for name, one_time in sorted(result.one_time_passwords.items()):
            print(f"  {name}: {one_time}")
    return 0
