"""What a merge screen shows: two contacts side by side with what hangs off each (consent,
communications, sales, reminders), the fields a person may choose between, and every merge
made so far with whether it can still be undone (``duplicates.unmerge``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.models import (
    Communication,
    ConsentState,
    Contact,
    MergeRecord,
    Reminder,
    Sale,
)
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contacts import ContactDetails, details_of
from contactweb.services.contacts.merge_fields import CHOOSABLE_FIELDS
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class MergeSide:
    details: ContactDetails
    consent: dict[str, str]  # channel -> status
    communications: int
    sales: int
    reminders: int


@dataclass(frozen=True)
class MergeSummary:
    id: int
    merged_at: datetime
    merged_by: str
    kept_id: int
    kept_name: str
    merged_id: int
    merged_name: str
    undone: bool


def merge_sides(ws: Workspace, keep_id: int, other_id: int) -> tuple[MergeSide, MergeSide]:
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        return (_side(session, ws, keep_id), _side(session, ws, other_id))


def _side(session: Session, ws: Workspace, contact_id: int) -> MergeSide:
    contact = load_visible_contact(session, ws, contact_id)

    def count(model: type) -> int:
        return int(session.execute(select(func.count()).select_from(model)
                                   .where(model.contact_id == contact_id)).scalar() or 0)

    consent = dict(session.execute(select(ConsentState.channel, ConsentState.status)
                                   .where(ConsentState.contact_id == contact_id)).all())
    return MergeSide(details_of(session, contact), consent, count(Communication), count(Sale),
                     count(Reminder))


def differing_fields(keep: ContactDetails, other: ContactDetails) -> list[str]:
    """The choosable fields where both sides hold a value and the values differ."""
    return [name for name in CHOOSABLE_FIELDS
            if getattr(keep, name) and getattr(other, name)
            and getattr(keep, name) != getattr(other, name)]


def list_merges(ws: Workspace, limit: int = 500) -> list[MergeSummary]:
    """Merges newest first, with the names the two contacts had at the time."""
    ws.require(Action.MERGE)
    with ws.session(readonly=True) as session:
        records = session.execute(select(MergeRecord).order_by(MergeRecord.id.desc())
                                  .limit(limit)).scalars().all()
        kept_now = {c.id: c.display_name for c in session.execute(
            select(Contact).where(Contact.id.in_({r.kept_contact_id for r in records})))
            .scalars()}
        return [_summary(record, kept_now) for record in records]


def _summary(record: MergeRecord, kept_now: dict[int, str]) -> MergeSummary:
    try:
        snapshot = json.loads(record.snapshot)
    except ValueError:
        snapshot = {}
    kept_then = _snapshot_name(snapshot.get("keep"))
    return MergeSummary(record.id, record.merged_at, record.merged_by, record.kept_contact_id,
                        kept_now.get(record.kept_contact_id, kept_then or "an erased contact"),
                        record.merged_contact_id,
                        _snapshot_name(snapshot.get("other")) or f"#{record.merged_contact_id}",
                        bool(record.undone))


def _snapshot_name(side: object) -> str:
    fields = side.get("fields", {}) if isinstance(side, dict) else {}
    name = " ".join(str(fields.get(k) or "") for k in ("first_name", "last_name")).strip()
    return name or str(fields.get("company") or fields.get("primary_email") or "")
