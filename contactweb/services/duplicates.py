"""Finding duplicate contacts, merging two, and undoing a merge exactly."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session, aliased

from contactweb.errors import BadInput, NotFound
from contactweb.models import (
    Communication,
    ConsentEvent,
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    MergeRecord,
    Reminder,
    Sale,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import audit
from contactweb.services.contact_access import load_visible_contact
from contactweb.services.contact_snapshot import restore_contact, snapshot_contact
from contactweb.services.contacts import ContactInput
from contactweb.services.visibility import visible_contacts
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

NAME_SIMILARITY = 0.85


@dataclass(frozen=True)
class DuplicatePair:
    keep_id: int
    other_id: int
    reason: str  # "same email", "same phone", "similar name, same company"


def _similar(a: str, b: str) -> bool:
    return bool(a and b) and difflib.SequenceMatcher(None, a, b).ratio() >= NAME_SIMILARITY


def _name(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".casefold().split())


def find_existing(session: Session, ws: Workspace, data: ContactInput) -> tuple[int, str] | None:
    """A visible contact that the new data probably describes, with the reason."""
    addresses = {e.address for e in data.emails} | {e.address.lower() for e in data.emails}
    if addresses:
        hit = session.execute(
            select(ContactEmail.contact_id).join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.address.in_(addresses), visible_contacts(ws)).limit(1)).scalar()
        if hit:
            return hit, "same email"
    numbers = {p.number for p in data.phones}
    if numbers:
        hit = session.execute(
            select(ContactPhone.contact_id).join(Contact, Contact.id == ContactPhone.contact_id)
            .where(ContactPhone.number.in_(numbers), visible_contacts(ws)).limit(1)).scalar()
        if hit:
            return hit, "same phone"
    name = _name(data.first_name, data.last_name)
    if data.company.strip() and name:
        for cid, first, last in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name)
                .where(Contact.company == data.company.strip(), visible_contacts(ws))
                .limit(200)):
            if _similar(name, _name(first, last)):
                return cid, "similar name, same company"
    return None


def list_duplicates(ws: Workspace, limit: int = 1000) -> list[DuplicatePair]:
    """Pairs over the whole vault (visible contacts only), lower id first."""
    ws.require(Action.CONTACT_VIEW)
    pairs: dict[tuple[int, int], str] = {}
    with ws.session(readonly=True) as session:
        for table, column, reason in ((ContactEmail, ContactEmail.address, "same email"),
                                      (ContactPhone, ContactPhone.number, "same phone")):
            other = aliased(table)
            c1, c2 = aliased(Contact), aliased(Contact)
            stmt = (select(table.contact_id, other.contact_id)
                    .join(other, (getattr(other, column.key) == column)
                          & (other.contact_id > table.contact_id))
                    .join(c1, c1.id == table.contact_id).join(c2, c2.id == other.contact_id)
                    .where(_visible(ws, c1), _visible(ws, c2)).limit(limit))
            for a, b in session.execute(stmt):
                pairs.setdefault((a, b), reason)
        companies = select(Contact.company).where(Contact.company != "", visible_contacts(ws)) \
            .group_by(Contact.company).having(func.count() > 1).limit(limit)
        rows = session.execute(
            select(Contact.id, Contact.company, Contact.first_name, Contact.last_name)
            .where(Contact.company.in_(companies), visible_contacts(ws))
            .order_by(Contact.company, Contact.id)).all()
    by_company: dict[str, list[tuple[int, str]]] = {}
    for cid, company, first, last in rows:
        by_company.setdefault(company, []).append((cid, _name(first, last)))
    for members in by_company.values():
        for i, (a, name_a) in enumerate(members[:100]):
            for b, name_b in members[i + 1:100]:
                if _similar(name_a, name_b):
                    pairs.setdefault((a, b), "similar name, same company")
    return [DuplicatePair(a, b, reason) for (a, b), reason in sorted(pairs.items())][:limit]


def _visible(ws: Workspace, alias):  # noqa: ANN001, ANN202
    if ws.is_admin:
        return true()
    return or_(alias.visibility == "everyone", alias.owner_id == ws.user_id)


def merge(ws: Workspace, keep_id: int, other_id: int) -> int:
    """Fold ``other`` into ``keep``: its communications, sales and reminders move over, its
    emails, phones, addresses and tags are added, empty fields are filled, and an opt-out on
    either side survives. Returns the merge id for ``unmerge``."""
    ws.require(Action.MERGE)
    if keep_id == other_id:
        raise BadInput("Choose two different contacts to merge.")
    with ws.session() as session:
        keep = load_visible_contact(session, ws, keep_id)
        other = load_visible_contact(session, ws, other_id)
        moved = {
            "communications": _ids(session, Communication, other_id),
            "sales": _ids(session, Sale, other_id),
            "reminders": _ids(session, Reminder, other_id),
            "consent_events": _ids(session, ConsentEvent, other_id),
        }
        snapshot = {"keep": snapshot_contact(session, keep), "other": snapshot_contact(
            session, other), "moved": moved}
        for model, ids in ((Communication, moved["communications"]), (Sale, moved["sales"]),
                           (Reminder, moved["reminders"]),
                           (ConsentEvent, moved["consent_events"])):
            for row in session.execute(select(model).where(model.id.in_(ids))).scalars():
                row.contact_id = keep_id
        _fold_fields(keep, other)
        merged_states = _united_consent(session, keep_id, other_id)
        session.flush()  # moves first, so deleting ``other`` cascades to nothing of value
        session.delete(other)
        session.flush()
        for channel, (status, event_id) in merged_states.items():
            state = session.get(ConsentState, (keep_id, channel))
            if state is None:
                session.add(ConsentState(contact_id=keep_id, channel=channel, status=status,
                                         event_id=event_id))
            else:
                state.status, state.event_id = status, event_id
        record = MergeRecord(kept_contact_id=keep_id, merged_contact_id=other_id,
                             snapshot=json.dumps(snapshot), merged_by=ws.username)
        session.add(record)
        session.flush()
        audit.record(session, ws, "contact.merge", "contact", keep_id,
                     {"merged": other_id, "merge": record.id,
                      **{k: len(v) for k, v in moved.items()}})
        return record.id


def _ids(session: Session, model, contact_id: int) -> list[int]:  # noqa: ANN001
    return list(session.execute(select(model.id).where(model.contact_id == contact_id)).scalars())


def _fold_fields(keep: Contact, other: Contact) -> None:
    for name in ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                 "title", "birthday", "photo", "photo_mime"):
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if other.notes and other.notes not in keep.notes:
        keep.notes = "\n".join(p for p in (keep.notes, other.notes) if p)
    have = {e.address.lower() for e in keep.emails}
    for e in list(other.emails):
        if e.address.lower() not in have:
            keep.emails.append(ContactEmail(address=e.address, label=e.label,
                                            position=len(keep.emails)))
    have = {p.number for p in keep.phones}
    for p in list(other.phones):
        if p.number not in have:
            keep.phones.append(ContactPhone(number=p.number, label=p.label,
                                            national_digits=p.national_digits,
                                            position=len(keep.phones)))
    have = {a.one_line().casefold() for a in keep.addresses}
    for a in list(other.addresses):
        if a.one_line().casefold() not in have:
            keep.addresses.append(ContactAddress(
                street=a.street, city=a.city, region=a.region, postcode=a.postcode,
                country=a.country, label=a.label, position=len(keep.addresses)))
    for tag in other.tags:
        if tag not in keep.tags:
            keep.tags.append(tag)
    keep.primary_email = keep.emails[0].address if keep.emails else ""
    keep.primary_phone = keep.phones[0].number if keep.phones else ""
    keep.city = keep.addresses[0].city if keep.addresses else ""


def _united_consent(session: Session, keep_id: int,
                    other_id: int) -> dict[str, tuple[str, int]]:
    """Per channel: opted out if either side is; else granted if either is; else unknown."""
    rank = {"opted_out": 2, "granted": 1, "unknown": 0}
    result = {}
    for channel in CHANNELS:
        states = [s for s in (session.get(ConsentState, (keep_id, channel)),
                              session.get(ConsentState, (other_id, channel))) if s]
        if states:
            best = max(states, key=lambda s: (rank.get(s.status, 0), s.event_id))
            result[channel] = (best.status, best.event_id)
    return result


def unmerge(ws: Workspace, merge_id: int) -> tuple[int, int]:
    """Put both contacts back exactly as they were before the merge."""
    ws.require(Action.MERGE)
    with ws.session() as session:
        record = session.get(MergeRecord, merge_id)
        if record is None or record.undone:
            raise NotFound(f"No merge {merge_id} to undo.")
        data = json.loads(record.snapshot)
        keep = load_visible_contact(session, ws, record.kept_contact_id)
        if session.get(Contact, record.merged_contact_id) is not None:
            raise BadInput(f"Contact {record.merged_contact_id} exists again; cannot undo.")
        restore_contact(session, data["keep"], keep)
        restored = restore_contact(session, data["other"], None)
        moved = data["moved"]
        for model, key in ((Communication, "communications"), (Sale, "sales"),
                           (Reminder, "reminders"), (ConsentEvent, "consent_events")):
            for row in session.execute(select(model).where(model.id.in_(moved[key]))).scalars():
                row.contact_id = restored.id
        record.undone = True
        audit.record(session, ws, "contact.unmerge", "contact", keep.id,
                     {"merge": merge_id, "restored": restored.id})
        return keep.id, restored.id
