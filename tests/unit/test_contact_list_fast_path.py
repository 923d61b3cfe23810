"""The contact list's fast path (query plans, rows read straight from the driver, tags read in
one statement) gives exactly the rows of a plain reference: every contact loaded, filtered
and sorted in Python, the search's matches taken from the index itself. Random contacts,
random queries, both query plans, admin and staff, on both backends. On SQLite, a search whose
longer words are spelled out as the index terms they start finds what FTS5's own prefix query
finds, as the vault is edited. A keystroke's read (count_and_list), which counts a search
alone in the index first and counts a page that is not full by its rows, gives the count and
page of the slow path."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
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


# Many index terms share the prefixes "anna" and "anne" (more than MOST_EXPANDED_TERMS for
# "anna"), some only once their accents are removed, some not ASCII even then (ß, Cyrillic).
SHARED_PREFIX = ["Ann", "Anna", "Annabel", "Annabella", "Annabeth", "Annalena", "Annalise",
                 "Annamaria", "Annarosa", "Annakarin", "Annä", "Ånnabel", "Annaß", "Anne",
                 "Annelie", "Annette", "Annemarie", "Anneke", "Annaанна", "Straße", "Strasse",
                 "O'Brien", "Jean-Luc", "Lee", "Leeds", "Müller", "Muller", "41555"]
WORD = st.sampled_from(SHARED_PREFIX)


@st.composite
def typed_prefixes(draw: st.DrawFn) -> str:
    word = draw(WORD)
    typed = word[:draw(st.integers(1, len(word)))]
    return draw(st.sampled_from([typed, typed.upper(), typed.lower(), word + "x"]))


@st.composite
def typed_searches(draw: st.DrawFn) -> str:
    """What a person types: a prefix of a known word (any case), two of them, or text with
    quotes, phrases and FTS syntax in it."""
    return draw(st.one_of(
        typed_prefixes(),
        st.builds(lambda a, b: f"{a} {b}", typed_prefixes(), typed_prefixes()),
        st.sampled_from(['"anna"', '"anna bel"', "anna*", "anna OR anne", "anna-bel",
                         "annab.", "o'bri", "strass", "straß", "annä", "ÅNNAB", "4155",
                         "+1 415 55", "example", "annabel@", "zzzz", "ann lee", "ANNE annet"]),
    ))


def _person(rng: random.Random, i: int) -> ContactInput:
    first, last = rng.choice(SHARED_PREFIX), rng.choice(SHARED_PREFIX + [""])
    return ContactInput(
        first_name=first, last_name=last, company=rng.choice(COMPANIES),
        emails=[EmailInput(f"{first.lower()}{i}@example.com")] if rng.random() < .6 else [],
        phones=[PhoneInput(f"+1 415 55{rng.randint(0, 99999):05d}")] if rng.random() < .5 else [],
        tags=rng.sample(TAGS, rng.randint(0, 1)), notes=rng.choice(["", *SHARED_PREFIX]))


@pytest.mark.sqlite_only  # the words are spelled out on SQLite only
def test_spelled_out_words_find_what_the_prefix_query_finds(
        admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each example edits the vault (new contacts, renamed ones, others deleted) and reads
    searches both ways: each longer word spelled out as the index terms it starts, and as
    FTS5's own prefix query. Counts and pages must be the same, in both query plans."""
    def plain(_session: object, text: str) -> str | None:
        return build_match_query(text)

    spelled = search_sql.search_match
    seen = {"spelled": 0, "left to FTS5": 0}

    def watched(session: object, text: str) -> str | None:
        match = spelled(session, text)
        if match is not None and match != build_match_query(text):
            seen["spelled"] += 1
        elif match is not None and any(len(w) > 3 and w.isascii() and w.isalnum()
                                       for w in text.lower().split()):
            seen["left to FTS5"] += 1
        return match

    # Everyone in the list once, so that the first examples meet both kinds of words
    # whatever is drawn ("anna" starts more than MOST_EXPANDED_TERMS terms, one not ASCII).
    contacts_bulk.create_many(admin_ws, [ContactInput(first_name=w) for w in SHARED_PREFIX])

    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(seed=st.integers(0, 2**32), searches=st.lists(typed_searches(), min_size=3,
                                                         max_size=8),
           broad_from=st.sampled_from([0, 5, 10_000]))
    @example(seed=0, searches=["anna", "Annab", "lee"], broad_from=5)
    def same_answers(seed: int, searches: list[str], broad_from: int) -> None:
        rng = random.Random(seed)
        ids = contacts_bulk.create_many(admin_ws, [_person(rng, i)
                                                   for i in range(rng.randint(1, 12))])
        for cid in rng.sample(ids, len(ids) // 3):
            contacts.update_contact(admin_ws, cid, _person(rng, cid))
        with admin_ws.session() as db:  # deletions, as erasure and merges make them
            everyone = list(db.scalars(select(Contact.id)))
            doomed = rng.sample(everyone, min(len(everyone),
                                              max(0, len(everyone) - 30) + rng.randint(0, 2)))
            db.execute(delete(Contact).where(Contact.id.in_(doomed)))
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", broad_from)
        for text in searches:
            query = ContactQuery(search=text, sort=rng.choice(SORTS))
            answers = []
            for how in (watched, plain):
                monkeypatch.setattr(contact_queries, "search_match", how)
                answers.append((count_and_list(admin_ws, query, 0, 7),
                                count_and_list(admin_ws, query, 3, 200),
                                count_contacts(admin_ws, query)))
            assert answers[0] == answers[1], (text, build_match_query(text))

    same_answers()
    # Both kinds of words were met: spelled out, and too many terms to spell out.
    assert seen["spelled"] > 0 and seen["left to FTS5"] > 0, seen


@pytest.mark.sqlite_only
def test_the_index_terms_table_follows_every_edit_at_once(admin_ws: Workspace) -> None:
    """The terms a word is spelled out to are read from the index itself: a connection
    opened before the edits sees new, changed and deleted contacts' words with no upkeep."""
    from contactweb.services.privacy.erasure import erase_contact

    with admin_ws.engine.connect() as reader:  # kept open: the edits use other connections
        def terms(word: str) -> list[str]:
            beyond = word[:-1] + chr(ord(word[-1]) + 1)
            found = list(reader.exec_driver_sql(
                "SELECT DISTINCT term FROM temp.contact_fts_terms WHERE term >= ? AND term < ?",
                (word, beyond)).scalars())
            reader.rollback()  # the next read sees what was committed since
            return found

        assert terms("zebu") == []
        cid = contacts.create_contact(admin_ws, ContactInput(
            first_name="Zebulon", emails=[EmailInput("zebulon@zebu.example")]))
        other = contacts.create_contact(admin_ws, ContactInput(first_name="Zebulina"))
        assert terms("zebu") == ["zebu", "zebulina", "zebulon"]
        contacts.update_contact(admin_ws, cid, ContactInput(
            first_name="Zebediah", emails=[EmailInput("zed@example.com")], tags=["zebra"]))
        assert terms("zebu") == ["zebulina"] and terms("zeb") == ["zebediah", "zebra", "zebulina"]
        with admin_ws.session() as db:
            db.execute(delete(Contact).where(Contact.id == other))
        assert terms("zeb") == ["zebediah", "zebra"]
        erase_contact(admin_ws, cid)
        assert terms("zeb") == []
    assert count_and_list(admin_ws, ContactQuery(search="zebediah")) == (0, [])


def test_a_keystrokes_read_gives_the_count_and_page_of_the_slow_path(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """count_and_list asks the index for a search's count before choosing the plan, and takes
    the count from a page that is not full. Over searches alone and with filters, any offset
    and page size (none, one row, more than all the matches), both plans, an administrator
    and a staff member who may not see others' private contacts: the same count as
    count_contacts, the same page as list_contacts, and both as the plain reference."""
    rng = random.Random(21)
    staff = user_ws("staff")
    contacts_bulk.create_many(admin_ws, _random_inputs(rng, 60))
    contacts_bulk.create_many(staff, _random_inputs(rng, 20))
    people = {"admin": admin_ws, "staff": staff}

    @settings(max_examples=80, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(search=st.one_of(st.sampled_from(SEARCHES), typed_searches()),
           tag=st.sampled_from(["", "", "", "vip"]), status=st.sampled_from(["", "", "closed"]),
           who=st.sampled_from(sorted(people)), broad_from=st.sampled_from([0, 3, 10_000]),
           offset=st.integers(0, 90), limit=st.integers(0, 90), sort=st.sampled_from(SORTS),
           descending=st.booleans())
    def same_answers(search: str, tag: str, status: str, who: str, broad_from: int,
                     offset: int, limit: int, sort: str, descending: bool) -> None:
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", broad_from)
        ws = people[who]
        query = ContactQuery(search=search, tag=tag, status=status, sort=sort,
                             descending=descending)
        count, page = count_contacts(ws, query), list_contacts(ws, query, offset, limit)
        assert count_and_list(ws, query, offset, limit) == (count, page)
        assert (count, page) == _reference(ws, query, offset, limit)

    same_answers()
