"""Listing and searching contacts: filtering, sorting and paging all happen in SQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import ColumnElement, Select, false, func, literal, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models import Contact, Tag, contact_tags
from contactweb.models.contact import unnamed_contact
from contactweb.services.contacts.visibility import hidden_contact_ids, visible_to
from contactweb.store.dialect_sql import byte_order
from contactweb.store.driver_rows import driver_rows, shaped_rows
from contactweb.store.fts import build_match_query
from contactweb.store.search_sql import (
    BROAD_MATCHES,
    count_matches,
    few_matches_json,
    id_in,
    json_text_ids,
    matches_read_first,
    matching_contact_ids,
    search_match,
    tags_of_contacts,
    usually_true,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# Text sorts by its bytes on both backends (byte_order), so a team vault on a server created
# with another collation lists contacts in the desktop vault's order. The name is sorted by
# sort_name, which the services fold (casefold, single spaces) in Python on both backends.
SORT_COLUMNS = {
    "name": byte_order(Contact.sort_name),
    "company": byte_order(Contact.company),
    "email": byte_order(Contact.primary_email),
    "phone": byte_order(Contact.primary_phone),
    "city": byte_order(Contact.city),
    "status": byte_order(Contact.status),
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


# Not frozen: a frozen dataclass sets each field through object.__setattr__, 1.2 µs a row
# against 0.3 µs, and a page builds 200 of them on every keystroke. Nothing changes a row.
@dataclass(slots=True)
class ContactRow:
    id: int
    name: str
    company: str
    email: str
    phone: str
    city: str
    status: str
    tags: list[str] = field(default_factory=list)


class QueryPlan(NamedTuple):
    """How SQLite is to find the rows, never which rows. ``broad``: every filter keeps many
    contacts, so walking them in display order and stopping after a page beats fetching each
    match and sorting. ``search_ids``: the search's matches when there are few (a JSON array),
    looked up in the index once and not again by every statement that lists or counts them. ``match``:
    the search as the index is asked for it (``search_sql.search_match``: on SQLite the
    longer words spelled out as the terms they start, which finds the same rows faster)."""

    broad: bool = False
    search_ids: str | None = None
    match: str | None = None


def filtered(ws: Workspace, query: ContactQuery, columns: Select,
             plan: QueryPlan | None = None) -> Select:
    """Apply visibility, search, tag, status and selection to a select over contacts."""
    shape, values = _filter_shape(ws, query, plan or QueryPlan())
    return _filtered_by(columns, shape, values)


class _FilterShape(NamedTuple):
    """What the SQL of ``filtered`` depends on; the values it binds are kept apart (user id,
    match query, search ids, tag, status), so one compiled statement serves every search of
    a shape (``driver_rows.shaped_rows``)."""

    admin: bool
    search: str  # "": none; "nothing": nothing searchable; "ids": plan's ids; "match"
    tag: bool
    status: bool
    broad: bool
    ids: tuple[int, ...] | None


def _filter_shape(ws: Workspace, query: ContactQuery, plan: QueryPlan
                  ) -> tuple[_FilterShape, dict[str, int | str]]:
    values: dict[str, int | str] = {} if ws.is_admin else {"user_id": ws.user_id}
    search = ""
    if query.search.strip():
        match = _match(query, plan)
        if match is None:
            search = "nothing"
        elif plan.search_ids is not None:
            search, values["search_ids"] = "ids", plan.search_ids
        else:
            search, values["match"] = "match", match
    if query.tag:
        values["tag"] = query.tag
    if query.status:
        values["status"] = query.status
    return _FilterShape(ws.is_admin, search, bool(query.tag), bool(query.status), plan.broad,
                        query.ids), values


def _filtered_by(columns: Select, shape: _FilterShape, values: Mapping[str, int | str]
                 ) -> Select:
    broad = shape.broad
    stmt = columns.where(visible_to(shape.admin, values.get("user_id")))
    if shape.search == "nothing":
        stmt = stmt.where(false())
    elif shape.search == "ids":
        stmt = stmt.where(Contact.id.in_(json_text_ids(values["search_ids"])))
    elif shape.search == "match":
        stmt = stmt.where(id_in(Contact.id, matching_contact_ids(values["match"]), broad))
    if shape.tag:
        stmt = stmt.where(id_in(Contact.id, select(contact_tags.c.contact_id).join(
            Tag, Tag.id == contact_tags.c.tag_id).where(Tag.name == values["tag"]), broad))
    if shape.status:
        same_status = Contact.status == values["status"]
        stmt = stmt.where(usually_true(same_status) if broad else same_status)
    if shape.ids is not None:
        stmt = stmt.where(Contact.id.in_(shape.ids))
    return stmt


def plan_query(session: Session, query: ContactQuery) -> QueryPlan:
    """A hand-picked selection, a rare search term or a rare status is narrow; tags and
    visibility count as broad."""
    search_ids = match = None
    if query.search.strip():
        match = search_match(session, query.search)
        if match is None:
            return QueryPlan()
        search_ids = few_matches_json(session, match)
    if query.ids is not None or search_ids is not None:
        return QueryPlan(False, search_ids, match)
    if query.status:
        some = select(literal(1)).where(Contact.status == query.status).limit(BROAD_MATCHES + 1)
        if session.execute(select(func.count()).select_from(some.subquery())).scalar_one() \
                <= BROAD_MATCHES:
            return QueryPlan(match=match)
    return QueryPlan(broad=True, match=match)


def _match(query: ContactQuery, plan: QueryPlan) -> str | None:
    return plan.match if plan.match is not None else build_match_query(query.search)


def count_contacts(ws: Workspace, query: ContactQuery = ContactQuery()) -> int:
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=True) as session:
        return _count(session, ws, query, plan_query(session, query))


def list_contacts(ws: Workspace, query: ContactQuery = ContactQuery(), offset: int = 0,
                  limit: int | None = 200) -> list[ContactRow]:
    ws.require(Action.CONTACT_VIEW)
    order = _order(query)
    with ws.session(readonly=True) as session:
        return _rows(session, ws, query, plan_query(session, query), order, offset, limit)


def count_and_list(ws: Workspace, query: ContactQuery, offset: int = 0, limit: int = 200
                   ) -> tuple[int, list[ContactRow]]:
    """What a contact list shows after each keystroke: the number of matches and a page of
    them, read in one transaction with the index consulted once. A page that is not full
    ends the matches, so its rows are counted instead of counting them all again (most
    searches of a word or more)."""
    ws.require(Action.CONTACT_VIEW)
    order = _order(query)
    with ws.session(readonly=True) as session:
        plan, count = _plan_and_count(session, ws, query)
        rows = _rows(session, ws, query, plan, order, offset, limit)
        if count is None:
            if 0 < len(rows) < limit or (not rows and not offset and limit > 0):
                return offset + len(rows), rows
            count = _count(session, ws, query, plan)
        return count, rows if count > offset else []


def _plan_and_count(session: Session, ws: Workspace, query: ContactQuery
                    ) -> tuple[QueryPlan, int | None]:
    """The plan, and the count when it comes with it. A search alone is counted in the index
    first, which says at once whether it is broad: a broad search then walks the list
    without first reading 2,001 of its matches, each read of a prefix costing the merge of
    every term's postings again (1 to 3 ms at 100,000 contacts). None: count it later."""
    if not query.search.strip() or query.tag or query.status or query.ids is not None:
        return plan_query(session, query), None
    match = search_match(session, query.search)
    if match is None:
        return QueryPlan(), 0  # nothing searchable: filtered() finds no row either
    matches = count_matches(session, match)
    if matches > BROAD_MATCHES:
        return QueryPlan(broad=True, match=match), matches - _hidden(session, ws, match)
    # Counted already, the matches need not be read first where the page's statement can
    # be driven by the index itself (search_sql.matches_read_first).
    search_ids = few_matches_json(session, match) if matches_read_first(session) else None
    # The index has one row per contact: for who sees every contact it counts them exactly.
    exact = ws.is_admin or ws.on_team_server
    return QueryPlan(False, search_ids, match), matches if exact else None


def _order(query: ContactQuery) -> list[ColumnElement]:
    sort = SORT_COLUMNS.get(query.sort)
    if sort is None:
        raise BadInput(_("Cannot sort by {sort!r}; choose one of {items}.").format(
            sort=query.sort, items=', '.join(SORT_COLUMNS)))
    return [sort.desc(), Contact.id.desc()] if query.descending else [sort, Contact.id]


def _count(session: Session, ws: Workspace, query: ContactQuery, plan: QueryPlan) -> int:
    if plan.broad and query.search.strip() and not (query.tag or query.status) \
            and query.ids is None:
        # Every contact has exactly one index row (the triggers and the bulk insert keep it
        # so), so the index counts the matches; only those this user may not see are looked
        # up. Counting them through the contacts table took 20 to 40 ms. On a team server
        # the index rows follow their contact's row policy (the same rule as
        # visible_contacts), so the index already counts only what this person may see.
        match = _match(query, plan)
        return count_matches(session, match) - _hidden(session, ws, match)
    shape, values = _filter_shape(ws, query, plan)
    if shape.ids is not None:  # an expanding IN: compiled anew each time
        return session.execute(filtered(ws, query, select(func.count(Contact.id)), plan)) \
            .scalar() or 0
    return shaped_rows(session, ("contact count", shape), lambda bound: _filtered_by(
        select(func.count(Contact.id)), shape, bound), values)[0][0] or 0


def _hidden(session: Session, ws: Workspace, match: str) -> int:
    """How many of the index's matches this user may not see (none for an administrator;
    on a team server the index rows already follow the row policy)."""
    if ws.is_admin or ws.on_team_server:
        return 0
    def count_hidden(values: Mapping[str, int | str]) -> Select:
        hidden = hidden_contact_ids(values["user_id"]).subquery()
        return select(func.count()).select_from(hidden).where(
            id_in(hidden.c.id, matching_contact_ids(values["match"]), broad=True))

    return shaped_rows(session, "hidden matches", count_hidden,
                       {"user_id": ws.user_id, "match": match})[0][0]


_PAGE_COLUMNS = (Contact.id, Contact.first_name, Contact.last_name, Contact.company,
                 Contact.primary_email, Contact.primary_phone, Contact.city, Contact.status)


def _rows(session: Session, ws: Workspace, query: ContactQuery, plan: QueryPlan,
          order: list[ColumnElement], offset: int, limit: int | None) -> list[ContactRow]:
    shape, values = _filter_shape(ws, query, plan)
    values["offset"] = offset
    if limit is not None:
        values["limit"] = limit

    def page(bound: Mapping[str, int | str]) -> Select:
        stmt = _filtered_by(select(*_PAGE_COLUMNS), shape, bound).order_by(*order) \
            .offset(bound["offset"])
        return stmt if limit is None else stmt.limit(bound["limit"])

    if shape.ids is None:  # ids, text: no Row objects needed, one compiled form per shape
        rows = shaped_rows(session, ("contact page", shape, query.sort, query.descending,
                                     limit is None), page, values)
    else:  # a hand-picked selection is an expanding IN: compiled anew each time
        rows = driver_rows(session, page(values))
    tags = _tags_for(session, [r[0] for r in rows])
    return [ContactRow(cid, _name(first, last, company, email, cid), company, email, phone,
                       city, status, tags.get(cid, []))
            for cid, first, last, company, email, phone, city, status in rows]


def search_ids(ws: Workspace, text: str, limit: int = 50) -> list[int]:
    return [r.id for r in list_contacts(ws, ContactQuery(search=text), limit=limit)]


def _name(first: str, last: str, company: str, email: str, cid: int) -> str:
    if last and first:
        return f"{last}, {first}"
    return last or first or company or email or unnamed_contact(cid)


def _tags_for(session: Session, ids: list[int]) -> dict[int, list[str]]:
    if not ids:
        return {}
    result: dict[int, list[str]] = {}
    for cid, name in tags_of_contacts(session, ids):
        result.setdefault(cid, []).append(name)
    return result
