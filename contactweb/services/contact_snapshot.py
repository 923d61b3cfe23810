"""A contact and its own rows as JSON, and back: what makes a merge undoable exactly."""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from contactweb.models import (
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
)

_SCALARS = [c.key for c in Contact.__table__.columns]
_DATETIMES = {"created_at", "updated_at", "closed_at"}


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _decode(key: str, value: Any) -> Any:
    if isinstance(value, dict) and "b64" in value:
        return base64.b64decode(value["b64"])
    if value is not None and key in _DATETIMES:
        return datetime.fromisoformat(value)
    if value is not None and key == "birthday":
        return date.fromisoformat(value)
    return value


def _rows(items: list, columns: list[str]) -> list[dict[str, Any]]:
    return [{c: getattr(item, c) for c in columns} for item in items]


def snapshot_contact(session: Session, contact: Contact) -> dict[str, Any]:
    return {
        "fields": {k: _encode(getattr(contact, k)) for k in _SCALARS},
        "emails": _rows(contact.emails, ["address", "label", "position"]),
        "phones": _rows(contact.phones, ["number", "national_digits", "label", "position"]),
        "addresses": _rows(contact.addresses, ["street", "city", "region", "postcode",
                                               "country", "label", "position"]),
        "tags": [t.name for t in contact.tags],
        "consent": {s.channel: [s.status, s.event_id] for s in session.execute(
            select(ConsentState).where(ConsentState.contact_id == contact.id)).scalars()},
    }


def restore_contact(session: Session, data: dict[str, Any], contact: Contact | None) -> Contact:
    """Write the snapshot back over ``contact`` (or a new contact with the old id)."""
    if contact is None:
        contact = Contact(id=data["fields"]["id"])
        session.add(contact)
    for key, value in data["fields"].items():
        setattr(contact, key, _decode(key, value))
    contact.emails = [ContactEmail(**row) for row in data["emails"]]
    contact.phones = [ContactPhone(**row) for row in data["phones"]]
    contact.addresses = [ContactAddress(**row) for row in data["addresses"]]
    tags = {t.name: t for t in session.execute(
        select(Tag).where(Tag.name.in_(data["tags"]))).scalars()}
    contact.tags = [tags.get(name) or Tag(name=name) for name in data["tags"]]
    session.flush()
    session.execute(delete(ConsentState).where(ConsentState.contact_id == contact.id))
    for channel, (status, event_id) in data["consent"].items():
        session.add(ConsentState(contact_id=contact.id, channel=channel, status=status,
                                 event_id=event_id))
    # updated_at has an onupdate default; put the snapshot's value back explicitly.
    session.flush()
    contact.updated_at = _decode("updated_at", data["fields"]["updated_at"])
    return contact
