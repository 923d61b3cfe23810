"""Gathering every record about one contact for an access report, as plain JSON values.

Every query here is filtered by this one contact's id; nothing about anyone else is read. Files
(attachments, the photo) are listed beside the JSON values; attachment contents are read one
at a time when they are written, since recordings can be large.
"""

from __future__ import annotations

import json
import mimetypes
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from contactweb.models import (
    Attachment,
    Communication,
    Contact,
    Draft,
    Mailing,
    MergeRecord,
    OutboxMessage,
    Reminder,
    Sale,
    User,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import audit
from contactweb.services.consent import consent
from contactweb.vault.workspace import Workspace

FILES_DIR = "files"


@dataclass
class CollectedFile:
    """A file of the report: the photo's bytes, or an attachment read when it is written.
    ``entry`` is its JSON object, whose ``sha256`` and ``size`` the writer fills in."""

    relative_path: str
    data: bytes | None = None
    attachment_id: int | None = None
    entry: dict | None = None


@dataclass
class Collected:
    sections: dict
    files: list[CollectedFile] = field(default_factory=list)


def iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def safe_file_name(name: str) -> str:
    """A file name that stays inside the report folder on every system."""
    cleaned = unicodedata.normalize("NFC", name)
    cleaned = re.sub(r'[\x00-\x1f\x7f/\\:*?"<>|]', "_", cleaned).strip(" .")
    return cleaned[:120] or "file"


def _usernames(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.username)).all())


def _contact(contact: Contact, owner: str, files: list[CollectedFile]) -> dict:
    photo = None
    if contact.photo:
        ext = mimetypes.guess_extension(contact.photo_mime or "") or ".bin"
        photo = {"file": f"{FILES_DIR}/photo{ext}", "mime": contact.photo_mime or "",
                 "size": len(contact.photo)}
        files.append(CollectedFile(photo["file"], data=contact.photo))
    return {
        "id": contact.id, "prefix": contact.prefix, "first_name": contact.first_name,
        "middle_name": contact.middle_name, "last_name": contact.last_name,
        "suffix": contact.suffix, "company": contact.company, "title": contact.title,
        "website": contact.website, "birthday": iso(contact.birthday), "notes": contact.notes, "status": contact.status,
        "closed_at": iso(contact.closed_at), "source": contact.source,
        "visibility": contact.visibility, "owner": owner, "legal_hold": contact.legal_hold,
        "created_at": iso(contact.created_at), "updated_at": iso(contact.updated_at),
        "photo": photo,
        "emails": [{"label": e.label, "address": e.address} for e in contact.emails],
        "phones": [{"label": p.label, "number": p.number} for p in contact.phones],
        "addresses": [{"label": a.label, "street": a.street, "city": a.city,
                       "region": a.region, "postcode": a.postcode, "country": a.country}
                      for a in contact.addresses],
        "tags": [t.name for t in contact.tags],
    }


def _communications(session: Session, cid: int, users: dict[int, str],
                    files: list[CollectedFile]) -> list[dict]:
    result = []
    comms = session.execute(select(Communication).where(Communication.contact_id == cid)
                            .order_by(Communication.occurred_at, Communication.id)).scalars()
    for comm in comms:
        attachments = []
        rows = session.execute(
            select(Attachment.id, Attachment.filename, Attachment.kind, Attachment.mime,
                   Attachment.size, Attachment.retain_until, Attachment.created_at)
            .where(Attachment.communication_id == comm.id).order_by(Attachment.id)).all()
        for att in rows:
            path = f"{FILES_DIR}/{att.id}-{safe_file_name(att.filename)}"
            entry = {
                "id": att.id, "filename": att.filename, "kind": att.kind, "mime": att.mime,
                "size": att.size, "retain_until": iso(att.retain_until),
                "added_at": iso(att.created_at), "file": path, "sha256": None}
            files.append(CollectedFile(path, attachment_id=att.id, entry=entry))
            attachments.append(entry)
        result.append({
            "id": comm.id, "kind": comm.kind, "direction": comm.direction,
            "occurred_at": iso(comm.occurred_at), "duration_minutes": comm.duration_minutes,
            "subject": comm.subject, "body": comm.body,
            "user": users.get(comm.user_id, "") if comm.user_id else "",
            "attachments": attachments})
    return result


def _sales(session: Session, cid: int, users: dict[int, str]) -> list[dict]:
    result = []
    for sale in session.execute(select(Sale).where(Sale.contact_id == cid)
                                .order_by(Sale.sale_date, Sale.id)).scalars():
        lines = [{"product": ln.product.name if ln.product else "",
                  "description": ln.description, "quantity": ln.quantity,
                  "unit_price_cents": ln.unit_price_cents, "total_cents": ln.line_total_cents}
                 for ln in sale.lines]
        result.append({
            "id": sale.id, "sale_date": iso(sale.sale_date), "status": sale.status,
            "currency": sale.currency, "notes": sale.notes,
            "user": users.get(sale.user_id, "") if sale.user_id else "",
            "total_cents": sum(line["total_cents"] for line in lines), "lines": lines})
    return result


def _reminders(session: Session, cid: int, users: dict[int, str]) -> list[dict]:
    return [{"id": r.id, "due_at": iso(r.due_at), "text": r.text, "kind": r.kind,
             "assignee": users.get(r.assignee_id, "") if r.assignee_id else "",
             "done": r.done, "done_at": iso(r.done_at), "created_at": iso(r.created_at)}
            for r in session.execute(select(Reminder).where(Reminder.contact_id == cid)
                                     .order_by(Reminder.due_at, Reminder.id)).scalars()]


def _consent(session: Session, cid: int) -> dict:
    history = consent.history_in(session, cid)
    return {
        "current": {ch: consent.current_status(session, cid, ch) for ch in CHANNELS},
        "history": [{"id": e.id, "channel": e.channel, "status": e.status,
                     "recorded_at": iso(e.recorded_at), "method": e.method,
                     "recorded_by": e.recorded_by, "wording": e.wording, "source": e.source,
                     "evidence": e.evidence, "override_reason": e.override_reason}
                    for e in reversed(history)],
    }


def _outbox(session: Session, cid: int) -> list[dict]:
    mailing = aliased(Mailing)
    rows = session.execute(select(OutboxMessage, mailing.subject, mailing.channel)
                           .join(mailing, mailing.id == OutboxMessage.mailing_id)
                           .where(OutboxMessage.contact_id == cid)
                           .order_by(OutboxMessage.id)).all()
    return [{"mailing_id": m.mailing_id, "channel": channel, "subject": subject,
             "to_address": m.to_address, "status": m.status, "sent_at": iso(m.sent_at),
             "updated_at": iso(m.updated_at)} for m, subject, channel in rows]


def _json_or_text(value: str) -> object:
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


def _merges_and_drafts(session: Session, cid: int) -> tuple[list[dict], list[dict]]:
    merges = [{"merged_at": iso(m.merged_at), "merged_by": m.merged_by, "undone": m.undone,
               "snapshot": _json_or_text(m.snapshot)}
              for m in session.execute(select(MergeRecord).where(
                  MergeRecord.kept_contact_id == cid).order_by(MergeRecord.id)).scalars()]
    drafts = [{"kind": d.kind, "saved_at": iso(d.saved_at), "payload": _json_or_text(d.payload)}
              for d in session.execute(select(Draft).where(Draft.contact_id == cid)
                                       .order_by(Draft.id)).scalars()]
    return merges, drafts


def attachment_bytes(ws: Workspace, attachment_id: int) -> bytes:
    with ws.session(readonly=True) as session:
        return session.execute(select(Attachment.data).where(
            Attachment.id == attachment_id)).scalar() or b""


def audit_events(ws: Workspace, cid: int) -> list[dict]:
    rows = audit.events_about(ws, "contact", str(cid))
    return [{"id": r.id, "at": iso(r.at), "user": r.username, "action": r.action,
             "details": r.details} for r in sorted(rows, key=lambda r: r.id)]


def collect(session: Session, ws: Workspace, contact: Contact) -> Collected:
    users = _usernames(session)
    files: list[CollectedFile] = []
    cid = contact.id
    owner = users.get(contact.owner_id, "") if contact.owner_id else ""
    merges, drafts = _merges_and_drafts(session, cid)
    sections = {
        "contact": _contact(contact, owner, files),
        "consent": _consent(session, cid),
        "communications": _communications(session, cid, users, files),
        "sales": _sales(session, cid, users),
        "reminders": _reminders(session, cid, users),
        "outbox_messages": _outbox(session, cid),
        "merged_records": merges,
        "drafts": drafts,
    }
    return Collected(sections, files)
