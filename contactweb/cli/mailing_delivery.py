"""What a mailing run says on the command line, and its exit codes: 'mailing send', 'resume',
'retry' and 'status'.

Exit codes (README, command line): 0 every message went (or was left out for a reason
shown); 1 refused, bad input, or the run stopped on an error; 4 messages are still pending,
deferred to the next attempt time shown (run 'mailing resume' after it); 5 messages failed
for good (shown with the server's reason; 'mailing retry' tries them again). When some are
pending and others failed, 4 wins: the run is not finished yet. 'mailing status' answers the
same way about the mailings it shows, so a script can poll it without sending anything.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections import Counter
from datetime import datetime
from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _

if TYPE_CHECKING:
    from contactweb.services.eligibility.eligibility import Excluded
    from contactweb.services.mailing import sender

# The mailing services are loaded by each command once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded with the parser, before it, would have done first on its own.

EXIT_PENDING = 4
EXIT_FAILED = 5


def excluded_rows(excluded: list[Excluded]) -> list[list]:
    return [[e.contact_id, e.name, e.reason] for e in excluded]


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else _("now")


def report(ctx: CliContext, result: sender.SendReport) -> int:
    if ctx.json:
        ctx.emit_json({**result.__dict__, "next_attempt_at": result.next_attempt_at})
    else:
        if result.settled:
            print(_("Settled {n} messages of an interrupted run.").format(n=result.settled))
        sent = _("Sent {n} ({unconfirmed} unconfirmed)") if result.unconfirmed else _("Sent {n}")
        print(sent.format(n=result.sent, unconfirmed=result.unconfirmed) +
              _(", failed {failed}, deferred {deferred}, no longer eligible {excluded}.").format(
                  failed=len(result.failed), deferred=result.deferred,
                  excluded=len(result.excluded)))
        if result.excluded:
            ctx.table([_("ID"), _("NAME"), _("NOT SENT BECAUSE")],
                      excluded_rows(result.excluded))
        if result.failed:
            print(_("Failed (not tried again unless you run 'contactweb mailing retry'):"))
            ctx.table([_("OUTBOX"), _("CONTACT"), _("NAME"), _("REASON")],
                      [[f.outbox_id, f.contact_id, f.name, f.error] for f in result.failed])
        if result.pending:
            print(_("Pending {n}:").format(n=len(result.pending)))
            ctx.table([_("OUTBOX"), _("MAILING"), _("CONTACT"), _("NAME"), _("TRIES"),
                       _("NEXT ATTEMPT"), _("NOTE")],
                      [[p.outbox_id, p.mailing_id, p.contact_id, p.name, p.attempts,
                        _when(p.next_attempt_at), p.note] for p in result.pending])
    if result.stopped:
        print("contactweb: " + _("{stopped} {n} messages are still waiting; run 'contactweb "
                                 "mailing resume' to send them.").format(
                                     stopped=result.stopped, n=result.remaining),
              file=sys.stderr)
        return 1
    if result.pending:
        due = result.next_attempt_at
        queued = sum(p.next_attempt_at is None for p in result.pending)
        if result.cancelled:
            text = _("{n} messages are pending (cancelled); run 'contactweb mailing resume' "
                     "{when}.")
        else:
            text = _("{n} messages are pending; run 'contactweb mailing resume' {when}.")
        when = _("now") if queued else _("after {moment}").format(moment=_when(due))
        print("contactweb: " + text.format(n=len(result.pending), when=when), file=sys.stderr)
        return EXIT_PENDING
    if result.failed:
        return EXIT_FAILED
    return 0


def deliver(ctx: CliContext, **kwargs: object) -> sender.SendReport:
    """Ctrl-C stops after the message in hand (a second Ctrl-C stops at once)."""
    from contactweb.services.mailing import sender

    stop = {"asked": False}

    def on_interrupt(signum, frame) -> None:  # noqa: ANN001
        if stop["asked"]:
            raise KeyboardInterrupt
        stop["asked"] = True
        print(_("Stopping after the current message..."), file=sys.stderr)

    if threading.current_thread() is not threading.main_thread():
        return sender.deliver_outbox(ctx.workspace, **kwargs)
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        return sender.deliver_outbox(ctx.workspace, should_cancel=lambda: stop["asked"],
                                     **kwargs)
    finally:
        signal.signal(signal.SIGINT, previous)


def cmd_resume(ctx: CliContext) -> int:
    ctx.sign_in()
    return report(ctx, deliver(ctx))


def cmd_retry(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import retries

    ids = None
    if ctx.args.outbox:
        try:
            ids = [int(p) for p in ctx.args.outbox.replace(" ", "").split(",") if p]
        except ValueError:
            raise BadInput(_("--outbox takes outbox ids separated by commas, like 3,17.")) \
                from None
    queued = retries.retry_failed_messages(ws, ctx.args.mailing, ids)
    if not ctx.json:
        print(_("Queued {n} failed messages of mailing {id} again; their addresses are no "
                "longer marked undeliverable.").format(n=queued, id=ctx.args.mailing))
    if not queued:
        return 0
    return report(ctx, deliver(ctx, mailing_ids=[ctx.args.mailing]))


def status_code(statuses: Counter[str]) -> int:
    """The exit code for these message states: 4 when any is pending, else 5 when any failed."""
    from contactweb.services.mailing import retries

    if any(statuses[s] for s in retries.PENDING_STATUSES):
        return EXIT_PENDING
    return EXIT_FAILED if statuses["failed"] else 0


def cmd_status(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.mailing import outbox, retries

    if ctx.args.mailing is not None:
        rows = outbox.entries(ws, ctx.args.mailing)
        code = status_code(Counter(r.status for r in rows))
        if ctx.json:
            ctx.emit_json(rows)
            return code
        ctx.table([_("OUTBOX"), _("CONTACT"), _("NAME"), _("TO"), _("STATUS"), _("TRIES"),
                   _("SENT"), _("NEXT ATTEMPT"), _("NOTE")],
                  [[r.id, r.contact_id, r.name, r.to_address, r.status, r.attempts, r.sent_at,
                    _when(r.next_attempt_at) if r.status in retries.PENDING_STATUSES else "",
                    r.last_error] for r in rows])
        return code
    summaries = outbox.summaries(ws)
    code = status_code(sum((Counter(m.counts) for m in summaries), Counter()))
    if ctx.json:
        ctx.emit_json(summaries)
        return code
    ctx.table([_("ID"), _("CREATED"), _("BY"), _("STATUS"), _("SUBJECT"), _("COUNTS")],
              [[m.id, m.created_at, m.created_by, m.status, m.subject,
                " ".join(f"{k}={v}" for k, v in sorted(m.counts.items()))] for m in summaries])
    return code
