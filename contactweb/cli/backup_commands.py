"""backup config | test | now | list | history | verify | restore | restore-remote | prune
| transfer-basis | adopt.

Standard input, when several secrets come from it: the signing-in user's password is the
first line (with --password-stdin), the S3 secret access key the next (with --secret-stdin).
Without --password-stdin (password from $CONTACTWEB_PASSWORD) the secret is the first line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from contactweb.cli import server_trust_options
from contactweb.cli.backup_destination import s3_options, target_from_args
from contactweb.cli.backup_restore import cmd_restore, cmd_restore_remote
from contactweb.cli.context import CliContext
from contactweb.errors import BadInput, Refused
from contactweb.i18n import _, ngettext, number_text
from contactweb.services.backup.backup_choices import BASES
from contactweb.sync import VerifyReport
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.services.backup.backup_target import BackupTarget

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 70


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    top = sub.add_parser("backup", parents=[common],
                         help="encrypted off-site backups (S3 in a US region, or a folder)",
                         description=__doc__.split("\n\n", 1)[1],
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    bsub = top.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = bsub.add_parser("config", parents=[common],
                        help="set where backups go (admin): --endpoint/--bucket/--region/"
                             "--access-key-id [--secret-stdin], or --folder PATH")
    s3_options(p)
    server_trust_options.add_options(p)
    p.set_defaults(handler=cmd_config)
    p = bsub.add_parser("test", parents=[common], help="test the connection to the destination")
    p.set_defaults(handler=cmd_test)
    p = bsub.add_parser("now", parents=[common], help="back up now")
    p.add_argument("--json", action="store_true")
    p.add_argument("--owner", metavar="NAME", default=None,
                   help="a team vault: the database owner, who takes the pg_dump (default: "
                        "$PGUSER or your login name); the backup passphrase comes from "
                        "CONTACTWEB_BACKUP_PASSPHRASE or a prompt")
    p.set_defaults(handler=cmd_now)
    p = bsub.add_parser("list", parents=[common], help="backups on the destination")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = bsub.add_parser("verify", parents=[common],
                        help="check backups (exit 1 and name each damaged object)")
    p.add_argument("id", nargs="?", default=None, metavar="ID")
    p.add_argument("--read-data", action="store_true",
                   help="download and check every chunk, not just the structure")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)
    p = bsub.add_parser("history", parents=[common],
                        help="the backup runs, newest first: status and where each backup is")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)
    p = bsub.add_parser("restore", parents=[common],
                        help="restore a backup (ID or 'latest') into a new folder (admin)")
    p.add_argument("id", metavar="ID")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="PATH", type=Path, default=None)
    where.add_argument("--in-place", action="store_true",
                       help="replace the current vault (kept aside as *.before-restore-*)")
    p.set_defaults(handler=cmd_restore)
    p = bsub.add_parser("restore-remote", parents=[common],
                        help="on a new machine: restore from the server with its settings and "
                             "a user's password (--user, --password-stdin)")
    s3_options(p)
    p.add_argument("--to", metavar="PATH", type=Path, required=True)
    p.add_argument("--vault-id", metavar="ID", default=None,
                   help="which vault, when the destination holds several")
    p.add_argument("snapshot", nargs="?", default=None, metavar="SNAPSHOT")
    trust = p.add_argument_group("server certificate (kept in the restored vault)")
    trust.add_argument("--trust-ca", metavar="FILE", type=Path, default=None,
                       help="trust the certificate authority in this PEM file (the business's "
                            "own CA) besides the system's")
    trust.add_argument("--pin-certificate", metavar="SHA256", default=None,
                       help="trust exactly the self-signed certificate with this SHA-256 "
                            "fingerprint, checked against what the server presents")
    p.set_defaults(handler=cmd_restore_remote)
    p = bsub.add_parser("prune", parents=[common],
                        help="apply the retention settings (keep last/daily/weekly)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_prune)
    p = bsub.add_parser("transfer-basis", parents=[common],
                        help="record the basis for backing up EEA contacts to a US server "
                             "(admin)")
    p.add_argument("basis", choices=sorted(BASES))
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_transfer_basis)
    p = bsub.add_parser("adopt", parents=[common],
                        help="adopt a restored copy (admin): 'new' gives it backups of its own; "
                             "'replace-live' puts it in place of the live vault (--yes)")
    p.add_argument("how", choices=["new", "replace-live"])
    p.add_argument("--yes", action="store_true",
                   help="confirm replacing the live vault (its files are kept aside)")
    p.set_defaults(handler=cmd_adopt)


def _trust_only(ctx: CliContext) -> bool:
    args = ctx.args
    return server_trust_options.given(args) and args.folder is None and not args.secret_stdin \
        and all(v is None for v in (args.endpoint, args.bucket, args.region, args.access_key_id))


def _apply_trust(ctx: CliContext, ws: Workspace, target: BackupTarget) -> None:
    """The certificate options, before the destination is tested with them."""
    if not server_trust_options.given(ctx.args):
        return
    if not target.is_s3:
        raise BadInput(_("Certificates are for an S3 server; a folder has none."))
    endpoint = urlparse(target.endpoint_url or "https://s3.amazonaws.com")
    server_trust_options.apply(ctx, ws, "s3", endpoint.hostname or "",
                               endpoint.port or 443, "ssl")


def cmd_config(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services import secrets
    from contactweb.services.backup import backup
    from contactweb.services.backup.backup_target import folder_target, require_target, secret_name

    if _trust_only(ctx):  # e.g. 'backup config --trust-ca FILE' for the stored destination
        target = require_target(ws)
        _apply_trust(ctx, ws, target)
        print(backup.test_connection(ws))
        return 0
    target = target_from_args(ctx)
    _apply_trust(ctx, ws, target)
    if not target.is_s3:
        target = folder_target(ws, target.folder)
    secret = ctx.secret_from_stdin() if ctx.args.secret_stdin else None
    result = backup.configure(ws, target, secret)
    print(_("Backups go to {target}: {message}.").format(target=result.target.describe(),
                                                         message=result.message))
    if result.secret_location == "keyring":
        print(_("The secret access key is kept in this computer's keyring."))
    elif result.secret_location == "vault":
        print(_("The secret access key is kept inside the encrypted vault: {reason}.").format(
            reason=secrets.stored_reason(ws, secret_name(ws)) or _("no keyring answers")))
    concerned = backup.transfer_basis_needed(ws)
    if concerned:
        print(ngettext("{n} contact has an address in the EEA: before the first backup, "
                       "record the basis with 'contactweb backup transfer-basis "
                       "consent|encryption'.",
                       "{n} contacts have an address in the EEA: before the first backup, "
                       "record the basis with 'contactweb backup transfer-basis "
                       "consent|encryption'.", concerned).format(n=number_text(concerned)))
    return 0


def cmd_test(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    print(backup.test_connection(ws))
    return 0


def cmd_now(ctx: CliContext) -> int:
    if ctx.team_profile_name() is not None:
        from contactweb.cli.team_backup import team_backup_now

        return team_backup_now(ctx)
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    try:
        result = backup.backup_now(ws)
    except backup.TransferBasisNeeded as exc:
        raise Refused(_("{reason} On the command line: 'contactweb backup transfer-basis "
                        "consent|encryption'.").format(reason=exc)) from exc
    if ctx.json:
        ctx.emit_json(result)
        return 0
    print(ngettext("Backup {id}: uploaded {size} MiB ({new} new of {total} pages, "
                   "{packs} pack).",
                   "Backup {id}: uploaded {size} MiB ({new} new of {total} pages, "
                   "{packs} packs).", result.packs_uploaded).format(
                       id=result.snapshot_id,
                       size=number_text(result.bytes_uploaded / 2**20, digits=2),
                       new=number_text(result.pages_uploaded),
                       total=number_text(result.pages_total),
                       packs=number_text(result.packs_uploaded)))
    return 0


def cmd_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    snapshots = backup.list_backups(ws)
    if ctx.json:
        ctx.emit_json(snapshots)
        return 0
    ctx.table([_("id"), _("created (UTC)"), _("size MiB"), _("pages")],
              [[s.snapshot_id, s.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                f"{s.db_size / 2**20:.2f}", s.page_count] for s in snapshots])
    return 0


def _print_report(ctx: CliContext, report: VerifyReport) -> None:
    if ctx.json:
        ctx.emit_json({"ok": report.ok, **report_json(report)})
        return
    if report.read_data:
        text = _("{snapshots} snapshot(s), {packs} pack(s), {pages} page(s): every chunk "
                 "downloaded and checked.")
    else:
        text = _("{snapshots} snapshot(s), {packs} pack(s), {pages} page(s): structure "
                 "checked.")
    print(text.format(snapshots=number_text(len(report.snapshots_checked)),
                      packs=number_text(report.packs_checked),
                      pages=number_text(report.pages_checked)))


def report_json(report: VerifyReport) -> dict[str, object]:
    return {"read_data": report.read_data, "snapshots_checked": report.snapshots_checked,
            "packs_checked": report.packs_checked, "pages_checked": report.pages_checked,
            "problems": [{"object": p.object_name, "message": p.message}
                         for p in report.problems]}


def cmd_verify(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    report = backup.verify_backup(ws, ctx.args.id, ctx.args.read_data)
    _print_report(ctx, report)
    if report.ok:
        return 0
    for snapshot_id in report.missing_snapshots:
        print("contactweb: " + _("missing: backup {id} is no longer on the destination; the "
                                 "history marks it missing ('backup history').").format(
                                     id=snapshot_id), file=sys.stderr)
    gone = {f"/manifests/{snapshot_id}" for snapshot_id in report.missing_snapshots}
    for problem in report.problems:
        if not any(problem.object_name.endswith(name) for name in gone):
            print("contactweb: " + _("damaged: {problem}").format(problem=problem),
                  file=sys.stderr)
    return 1


def cmd_history(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    target = backup.read_target(ws)
    current = target.describe()[:300] if target is not None else ""
    runs = backup.backup_history(ws)
    if ctx.json:
        ctx.emit_json([{**vars(run), "former_destination": bool(run.target) and
                        run.target != current} for run in runs])
        return 0
    ctx.table([_("started (UTC)"), _("status"), _("backup"), _("where"), _("message")],
              [[run.started_at.strftime("%Y-%m-%d %H:%M:%S"), run.status, run.snapshot_id,
                run.target + (_(" (former destination)") if run.target and
                              run.target != current else ""),
                run.message.replace("\n", " ")] for run in runs])
    return 0


def cmd_prune(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    result = backup.prune_backups(ws)
    if ctx.json:
        ctx.emit_json(result)
        return 0
    print(_("Kept {kept} backup(s), removed {removed}; deleted {deleted} pack(s), repacked "
            "{repacked}.").format(kept=len(result.snapshots_kept),
                                  removed=len(result.snapshots_removed),
                                  deleted=result.packs_deleted, repacked=result.packs_repacked))
    for problem in result.problems:
        print(_("Left in place: {problem}").format(problem=problem))
    return 0


def cmd_adopt(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    if ctx.args.how == "new":
        backup.adopt_as_new_vault(ws)
        print(_("This vault is now a vault of its own. It has no backup destination yet: set "
                "one with 'contactweb backup config' (not the live vault's, which refuses "
                "it)."))
        return 0
    copy = backup.restored_copy(ws)
    if copy is not None and not ctx.args.yes:
        raise BadInput(_("This replaces the live vault in {folder} with this copy (the live "
                         "vault's files are kept aside). Run again with --yes to confirm."
                         ).format(folder=copy.source_folder))
    live = backup.adopt_as_live_vault(ws)
    print(_("The copy is now the live vault in {folder}, with its backups; the previous files "
            "are kept aside there as *.before-adopt-*. Open it with --vault {folder}.").format(
                folder=live))
    return 0


def cmd_transfer_basis(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.backup import backup

    recorded = backup.record_transfer_basis(ws, ctx.args.basis, ctx.args.note)
    print(ngettext("Recorded the basis for transfers to the United States: {basis}; it "
                   "concerns {n} contact with an address in the EEA.",
                   "Recorded the basis for transfers to the United States: {basis}; it "
                   "concerns {n} contacts with an address in the EEA.",
                   recorded.contacts).format(basis=recorded.describe(),
                                              n=number_text(recorded.contacts)))
    return 0
