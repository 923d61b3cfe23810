"""Listing and searching contacts: filtering, sorting and paging all happen in SQL."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Select, false, func, literal, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.models import Contact, Tag, contact_tags
from contactweb.services.visibility import visible_contacts
from contactweb.store.fts import build_match_query
from contactweb.store.search_sql import (
    BROAD_MATCHES,
    id_in,
    matches_many,
    matching_contact_ids,
    usually_true,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

SORT_COLUMNS = {
    "name": Contact.sort_name,
    "company": Contact.company,
    "email": Contact.primary_email,
    "phone": Contact.primary_phone,
    "city": Contact.city,
    "status": Contact.status,
    "updated": Contact.updated_at,
    "created": Contact.created_at,
    "id": Contact.id,
}


@dataclass(frozen=True)
class ContactQuery:
    search: str = ""
    tag: str = ""
    status: str = ""  # "" for all, "active" or "closed"
    ids: tuple[int, ...] | None = None  # a hand-picked selection
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    company: str
    email: str
    phone: str
    city: str
    status: str
    tags: list[str] = field(default_factory=list)


def filtered(ws: Workspace, query: ContactQuery, columns: Select, broad: bool = False) -> Select:
    """Apply visibility, search, tag, status and selection to a select over contacts.

    ``broad`` (see ``filters_are_broad``) changes only how SQLite finds the rows, never which.
    """
    stmt = columns.where(visible_contacts(ws))
    if query.search.strip():
        match = build_match_query(query.search)
        stmt = stmt.where(false()) if match is None else stmt.where(
            id_in(Contact.id, matching_contact_ids(match), broad))
    if query.tag:
        stmt = stmt.where(id_in(Contact.id, select(contact_tags.c.contact_id).join(
            Tag, Tag.id == contact_tags.c.tag_id).where(Tag.name == query.tag), broad))
    if query.status:
        same_status = Contact.status == query.status
        stmt = stmt.where(usually_true(same_status) if broad else same_status)
    if query.ids is not None:
        stmt = stmt.where(Contact.id.in_(query.ids))
    return stmt


def filters_are_broad(session: Session, query: ContactQuery) -> bool:
    """Whether every filter keeps many contacts, so that walking them in display order and
    stopping after a page beats fetching each match and sorting. A hand-picked selection, a
    rare search term or a rare status is narrow; tags and visibility count as broad."""
    if query.ids is not None:
        return False
    if query.search.strip():
        match = build_match_query(query.search)
        if match is None or not matches_many(session, match):
            return False
    if query.status:
        some = select(literal(1)).where(Contact.status == query.status).limit(BROAD_MATCHES + 1)
        if session.execute(select(func.count()).select_from(some.subquery())).scalar_one() \
                <= BROAD_MATCHES:
            return False
    return True


def count_contacts(ws: Workspace, query: ContactQuery = ContactQuery()) -> int:
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        broad = filters_are_broad(session, query)
        return session.execute(
            filtered(ws, query, select(func.count(Contact.id)), broad)).scalar() or 0


def list_contacts(ws: Workspace, query: ContactQuery = ContactQuery(), offset: int = 0,
                  limit: int | None = 200) -> list[ContactRow]:
    ws.require(Action.CONTACT_VIEW)
    sort = SORT_COLUMNS.get(query.sort)
    if sort is None:
        raise BadInput(f"Cannot sort by {query.sort!r}; choose one of {', '.join(SORT_COLUMNS)}.")
    order = [sort.desc(), Contact.id.desc()] if query.descending else [sort, Contact.id]
    with ws.session(readonly=True) as session:
        stmt = filtered(ws, query, select(
            Contact.id, Contact.first_name, Contact.last_name, Contact.company,
            Contact.primary_email, Contact.primary_phone, Contact.city, Contact.status,
        ), filters_are_broad(session, query)).order_by(*order).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = session.execute(stmt).all()
        tags = _tags_for(session, [r.id for r in rows])
    return [ContactRow(
        id=r.id, name=_name(r.first_name, r.last_name, r.company, r.primary_email, r.id),
        company=r.company, email=r.primary_email, phone=r.primary_phone, city=r.city,
        status=r.status, tags=tags.get(r.id, [])) for r in rows]


def search_ids(ws: Workspace, text: str, limit: int = 50) -> list[int]:
    return [r.id for r in list_contacts(ws, ContactQuery(search=text), limit=limit)]


def _name(first: str, last: str, company: str, email: str, cid: int) -> str:
    if last and first:
        return f"{last}, {first}"
    return last or first or company or email or f"Contact {cid}"


def _tags_for(session, ids: list[int]) -> dict[int, list[str]]:  # noqa: ANN001
    if not ids:
        return {}
    result: dict[int, list[str]] = {}
    # Chunked: SQLite limits bound parameters per statement.
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, name in session.execute(
                select(contact_tags.c.contact_id, Tag.name)
                .join(Tag, Tag.id == contact_tags.c.tag_id)
                .where(contact_tags.c.contact_id.in_(chunk)).order_by(Tag.name)):
            result.setdefault(cid, []).append(name)
    return result
