"""mailing process-replies | record-optout: opt-outs and bounces read from the replies to a
mailing (a folder of .eml files, an mbox file or an IMAP mailbox)."""

from __future__ import annotations

import sys

from contactweb.cli import bounce_report, imap_options, reply_report
from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _


def cmd_process_replies(ctx: CliContext) -> int:
    args = ctx.args
    ws = ctx.sign_in()
    from contactweb.services.mailing import replies
    from contactweb.services.mailing.reply_sources import read_imap, read_path

    if args.imap:
        source = imap_options.imap_source(ctx, ws)
        if args.list_folders:
            return imap_options.print_folders(ctx, source)
        messages = read_imap(source)
    elif args.path is not None:
        messages = read_path(args.path)
    else:
        raise BadInput(_("Give a folder of .eml files or an mbox file, or --imap."))
    found = replies.scan(ws, messages)
    reply_report.take_chosen(found, args.opt_out)
    confirmed = args.yes or (not ctx.json and sys.stdin.isatty() and input(
        _("Record {n} opt-outs? [y/N] ").format(n=sum(len(f.contacts) for f in found.to_record)))
        .strip().lower() in ("y", "yes", _("y"), _("yes")))
    recorded = replies.record(ws, found.findings, args.channel) if confirmed else 0
    marked = bounce_report.record(ws, found.bounces, confirmed)
    if ctx.json:
        ctx.emit_json({"checked": found.checked, "automatic": found.automatic,
                       "other": found.other, "recorded": recorded,
                       "skipped": {m.ref: list(m.skipped) for m in messages if m.skipped},
                       **reply_report.as_json(found),
                       **bounce_report.as_json(found.bounces, marked)})
        return 0
    imap_options.print_skipped(messages)
    reply_report.print_scan(ctx, found)
    print(_("Recorded {n} opt-outs.").format(n=recorded) if confirmed else
          _("Nothing recorded; run again with --yes to record these opt-outs."))
    bounce_report.show(ctx, found.bounces, marked, confirmed)
    return 0


def cmd_record_optout(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import replies

    try:
        raw = ctx.args.message.read_bytes()
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {reason}").format(path=ctx.args.message,
                                                                reason=exc.strerror)) from None
    channels = replies.record_from_reply(ws, ctx.args.contact, raw, ctx.args.channel)
    print(_("Contact {id} opted out of {channels}; the reply is kept as evidence.").format(
        id=ctx.args.contact, channels=", ".join(channels)))
    return 0
