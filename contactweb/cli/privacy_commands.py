"""privacy export | erase | receipt | erasures | hold | release, retention run, vault delete."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext
from contactweb.cli.vault_commands import add_rekey_options, cmd_vault_rekey
from contactweb.cli.vault_info import register_info
from contactweb.errors import BadInput, Refused
from contactweb.i18n import _

if TYPE_CHECKING:
    from contactweb.services.privacy.retention import RetentionResult

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 60


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    priv = sub.add_parser("privacy", parents=[common],
                          help="access reports, erasure and legal holds")
    psub = priv.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    p = psub.add_parser("export", parents=[common],
                        help="everything held about a contact: JSON, files and a PDF summary")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder")
    p.add_argument("--no-pdf", action="store_true", help="write the JSON and files only")
    p.set_defaults(handler=cmd_export)
    p = psub.add_parser("erase", parents=[common],
                        help="erase a contact and everything about them (manager or admin)")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true",
                   help="do not ask to type the contact's name (required without a terminal)")
    p.add_argument("--json", action="store_true", help="print the receipt as JSON")
    p.set_defaults(handler=cmd_erase)
    p = psub.add_parser("receipt", parents=[common], help="show or print an erasure receipt")
    p.add_argument("erasure_id", type=int, metavar="ERASURE_ID")
    p.add_argument("--pdf", default=None, metavar="FILE", help="also write it as a PDF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receipt)
    p = psub.add_parser("erasures", parents=[common], help="list erasure receipts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_erasures)
    p = psub.add_parser("hold", parents=[common],
                        help="place a legal hold: no erasure, no retention purge (admin)")
    p.add_argument("id", type=int)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_hold)
    p = psub.add_parser("release", parents=[common], help="release a legal hold (admin)")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_release)

    ret = sub.add_parser("retention", parents=[common], help="apply the retention rules")
    rsub = ret.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = rsub.add_parser("run", parents=[common],
                        help="delete expired recordings, old closed contacts and outbox entries")
    p.add_argument("--dry-run", action="store_true", help="report what would go; change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_retention_run)

    vault = sub.add_parser("vault", parents=[common], help="the vault as a whole")
    vsub = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    p = vsub.add_parser("delete", parents=[common],
                        help="close the account: delete this vault for good (admin)")
    p.add_argument("--confirm", required=True, metavar="PHRASE",
                   help="type exactly: DELETE <vault folder name>")
    p.add_argument("--keep-backups", action="store_true",
                   help="leave the backups on the configured destination (default: delete "
                        "every backup of this vault first)")
    p.set_defaults(handler=cmd_vault_delete)
    p = vsub.add_parser("rekey", parents=[common], help="give the vault a new database key; "
                        "the other users get temporary passwords (admin)")
    add_rekey_options(p, None)
    p.set_defaults(handler=cmd_vault_rekey)
    p = vsub.add_parser("accept-outside-changes", parents=[common],
                        help="after checking them, keep changes made to the vault file outside "
                             "ContactWeb (audited) and seal it again (admin)")
    p.set_defaults(handler=cmd_accept_outside_changes)
    register_info(vsub, common)


def cmd_accept_outside_changes(ctx: CliContext) -> int:
    ws = ctx.sign_in(check_seal=False)
    from contactweb.services.accounts import session

    found = session.accept_outside_changes(ws)
    if not found:
        print(_("The vault matches its seal; nothing to accept."))
        return 0
    print(_("Accepted and recorded in the audit log:"))
    for line in found:
        print(f"  - {line}")
    return 0


def cmd_export(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    path = privacy.export_access_report(ws, ctx.args.id, Path(ctx.args.out),
                                        with_pdf=not ctx.args.no_pdf)
    print(_("Access report for contact {id} written to {parent}").format(id=ctx.args.id, parent=path.parent))
    return 0


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _confirm_by_name(ctx: CliContext, contact_id: int) -> None:
    from contactweb.services.contacts import contacts

    ws = ctx.workspace
    name = contacts.get_contact(ws, contact_id, audit_view=False).display_name
    if not _is_terminal():
        raise Refused(_("Erasing cannot be undone. Without a terminal to confirm on, add --yes."))
    typed = input(f"Erasing {name} (contact {contact_id}) cannot be undone.\n"
                  "Type the contact's name to confirm: ")
    if " ".join(typed.split()).casefold() != " ".join(name.split()).casefold():
        raise Refused(_("The name did not match; nothing was erased."))


def cmd_erase(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    if not ctx.args.yes:
        _confirm_by_name(ctx, ctx.args.id)
    receipt = privacy.erase_contact(ws, ctx.args.id)
    if ctx.json:
        ctx.emit_json(receipt)
    else:
        print(_("Erased contact {id}.").format(id=ctx.args.id))
        print(receipt.as_text())
    return 0


def cmd_receipt(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    receipt = privacy.erasure_receipt(ws, ctx.args.erasure_id)
    if ctx.args.pdf:
        privacy.write_receipt_pdf(ws, receipt, Path(ctx.args.pdf))
    if ctx.json:
        ctx.emit_json(receipt)
    else:
        print(receipt.as_text())
        if ctx.args.pdf:
            print(_("Receipt written to {pdf}").format(pdf=ctx.args.pdf))
    return 0


def cmd_erasures(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    rows = privacy.list_erasures(ws)
    if ctx.json:
        ctx.emit_json(rows)
        return 0
    ctx.table([_("ERASURE"), _("WHEN (UTC)"), _("BY"), _("RECORDS REMOVED")],
              [[r.erasure_id, r.erased_at, r.erased_by, r.total_removed] for r in rows])
    return 0


def cmd_hold(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    privacy.place_legal_hold(ws, ctx.args.id, ctx.args.reason)
    print(_("Contact {id} is under a legal hold: it will not be erased or purged.").format(id=ctx.args.id))
    return 0


def cmd_release(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    privacy.release_legal_hold(ws, ctx.args.id)
    print(_("Released the legal hold on contact {id}.").format(id=ctx.args.id))
    return 0


def _retention_lines(result: RetentionResult) -> list[str]:
    if result.dry_run:
        texts = (_("Would remove {count} call recording(s) past their retention date ({days} "
                   "days); the call entries stay."),
                 _("Would remove {count} contact(s) closed more than {years} years ago."),
                 _("Would remove {count} finished outbox entr(ies) older than {days} days."))
    else:
        texts = (_("Removed {count} call recording(s) past their retention date ({days} days); "
                   "the call entries stay."),
                 _("Removed {count} contact(s) closed more than {years} years ago."),
                 _("Removed {count} finished outbox entr(ies) older than {days} days."))
    lines = [
        texts[0].format(count=len(result.recordings_removed), days=result.recording_days),
        texts[1].format(count=len(result.contacts_purged), years=result.closed_contact_years),
        texts[2].format(count=result.outbox_removed, days=result.outbox_days),
    ]
    if result.held_recordings or result.held_contacts:
        lines.append(_("Kept under legal hold: {recordings} recording(s), {contacts} "
                       "contact(s).").format(recordings=result.held_recordings,
                                            contacts=result.held_contacts))
    return lines


def cmd_retention_run(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy

    result = privacy.run_retention(ws, dry_run=ctx.args.dry_run)
    if ctx.json:
        ctx.emit_json(result)
    else:
        print("\n".join(_retention_lines(result)))
    return 0


def cmd_vault_delete(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import privacy
    from contactweb.services.backup import backup
    from contactweb.services.privacy.vault_deletion import refuse_on_team_vault

    refuse_on_team_vault(ws)  # before asking for a phrase that would delete nothing
    expected = privacy.confirmation_phrase(ws)
    if ctx.args.confirm.strip() != expected:
        raise BadInput(_("To delete this vault, type exactly: --confirm \"{expected}\"").format(expected=expected))
    deleter = None if ctx.args.keep_backups else backup.backup_deleter(ws)
    result = privacy.delete_vault(ws, ctx.args.confirm, deleter)
    print(_("Deleted the vault at {folder}: {files_overwritten} file(s) "
            "overwritten and removed; stored service passwords forgotten.").format(folder=result.folder, files_overwritten=result.files_overwritten))
    if result.backup_objects_deleted is not None:
        print(_("Deleted every backup of it: {backup_objects_deleted} object(s).").format(backup_objects_deleted=result.backup_objects_deleted))
    elif ctx.args.keep_backups:
        print(_("The backups were kept, as asked."))
    else:
        print(_("No backup destination was configured."))
    return 0
