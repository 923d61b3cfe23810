"""Consent per channel with evidence. The newest event wins; an opt-out is reversed only by a
manager or admin who gives a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, PermissionDenied, Refused
from contactweb.i18n import _
from contactweb.models import ConsentEvent, ConsentState, User
from contactweb.models.consent import CHANNELS
from contactweb.services import audit, undo
from contactweb.services.changes import Changes
from contactweb.services.consent import mailbox_statements
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.eligibility.eligibility_suppression import mailbox_opted_out
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class ConsentEntry:
    id: int
    channel: str
    status: str
    recorded_at: datetime
    method: str
    recorded_by: str
    wording: str
    source: str
    evidence: str
    override_reason: str


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise BadInput(_("Unknown channel {channel!r}; choose one of {items}.").format(
            channel=channel, items=', '.join(CHANNELS)))
    return channel


def expand_channels(channel: str) -> list[str]:
    return list(CHANNELS) if channel == "all" else [check_channel(channel)]


def current_status(session: Session, contact_id: int, channel: str) -> str:
    row = session.get(ConsentState, (contact_id, channel))
    return row.status if row else "unknown"


def apply_event(session: Session, ws: Workspace, contact_id: int, channel: str, status: str,
                method: str = "", wording: str = "", source: str = "", evidence: str = "",
                override_reason: str = "") -> ConsentEvent:
    """Write one history row and move the current state to it (no permission checks: callers
    check). Audited by channel and status only."""
    event = ConsentEvent(
        contact_id=contact_id, channel=channel, status=status, method=method,
        recorded_by_id=ws.user_id, wording=wording, source=source, evidence=evidence,
        override_reason=override_reason,
    )
    session.add(event)
    session.flush()
    state = session.get(ConsentState, (contact_id, channel))
    if state is None:
        session.add(ConsentState(contact_id=contact_id, channel=channel, status=status,
                                 event_id=event.id))
    else:
        state.status = status
        state.event_id = event.id
    # The statement is the mailbox's too: it binds every contact holding the same address.
    mailbox_statements.record_for_contact(session, ws, contact_id, channel, status,
                                          reverses_opt_out=bool(override_reason))
    audit.record(session, ws, f"consent.{status}", "contact", contact_id,
                 {"channel": channel, "override": bool(override_reason)})
    return event


def opt_out(ws: Workspace, contact_id: int, channel: str, evidence: str = "",
            method: str = "recorded by staff", source: str = "") -> list[str]:
    """Record that the contact said no. Anyone who may record consent may record an opt-out."""
    ws.require(Action.CONSENT_RECORD)
    channels = expand_channels(channel)
    with ws.session() as session:
        load_visible_contact(session, ws, contact_id)
        for ch in channels:
            apply_event(session, ws, contact_id, ch, "opted_out", method=method,
                        source=source, evidence=evidence)
    return channels


def opt_in(ws: Workspace, contact_id: int, channel: str, evidence: str, method: str = "",
           wording: str = "", source: str = "", override_reason: str = "") -> list[str]:
    """Record express consent. Over an opt-out this is a reversal: manager or admin only, and
    only with a reason."""
    ws.require(Action.CONSENT_RECORD)
    if not evidence.strip():
        raise BadInput(_("Consent needs evidence: when and how the contact agreed."))
    channels = expand_channels(channel)
    previous: dict[str, str] = {}
    with ws.session() as session:
        load_visible_contact(session, ws, contact_id)
        for ch in channels:
            previous[ch] = current_status(session, contact_id, ch)
            if _is_reversal(session, ws, contact_id, ch):
                if not ws.can(Action.CONSENT_REVERSE_OPTOUT):
                    raise PermissionDenied(
                        _("The contact opted out of {ch}. Only a manager or an administrator "
                          "can reverse an opt-out.").format(ch=ch))
                if not override_reason.strip():
                    raise BadInput(_("The contact opted out of {ch}. Reversing that needs a "
                                     "reason (--override-reason).").format(ch=ch))
            apply_event(session, ws, contact_id, ch, "granted", method=method or "recorded",
                        wording=wording, source=source, evidence=evidence,
                        override_reason=override_reason.strip())
    undo.record(ws, "opt-in", lambda w: take_back_opt_in(w, contact_id, previous),
                lambda w: _opt_in_again(w, contact_id, channel, evidence, method, wording,
                                        source, override_reason))
    return channels


def take_back_opt_in(ws: Workspace, contact_id: int, previous: dict[str, str]) -> Changes:
    """Undo an opt-in recorded by mistake: each channel goes back to the status it had
    (``unknown``, or an opt-out the opt-in reversed). Never grants anything, so anyone who
    may record consent may do it; refused when the consent changed again since."""
    ws.require(Action.CONSENT_RECORD)
    with ws.session() as session:
        load_visible_contact(session, ws, contact_id)
        for ch, status in previous.items():
            if current_status(session, contact_id, ch) != "granted":
                raise Refused(_("The consent for {ch} changed since; record it again on the "
                                "Consent tab instead.").format(ch=ch))
            if status != "granted":
                apply_event(session, ws, contact_id, ch, status, method="taken back (undo)")
    return Changes.about(contact_id, consent=True)


def _opt_in_again(ws: Workspace, contact_id: int, channel: str, evidence: str, method: str,
                  wording: str, source: str, override_reason: str) -> Changes:
    opt_in(ws, contact_id, channel, evidence, method=method, wording=wording, source=source,
           override_reason=override_reason)
    return Changes.about(contact_id, consent=True)


def _is_reversal(session: Session, ws: Workspace, contact_id: int, channel: str) -> bool:
    """Granting consent reverses an opt-out when the contact opted out, or when one of its
    mailboxes did (another contact holding it, or one erased since)."""
    if current_status(session, contact_id, channel) == "opted_out":
        return True
    return mailbox_opted_out(session, ws, channel,
                             mailbox_statements.contact_mailboxes(session, contact_id, channel))


def status_by_channel(ws: Workspace, contact_id: int) -> dict[str, str]:
    with ws.session(readonly=True) as session:
        load_visible_contact(session, ws, contact_id)
        return {ch: current_status(session, contact_id, ch) for ch in CHANNELS}


def history(ws: Workspace, contact_id: int) -> list[ConsentEntry]:
    with ws.session(readonly=True) as session:
        load_visible_contact(session, ws, contact_id)
        return history_in(session, contact_id)


def history_in(session: Session, contact_id: int) -> list[ConsentEntry]:
    rows = session.execute(
        select(ConsentEvent, User.username)
        .outerjoin(User, User.id == ConsentEvent.recorded_by_id)
        .where(ConsentEvent.contact_id == contact_id)
        .order_by(ConsentEvent.id.desc())).all()
    return [ConsentEntry(e.id, e.channel, e.status, e.recorded_at, e.method, name or "",
                         e.wording, e.source, e.evidence, e.override_reason)
            for e, name in rows]
