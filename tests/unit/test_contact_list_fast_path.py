"""The contact list's fast path (query plans, rows read straight from the driver, tags read in
one statement) gives exactly the rows of a plain reference: every contact loaded, filtered
and sorted in Python, the search's matches taken from the index itself. Random contacts,
random queries, both query plans, admin and staff, on both backends."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from contactweb.models import Contact
from contactweb.services.contacts import contact_queries, contacts, contacts_bulk
from contactweb.services.contacts.contact_queries import (
    ContactQuery,
    ContactRow,
    count_and_list,
    count_contacts,
    list_contacts,
)
from contactweb.services.contacts.contacts import (
    AddressInput,
    ContactInput,
    EmailInput,
    PhoneInput,
)
from contactweb.store import search_sql
from contactweb.store.fts import build_match_query
from contactweb.vault.workspace import Workspace

FIRST = ["Ann", "Anna", "Annika", "Bo", "Björn", "José", "Zoë", "Lee", "Li", "Mia", "Dmitri"]
LAST = ["Lee", "Leeds", "Müller", "Muller", "García", "Abbott", "Åström", "van Dijk", ""]
COMPANIES = ["Acme", "Acme & Sons", "Lee Logistics", "", "Annex Ltd"]
CITIES = ["Leeds", "Lyon", "Austin", ""]
TAGS = ["vip", "lead", "partner"]
SORTS = ["name", "company", "email", "phone", "city", "status", "id"]
SEARCHES = ["", "a", "an", "ann", "lee", "le", "mü", "mul", "acme", "vip", "lead", "555",
            "example", "zz", "ann lee", "dmitri", "l", "b", "sons"]


def _random_inputs(rng: random.Random, count: int) -> list[ContactInput]:
    inputs = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        inputs.append(ContactInput(
            first_name=first, last_name=last, company=rng.choice(COMPANIES),
            addresses=[AddressInput("1 Main St", city, "", "", "US")]
            if (city := rng.choice(CITIES)) else [],
            emails=[EmailInput(f"{first.lower()}{i}@example.com")] if rng.random() < .8 else [],
            phones=[PhoneInput(f"+1 415 555 {rng.randint(0, 9999):04d}")]
            if rng.random() < .7 else [],
            tags=rng.sample(TAGS, rng.randint(0, 2)), owner_only=rng.random() < .2))
    return inputs


def _reference(ws: Workspace, query: ContactQuery, offset: int, limit: int | None
               ) -> tuple[int, list[ContactRow]]:
    """The plain way: load every contact, keep what this user may see and the filters
    keep, sort by the column's bytes and the id, and cut the page."""
    with ws.session(readonly=True) as db:
        everyone = db.scalars(select(Contact).options(selectinload(Contact.tags))).all()
        match = build_match_query(query.search) if query.search.strip() else None
        found = None if not query.search.strip() else set() if match is None else set(
            db.execute(search_sql.matching_contact_ids(match)).scalars())
        kept = [c for c in everyone
                if (ws.is_admin or c.visibility == "everyone" or c.owner_id == ws.user_id)
                and (found is None or c.id in found)
                and (not query.tag or query.tag in {t.name for t in c.tags})
                and (not query.status or c.status == query.status)]
        column = contact_queries.SORT_COLUMNS[query.sort]
        attribute = "id" if query.sort == "id" else column.clauses.clauses[0].key \
            if hasattr(column, "clauses") else column.key

        def key(c: Contact) -> tuple:
            value = getattr(c, attribute)
            return (value.encode() if isinstance(value, str) else value, c.id)

        kept.sort(key=key, reverse=query.descending)
        page = kept[offset:None if limit is None else offset + limit]
        return len(kept), [
            ContactRow(c.id, contact_queries._name(c.first_name, c.last_name, c.company,
                                                   c.primary_email, c.id),
                       c.company, c.primary_email, c.primary_phone, c.city, c.status,
                       sorted(t.name for t in c.tags))
            for c in page]


queries = st.builds(
    ContactQuery, search=st.sampled_from(SEARCHES), tag=st.sampled_from(["", *TAGS]),
    status=st.sampled_from(["", "active", "closed"]), sort=st.sampled_from(SORTS),
    descending=st.booleans())


def test_fast_path_gives_the_rows_of_the_plain_query(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20)
    staff = user_ws("staff")
    ids = contacts_bulk.create_many(admin_ws, _random_inputs(rng, 90))
    contacts_bulk.create_many(staff, _random_inputs(rng, 30))
    for cid in rng.sample(ids, 15):
        contacts.close_contact(admin_ws, cid)
    people = {"admin": admin_ws, "staff": staff}
    seen_plans: set[bool] = set()

    @settings(max_examples=120, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(query=queries, who=st.sampled_from(sorted(people)),
           broad_from=st.sampled_from([0, 3, 10_000]), offset=st.sampled_from([0, 0, 5, 40]),
           limit=st.sampled_from([200, 7, None]))
    def same_rows(query: ContactQuery, who: str, broad_from: int, offset: int,
                  limit: int | None) -> None:
        # The plan switches at BROAD_MATCHES; a few contacts reach both plans when it is
        # moved (0: every search walks the list, 10,000: every search looks matches up).
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", broad_from)
        ws = people[who]
        count, expected = _reference(ws, query, offset, limit)
        with ws.session(readonly=True) as db:
            seen_plans.add(contact_queries.plan_query(db, query).broad)
        assert list_contacts(ws, query, offset, limit) == expected
        assert count_contacts(ws, query) == count
        if limit is not None:
            assert count_and_list(ws, query, offset, limit) == (count, expected)

    same_rows()
    assert seen_plans == {True, False}
