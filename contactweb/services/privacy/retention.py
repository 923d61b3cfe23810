"""Retention rules: recordings, closed contacts and finished outbox entries are kept only for
the periods set in the vault's settings. Legal holds win over every rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import _, ngettext
from contactweb.models import Attachment, Communication, Contact, OutboxMessage, utcnow
from contactweb.services import audit, settings
from contactweb.services.changes import NOTHING, Changes
from contactweb.services.privacy.erasure import scrub
from contactweb.services.privacy.purge import purge_contact
from contactweb.store.disk_scrub import optimize_search_index
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

LAST_RUN_KEY = "retention.last_run"
RUN_EVERY = timedelta(days=1)
FINISHED_OUTBOX = ("sent", "failed", "excluded")


@dataclass
class RetentionResult:
    dry_run: bool
    recording_days: int
    closed_contact_years: int
    outbox_days: int
    recordings_removed: list[int] = field(default_factory=list)  # attachment ids
    contacts_purged: list[int] = field(default_factory=list)  # contact ids
    erasure_records: list[int] = field(default_factory=list)
    outbox_removed: int = 0
    held_recordings: int = 0  # kept because their contact is under legal hold
    held_contacts: int = 0

    @property
    def anything_removed(self) -> bool:
        return bool(self.recordings_removed or self.contacts_purged or self.outbox_removed)

    @property
    def changes(self) -> Changes:
        """Purged contacts and recordings disappear from every open view."""
        if self.dry_run or not self.anything_removed:
            return NOTHING
        return Changes(contacts=True, communications=True, mailings=bool(self.outbox_removed))


def _days_setting(session: Session, key: str) -> int:
    value = settings.read(session, key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadInput(_("The setting {key} must be a whole number of at least 1, not {value!r}.").format(
            key=key, value=value))
    return value


def _years_before(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year - years, day=28)


def _expired_recordings(today: date, cutoff: datetime):  # noqa: ANN202
    """Recordings past their retain_until date; one without a date follows the setting."""
    return (select(Attachment.id, Attachment.communication_id, Contact.legal_hold)
            .join(Communication, Communication.id == Attachment.communication_id)
            .join(Contact, Contact.id == Communication.contact_id)
            .where(Attachment.kind == "recording",
                   or_(Attachment.retain_until < today,
                       and_(Attachment.retain_until.is_(None),
                            Communication.occurred_at < cutoff)))
            .order_by(Attachment.id))


def run_retention(ws: Workspace, dry_run: bool = False, now: datetime | None = None
                  ) -> RetentionResult:
    """Apply every retention rule once; ``dry_run`` reports what would go and changes nothing.

    Each purge is audited with its counts. A purged closed contact leaves an ErasureRecord,
    exactly as an erasure on request does.
    """
    ws.require(Action.RETENTION_RUN)
    now = now or utcnow()
    with ws.session(readonly=dry_run) as session:
        result = RetentionResult(
            dry_run, _days_setting(session, "retention.recording_days"),
            _days_setting(session, "retention.closed_contact_years"),
            _days_setting(session, "retention.outbox_days"))
        _recordings(session, ws, result, now)
        _closed_contacts(session, ws, result, now)
        _outbox(session, ws, result, now)
        if not dry_run:
            settings.write(session, LAST_RUN_KEY, now.isoformat(timespec="seconds"))
            if result.contacts_purged:
                optimize_search_index(session)
    if not dry_run and result.anything_removed:
        scrub(ws)
    return result


def _recordings(session: Session, ws: Workspace, result: RetentionResult, now: datetime) -> None:
    cutoff = now - timedelta(days=result.recording_days)
    expired = session.execute(_expired_recordings(now.date(), cutoff)).all()
    result.held_recordings = sum(1 for row in expired if row.legal_hold)
    due = [row for row in expired if not row.legal_hold]
    result.recordings_removed = [row.id for row in due]
    if result.dry_run or not due:
        return
    removed_per_comm: dict[int, int] = {}
    for row in due:
        removed_per_comm[row.communication_id] = removed_per_comm.get(row.communication_id, 0) + 1
    session.execute(delete(Attachment).where(Attachment.id.in_(result.recordings_removed)))
    # The call entry stays and says what happened to its recording: in the language of whoever
    # runs the retention (it is stored text), the date in ISO form, which every language reads.
    period = ngettext("{days} day", "{days} days", result.recording_days).format(
        days=result.recording_days)
    for comm_id, count in removed_per_comm.items():
        comm = session.get(Communication, comm_id)
        note = ngettext("[The recording was deleted on {date} under the retention rule "
                        "({period}).]",
                        "[{count} recordings were deleted on {date} under the retention rule "
                        "({period}).]", count).format(count=count, date=f"{now:%Y-%m-%d}",
                                                      period=period)
        comm.body = f"{comm.body.rstrip()}\n\n{note}" if comm.body.strip() else note
    audit.record(session, ws, "retention.recordings", "retention", "",
                 {"removed": len(due), "held": result.held_recordings,
                  "days": result.recording_days})


def _closed_contacts(session: Session, ws: Workspace, result: RetentionResult,
                     now: datetime) -> None:
    cutoff = _years_before(now, result.closed_contact_years)
    rows = session.execute(select(Contact.id, Contact.legal_hold)
                           .where(Contact.status == "closed", Contact.closed_at < cutoff)
                           .order_by(Contact.id)).all()
    result.held_contacts = sum(1 for r in rows if r.legal_hold)
    result.contacts_purged = [r.id for r in rows if not r.legal_hold]
    if result.dry_run or not result.contacts_purged:
        return
    for contact_id in result.contacts_purged:
        contact = session.get(Contact, contact_id)
        record = purge_contact(session, ws, contact, f"{ws.username} (retention rule)",
                               "retention")
        result.erasure_records.append(record.id)
    audit.record(session, ws, "retention.contacts", "retention", "",
                 {"purged": len(result.contacts_purged), "held": result.held_contacts,
                  "years": result.closed_contact_years})


def _outbox(session: Session, ws: Workspace, result: RetentionResult, now: datetime) -> None:
    cutoff = now - timedelta(days=result.outbox_days)
    held = select(Contact.id).where(Contact.legal_hold.is_(True))
    stmt = (select(OutboxMessage.id)
            .where(OutboxMessage.status.in_(FINISHED_OUTBOX), OutboxMessage.updated_at < cutoff,
                   or_(OutboxMessage.contact_id.is_(None), OutboxMessage.contact_id.not_in(held))))
    ids = list(session.execute(stmt).scalars())
    result.outbox_removed = len(ids)
    if result.dry_run or not ids:
        return
    session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(ids)))
    audit.record(session, ws, "retention.outbox", "retention", "",
                 {"removed": len(ids), "days": result.outbox_days})


def purge_date(ws: Workspace, contact_id: int) -> date | None:
    """When the retention rule will purge this closed contact (the first daily run after
    the date), or None: it is not closed, or a legal hold keeps it."""
    with ws.session(readonly=True) as session:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.status != "closed" or contact.closed_at is None \
                or contact.legal_hold:
            return None
        years = _days_setting(session, "retention.closed_contact_years")
        return _years_before(contact.closed_at, -years).date()


def retention_due(ws: Workspace, now: datetime | None = None) -> bool:
    """True when the daily automatic run should happen now and this user may run it."""
    if not ws.can(Action.RETENTION_RUN):
        return False
    last = settings.get(ws, LAST_RUN_KEY)
    if not last:
        return True
    try:
        last_run = datetime.fromisoformat(last)
    except (TypeError, ValueError):
        return True
    return (now or utcnow()) - last_run >= RUN_EVERY
