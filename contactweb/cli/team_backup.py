"""backup now --vault team:NAME and team restore: a team vault's pg_dump backups.

The database owner's password comes from libpq's places (PGPASSWORD, ~/.pgpass) or a prompt,
as for the other owner commands; the backup passphrase from CONTACTWEB_BACKUP_PASSPHRASE or
a prompt; the administrator's password as every command's does.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput


def register_restore(team_sub: argparse._SubParsersAction,
                     common: argparse.ArgumentParser) -> None:
    from contactweb.cli.backup_commands import _s3_options

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
    _s3_options(p)
    p.set_defaults(handler=cmd_team_restore)


def _owner_password(owner: str) -> str | None:
    from contactweb.cli.team_commands import _owner_password as ask

    return ask(owner)


def _passphrase() -> str:
    from contactweb.services.backup.team_backup import passphrase_from_environment

    passphrase = passphrase_from_environment()
    if passphrase is None and sys.stdin.isatty():
        passphrase = getpass.getpass("Backup passphrase: ")
    if not passphrase:
        raise BadInput("Give the backup passphrase in CONTACTWEB_BACKUP_PASSPHRASE (or type "
                       "it at the prompt on a terminal).")
    return passphrase


def team_backup_now(ctx: CliContext) -> int:
    from contactweb.services.backup import team_backup

    ws = ctx.sign_in()
    owner = ctx.args.owner or os.environ.get("PGUSER") or getpass.getuser()
    result = team_backup.backup_team_now(ws, owner, _owner_password(owner), _passphrase())
    if ctx.json:
        ctx.emit_json(result)
        return 0
    print(f"Backup {result.snapshot_id} of the team vault: pg_dump of "
          f"{result.db_size / 2**20:,.2f} MiB, uploaded {result.bytes_uploaded / 2**20:,.2f} "
          f"MiB ({result.pages_uploaded:,} new of {result.pages_total:,} blocks).")
    return 0


def cmd_team_restore(ctx: CliContext) -> int:
    from contactweb.cli.backup_commands import _target_from_args
    from contactweb.services.backup import team_backup
    from contactweb.services.backup.backup_target import transport_for
    from contactweb.team.profile import ServerAddress

    username, password = ctx.username(), ctx.password()
    target = _target_from_args(ctx)
    secret = ctx.secret_from_stdin() if ctx.args.secret_stdin else None
    if target.is_s3 and not secret:
        raise BadInput("Give the S3 secret access key with --secret-stdin.")
    address = ServerAddress.parse(ctx.args.url)
    owner = address.owner or os.environ.get("PGUSER") or getpass.getuser()
    url = ctx.args.url if address.owner else ctx.args.url.replace("://", f"://{owner}@", 1)
    result = team_backup.restore_team_backup(
        transport_for(target, secret), ctx.args.vault_id, ctx.args.snapshot, _passphrase(),
        url, _owner_password(owner), username, password, profile_name=ctx.args.profile,
        ca_file=ctx.args.ca_file, sslmode=ctx.args.sslmode)
    print(f"Restored backup {result.snapshot_id} into {address.database}; "
          f"{result.contacts_erased} contact(s) erased after that backup were erased again. "
          f"Profile: {result.profile_path}. Sign in with 'contactweb --vault "
          f"team:{ctx.args.profile} --user NAME ...'.")
    return 0
