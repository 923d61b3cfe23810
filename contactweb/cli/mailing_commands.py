"""mailing config | send | resume | retry | status | cancel | preview | one-to-one | letters |
labels | process-replies | record-optout: mailings with enforced unsubscribe."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from contactweb.cli import imap_options, reply_report, server_trust_options
from contactweb.cli.context import CliContext
from contactweb.cli.mailing_delivery import (
    cmd_resume,
    cmd_retry,
    cmd_status,
    deliver,
    excluded_rows,
    report,
)
from contactweb.cli.mailing_replies import cmd_process_replies, cmd_record_optout
from contactweb.errors import BadInput
from contactweb.i18n import _, ngettext
from contactweb.services.mailing.bulk_notice import large_mailing_notice
from contactweb.services.mailing.smtp_security import SECURITY_MODES

if TYPE_CHECKING:
    from contactweb.services.eligibility.eligibility import Selection
    from contactweb.services.mailing.message import Draft

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.
# Letters, labels and replies import the PDF and mail-parsing libraries; they are loaded by
# their commands only, so that 'mailing send' and 'mailing resume' start quickly.
LABEL_LAYOUTS = ("5160", "L7160")

HELP_ORDER = 60
MAX_BODY_BYTES = 2 * 1024 * 1024


def _selection_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", default="", help="only contacts with this tag")
    p.add_argument("--search", default="", help="only contacts this search finds")
    p.add_argument("--ids", default=None, metavar="ID,ID,...", help="hand-picked contacts")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    mailing = sub.add_parser("mailing", parents=[common],
                             help="email mailings, letters and labels (consent enforced)")
    msub = mailing.add_subparsers(dest="mailing_command", metavar="ACTION", required=True)

    p = msub.add_parser("config", parents=[common], help="SMTP server, sender and postal "
                        "address (admin); with --password-stdin the second line of standard "
                        "input is the SMTP password")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    security = p.add_mutually_exclusive_group()
    for mode in SECURITY_MODES:
        security.add_argument(f"--{mode}", dest="security", action="store_const", const=mode)
    p.add_argument("--username")
    p.add_argument("--smtp-password-stdin", action="store_true",
                   help="read the SMTP password from the next line of standard input")
    p.add_argument("--forget-password", action="store_true")
    p.add_argument("--from", dest="sender_address", metavar="ADDR")
    p.add_argument("--sender-name")
    p.add_argument("--business-name", help="the name every mailing's footer carries")
    p.add_argument("--postal-address", metavar="TEXT", help="lines separated by ';' or newlines")
    p.add_argument("--throttle", type=int, metavar="PER_MINUTE", help="0 for no limit")
    p.add_argument("--json", action="store_true")
    server_trust_options.add_options(p)
    p.set_defaults(handler=cmd_config)

    for name, helptext in (("send", "queue a mailing and send it"),
                           ("preview", "show the message one contact would get")):
        p = msub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("--subject", required=True)
        p.add_argument("--body-file", required=True, type=Path)
        p.add_argument("--html-file", type=Path)
        if name == "send":
            _selection_options(p)
            p.add_argument("--dry-run", action="store_true",
                           help="list who would get it and who would not, and why")
            p.add_argument("--json", action="store_true")
            p.set_defaults(handler=cmd_send)
        else:
            p.add_argument("--contact", type=int, required=True)
            p.set_defaults(handler=cmd_preview)
    p = msub.add_parser("resume", parents=[common],
                        help="send what is due: queued messages, and deferred ones whose next "
                             "attempt time has come (exit 4: some still pending)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_resume)
    p = msub.add_parser("retry", parents=[common],
                        help="try a mailing's failed messages again (their addresses lose the "
                             "undeliverable mark) and send them")
    p.add_argument("mailing", type=int)
    p.add_argument("--outbox", metavar="ID,ID,...", help="only these outbox messages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_retry)
    p = msub.add_parser("status", parents=[common],
                        help="mailings and their outbox (exit 4: some pending, 5: some "
                             "failed for good)")
    p.add_argument("--mailing", type=int, help="list this mailing's messages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)
    p = msub.add_parser("cancel", parents=[common], help="withdraw the unsent messages")
    p.add_argument("mailing", type=int)
    p.set_defaults(handler=cmd_cancel)
    p = msub.add_parser("release-claim", parents=[common],
                        help="team vault, administrators: release the claim of a run whose "
                             "desktop is gone (refused while it is still connected)")
    p.add_argument("mailing", type=int)
    p.set_defaults(handler=cmd_release_claim)
    p = msub.add_parser("one-to-one", parents=[common], help="email one contact now")
    p.add_argument("contact", type=int)
    p.add_argument("--subject", required=True)
    p.add_argument("--body-file", required=True, type=Path)
    p.add_argument("--despite-opt-out", action="store_true",
                   help="send although the contact opted out of email")
    p.set_defaults(handler=cmd_one_to_one)

    p = msub.add_parser("letters", parents=[common], help="mail-merge letters as PDF")
    p.add_argument("--template", required=True, type=Path,
                   help="plain text with merge fields; a first line 'Subject: ...' is the subject")
    p.add_argument("--out", required=True, type=Path)
    _selection_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_letters)
    p = msub.add_parser("labels", parents=[common], help="address labels as PDF")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--layout", default="L7160", choices=LABEL_LAYOUTS)
    p.add_argument("--start", type=int, default=1, help="first free label on the sheet")
    _selection_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_labels)

    p = msub.add_parser("process-replies", parents=[common],
                        help="find opt-out requests in replies (a folder of .eml files, an mbox "
                             "or IMAP) and record them after showing them")
    p.add_argument("path", nargs="?", type=Path)
    imap_options.add_options(p)
    p.add_argument("--channel", default="email", choices=["email", "all"])
    reply_report.add_options(p)
    p.add_argument("--yes", action="store_true", help="record without asking")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_process_replies)
    p = msub.add_parser("record-optout", parents=[common],
                        help="record an opt-out from a reply kept as a file (.eml)")
    p.add_argument("contact", type=int)
    p.add_argument("--message", required=True, type=Path)
    p.add_argument("--channel", default="email", choices=["email", "post", "phone", "sms",
                                                          "all"])
    p.set_defaults(handler=cmd_record_optout)
    p = msub.add_parser("deliver-agent", help=argparse.SUPPRESS)
    p.add_argument("folder", type=Path)
    p.set_defaults(handler=cmd_deliver_agent)


# --- helpers ---------------------------------------------------------------------------
def EXCLUDED_HEADERS() -> list[str]:  # noqa: N802 - a constant, in the active language
    return [_("ID"), _("NAME"), _("EXCLUDED BECAUSE")]


def _read_text(path: Path | None, what: str) -> str:
    """``what`` names the file in the sentence: "body file", "HTML file", "letter
    template", already translated."""
    if path is None:
        return ""
    try:
        if path.stat().st_size > MAX_BODY_BYTES:
            raise BadInput(_("The {what} {path} is larger than 2 MiB.").format(what=what,
                                                                              path=path))
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(_("The {what} {path} is not UTF-8 text.").format(what=what,
                                                                         path=path)) from None
    except OSError as exc:
        raise BadInput(_("Cannot read the {what} {path}: {reason}").format(
            what=what, path=path, reason=exc.strerror)) from None


def _selection(args: argparse.Namespace) -> Selection:
    from contactweb.services.eligibility.eligibility import Selection

    ids = None
    if args.ids is not None:
        try:
            ids = tuple(int(part) for part in args.ids.replace(" ", "").split(",") if part)
        except ValueError:
            raise BadInput(_("--ids takes contact ids separated by commas, like 3,17,42.")) \
                from None
    return Selection(tag=args.tag, search=args.search, ids=ids)


def _draft(args: argparse.Namespace) -> Draft:
    from contactweb.services.mailing.message import Draft

    draft = Draft(args.subject, _read_text(args.body_file, _("body file")),
                  _read_text(args.html_file, _("HTML file")))
    draft.check()
    return draft


# --- commands ----------------------------------------------------------------------------
def cmd_config(ctx: CliContext) -> int:
    args = ctx.args
    ws = ctx.sign_in()
    from contactweb.services.mailing import smtp_settings

    password = None
    if args.smtp_password_stdin:
        password = ctx.secret_from_stdin()
    elif args.password_stdin:  # the sign-in password was line one; an SMTP one may follow
        try:
            password = ctx.secret_from_stdin()
        except BadInput:
            password = None
    options = {"host": args.host, "port": args.port, "security": args.security,
               "username": args.username, "sender_name": args.sender_name,
               "sender_address": args.sender_address, "postal_address": args.postal_address,
               "throttle_per_minute": args.throttle, "password": password,
               "business_name": args.business_name}
    if any(v is not None for v in options.values()) or args.forget_password:
        current = smtp_settings.update(ws, forget_password=args.forget_password, **options)
    else:
        current = smtp_settings.load(ws)
    s = current.smtp
    trust = server_trust_options.apply(ctx, ws, "smtp", s.host, s.port, s.security)
    if ctx.json:
        ctx.emit_json({**current.smtp.__dict__, "postal_address": current.postal_address,
                       "throttle_per_minute": current.throttle_per_minute,
                       "password_stored_in": current.password_location,
                       "certificates": trust.describe(),
                       "problems": current.problems()})
        return 0
    password_text = {"keyring": _("password in the keyring"),
                     "vault": _("password in the vault")}.get(
                         current.password_location or "", _("password not stored"))
    throttle = _("{n} per minute").format(n=current.throttle_per_minute) \
        if current.throttle_per_minute else _("none")
    host, user = s.host or _("(not set)"), s.username or _("(none)")
    lines = [
        (_("SMTP server:"), f"{host}:{s.port} ({s.security})"),
        (_("User name:"), f"{user}; {password_text}"),
        (_("Business name:"), current.business_name),
        (_("Sender:"), f"{s.sender_name} <{s.sender_address}>"),
        (_("Postal address:"), "; ".join(current.postal_address.splitlines())),
        (_("Throttle:"), throttle),
        (_("Certificates:"), trust.describe()),
    ]
    width = max(16, *(len(label) + 1 for label, _value in lines))
    for label, value in lines:
        print(f"{label:<{width}} {value}")
    for problem, option in current.problems_with_options():
        print(_("Warning: {problem} (mailing config {option})").format(
            problem=problem, option=option), file=sys.stderr)
    return 0


def cmd_send(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import outbox

    draft, selection = _draft(ctx.args), _selection(ctx.args)
    if ctx.args.dry_run:
        plan = outbox.plan(ws, draft, selection)
        if ctx.json:
            ctx.emit_json({"included": [{"contact_id": r.contact_id, "name": r.name,
                                         "address": r.address} for r in plan.included],
                           "excluded": [e._asdict() for e in plan.excluded]})
            return 0
        print(_("Would send to {included} contacts; {excluded} excluded.").format(
            included=len(plan.included), excluded=len(plan.excluded)))
        if notice := large_mailing_notice(len(plan.included)):
            print(_("Note: {notice}").format(notice=notice), file=sys.stderr)
        if plan.excluded:
            ctx.table(EXCLUDED_HEADERS(), excluded_rows(plan.excluded))
        return 0
    queued = outbox.queue_mailing(ws, draft, selection)
    if notice := large_mailing_notice(queued.queued):
        print(_("Note: {notice}").format(notice=notice), file=sys.stderr)
    if not ctx.json:
        print(_("Queued mailing {id}: {queued} recipients, {excluded} excluded.").format(
            id=queued.mailing_id, queued=queued.queued, excluded=len(queued.excluded)))
    return report(ctx, deliver(ctx, mailing_ids=[queued.mailing_id]))


def cmd_preview(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import outbox

    rendered = outbox.preview(ws, _draft(ctx.args), ctx.args.contact)
    print(_("To: {name} <{address}>\nSubject: {subject}\n").format(
        name=rendered.to_name, address=rendered.to_address, subject=rendered.subject))
    print(rendered.text)
    return 0


def cmd_cancel(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import outbox

    withdrawn = outbox.cancel_mailing(ws, ctx.args.mailing)
    print(_("Withdrew {n} unsent messages of mailing {id}.").format(n=withdrawn,
                                                                    id=ctx.args.mailing))
    return 0


def cmd_release_claim(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing.claim_release import release_claim

    released = release_claim(ws, ctx.args.mailing)
    print(ngettext(
        "Released the claim on mailing {id}. {n} message the lost desktop had handed to the "
        "mail server without a recorded outcome counts as sent (unconfirmed) and is not sent "
        "again; 'contactweb mailing resume' sends the rest from this desktop.",
        "Released the claim on mailing {id}. {n} messages the lost desktop had handed to the "
        "mail server without a recorded outcome count as sent (unconfirmed) and are not sent "
        "again; 'contactweb mailing resume' sends the rest from this desktop.",
        released.unconfirmed).format(id=released.mailing_id, n=released.unconfirmed))
    return 0


def cmd_one_to_one(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing.one_to_one import send_one_to_one

    result = send_one_to_one(ws, ctx.args.contact, ctx.args.subject,
                             _read_text(ctx.args.body_file, _("body file")),
                             override=ctx.args.despite_opt_out)
    print(_("Sent to {address}; logged on the contact's timeline.").format(
        address=result.to_address))
    return 0


def _post_output(ctx: CliContext, result, what: str) -> int:  # noqa: ANN001 - a PostResult
    if ctx.json:
        ctx.emit_json({"included": result.included, "out": str(ctx.args.out),
                       "excluded": [e._asdict() for e in result.excluded]})
        return 0
    print(what.format(n=result.included, out=ctx.args.out, excluded=len(result.excluded)))
    if result.excluded:
        ctx.table(EXCLUDED_HEADERS(), excluded_rows(result.excluded))
    return 0


def cmd_letters(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import post

    template = _read_text(ctx.args.template, _("letter template"))
    try:
        result = post.make_letters(ws, template, ctx.args.out, _selection(ctx.args))
    except post.NobodyMayReceivePost as nobody:
        return _nobody_output(ctx, nobody)
    return _post_output(ctx, result, _("Wrote {n} letters to {out}; {excluded} excluded."))


def cmd_labels(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import post

    try:
        result = post.make_labels(ws, ctx.args.out, ctx.args.layout, _selection(ctx.args),
                                  ctx.args.start)
    except post.NobodyMayReceivePost as nobody:
        return _nobody_output(ctx, nobody)
    return _post_output(ctx, result, _("Wrote {n} labels to {out}; {excluded} excluded."))


def _nobody_output(ctx: CliContext, nobody: Exception) -> int:
    """Nothing was made: say so on stderr, and list everyone left out with the reason."""
    print(str(nobody), file=sys.stderr)
    ctx.table(EXCLUDED_HEADERS(), excluded_rows(nobody.excluded))  # type: ignore[attr-defined]
    return 1


def cmd_deliver_agent(ctx: CliContext) -> int:
    from contactweb.services.mailing import agent

    return agent.serve(ctx.args.folder, sys.stdin.buffer, sys.stdout.buffer)
