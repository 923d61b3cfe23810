"""report directory | contact ID [ID ...] | sales | activity | stats."""

from __future__ import annotations

import argparse
from pathlib import Path

from contactweb.cli.context import CliContext
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services.reports.report_kinds import REPORT_KINDS
from contactweb.services.validation import parse_date

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 60


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[common], help="make a PDF report")
    p.add_argument("kind", choices=REPORT_KINDS)
    p.add_argument("ids", type=int, nargs="*", metavar="ID",
                   help="contact id(s) (contact report; several make one PDF)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--from", dest="since", default=None, metavar="ISO")
    p.add_argument("--to", dest="until", default=None, metavar="ISO")
    p.add_argument("--tag", default="")
    p.add_argument("--search", default="")
    p.set_defaults(handler=cmd_report)


def cmd_report(ctx: CliContext) -> int:
    args = ctx.args
    if args.kind == "contact" and not args.ids:
        raise BadInput(_("Which contact? Use 'contactweb report contact ID --out FILE.pdf'."))
    if args.kind != "contact" and args.ids:
        raise BadInput(_("The {kind} report takes no contact id.").format(kind=args.kind))
    ws = ctx.sign_in()
    from contactweb.services.contacts.contact_queries import ContactQuery
    from contactweb.services.reports import report_service

    size = report_service.make_report(
        ws, args.kind, Path(args.out), contact_ids=args.ids,
        query=ContactQuery(search=args.search, tag=args.tag),
        since=parse_date(args.since[:10], "from") if args.since else None,
        until=parse_date(args.until[:10], "to") if args.until else None)
    print(_("Wrote {out} ({value} KB).").format(out=args.out, value=size // 1024 + 1))
    return 0
