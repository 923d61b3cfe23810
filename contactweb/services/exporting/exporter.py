"""Exporting contacts: the contact's right to take their data elsewhere, and the business's
to leave. CSV cells that a spreadsheet would run as formulas are neutralised by the writer.
Every record carries the contact's consent per channel, so that a tool the file is given to
can honour an opt-out (an export *for mailing* goes through eligibility: export_mailing)."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, ContactWebError
from contactweb.formats.interchange import (
    ContactRecord,
    write_csv,
    write_json,
    write_ldif,
    write_vcard,
)
from contactweb.i18n import _
from contactweb.models import (
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import audit
from contactweb.services.contacts.contact_queries import ContactQuery, filtered
from contactweb.services.contacts.contacts import (
    AddressInput,
    ContactDetails,
    EmailInput,
    PhoneInput,
)
from contactweb.services.exporting import EXPORT_FORMATS
from contactweb.services.importing.record_mapping import details_to_record
from contactweb.store.dialect_sql import byte_order
from contactweb.store.search_sql import json_ids
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

FORMAT_SUFFIXES = {"csv-google": ".csv", "csv-outlook": ".csv", "vcard3": ".vcf",
                   "vcard4": ".vcf", "ldif": ".ldif", "json": ".json"}
_CHUNK = 500
T = TypeVar("T")


class ExportCancelled(ContactWebError):
    """The user cancelled; no file was written."""


def export_contacts(ws: Workspace, path: Path, fmt: str, query: ContactQuery | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None) -> int:
    """Write the selected (visible) contacts to ``path``; returns how many. The file is
    replaced atomically: a cancelled or failed export leaves no partial file."""
    ws.require(Action.EXPORT)
    if fmt not in EXPORT_FORMATS:
        raise BadInput(_("Unknown export format {fmt!r}; choose one of {items}.").format(
            fmt=fmt, items=', '.join(EXPORT_FORMATS)))
    records = export_records(ws, query or ContactQuery(), progress, cancel)
    data = render(records, fmt)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise BadInput(_("Cannot write {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    audit.record_now(ws, "export", "file", "", {"format": fmt, "count": len(records)})
    return len(records)


def export_records(ws: Workspace, query: ContactQuery,
                   progress: Callable[[int, int], None] | None = None,
                   cancel: threading.Event | None = None) -> list[ContactRecord]:
    """The selected contacts as interchange records, read a chunk at a time with one query
    per table (a read-only session, so a long export never holds the vault's write lock)."""
    ws.require(Action.EXPORT)
    records: list[ContactRecord] = []
    with ws.session(readonly=True) as session:
        ids = list(session.execute(filtered(ws, query, select(Contact.id))
                                   .order_by(byte_order(Contact.sort_name), Contact.id)).scalars())
        for start in range(0, len(ids), _CHUNK):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled(_("Export cancelled; no file was written."))
            records += records_by_id(session, ids[start:start + _CHUNK]).values()
            if progress is not None:
                progress(min(start + _CHUNK, len(ids)), len(ids))
    return records


def _by_contact(session: Session, stmt: Select, make: Callable[..., T]) -> dict[int, list[T]]:
    """``make(*rest)`` of each row of ``stmt`` (contact id first), grouped by contact."""
    grouped: dict[int, list[T]] = defaultdict(list)
    for cid, *rest in session.execute(stmt):
        grouped[cid].append(make(*rest))
    return grouped


def records_by_id(session: Session, ids: list[int]) -> dict[int, ContactRecord]:
    """As details_to_record(details_of(contact)) for each id, in the order given (ids the
    vault no longer holds are left out), with the consent of every channel. A few hundred
    ids at a time: each table is read once for all of them."""
    chosen = json_ids(ids)
    e, p, a = ContactEmail, ContactPhone, ContactAddress
    emails = _by_contact(session, select(e.contact_id, e.address, e.label).where(
        e.contact_id.in_(chosen)).order_by(e.contact_id, e.position, e.id), EmailInput)
    phones = _by_contact(session, select(p.contact_id, p.number, p.label).where(
        p.contact_id.in_(chosen)).order_by(p.contact_id, p.position, p.id), PhoneInput)
    addresses = _by_contact(session, select(
        a.contact_id, a.street, a.city, a.region, a.postcode, a.country, a.label).where(
        a.contact_id.in_(chosen)).order_by(a.contact_id, a.position, a.id), AddressInput)
    tags = _by_contact(session, select(contact_tags.c.contact_id, Tag.name).join(
        Tag, Tag.id == contact_tags.c.tag_id).where(
        contact_tags.c.contact_id.in_(chosen)).order_by(Tag.name), str)
    c = Contact
    rows = {row.id: row for row in session.execute(
        select(c.id, c.prefix, c.first_name, c.middle_name, c.last_name, c.suffix, c.company,
               c.title, c.notes, c.birthday, c.photo, c.photo_mime, c.uid, c.website,
               c.language).where(
            c.id.in_(chosen)))}
    consent = _by_contact(session, select(
        ConsentState.contact_id, ConsentState.channel, ConsentState.status).where(
        ConsentState.contact_id.in_(chosen)), lambda channel, status: (channel, status))
    return {cid: _with_consent(details_to_record(ContactDetails(
        id=cid, prefix=r.prefix, first_name=r.first_name, middle_name=r.middle_name,
        last_name=r.last_name, suffix=r.suffix, company=r.company, title=r.title,
        notes=r.notes, birthday=r.birthday, photo=r.photo, photo_mime=r.photo_mime,
        website=r.website, language=r.language,
        uid=r.uid or "", emails=emails[cid], phones=phones[cid], addresses=addresses[cid], tags=tags[cid])),
        consent[cid]) for cid in ids if (r := rows.get(cid)) is not None}


def _with_consent(record: ContactRecord, stated: list[tuple[str, str]]) -> ContactRecord:
    # Every channel, "unknown" where nothing was ever recorded: a missing column would read
    # as "no objection" to a tool that only looks for opt-outs.
    known = dict(stated)
    record.consent = {channel: known.get(channel, "unknown") for channel in CHANNELS}
    return record


def render(records: list[ContactRecord], fmt: str) -> bytes:
    if fmt == "csv-google":
        return write_csv(records, "google")
    if fmt == "csv-outlook":
        return write_csv(records, "outlook")
    if fmt == "vcard3":
        return write_vcard(records, "3.0")
    if fmt == "vcard4":
        return write_vcard(records, "4.0")
    if fmt == "ldif":
        return write_ldif(records)
    if fmt == "json":
        return write_json(records)
    raise BadInput(_("Unknown export format {fmt!r}; choose one of {items}.").format(
        fmt=fmt, items=', '.join(EXPORT_FORMATS)))
