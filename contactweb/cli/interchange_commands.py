"""import, export and duplicates."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _, number_text
from contactweb.services.contacts.merge_fields import CHOOSABLE_FIELDS
from contactweb.services.exporting import EXPORT_FORMATS, MAILING_CHANNELS
from contactweb.services.importing.import_choices import DUPLICATE_CHOICES, IMPORT_FORMATS

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 45
_LISTED = 50  # bad rows and notes printed; --json has them all


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common],
                       help="import contacts from CSV, vCard, LDIF or JSON")
    p.add_argument("file")
    p.add_argument("--format", choices=IMPORT_FORMATS, default=None)
    p.add_argument("--map", default=None, metavar="JSON",
                   help='column mapping for other CSVs, e.g. \'{"Surname": "last_name"}\'')
    p.add_argument("--on-duplicate", choices=DUPLICATE_CHOICES, default="skip")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and list the bad ones (default: import nothing)")
    p.add_argument("--confirm-erased", action="store_true",
                   help="also add people erased before (they start opted out of everything)")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", parents=[common], help="export contacts")
    p.add_argument("file")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="vcard4")
    p.add_argument("--tag", default="", help="only contacts with this tag")
    p.add_argument("--search", default="", help="only contacts a search finds")
    p.add_argument("--for-mailing", choices=MAILING_CHANNELS, default=None,
                   metavar="CHANNEL",
                   help="only the contacts who may receive a mailing on this channel (email "
                        "or post), with only that address; the others are counted on stderr")
    p.set_defaults(handler=cmd_export)

    dup = sub.add_parser("duplicates", parents=[common], help="find and merge duplicates")
    dsub = dup.add_subparsers(dest="dup_command", metavar="ACTION", required=True)
    p = dsub.add_parser("list", parents=[common], help="pairs that look like one person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dup_list)
    p = dsub.add_parser("merge", parents=[common], help="merge OTHER into KEEP")
    p.add_argument("keep", type=int)
    p.add_argument("other", type=int)
    p.add_argument("--take-from-other", action="append", default=[], metavar="FIELD",
                   choices=sorted(CHOOSABLE_FIELDS),
                   help="keep OTHER's value of this field (repeatable): "
                        + ", ".join(sorted(CHOOSABLE_FIELDS)))
    p.set_defaults(handler=cmd_dup_merge)
    p = dsub.add_parser("merges", parents=[common], help="every merge made, and its undo")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_dup_merges)
    p = dsub.add_parser("unmerge", parents=[common], help="undo a merge")
    p.add_argument("merge_id", type=int)
    p.set_defaults(handler=cmd_dup_unmerge)


def _mapping(text: str | None) -> dict[str, str] | None:
    if text is None:
        return None
    try:
        mapping = json.loads(text)
    except ValueError as exc:
        raise BadInput(_("--map is not valid JSON: {exc}").format(exc=exc)) from None
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise BadInput(_("--map is a JSON object of column -> field, e.g. {{\"Surname\": "
                         "\"last_name\"}}"))
    return {str(k): v for k, v in mapping.items()}


def _progress_line(done: int, total: int) -> None:
    """On a terminal only: a script reading stderr gets the outcome, not a ticker. Ctrl+C
    cancels; the import's one transaction is rolled back."""
    end = "\n" if done >= total else ""
    print(_("\rImporting: {done} of about {total} entries").format(
        done=number_text(done), total=number_text(total)), end=end, file=sys.stderr, flush=True)


@contextmanager
def _ctrl_c_cancels(cancel: threading.Event) -> Iterator[None]:
    """Ctrl+C cancels the import: it stops at the next entry, or when the rows read are
    written, and its one transaction is rolled back (ImportCancelled says so). A second
    Ctrl+C stops at once (the transaction is rolled back all the same)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_interrupt(signum, frame) -> None:  # noqa: ANN001
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print(("\n" if sys.stderr.isatty() else "") + _("Cancelling the import..."),
              file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_import(ctx: CliContext) -> int:
    args = ctx.args
    ws = ctx.sign_in()
    from contactweb.services.importing import importer

    # Streamed: a large CSV is read as it is written, never all in memory at once.
    parsed = importer.stream_file(Path(args.file), args.format, _mapping(args.map))
    cancel = threading.Event()
    try:
        with _ctrl_c_cancels(cancel):
            report = importer.import_records(
                ws, parsed, args.on_duplicate, dry_run=args.dry_run,
                skip_bad_rows=args.skip_bad_rows, confirm_erased=args.confirm_erased,
                progress=_progress_line if sys.stderr.isatty() else None, cancel=cancel)
    except importer.ImportFailed as failed:
        if ctx.json:
            ctx.emit_json(failed.report)
        for problem in failed.report.bad_rows[:_LISTED]:
            print(_("  bad row: {location}: {reason}").format(location=problem.location, reason=problem.reason), file=sys.stderr)
        if len(failed.report.bad_rows) > _LISTED:
            print(_("  ... and {value} more").format(value=len(failed.report.bad_rows) - _LISTED), file=sys.stderr)
        raise
    if ctx.json:
        ctx.emit_json(report)
        return 0
    summary = _("Would import {count} new contact(s) from {file} ({format_name}); would update "
                "{count2}, skip {count3} duplicate(s).") if args.dry_run else \
        _("Imported {count} new contact(s) from {file} ({format_name}); updated {count2}, "
          "skipped {count3} duplicate(s).")
    print(summary.format(count=len(report.created), file=args.file,
                         format_name=report.format_name, count2=len(report.updated),
                         count3=len(report.skipped_duplicates)))
    if report.backups_paused:
        print(report.backups_paused, file=sys.stderr)
    for source, contact_id, reason in report.skipped_duplicates[:_LISTED]:
        earlier = report.repeated_in_file.get(source)
        print(_("  duplicate skipped: {source} repeats {earlier} in this file ({reason})").format(
            source=source, earlier=earlier, reason=reason) if earlier else
            _("  duplicate skipped: {source} is like contact {contact_id} ({reason})").format(
                source=source, contact_id=contact_id, reason=reason))
    for source, contact_id, reason in report.distinct_emails[:_LISTED]:
        print(_("  imported: {source} is like contact {contact_id} ({reason}) but has "
                "other email addresses").format(source=source, contact_id=contact_id, reason=reason))
    for source in report.erased_matches[:_LISTED]:
        # Confirmed, the only ones left out hold another contact's email address (their note).
        print(_("  NOT imported: {source} matches a person who was erased and has another "
                "contact's email address (see its note)").format(source=source)
              if args.confirm_erased else
              _("  NOT imported: {source} matches a person who was erased (use "
                "--confirm-erased only if they came back themselves)").format(source=source))
    for source, contact_id, channel in report.opt_outs[:_LISTED]:
        print(_("  opt-out recorded: contact {contact_id} opted out of {channel} ({source})").format(contact_id=contact_id, channel=channel, source=source))
    for problem in report.bad_rows[:_LISTED]:
        print(_("  bad row skipped: {location}: {reason}").format(location=problem.location, reason=problem.reason))
    for problem in report.problems[:_LISTED]:
        print(_("  note: {location}: {reason}").format(location=problem.location, reason=problem.reason))
    hidden = sum(max(0, len(items) - _LISTED) for items in (
        report.skipped_duplicates, report.erased_matches, report.opt_outs, report.bad_rows,
        report.problems))
    if hidden:
        print(_("  ... {hidden} more (see --json)").format(hidden=hidden))
    return 0


def cmd_export(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.contacts.contact_queries import ContactQuery
    from contactweb.services.exporting import export_mailing, exporter

    query = ContactQuery(search=ctx.args.search, tag=ctx.args.tag)
    if ctx.args.for_mailing:
        done = export_mailing.export_for_mailing(
            ws, Path(ctx.args.file), ctx.args.format, ctx.args.for_mailing, query)
        print(_("Exported {written} recipient(s) for mailing by {channel} to {file}.").format(written=done.written, channel=done.channel, file=ctx.args.file))
        excluded = _("Excluded {count} contact(s):") if done.excluded else \
            _("Excluded {count} contact(s).")
        print(excluded.format(count=done.excluded_total), file=sys.stderr)
        for line in done.excluded_lines():
            print(f"  {line}", file=sys.stderr)
        return 0
    count = exporter.export_contacts(ws, Path(ctx.args.file), ctx.args.format, query)
    print(_("Exported {count} contact(s) to {file}.").format(count=count, file=ctx.args.file))
    return 0


def cmd_dup_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.contacts import duplicates

    pairs = duplicates.list_duplicates(ws)
    if ctx.json:
        ctx.emit_json(pairs)
    else:
        ctx.table([_("KEEP"), _("OTHER"), _("WHY")], [[p.keep_id, p.other_id, p.reason] for p in pairs])
    return 0


def cmd_dup_merge(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.contacts import duplicates

    merge_id = duplicates.merge(ws, ctx.args.keep, ctx.args.other, set(ctx.args.take_from_other))
    print(_("Merged contact {other} into {keep} (merge {merge_id}; undo with "
            "'contactweb duplicates unmerge {merge_id}').").format(other=ctx.args.other, keep=ctx.args.keep, merge_id=merge_id))
    return 0


def cmd_dup_merges(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.contacts import merge_history

    merges = merge_history.list_merges(ws)
    if ctx.json:
        ctx.emit_json(merges)
    else:
        ctx.table([_("MERGE"), _("WHEN (UTC)"), _("BY"), _("KEPT"), _("MERGED"), _("STATE")], [
            [m.id, m.merged_at.isoformat(sep=" ", timespec="minutes"), m.merged_by,
             f"{m.kept_id} {m.kept_name}", f"{m.merged_id} {m.merged_name}",
             "undone" if m.undone else "can be undone"] for m in merges])
    return 0


def cmd_dup_unmerge(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.contacts import duplicates

    keep, restored = duplicates.unmerge(ws, ctx.args.merge_id)
    print(_("Undid merge {merge_id}: contacts {keep} and {restored} are separate again.").format(merge_id=ctx.args.merge_id, keep=keep, restored=restored))
    return 0
