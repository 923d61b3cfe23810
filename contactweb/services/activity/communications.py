"""Communications with a contact (calls, emails, meetings, letters, notes) and attachments
kept inside the vault."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, NotFound, Refused
from contactweb.i18n import _
from contactweb.models import Attachment, Communication, Contact, User, utcnow
from contactweb.models.communication import COMMUNICATION_KINDS, DIRECTIONS
from contactweb.services import audit, settings, undo
from contactweb.services.changes import Changes
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.stale_edits import count_save, hold_and_check
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


@dataclass
class AttachmentInput:
    filename: str
    data: bytes
    kind: str = "document"  # or "recording"
    mime: str = ""
    retain_until: date | None = None  # recordings default to the retention setting


@dataclass
class CommunicationInput:
    kind: str
    direction: str = "out"
    occurred_at: datetime | None = None
    duration_minutes: int | None = None
    subject: str = ""
    body: str = ""
    attachments: list[AttachmentInput] = field(default_factory=list)
    # A correction: the version it began from, so a save someone made since is not
    # overwritten (None: began from nothing shown, as the command line's).
    version: int | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    mime: str
    size: int
    kind: str
    retain_until: date | None


@dataclass(frozen=True)
class CommunicationEntry:
    id: int
    contact_id: int
    contact_name: str
    kind: str
    direction: str
    occurred_at: datetime
    duration_minutes: int | None
    subject: str
    body: str
    user: str
    attachments: list[AttachmentInfo]
    version: int = 1  # what a correction of it passes back (CommunicationInput.version)


def attachment_from_file(path: Path, recording: bool = False) -> AttachmentInput:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise BadInput(_("{name} is larger than 200 MiB.").format(name=path.name))
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(_("Cannot read {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return AttachmentInput(path.name, data, "recording" if recording else "document", mime)


def _validate(data: CommunicationInput) -> None:
    if data.kind not in COMMUNICATION_KINDS:
        raise BadInput(_("Unknown kind {kind!r}; choose one of {items}.").format(
            kind=data.kind, items=', '.join(COMMUNICATION_KINDS)))
    if data.kind != "note" and data.direction not in DIRECTIONS:
        raise BadInput(_("Direction is 'in' or 'out'."))
    if data.duration_minutes is not None and not 0 <= data.duration_minutes <= 24 * 60:
        raise BadInput(_("Duration is between 0 and 1440 minutes."))
    for attachment in data.attachments:
        if attachment.kind not in ("recording", "document"):
            raise BadInput(_("An attachment is a recording or a document."))
        if len(attachment.data) > MAX_ATTACHMENT_BYTES:
            raise BadInput(_("{filename} is larger than 200 MiB.").format(
                filename=attachment.filename))


def log_communication(ws: Workspace, contact_id: int, data: CommunicationInput) -> int:
    ws.require(Action.COMMUNICATION_LOG)
    _validate(data)
    with ws.session() as session:
        load_visible_contact(session, ws, contact_id)
        return log_in_session(session, ws, contact_id, data)


def log_in_session(session: Session, ws: Workspace, contact_id: int,
                   data: CommunicationInput) -> int:
    keep_days = int(settings.read(session, "retention.recording_days") or 90)
    entry = Communication(
        contact_id=contact_id, kind=data.kind, direction=stored_direction(data),
        occurred_at=data.occurred_at or utcnow(), duration_minutes=data.duration_minutes,
        subject=data.subject.strip(), body=data.body, user_id=ws.user_id,
    )
    _attach(entry, data.attachments, keep_days)
    session.add(entry)
    session.flush()
    audit.record(session, ws, "communication.log", "contact", contact_id,
                 {"communication": entry.id, "kind": data.kind,
                  "attachments": len(data.attachments)})
    return entry.id


def stored_direction(data: CommunicationInput) -> str:
    """A note is written, not sent or received: it has no direction."""
    return "" if data.kind == "note" else data.direction


def _attach(entry: Communication, attachments: list[AttachmentInput], keep_days: int) -> None:
    for a in attachments:
        retain = a.retain_until
        if retain is None and a.kind == "recording":
            retain = (entry.occurred_at + timedelta(days=keep_days)).date()
        entry.attachments.append(Attachment(
            filename=Path(a.filename).name[:300] or "attachment", data=a.data, size=len(a.data),
            mime=a.mime or mimetypes.guess_type(a.filename)[0] or "application/octet-stream",
            kind=a.kind, retain_until=retain))


def _load_visible_communication(session: Session, ws: Workspace,
                                communication_id: int) -> Communication:
    entry = session.get(Communication, communication_id)
    if entry is None:
        raise NotFound(_("No communication with id {communication_id}.").format(
            communication_id=communication_id))
    load_visible_contact(session, ws, entry.contact_id)
    return entry


def get_communication(ws: Workspace, communication_id: int) -> CommunicationEntry:
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        _load_visible_communication(session, ws, communication_id)
        return _load(session, _entries().where(Communication.id == communication_id))[0]


def update_communication(ws: Workspace, communication_id: int, data: CommunicationInput) -> int:
    """Correct a logged communication (same permission as logging one); its attachments
    stay and ``data.attachments`` are added. Returns the contact's id."""
    ws.require(Action.COMMUNICATION_LOG)
    _validate(data)
    with ws.session() as session:
        entry = _load_visible_communication(session, ws, communication_id)
        hold_and_check(session, entry, data.version, "communication")
        new_values = {"kind": data.kind, "direction": stored_direction(data),
                      "occurred_at": data.occurred_at or entry.occurred_at,
                      "duration_minutes": data.duration_minutes,
                      "subject": data.subject.strip(), "body": data.body}
        changed = sorted(k for k, v in new_values.items() if getattr(entry, k) != v)
        for name, value in new_values.items():
            setattr(entry, name, value)
        count_save(entry, ws.username)
        keep_days = int(settings.read(session, "retention.recording_days") or 90)
        _attach(entry, data.attachments, keep_days)
        session.flush()
        audit.record(session, ws, "communication.update", "contact", entry.contact_id,
                     {"communication": entry.id, "fields": changed,
                      "attachments_added": len(data.attachments)})
        return entry.contact_id


def delete_communication(ws: Workspace, communication_id: int,
                         version: int | None = None) -> int:
    """Delete a logged communication and its attachments (same permission as logging
    one). Returns the contact's id. ``version``: the one the deletion was begun from (a
    correction saved since refuses it); None: from nothing shown."""
    ws.require(Action.COMMUNICATION_LOG)
    with ws.session() as session:
        entry = _load_visible_communication(session, ws, communication_id)
        hold_and_check(session, entry, version, "communication")
        contact = session.get(Contact, entry.contact_id)
        if contact is not None and contact.legal_hold:
            raise Refused(_("Contact {id} is under a legal hold: its communications "
                            "are kept until an administrator releases the hold.").format(
                id=contact.id))
        contact_id, kind = entry.contact_id, entry.kind
        attachments = len(entry.attachments)
        kept = _as_input(entry)  # for Edit › Undo
        session.delete(entry)
        session.flush()
        audit.record(session, ws, "communication.delete", "contact", contact_id,
                     {"communication": communication_id, "kind": kind,
                      "attachments": attachments})
    restored: list[int] = []  # the id it comes back under, for a redo

    def log_again(w: Workspace) -> Changes:
        restored.append(log_communication(w, contact_id, kept))
        return Changes.about(contact_id, communications=True)

    def delete_again(w: Workspace) -> Changes:
        delete_communication(w, restored.pop())
        return Changes.about(contact_id, communications=True)

    undo.record(ws, "deleting a communication", log_again, delete_again)
    return contact_id


def _as_input(entry: Communication) -> CommunicationInput:
    """A stored communication as what logs it again, attachments included."""
    return CommunicationInput(
        kind=entry.kind, direction=entry.direction or "out", occurred_at=entry.occurred_at,
        duration_minutes=entry.duration_minutes, subject=entry.subject, body=entry.body,
        attachments=[AttachmentInput(a.filename, a.data, a.kind, a.mime, a.retain_until)
                     for a in entry.attachments])


def timeline(ws: Workspace, contact_id: int, limit: int | None = None) -> list[CommunicationEntry]:
    """A contact's communications, newest first."""
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        load_visible_contact(session, ws, contact_id)
        stmt = _entries().where(Communication.contact_id == contact_id)
        if limit:
            stmt = stmt.limit(limit)
        return _load(session, stmt)


@dataclass(frozen=True)
class CommunicationFilter:
    since: datetime | None = None
    until: datetime | None = None
    kind: str = ""
    username: str = ""
    search: str = ""  # words found in the subject, the text or the contact's name
    sort: str = "when"  # one of SORT_KEYS
    descending: bool = True


SORT_KEYS = {"when": (Communication.occurred_at,), "contact": (Contact.last_name,
                                                             Contact.first_name),
             "kind": (Communication.kind,), "direction": (Communication.direction,),
             "subject": (Communication.subject,), "user": (User.username,),
             "duration": (Communication.duration_minutes,)}


def across_contacts(ws: Workspace, flt: CommunicationFilter, offset: int = 0,
                    limit: int = 500) -> list[CommunicationEntry]:
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        return _load(session, _filtered(ws, flt, _entries(flt)).offset(offset).limit(limit))


def count_by_kind(ws: Workspace, flt: CommunicationFilter) -> dict[str, int]:
    ws.require(Action.CONTACT_VIEW)
    stmt = _filtered(ws, flt, select(Communication.kind, func.count(Communication.id))
                     .join(Contact, Contact.id == Communication.contact_id)
                     .outerjoin(User, User.id == Communication.user_id)
                     ).group_by(Communication.kind)
    with ws.session(readonly=True) as session:
        return dict(session.execute(stmt).all())


def _entries(flt: CommunicationFilter | None = None):  # noqa: ANN202
    keys = SORT_KEYS.get(flt.sort, SORT_KEYS["when"]) if flt else SORT_KEYS["when"]
    descending = flt.descending if flt else True
    order = [k.desc() if descending else k.asc() for k in (*keys, Communication.id)]
    return (select(Communication, Contact.first_name, Contact.last_name, Contact.company,
                   User.username)
            .join(Contact, Contact.id == Communication.contact_id)
            .outerjoin(User, User.id == Communication.user_id)
            .order_by(*order))


def _filtered(ws: Workspace, flt: CommunicationFilter, stmt):  # noqa: ANN001, ANN202
    stmt = stmt.where(visible_contacts(ws))
    if flt.since:
        stmt = stmt.where(Communication.occurred_at >= flt.since)
    if flt.until:
        stmt = stmt.where(Communication.occurred_at < flt.until)
    if flt.kind:
        stmt = stmt.where(Communication.kind == flt.kind)
    if flt.username:
        stmt = stmt.where(User.username == flt.username)
    for word in flt.search.split():
        pattern = f"%{_escaped(word)}%"
        stmt = stmt.where(or_(*(column.ilike(pattern, escape="\\") for column in (
            Communication.subject, Communication.body, Contact.first_name, Contact.last_name,
            Contact.company))))
    return stmt


def _escaped(word: str) -> str:
    """A word to look for as typed: % and _ are only characters."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _load(session: Session, stmt) -> list[CommunicationEntry]:  # noqa: ANN001
    rows = session.execute(stmt).all()
    ids = [r[0].id for r in rows]
    infos: dict[int, list[AttachmentInfo]] = {}
    if ids:
        for a in session.execute(
                select(Attachment.id, Attachment.communication_id, Attachment.filename,
                       Attachment.mime, Attachment.size, Attachment.kind, Attachment.retain_until)
                .where(Attachment.communication_id.in_(ids))):
            infos.setdefault(a.communication_id, []).append(
                AttachmentInfo(a.id, a.filename, a.mime, a.size, a.kind, a.retain_until))
    result = []
    for comm, first, last, company, username in rows:
        name = " ".join(p for p in (first, last) if p) or company
        result.append(CommunicationEntry(
            # notes logged before notes lost their direction still carry one: not shown
            comm.id, comm.contact_id, name, comm.kind,
            "" if comm.kind == "note" else comm.direction, comm.occurred_at,
            comm.duration_minutes, comm.subject, comm.body, username or "",
            infos.get(comm.id, []), comm.version))
    return result


def attachment_data(ws: Workspace, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    ws.require(Action.CONTACT_VIEW)
    with ws.session() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise NotFound(_("No attachment with id {attachment_id}.").format(
                attachment_id=attachment_id))
        contact_id = attachment.communication.contact_id
        load_visible_contact(session, ws, contact_id)
        audit.record(session, ws, "attachment.open", "contact", contact_id,
                     {"attachment": attachment_id})
        info = AttachmentInfo(attachment.id, attachment.filename, attachment.mime,
                              attachment.size, attachment.kind, attachment.retain_until)
        return info, attachment.data
