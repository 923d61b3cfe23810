"""log (and correcting or deleting a logged entry), sale, remind, reminders: what happens
with a contact."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.activity.activity_choices import COMMUNICATION_KINDS, SALE_STATUSES
from contactweb.services.validation import parse_date, parse_datetime

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own. ``log`` and ``sale add``
# read their files and amounts before the password, as they always did, so they load theirs
# first.

HELP_ORDER = 30


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("log", parents=[common], help="log a call, email, meeting, letter or note")
    p.add_argument("id", type=int, help="contact id")
    p.add_argument("--kind", required=True, choices=COMMUNICATION_KINDS)
    p.add_argument("--direction", choices=["in", "out"], default=None,
                   help="needed for all but a note, which has none")
    p.add_argument("--subject", default="")
    p.add_argument("--body", default="")
    p.add_argument("--duration", type=int, default=None, metavar="MIN")
    p.add_argument("--at", default=None, metavar="ISO", help="when (default: now)")
    p.add_argument("--attach", action="append", default=[], metavar="FILE")
    p.add_argument("--recording", action="store_true",
                   help="the attachments are call recordings (kept for the retention period)")
    p.set_defaults(handler=cmd_log)

    p = sub.add_parser("log-edit", parents=[common],
                       help="correct a logged communication (options given replace)")
    p.add_argument("communication_id", type=int)
    p.add_argument("--kind", choices=COMMUNICATION_KINDS, default=None)
    p.add_argument("--direction", choices=["in", "out"], default=None)
    p.add_argument("--subject", default=None)
    p.add_argument("--body", default=None)
    p.add_argument("--duration", type=int, default=None, metavar="MIN")
    p.add_argument("--at", default=None, metavar="ISO")
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help="add a file (the attachments it has stay)")
    p.add_argument("--recording", action="store_true")
    _expect_version(p)
    p.set_defaults(handler=cmd_log_edit)
    p = sub.add_parser("log-delete", parents=[common],
                       help="delete a logged communication and its attachments")
    p.add_argument("communication_id", type=int)
    _expect_version(p)
    p.set_defaults(handler=cmd_log_delete)

    p = sub.add_parser("timeline", parents=[common], help="a contact's communications")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_timeline)

    sale = sub.add_parser("sale", parents=[common], help="sales")
    ssub = sale.add_subparsers(dest="sale_command", metavar="ACTION", required=True)
    p = ssub.add_parser("add", parents=[common], help="record a sale of one product")
    p.add_argument("id", type=int, help="contact id")
    p.add_argument("--product", required=True)
    p.add_argument("--qty", type=int, default=1)
    p.add_argument("--price", required=True, help="unit price, e.g. 19.99")
    p.add_argument("--currency", default="USD")
    p.add_argument("--status", default="won", choices=SALE_STATUSES)
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD")
    p.set_defaults(handler=cmd_sale_add)
    p = ssub.add_parser("list", parents=[common], help="list sales, of one contact or all")
    p.add_argument("id", type=int, nargs="?", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sale_list)

    p = sub.add_parser("remind", parents=[common], help="set a reminder about a contact")
    p.add_argument("id", type=int)
    p.add_argument("--due", required=True, metavar="ISO")
    p.add_argument("--text", required=True)
    p.add_argument("--assignee", default=None, metavar="USER")
    p.set_defaults(handler=cmd_remind)
    p = sub.add_parser("reminders", parents=[common], help="open reminders, soonest first")
    p.add_argument("--due-before", default=None, metavar="ISO")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reminders)
    p = sub.add_parser("reminder-done", parents=[common], help="mark a reminder done")
    p.add_argument("reminder_id", type=int)
    _expect_version(p, "reminders --json", "reminder")
    p.set_defaults(handler=cmd_reminder_done)
    p = sub.add_parser("reminder-snooze", parents=[common], help="push a reminder later")
    p.add_argument("reminder_id", type=int)
    p.add_argument("--minutes", type=int, default=60)
    _expect_version(p, "reminders --json", "reminder")
    p.set_defaults(handler=cmd_reminder_snooze)


def _expect_version(p: argparse.ArgumentParser, shown_by: str = "timeline --json",
                    what: str = "communication") -> None:
    p.add_argument("--expect-version", type=int, default=None, metavar="N",
                   help=f"the version '{shown_by}' showed: refused if someone saved the "
                        f"{what} since")


def cmd_log(ctx: CliContext) -> int:
    args = ctx.args
    if args.direction is None and args.kind != "note":
        raise BadInput(_("Say whether the {kind} was incoming or outgoing: --direction in or "
                         "--direction out.").format(kind=args.kind))
    from contactweb.services.activity import communications
    from contactweb.services.activity.communications import CommunicationInput, attachment_from_file

    attachments = [attachment_from_file(Path(f), args.recording) for f in args.attach]
    data = CommunicationInput(
        kind=args.kind, direction=args.direction or "", subject=args.subject, body=args.body,
        duration_minutes=args.duration, attachments=attachments,
        occurred_at=parse_datetime(args.at, "at") if args.at else None)
    print(communications.log_communication(ctx.sign_in(), args.id, data))
    return 0


def cmd_log_edit(ctx: CliContext) -> int:
    args, ws = ctx.args, ctx.sign_in()
    from contactweb.services.activity import communications
    from contactweb.services.activity.communications import CommunicationInput, attachment_from_file

    entry = communications.get_communication(ws, args.communication_id)
    kind = args.kind or entry.kind
    direction = args.direction or entry.direction or "out"
    data = CommunicationInput(
        kind=kind, direction=direction,
        subject=entry.subject if args.subject is None else args.subject,
        body=entry.body if args.body is None else args.body,
        duration_minutes=entry.duration_minutes if args.duration is None else args.duration,
        occurred_at=parse_datetime(args.at, "at") if args.at else entry.occurred_at,
        attachments=[attachment_from_file(Path(f), args.recording) for f in args.attach],
        # Without --expect-version the correction begins from what was just read.
        version=entry.version if args.expect_version is None else args.expect_version)
    communications.update_communication(ws, args.communication_id, data)
    return 0


def cmd_log_delete(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.activity import communications

    communications.delete_communication(ws, ctx.args.communication_id,
                                        version=ctx.args.expect_version)
    return 0


def cmd_timeline(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.activity import communications

    entries = communications.timeline(ws, ctx.args.id)
    if ctx.json:
        ctx.emit_json(entries)
        return 0
    ctx.table([_("ID"), _("WHEN (UTC)"), _("KIND"), _("DIR"), _("MIN"), _("SUBJECT"), _("BY"), _("FILES")], [
        [e.id, e.occurred_at, e.kind, e.direction, e.duration_minutes, e.subject, e.user,
         [a.filename for a in e.attachments]] for e in entries])
    return 0


def cmd_sale_add(ctx: CliContext) -> int:
    args = ctx.args
    from contactweb.services.activity import sales
    from contactweb.services.activity.sales import SaleInput, SaleLineInput, parse_money

    data = SaleInput(
        lines=[SaleLineInput(args.product, args.qty, parse_money(args.price))],
        status=args.status, currency=args.currency,
        sale_date=parse_date(args.date, "date") if args.date else None)
    print(sales.add_sale(ctx.sign_in(), args.id, data))
    return 0


def cmd_sale_list(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.activity import sales
    from contactweb.services.activity.sales import SaleFilter

    flt = SaleFilter(contact_id=ctx.args.id)
    rows = sales.list_sales(ws, flt)
    totals = sales.totals_by_currency(ws, flt)
    if ctx.json:
        ctx.emit_json({"sales": rows, "totals_won_or_invoiced_cents": totals})
        return 0
    ctx.table([_("ID"), _("DATE"), _("CONTACT"), _("STATUS"), _("TOTAL"), _("PRODUCTS")], [
        [s.id, s.sale_date, s.contact_name, s.status, sales.format_money(s.total_cents, s.currency),
         [f"{ln.quantity} x {ln.product}" for ln in s.lines]] for s in rows])
    for currency, cents in sorted(totals.items()):
        print(_("Won or invoiced: {format_money}").format(format_money=sales.format_money(cents, currency)))
    return 0


def cmd_remind(ctx: CliContext) -> int:
    args = ctx.args
    due = parse_datetime(args.due, "due")
    ws = ctx.sign_in()
    from contactweb.services.activity import reminders

    print(reminders.add_reminder(ws, args.id, due, args.text, args.assignee))
    return 0


def cmd_reminders(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.activity import reminders

    before = parse_datetime(ctx.args.due_before, "due-before") if ctx.args.due_before else None
    rows = reminders.list_reminders(ws, due_before=before)
    if ctx.json:
        ctx.emit_json(rows)
        return 0
    ctx.table([_("ID"), _("DUE (UTC)"), _("CONTACT"), _("ASSIGNEE"), _("TEXT")],
              [[r.id, r.due_at, r.contact_name, r.assignee, r.text] for r in rows])
    return 0


def cmd_reminder_done(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.activity import reminders

    reminders.mark_done(ws, ctx.args.reminder_id,
                        version=ctx.args.expect_version)
    print(_("Reminder {reminder_id} done.").format(reminder_id=ctx.args.reminder_id))
    return 0


def cmd_reminder_snooze(ctx: CliContext) -> int:
    if ctx.args.minutes < 1:
        raise BadInput(_("--minutes is at least 1."))
    ws = ctx.sign_in()
    from contactweb.services.activity import reminders

    due = reminders.snooze(ws, ctx.args.reminder_id,
                           timedelta(minutes=ctx.args.minutes),
                           version=ctx.args.expect_version)
    print(_("Reminder {reminder_id} now due {due:%Y-%m-%d %H:%M} UTC.").format(reminder_id=ctx.args.reminder_id, due=due))
    return 0
