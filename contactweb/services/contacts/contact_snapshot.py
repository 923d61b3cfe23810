"""A contact and its own rows (ids included) as JSON, and back: what makes a merge undoable
exactly. Core statements throughout, so the ids written back are the ids that were read."""

from __future__ import annotations

import base64
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from contactweb.models import (
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
    contact_tags,
)
from contactweb.services.contacts.match_keys import company_key

SNAPSHOT_VERSION = 2
_CONTACTS: Table = Contact.__table__
_CHILDREN: dict[str, Table] = {"emails": ContactEmail.__table__,
                               "phones": ContactPhone.__table__,
                               "addresses": ContactAddress.__table__}
_STATES: Table = ConsentState.__table__


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        if "b64" in value:
            return base64.b64decode(value["b64"])
        if "datetime" in value:
            return datetime.fromisoformat(value["datetime"])
        if "date" in value:
            return date.fromisoformat(value["date"])
    return value


def _rows(session: Session, table: Table, contact_id: int) -> list[dict[str, Any]]:
    order = table.c.id if "id" in table.c else table.c.channel
    return [{k: _encode(v) for k, v in row._mapping.items()} for row in session.execute(
        select(table).where(table.c.contact_id == contact_id).order_by(order))]


def snapshot_contact(session: Session, contact_id: int) -> dict[str, Any]:
    """Everything that belongs to the contact itself (not its history, which a merge moves)."""
    session.flush()
    row = session.execute(select(_CONTACTS).where(_CONTACTS.c.id == contact_id)).one()
    return {
        "version": SNAPSHOT_VERSION,
        "fields": {k: _encode(v) for k, v in row._mapping.items()},
        **{name: _rows(session, table, contact_id) for name, table in _CHILDREN.items()},
        "tags": [{"id": tag_id, "name": name} for tag_id, name in session.execute(
            select(Tag.id, Tag.name).join(contact_tags, contact_tags.c.tag_id == Tag.id)
            .where(contact_tags.c.contact_id == contact_id).order_by(Tag.id))],
        "consent": _rows(session, _STATES, contact_id),
    }


def restore_contact(session: Session, data: dict[str, Any], exists: bool) -> int:
    """Write the snapshot back: over the contact when it ``exists``, else as a new row with
    its old id. Returns the contact id."""
    session.flush()
    fields = {k: _decode(v) for k, v in data["fields"].items()}
    # A snapshot taken before migration 0015 has no company_key: it follows the company.
    fields["company_key"] = company_key(fields.get("company") or "")
    contact_id = fields["id"]
    if exists:
        for table in (*_CHILDREN.values(), _STATES):
            session.execute(delete(table).where(table.c.contact_id == contact_id))
        session.execute(delete(contact_tags).where(contact_tags.c.contact_id == contact_id))
        # Every column is given, updated_at too, so its on-update default does not apply.
        session.execute(update(_CONTACTS).where(_CONTACTS.c.id == contact_id).values(fields))
    else:
        session.execute(insert(_CONTACTS).values(fields))
    for name, table in _CHILDREN.items():
        rows = [{k: _decode(v) for k, v in row.items()} for row in data[name]]
        taken = set(session.execute(select(table.c.id).where(
            table.c.id.in_([r["id"] for r in rows]))).scalars()) if rows else set()
        for row in rows:
            if row["id"] in taken:  # reused since the merge: the row comes back, with a new id
                row.pop("id")
            session.execute(insert(table).values(row))
    for tag in data["tags"]:
        session.execute(insert(contact_tags).values(
            contact_id=contact_id, tag_id=_tag_id(session, tag["name"])))
    for row in data["consent"]:
        session.execute(insert(_STATES).values({k: _decode(v) for k, v in row.items()}))
    session.expire_all()  # ORM objects loaded before must not write stale values back
    return contact_id


def _tag_id(session: Session, name: str) -> int:
    found = session.execute(select(Tag.id).where(Tag.name == name)).scalar()
    if found is not None:
        return found
    return session.execute(insert(Tag.__table__).values(name=name)).inserted_primary_key[0]
