"""Removing one contact and everything that hangs off it, inside the caller's transaction.

Erasure on request, retention purges of closed contacts and the re-application of erasure
records to a restored backup all go through ``purge_contact``, so they remove exactly the same
things and leave exactly the same kind of ErasureRecord.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from contactweb.i18n import N_
from contactweb.models import (
    Attachment,
    Base,
    Communication,
    ConsentEvent,
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Draft,
    ErasureRecord,
    MergeRecord,
    OutboxMessage,
    Product,
    Reminder,
    Sale,
    SaleLine,
    Tag,
    contact_tags,
)
from contactweb.services import audit
from contactweb.services.consent import mailbox_statements
from contactweb.services.privacy.erasure_match import identity_hashes, keyed_hash, name_key
from contactweb.vault.workspace import Workspace

# Tables purge_contact handles one by one; any other table with a contact_id column (added by
# a later feature) is swept generically so that nothing about the person is left behind.
_HANDLED_TABLES = {
    "contacts", "contact_emails", "contact_phones", "contact_addresses", "contact_tags",
    "communications", "attachments", "sales", "reminders", "consent_events", "consent_state",
    "drafts", "outbox_messages",
}

# Order and wording used by receipts (translated where printed); keys are what
# ErasureRecord.removed_counts holds.
COUNT_LABELS = {
    "contact": N_("Contact record"),
    "emails": N_("Email addresses"),
    "phones": N_("Phone numbers"),
    "addresses": N_("Postal addresses"),
    "tags": N_("Tag links"),
    "communications": N_("Communications"),
    "attachments": N_("Attachments and recordings"),
    "sales_detached": N_("Sales kept for the accounts, personal data removed"),
    "reminders": N_("Reminders"),
    "consent_events": N_("Consent history entries"),
    "drafts": N_("Unsaved drafts"),
    "outbox_messages": N_("Outgoing messages"),
    "merge_records": N_("Merge history entries"),
}


@dataclass(frozen=True)
class ContactIdentity:
    """Keyed hashes of the person: enough to recognise them again, nothing to read back."""

    name_hash: str
    identifier_hashes: list[str]


def row_fingerprint(ws: Workspace, contact: Contact) -> str:
    """The same contact row in an older backup has the same id and creation time."""
    created = contact.created_at.isoformat() if contact.created_at else ""
    return keyed_hash(ws, "row", f"{contact.id}:{created}")


def identity_of(ws: Workspace, contact: Contact) -> ContactIdentity:
    name = name_key(contact.first_name, contact.last_name)
    emails = [e.address for e in contact.emails]
    phones = [p.number for p in contact.phones]
    hashes = identity_hashes(ws, emails, phones) + [row_fingerprint(ws, contact)]
    return ContactIdentity(keyed_hash(ws, "name", name) if name else "", sorted(set(hashes)))


def _count(session: Session, stmt) -> int:  # noqa: ANN001
    return int(session.execute(stmt).scalar() or 0)


def _merge_records_about(session: Session, contact_id: int) -> list[int]:
    """Merge records whose snapshot holds this person: records of merges into them (directly
    or through a chain of earlier merges), and of merges of them that were later undone."""
    found = set(session.execute(select(MergeRecord.id).where(
        MergeRecord.merged_contact_id == contact_id)).scalars())
    frontier = {contact_id}
    seen = set(frontier)
    while frontier:
        rows = session.execute(select(MergeRecord.id, MergeRecord.merged_contact_id)
                               .where(MergeRecord.kept_contact_id.in_(frontier))).all()
        found.update(r.id for r in rows)
        frontier = {r.merged_contact_id for r in rows} - seen
        seen |= frontier
    return sorted(found)


def _detach_sales(session: Session, contact_id: int) -> int:
    """Sales stay for the business's books, without the person or their words."""
    sale_ids = list(session.execute(
        select(Sale.id).where(Sale.contact_id == contact_id)).scalars())
    if not sale_ids:
        return 0
    session.execute(update(Sale).where(Sale.id.in_(sale_ids)).values(contact_id=None, notes=""))
    product_name = (select(Product.name).where(Product.id == SaleLine.product_id)
                    .scalar_subquery())
    session.execute(update(SaleLine).where(SaleLine.sale_id.in_(sale_ids))
                    .values(description=func.coalesce(product_name, "")))
    return len(sale_ids)


def _sweep_other_tables(session: Session, contact_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in _HANDLED_TABLES or "contact_id" not in table.c:
            continue
        result = session.execute(delete(table).where(table.c.contact_id == contact_id))
        if result.rowcount:
            counts[table.name] = result.rowcount
    return counts


def purge_contact(session: Session, ws: Workspace, contact: Contact, erased_by: str,
                  reason: str) -> ErasureRecord:
    """Delete ``contact`` and everything about it; return the ErasureRecord left in its place.

    The caller has checked permissions and legal hold. ``reason`` ("request", "retention",
    "restore") goes to the audit log, which never receives personal data.
    """
    cid = contact.id
    # An opt-out outlives the person: their mailboxes stay refused to every other contact.
    mailbox_statements.seal_opt_outs(session, ws, cid)
    identity = identity_of(ws, contact)
    emails = [e.address for e in contact.emails]
    phones = [p.number for p in contact.phones]
    tag_ids = list(session.execute(
        select(contact_tags.c.tag_id).where(contact_tags.c.contact_id == cid)).scalars())
    comm_ids = select(Communication.id).where(Communication.contact_id == cid)
    counts: dict[str, int] = {
        "contact": 1,
        "emails": len(emails),
        "phones": len(phones),
        "addresses": len(contact.addresses),
        "tags": len(tag_ids),
        "communications": _count(session, select(func.count()).select_from(
            Communication).where(Communication.contact_id == cid)),
        "attachments": _count(session, select(func.count(Attachment.id))
                              .where(Attachment.communication_id.in_(comm_ids))),
    }
    session.execute(delete(Attachment).where(Attachment.communication_id.in_(comm_ids)))
    session.execute(delete(Communication).where(Communication.contact_id == cid))
    counts["sales_detached"] = _detach_sales(session, cid)
    counts["reminders"] = session.execute(
        delete(Reminder).where(Reminder.contact_id == cid)).rowcount
    session.execute(delete(ConsentState).where(ConsentState.contact_id == cid))
    counts["consent_events"] = session.execute(
        delete(ConsentEvent).where(ConsentEvent.contact_id == cid)).rowcount
    # Drafts of a contact being edited, and drafts that quote the person's addresses.
    draft_match = [Draft.contact_id == cid] + [Draft.payload.contains(v) for v in emails + phones]
    counts["drafts"] = session.execute(delete(Draft).where(or_(*draft_match))).rowcount
    outbox_match = [OutboxMessage.contact_id == cid]
    if emails:
        outbox_match.append(func.lower(OutboxMessage.to_address).in_([e.lower() for e in emails]))
    counts["outbox_messages"] = session.execute(
        delete(OutboxMessage).where(or_(*outbox_match))).rowcount
    merge_ids = _merge_records_about(session, cid)
    if merge_ids:
        session.execute(delete(MergeRecord).where(MergeRecord.id.in_(merge_ids)))
    counts["merge_records"] = len(merge_ids)
    counts.update(_sweep_other_tables(session, cid))
    # Child rows go first so the search-index triggers never re-index a half-deleted contact.
    for model in (ContactEmail, ContactPhone, ContactAddress):
        session.execute(delete(model).where(model.contact_id == cid))
    session.execute(delete(contact_tags).where(contact_tags.c.contact_id == cid))
    session.expunge(contact)
    session.execute(delete(Contact).where(Contact.id == cid))
    _delete_orphan_tags(session, tag_ids)
    record = ErasureRecord(
        erased_by=erased_by, name_hash=identity.name_hash,
        identifier_hashes=json.dumps(identity.identifier_hashes),
        removed_counts=json.dumps(counts, sort_keys=True))
    session.add(record)
    session.flush()
    audit.record(session, ws, "privacy.erase", "contact", cid,
                 {"erasure": record.id, "reason": reason})
    return record


def _delete_orphan_tags(session: Session, tag_ids: list[int]) -> None:
    """A tag nobody else carries may itself say something about the person."""
    if not tag_ids:
        return
    still_used = select(contact_tags.c.tag_id).where(contact_tags.c.tag_id.in_(tag_ids))
    session.execute(delete(Tag).where(Tag.id.in_(tag_ids), Tag.id.not_in(still_used)))
