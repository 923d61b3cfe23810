"""Bounces found by 'mailing process-replies': shown, and recorded with the opt-outs (the same
--yes or confirmation) as undeliverable marks on the contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from contactweb.cli.context import CliContext
from contactweb.i18n import _
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:  # loaded by the command once signed in, not with the parser
    from contactweb.services.mailing.bounces import Bounce


def _outcome(bounce: Bounce) -> str:
    if bounce.action != "failed":
        return "delayed: the server is still trying; nothing marked"
    if not bounce.marks_address:
        return "the message was refused, not the address; nothing marked"
    return "mark undeliverable"


def record(ws: Workspace, bounces: list[Bounce], confirmed: bool) -> int:
    """Contacts marked undeliverable; 0 unless confirmed and allowed to send mailings."""
    if not confirmed or not bounces or not ws.can(Action.MAILING_SEND):
        return 0
    from contactweb.services.mailing.bounces import record_bounces

    return record_bounces(ws, bounces)


def as_json(bounces: list[Bounce], marked: int) -> dict:
    return {"bounces": [{"source": b.source, "address": b.address, "action": b.action,
                         "status": b.status, "reply_code": b.reply_code,
                         "diagnostic": b.diagnostic, "dated": b.dated,
                         "marks_address": b.marks_address} for b in bounces],
            "undeliverable_marked": marked}


def show(ctx: CliContext, bounces: list[Bounce], marked: int, confirmed: bool) -> None:
    if not bounces:
        return
    print(_("Bounces: {count}").format(count=len(bounces)))
    ctx.table([_("ADDRESS"), _("STATUS"), _("DATED"), _("REASON"), _("WHAT HAPPENS")],
              [[b.address, " ".join(p for p in (str(b.reply_code or ""), b.status) if p),
                b.dated, b.diagnostic[:120], _outcome(b)] for b in bounces])
    if confirmed:
        print(_("Marked {marked} contacts' addresses undeliverable; later mailings "
                "leave them out ('mailing retry' tries one again).").format(marked=marked))
    elif any(b.marks_address for b in bounces):
        print(_("Nothing marked; run again with --yes to mark these addresses undeliverable."))
