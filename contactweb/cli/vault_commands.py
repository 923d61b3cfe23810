"""init, user ..., audit ...: the vault and its accounts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput, PermissionDenied
from contactweb.i18n import _
from contactweb.vault.permissions import ROLES

if TYPE_CHECKING:
    from contactweb.vault.workspace import Workspace

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 10


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new vault with its first admin")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first administrator")
    p.add_argument("--region", metavar="CC", default=None,
                   help="country whose phone numbers may be typed without a country code "
                        "(e.g. DE); default: the country of the system locale")
    p.set_defaults(handler=cmd_init)

    user = sub.add_parser("user", parents=[common], help="manage staff accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = user_sub.add_parser("add", parents=[common], help="add a user (admin)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--display-name", default="")
    p.set_defaults(handler=cmd_user_add)
    p = user_sub.add_parser("list", parents=[common], help="list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_user_list)
    p = user_sub.add_parser("passwd", parents=[common], help="change your own password")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_passwd)
    p = user_sub.add_parser("disable", parents=[common], help="disable a user (admin)")
    p.add_argument("name")
    add_rekey_options(p, "then give the vault a new database key (see 'vault rekey')")
    p.set_defaults(handler=cmd_user_disable)
    p = user_sub.add_parser("reset", parents=[common],
                            help="give a user a temporary password (admin)")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_reset)
    p = user_sub.add_parser("role", parents=[common], help="change a user's role (admin)")
    p.add_argument("name")
    p.add_argument("role", choices=ROLES)
    p.set_defaults(handler=cmd_user_role)

    aud = sub.add_parser("audit", parents=[common], help="the audit log (admin)")
    aud_sub = aud.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = aud_sub.add_parser("list", parents=[common], help="list audit events, newest first")
    p.add_argument("--json", action="store_true")
    p.add_argument("--action", default=None, help="only actions starting with this")
    p.add_argument("--contact", type=int, default=None, help="only events about this contact")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=cmd_audit_list)
    p = aud_sub.add_parser("verify", parents=[common], help="check the hash chain")
    p.set_defaults(handler=cmd_audit_verify)


def cmd_init(ctx: CliContext) -> int:
    from contactweb.services import settings
    from contactweb.services.accounts import session
    from contactweb.services.setting_rules import parse_region

    region = ctx.args.region or settings.locale_region()
    if region is not None:
        region = parse_region(region, "--region")  # refused before the vault is made
    ws = session.create_vault(ctx.vault_dir, ctx.args.admin, ctx.password(), region)
    ws.lock()
    print(_("Created a vault at {vault_dir} with administrator {admin}.").format(vault_dir=ctx.vault_dir, admin=ctx.args.admin))
    if region is None:
        print(_("No default phone region: the system locale names no country. Set one "
                "with 'contactweb settings set default-region CC' (e.g. DE) before "
                "typing phone numbers without a country code."))
    else:
        origin = "" if ctx.args.region else " (from the system locale)"
        print(_("Phone numbers without a country code are read as {region}{origin}; "
                "change it with 'contactweb settings set default-region CC'.").format(region=region, origin=origin))
    return 0


def cmd_user_add(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.accounts import users
    from contactweb.vault.passwords import generate_temporary_password

    password = ctx.new_password(_("Password for the new user: "))
    generated = password is None
    if generated:
        password = generate_temporary_password()
    users.add_user(ws, ctx.args.name, ctx.args.role, password, ctx.args.display_name)
    print(_("Added {name} ({role}); they choose their own password at first sign-in.").format(name=ctx.args.name, role=ctx.args.role))
    if generated:
        print(_("Temporary password: {password}").format(password=password))
    return 0


def cmd_user_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.accounts import users

    rows = users.list_users(ws)
    if ctx.json:
        ctx.emit_json(rows)
    else:
        ctx.table([_("USER"), _("ROLE"), _("STATE"), _("NAME")], [
            [u.username, u.role, "disabled" if u.disabled else
             ("must change password" if u.must_change_password else "active"), u.display_name]
            for u in rows])
    return 0


def cmd_user_passwd(ctx: CliContext) -> int:
    if ctx.args.name != ctx.username():
        raise PermissionDenied(_("You can change only your own password; an administrator uses "
                                 "'contactweb user reset NAME' for someone else's."))
    old = ctx.password()
    ws = ctx.sign_in_with(old, allow_must_change=True)
    from contactweb.services.accounts import users

    new = ctx.new_password()
    if new is None:
        raise BadInput(_("No new password: give it on the next line of standard input or in "
                         "CONTACTWEB_NEW_PASSWORD."))
    users.change_own_password(ws, old, new)
    print(_("Password changed."))
    return 0


def add_rekey_options(parser: argparse.ArgumentParser, rekey_help: str | None) -> None:
    if rekey_help is not None:
        parser.add_argument("--rekey", action="store_true", help=rekey_help)
    parser.add_argument("--backup", action="store_true",
                        help="after re-keying, take a fresh full backup right away")


def cmd_user_disable(ctx: CliContext) -> int:
    password = ctx.password()
    ws = ctx.sign_in_with(password)
    from contactweb.services.accounts import users

    users.disable_user(ws, ctx.args.name)
    print(_("Disabled {name}.").format(name=ctx.args.name))
    if not ctx.args.rekey:
        print(_("They may still hold the database key (or a backup and their old "
                "password): 'contactweb vault rekey' gives the vault a new one."))
        return 0
    return _rekey(ctx, ws, password)


def cmd_vault_rekey(ctx: CliContext) -> int:
    password = ctx.password()
    return _rekey(ctx, ctx.sign_in_with(password), password)


def _rekey(ctx: CliContext, ws: Workspace, password: str) -> int:
    from contactweb.services.accounts import users
    from contactweb.services.backup import backup, backup_target

    result = users.rekey_vault(ws, password)
    print(result.message())
    for name, temporary in result.temporary_passwords.items():
        print(_("Temporary password for {name}: {temporary}").format(name=name, temporary=temporary))
    if result.temporary_passwords:
        print(_("Hand these over in person; each user chooses a new password at sign-in."))
    if ctx.args.backup:
        done = backup.backup_now(ws)
        print(_("Fresh backup {snapshot_id} taken.").format(snapshot_id=done.snapshot_id))
    elif backup_target.read_target(ws) is not None:
        print(_("Take a fresh full backup now: contactweb backup now"))
    return 0


def cmd_user_reset(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.accounts import users

    temporary = ctx.new_password(_("Temporary password: "))
    password = users.reset_password(ws, ctx.args.name, temporary)
    print(_("{name} must choose a new password at the next sign-in.").format(name=ctx.args.name))
    if temporary is None:
        print(_("Temporary password: {password}").format(password=password))
    return 0


def cmd_user_role(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.accounts import users

    users.set_role(ws, ctx.args.name, ctx.args.role)
    print(_("{name} is now {role}.").format(name=ctx.args.name, role=ctx.args.role))
    return 0


def cmd_audit_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import audit

    if ctx.args.limit < 1:
        raise BadInput(_("--limit is at least 1."))
    rows = audit.list_events(
        ws, action=ctx.args.action, limit=ctx.args.limit,
        object_type="contact" if ctx.args.contact else None,
        object_id=str(ctx.args.contact) if ctx.args.contact else None)
    if ctx.json:
        ctx.emit_json(rows)
    else:
        ctx.table([_("ID"), _("WHEN (UTC)"), _("USER"), _("ACTION"), _("OBJECT"), _("DETAILS")], [
            [r.id, r.at, r.username, r.action, f"{r.object_type} {r.object_id}".strip(),
             " ".join(f"{k}={v}" for k, v in r.details.items())] for r in rows])
    return 0


def cmd_audit_verify(ctx: CliContext) -> int:
    """The chain and the seal beside the file: an edited, removed or replayed record shows in
    one of them."""
    ws = ctx.sign_in(check_seal=False)
    from contactweb.services import audit, integrity_seal

    result = audit.verify(ws)
    outside = integrity_seal.differences(ws)
    if result.ok and not outside:
        print(_("Audit log intact: {events_checked} events verified; the vault matches its seal.").format(events_checked=result.events_checked))
        return 0
    if not result.ok:
        print(_("contactweb: audit log broken at event {first_bad_id}: {reason}").format(first_bad_id=result.first_bad_id, reason=result.reason),
              file=sys.stderr)
    if outside:
        print("contactweb: " + _("this vault was changed outside ContactWeb: {differences}").format(
            differences="; ".join(outside)), file=sys.stderr)
    return 1
