"""optout and optin: consent per channel, with evidence."""

from __future__ import annotations

import argparse

from contactweb.cli.context import CliContext
from contactweb.i18n import _
from contactweb.services.consent.channels import CHANNELS

# The services each command uses are loaded in it once signed in: the sign-in loads the
# database layer while the password's key is derived (Argon2 releases the GIL), which a
# module loaded here, before it, would have done first on its own.

HELP_ORDER = 40


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("optout", parents=[common], help="record that a contact opted out")
    p.add_argument("id", type=int)
    p.add_argument("--channel", required=True, choices=[*CHANNELS, "all"])
    p.add_argument("--evidence", default="", help="what the contact said, and where")
    p.set_defaults(handler=cmd_optout)
    p = sub.add_parser("optin", parents=[common],
                       help="record express consent (reversing an opt-out: manager or admin)")
    p.add_argument("id", type=int)
    p.add_argument("--channel", required=True, choices=[*CHANNELS, "all"])
    p.add_argument("--evidence", required=True, help="when and how the contact agreed")
    p.add_argument("--method", default="", help="how: web form, phone call, paper form...")
    p.add_argument("--wording", default="", help="the words the contact agreed to")
    p.add_argument("--override-reason", default="",
                   help="why an earlier opt-out is reversed (required to reverse one)")
    p.set_defaults(handler=cmd_optin)
    p = sub.add_parser("consent", parents=[common], help="consent status and history")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_consent)


def cmd_optout(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.consent import consent

    channels = consent.opt_out(ws, ctx.args.id, ctx.args.channel, ctx.args.evidence)
    print(_("Contact {id} opted out of {join}.").format(id=ctx.args.id, join=', '.join(channels)))
    return 0


def cmd_optin(ctx: CliContext) -> int:
    args = ctx.args
    ws = ctx.sign_in()
    from contactweb.services.consent import consent

    channels = consent.opt_in(ws, args.id, args.channel, args.evidence,
                              method=args.method, wording=args.wording,
                              override_reason=args.override_reason)
    print(_("Contact {id} consented to {join}.").format(id=args.id, join=', '.join(channels)))
    return 0


def cmd_consent(ctx: CliContext) -> int:
    ws = ctx.sign_in()
    from contactweb.services.consent import consent

    status = consent.status_by_channel(ws, ctx.args.id)
    entries = consent.history(ws, ctx.args.id)
    if ctx.json:
        ctx.emit_json({"status": status, "history": entries})
        return 0
    print("  ".join(f"{ch}: {st}" for ch, st in status.items()))
    ctx.table([_("WHEN (UTC)"), _("CHANNEL"), _("STATUS"), _("BY"), _("METHOD"), _("EVIDENCE"), _("REASON")], [
        [e.recorded_at, e.channel, e.status, e.recorded_by, e.method, e.evidence,
         e.override_reason] for e in entries])
    return 0
