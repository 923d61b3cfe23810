"""Email mailings in the vault: queueing (one outbox row per recipient, each with its
Message-ID before anything is sent), previews and the outbox status.

Outbox row statuses: queued -> sent | failed | excluded. ``sending`` is never left behind by
ContactWeb itself: the delivery journal covers the moment a message is with the server (see
``journal``). A sent row whose ``last_error`` starts with "unconfirmed" was handed to the
server but its confirmation never came back; it is counted as sent and never resent.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.orm import Session

from contactweb.errors import NotFound, Refused
from contactweb.i18n import _
from contactweb.models import Contact, Mailing, OutboxMessage, utcnow
from contactweb.models.contact import unnamed_contact
from contactweb.services import audit
from contactweb.services.contacts.contact_language import language_in
from contactweb.services.eligibility.eligibility import (
    Eligibility,
    Excluded,
    Selection,
    eligible_in_session,
    ids_and_addresses,
)
from contactweb.services.mailing import merge, message
from contactweb.services.mailing.journal import UNCONFIRMED_NOTE
from contactweb.services.mailing.message import Draft, RenderedMessage, SenderIdentity
from contactweb.services.mailing.run_control import exclusive_run, settle_journal
from contactweb.services.mailing.smtp_settings import MailingSetup, load
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

ACTIVE_MAILING = ("queued", "sending", "stopped", "waiting")


@dataclass(frozen=True)
class QueuedMailing:
    mailing_id: int
    queued: int
    excluded: list[Excluded]


@dataclass(frozen=True)
class MailingSummary:
    id: int
    subject: str
    created_at: datetime
    created_by: str
    status: str
    counts: dict[str, int] = field(default_factory=dict)  # queued, sent, unconfirmed, ...


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    mailing_id: int
    contact_id: int | None
    name: str
    to_address: str
    status: str
    attempts: int
    last_error: str
    sent_at: datetime | None
    next_attempt_at: datetime | None = None  # deferred: when it is tried again (UTC)


def sender_identity(setup: MailingSetup) -> SenderIdentity:
    return SenderIdentity(setup.smtp.sender_name or setup.business_name,
                          setup.smtp.sender_address, setup.business_name, setup.postal_address)


def ready_setup(ws: Workspace) -> MailingSetup:
    setup = load(ws)
    problems = setup.problems()
    if problems:
        raise Refused(_("Mailings are not set up yet. {problems} An administrator sets these "
                        "in Mailing settings.").format(problems=" ".join(problems)))
    return setup


def plan(ws: Workspace, draft: Draft, selection: Selection) -> Eligibility:
    """The dry run: who would get the mailing and who would not, and why. Sends nothing."""
    ws.require(Action.MAILING_SEND)
    draft.check()
    with ws.session(readonly=True) as session:
        # The excluded (and their names) read in the decision's own transaction.
        return eligible_in_session(session, ws, "email", selection).read_shown()


def preview(ws: Workspace, draft: Draft, contact_id: int) -> RenderedMessage:
    """Exactly what this contact would receive, merge fields and footer included."""
    ws.require(Action.MAILING_SEND)
    draft.check()
    setup = load(ws)
    identity = sender_identity(setup)
    with ws.session(readonly=True) as session:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound(_("No contact with id {contact_id}.").format(contact_id=contact_id))
        values = merge.contact_fields(session, contact_id, setup.business_name)
        address = contact.primary_email  # read inside: a read-only session expires objects
        language = language_in(session, contact_id)
    name = values.get("full_name") or address
    return message.render(draft, identity, values, name, address, language)


def queue_mailing(ws: Workspace, draft: Draft, selection: Selection) -> QueuedMailing:
    """Store the mailing and one outbox row per included contact (and one 'excluded' row per
    excluded contact, so the report can say why). Nothing is sent here."""
    ws.require(Action.MAILING_SEND)
    draft.check()
    setup = ready_setup(ws)
    with ws.session() as session:
        result = eligible_in_session(session, ws, "email", selection)
        if not result.included:
            raise Refused(_("No one in {value} may receive this mailing "
                            "({count} excluded); nothing was queued.").format(
                value=selection.describe(), count=len(result.excluded)))
        mailing = Mailing(channel="email", subject=draft.subject, body_text=draft.body_text,
                          body_html=draft.body_html, selection=selection.to_json(),
                          created_by=ws.username, status="queued")
        session.add(mailing)
        session.flush()
        now = utcnow()
        # Ids and addresses only: the recipients' names are not read for the outbox.
        rows = [{"mailing_id": mailing.id, "contact_id": contact_id, "to_address": address,
                 "message_id": message.new_message_id(setup.smtp.sender_address),
                 "status": "queued", "attempts": 0, "last_error": "", "updated_at": now}
                for contact_id, address in ids_and_addresses(result.included)]
        rows += [{"mailing_id": mailing.id, "contact_id": e.contact_id, "to_address": "",
                  "message_id": "", "status": "excluded", "attempts": 0,
                  "last_error": e.reason, "updated_at": now}
                 for e in result.excluded if e.code != "erased"]
        session.execute(insert(OutboxMessage), rows)
        audit.record(session, ws, "mailing.queue", "mailing", mailing.id,
                     {"channel": "email", "included": len(result.included),
                      "excluded": len(result.excluded),
                      "reasons": result.counts_by_reason()})
        return QueuedMailing(mailing.id, len(result.included), result.excluded)


def summaries(ws: Workspace, limit: int = 20) -> list[MailingSummary]:
    ws.require(Action.MAILING_SEND)
    with ws.session(readonly=True) as session:
        mailings = list(session.execute(
            select(Mailing).where(Mailing.channel == "email")
            .order_by(Mailing.id.desc()).limit(limit)).scalars())
        counts = _counts(session, [m.id for m in mailings])
        return [MailingSummary(m.id, m.subject, m.created_at, m.created_by, m.status,
                               counts.get(m.id, {})) for m in mailings]


def _counts(session: Session, mailing_ids: list[int]) -> dict[int, dict[str, int]]:
    if not mailing_ids:
        return {}
    unconfirmed = OutboxMessage.last_error.startswith(UNCONFIRMED_NOTE)
    rows = session.execute(
        select(OutboxMessage.mailing_id, OutboxMessage.status,
               func.sum(case((unconfirmed, 1), else_=0)),
               func.count(OutboxMessage.id))
        .where(OutboxMessage.mailing_id.in_(mailing_ids))
        .group_by(OutboxMessage.mailing_id, OutboxMessage.status)).all()
    result: dict[int, Counter] = {}
    for mailing_id, status, unconfirmed_count, count in rows:
        counter = result.setdefault(mailing_id, Counter())
        counter[status] += count
        if status == "sent" and unconfirmed_count:
            counter["unconfirmed"] += int(unconfirmed_count)
    return {k: dict(v) for k, v in result.items()}


def entries(ws: Workspace, mailing_id: int, status: str | None = None) -> list[OutboxEntry]:
    ws.require(Action.MAILING_SEND)
    with ws.session(readonly=True) as session:
        if session.get(Mailing, mailing_id) is None:
            raise NotFound(_("No mailing with id {mailing_id}.").format(mailing_id=mailing_id))
        stmt = (select(OutboxMessage, Contact.first_name, Contact.last_name, Contact.company)
                .outerjoin(Contact, Contact.id == OutboxMessage.contact_id)
                .where(OutboxMessage.mailing_id == mailing_id).order_by(OutboxMessage.id))
        if status:
            stmt = stmt.where(OutboxMessage.status == status)
        result = []
        for row, first, last, company in session.execute(stmt):
            name = " ".join(p for p in (first or "", last or "") if p) or company or \
                (unnamed_contact(row.contact_id) if row.contact_id else _("(erased)"))
            result.append(OutboxEntry(row.id, row.mailing_id, row.contact_id, name,
                                      row.to_address, row.status, row.attempts, row.last_error,
                                      row.sent_at, row.next_attempt_at))
        return result


def cancel_mailing(ws: Workspace, mailing_id: int) -> int:
    """Withdraw the messages of a mailing that have not gone yet; returns how many."""
    ws.require(Action.MAILING_SEND)
    with exclusive_run(ws, agent_wait=30):
        settle_journal(ws)  # what an interrupted run delivered is not withdrawn
        return _withdraw(ws, mailing_id)


def _withdraw(ws: Workspace, mailing_id: int) -> int:
    with ws.session() as session:
        mailing = session.get(Mailing, mailing_id)
        if mailing is None:
            raise NotFound(_("No mailing with id {mailing_id}.").format(mailing_id=mailing_id))
        withdrawn = session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.mailing_id == mailing_id,
                   OutboxMessage.status.in_(("queued", "failed")))
            .values(status="excluded", last_error="withdrawn by the sender",
                    updated_at=utcnow())).rowcount
        mailing.status = "done"
        audit.record(session, ws, "mailing.cancel", "mailing", mailing_id,
                     {"withdrawn": withdrawn})
        return withdrawn
