"""What `mailing process-replies` shows: the requests to opt out, then every other reply that
a program did not write, for a person to read and decide (a missed request is a consent
failure, so a count alone is not enough), then what was set aside as automatic.

The services are imported inside the functions: replies loads the mail-parsing libraries,
which other commands do not need.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _

if TYPE_CHECKING:
    from contactweb.services.mailing.replies import ReplyScan


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--opt-out", dest="opt_out", action="append", default=[],
                        metavar="SOURCE",
                        help="a listed reply (by its SOURCE, as shown) that you read and take "
                             "as a request to opt out; may be given more than once")


def take_chosen(found: ReplyScan, sources: list[str]) -> None:
    """The replies a person chose with --opt-out join the requests; a source that is not a
    listed reply is refused before anything is recorded."""
    from contactweb.services.mailing import replies

    unknown = replies.decide(found, sources)
    if unknown:
        raise BadInput(_("No reply for you to read comes from {sources}; give a SOURCE as "
                         "listed.").format(sources=", ".join(unknown)))


def as_json(found: ReplyScan) -> dict[str, Any]:
    def finding(item: Any) -> dict[str, Any]:
        return {k: v for k, v in item.__dict__.items() if k != "evidence"}

    return {"findings": [finding(f) for f in found.findings],
            "undecided": [finding(f) for f in found.undecided],
            "automatic_replies": [a.__dict__ for a in found.automatic_replies]}


def print_scan(ctx: CliContext, found: ReplyScan) -> None:
    from contactweb.services.mailing import replies

    print(_("Read {checked} messages: {count} ask to opt out, {count2} other "
            "replies for you to read, {automatic} automatic replies set aside.").format(checked=found.checked, count=len(found.findings), count2=len(found.undecided), automatic=found.automatic))
    if found.findings:
        print(_("\nAsking to opt out:"))
        ctx.table([_("FROM"), _("ASKED"), _("WHAT HAPPENS"), _("CONTACTS")], [
            [f.sender, f.phrase, replies.STATUS_TEXT[f.status],
             ", ".join(n for _, n in f.contacts)] for f in found.findings])
    if found.undecided:
        print(_("\nFor you to read and decide (nothing is recorded for these; to record "
                "one, run again with --opt-out SOURCE):"))
        ctx.table([_("SOURCE"), _("FROM"), _("SUBJECT"), _("TEXT"), _("CONTACTS")], [
            [f.source, f.sender, _short(f.subject, 50),
             f.excerpt + (f" [{f.note}]" if f.note else ""),
             ", ".join(n for _, n in f.contacts) or "no contact"] for f in found.undecided])
    if found.automatic_replies:
        print(_("\nAutomatic replies, set aside:"))
        ctx.table([_("SOURCE"), _("FROM"), _("WHY")],
                  [[a.source, a.sender, a.reason] for a in found.automatic_replies])
    print()


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
