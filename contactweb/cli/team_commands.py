"""team create, move, upgrade, scrub, profiles: team vaults on a PostgreSQL server.

The database owner's password comes from libpq's own places (PGPASSWORD, ~/.pgpass) or a
prompt on a terminal; the first administrator's as every command's password does
(--password-stdin, CONTACTWEB_PASSWORD, a prompt). Other commands reach a team vault with
``--vault team:NAME``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _, ngettext

HELP_ORDER = 95


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", parents=[common],
                          help="team vaults on a PostgreSQL server")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team_sub.add_parser(
        "create", parents=[common],
        help="prepare an empty PostgreSQL database as a team vault (as its owner)")
    p.add_argument("url", metavar="postgresql://[OWNER@]HOST[:PORT]/DATABASE")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first administrator")
    p.add_argument("--profile", metavar="NAME", default=None,
                   help="the connection profile's name (default: the database name)")
    p.add_argument("--ca-file", metavar="PEM", default="",
                   help="the authority that signed the server's certificate, or 'system' "
                        "for the operating system's trusted authorities")
    p.add_argument("--sslmode", default="verify-full",
                   choices=("verify-full", "prefer", "disable"),
                   help="verify-full (required for another computer); prefer or disable "
                        "only for a server on this computer")
    p.add_argument("--region", metavar="CC", default=None,
                   help="country whose phone numbers may be typed without a country code")
    p.set_defaults(handler=cmd_team_create)
    p = team_sub.add_parser("move", parents=[common],
                            help="move a desktop vault onto a new team vault (as its owner)")
    p.add_argument("--from", dest="source", required=True, metavar="VAULT",
                   help="the desktop vault's folder; --user names one of its administrators")
    p.add_argument("--to", dest="profile", required=True, metavar="PROFILE",
                   help="the team vault's profile, just made with 'team create'")
    p.add_argument("--owner", metavar="NAME", default=None,
                   help="the database owner (default: $PGUSER or your login name)")
    p.set_defaults(handler=cmd_team_move)
    p = team_sub.add_parser(
        "upgrade", parents=[common],
        help="bring a team vault to this version's schema and rules (as its owner)")
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--owner", metavar="NAME", default=None,
                   help="the database owner (default: $PGUSER or your login name)")
    p.set_defaults(handler=cmd_team_upgrade)
    p = team_sub.add_parser(
        "scrub", parents=[common],
        help="rewrite the tables an erasure touched, without the dead rows (as its owner)")
    p.add_argument("profile", metavar="PROFILE")
    p.add_argument("--owner", metavar="NAME", default=None,
                   help="the database owner (default: $PGUSER or your login name)")
    p.add_argument("--if-requested", action="store_true",
                   help="only when an erasure asked for it since the last run (for a timer)")
    p.set_defaults(handler=cmd_team_scrub)
    from contactweb.cli.team_backup import register_restore

    register_restore(team_sub, common)
    p = team_sub.add_parser("profiles", parents=[common], help="list the team profiles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_team_profiles)
    p = team_sub.add_parser(
        "forget", parents=[common],
        help="forget a team server on this computer (its profile and this computer's files "
             "for it); the vault on the server stays")
    p.add_argument("profile", metavar="PROFILE")
    p.set_defaults(handler=cmd_team_forget)


def _owner_password(owner: str) -> str | None:
    """None lets libpq find it (PGPASSWORD, ~/.pgpass); on a terminal without either, ask."""
    if os.environ.get("PGPASSWORD") or os.environ.get("PGPASSFILE") or \
            os.path.exists(os.path.expanduser("~/.pgpass")) or not sys.stdin.isatty():
        return None
    return getpass.getpass(_("Password of the database owner {owner}: ").format(owner=owner))


def cmd_team_create(ctx: CliContext) -> int:
    from contactweb.team import team_session
    from contactweb.team.profile import ServerAddress

    address = ServerAddress.parse(ctx.args.url)
    owner = address.owner or os.environ.get("PGUSER") or getpass.getuser()
    url = ctx.args.url if address.owner else ctx.args.url.replace("://", f"://{owner}@", 1)
    admin_password = ctx.password()
    path, profile = team_session.create_team_vault(
        url, ctx.args.admin, admin_password, owner_password=_owner_password(owner),
        profile_name=ctx.args.profile, ca_file=ctx.args.ca_file, sslmode=ctx.args.sslmode,
        region=ctx.args.region)
    print(_("Created the team vault {vault} with administrator {admin}.").format(
        vault=profile.label, admin=ctx.args.admin))
    print(_("Profile: {path} (no password in it). Sign in with 'contactweb --vault "
            "team:{name} --user {admin} ...', or choose 'Connect to a team server' in the "
            "application.").format(path=path, name=profile.name, admin=ctx.args.admin))
    return 0


def cmd_team_move(ctx: CliContext) -> int:
    from pathlib import Path

    from contactweb.team import move, profile

    source = Path(ctx.args.source)
    if not (source / "keyslots.json").exists():
        raise BadInput(_("No desktop vault at {folder}.").format(folder=source))
    target = profile.load(ctx.args.profile)
    owner = ctx.args.owner or os.environ.get("PGUSER") or getpass.getuser()
    result = move.move(source, ctx.username(), ctx.password(), target, owner,
                       _owner_password(owner))
    print(_("Moved {rows} rows, {events} of them audit events, to {vault}; 'contactweb --vault "
            "team:{name} audit verify' checks the chain there.").format(
                rows=sum(result.rows.values()), events=result.audit_events, vault=target.label,
                name=target.name))
    if result.temporary_passwords:
        print(_("Hand each person their temporary password in person; they choose their own "
                "at first sign-in:"))
        for name, password in sorted(result.temporary_passwords.items()):
            print(f"  {name}: {password}")
    print(_("The desktop vault at {folder} is unchanged; keep it until everyone has signed in "
            "to the team vault, then delete it ('contactweb vault delete').").format(
                folder=source))
    return 0


def cmd_team_upgrade(ctx: CliContext) -> int:
    from contactweb.team import profile, provision

    target = profile.load(ctx.args.profile)
    owner = ctx.args.owner or os.environ.get("PGUSER") or getpass.getuser()
    migrated = provision.upgrade(target, owner, _owner_password(owner))
    if migrated:
        text = _("The team vault {vault} has been brought up to date.")
    else:
        text = _("The team vault {vault} has the newest schema; its roles, policies and "
                 "functions were applied again.")
    print(text.format(vault=target.label))
    return 0


def cmd_team_scrub(ctx: CliContext) -> int:
    from contactweb.team import profile, scrub

    target = profile.load(ctx.args.profile)
    owner = ctx.args.owner or os.environ.get("PGUSER") or getpass.getuser()
    if scrub.run(target, owner, _owner_password(owner), ctx.args.if_requested):
        print(_("Rewrote the tables of {vault} that hold contact data; erased rows are gone "
                "from them (the server's write-ahead log keeps them until it recycles it)."
                ).format(vault=target.label))
    else:
        print(_("No erasure asked for a scrub since the last one."))
    return 0


def cmd_team_profiles(ctx: CliContext) -> int:
    from contactweb.team import profile

    found = profile.list_profiles()
    if ctx.json:
        ctx.emit_json(found)
    else:
        ctx.table([_("PROFILE"), _("SERVER"), _("DATABASE"), "TLS"], [
            [p.name, f"{p.host}:{p.port}", p.database, p.sslmode] for p in found])
    return 0


def cmd_team_forget(ctx: CliContext) -> int:
    from contactweb.team import profile

    removed = profile.forget(ctx.args.profile)
    print(ngettext("Forgot the team server {profile!r} on this computer ({n} item removed). "
                   "The vault on the server is untouched: its owner deletes it there (dropdb).",
                   "Forgot the team server {profile!r} on this computer ({n} items removed). "
                   "The vault on the server is untouched: its owner deletes it there (dropdb).",
                   len(removed)).format(profile=ctx.args.profile, n=len(removed)))
    return 0
