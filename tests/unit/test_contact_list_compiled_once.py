"""The contact list's statements compiled once (``driver_rows.shaped_rows`` and ``prepared``:
on SQLite the SQL of a shape is compiled once and run on the driver's cursor with each
call's values), a counted narrow search's page driven by the index's MATCH subquery, and a
narrow search's ids handed over as the JSON array SQLite makes of them give exactly what
building and running every statement through SQLAlchemy gives, with the ids read first
into Python: random contacts, queries, offsets and page sizes, an administrator and two staff
members with private contacts of their own, on both backends."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from contactweb.services.contacts import contact_queries, contacts_bulk
from contactweb.services.contacts.contact_queries import (
    ContactQuery,
    count_and_list,
    count_contacts,
    list_contacts,
)
from contactweb.store import driver_rows, search_sql
from contactweb.vault.workspace import Workspace
from tests.unit.test_contact_list_fast_path import (
    SEARCHES,
    SORTS,
    TAGS,
    _random_inputs,
    typed_searches,
)


@contextmanager
def plain_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every statement built and run through SQLAlchemy, a narrow search's ids read first
    into Python."""
    with monkeypatch.context() as patch:
        patch.setattr(driver_rows, "_PREPARED", {})
        patch.setattr(contact_queries, "shaped_rows",
                      lambda session, _shape, build, values: driver_rows.driver_rows(
                          session, build(values)))
        patch.setattr(contact_queries, "matches_read_first", lambda _session: True)
        patch.setattr(contact_queries, "few_matches_json", _ids_read_into_python)
        yield


def _ids_read_into_python(session: Session, match: str) -> str | None:
    """The narrow search's ids read one by one and written as JSON by Python."""
    ids = driver_rows.driver_scalars(session, search_sql._FEW_MATCHING, {
        "fts_query": match, "cap": search_sql.BROAD_MATCHES + 1})
    return None if len(ids) > search_sql.BROAD_MATCHES else json.dumps(ids)


def _answers(ws: Workspace, query: ContactQuery, offset: int, limit: int) -> tuple:
    return (list_contacts(ws, query, offset, limit), count_contacts(ws, query),
            count_and_list(ws, query, offset, limit), list_contacts(ws, query, offset, None))


def test_statements_compiled_once_give_the_rows_of_statements_built_each_time(
        admin_ws: Workspace, user_ws: Callable[..., Workspace],
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(9)
    people = {"admin": admin_ws, "kim": user_ws("staff", "kim"), "lou": user_ws("staff", "lou")}
    for ws, count in ((admin_ws, 50), (people["kim"], 25), (people["lou"], 25)):
        contacts_bulk.create_many(ws, _random_inputs(rng, count))

    @settings(max_examples=120, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(search=st.one_of(st.sampled_from(SEARCHES), typed_searches()),
           tag=st.sampled_from(["", "", *TAGS]), status=st.sampled_from(["", "", "closed"]),
           who=st.sampled_from(sorted(people)), broad_from=st.sampled_from([0, 4, 10_000]),
           offset=st.sampled_from([0, 0, 3, 30]), limit=st.sampled_from([200, 1, 9]),
           sort=st.sampled_from(SORTS), descending=st.booleans())
    def same_answers(search: str, tag: str, status: str, who: str, broad_from: int,
                     offset: int, limit: int, sort: str, descending: bool) -> None:
        for module in (search_sql, contact_queries):
            monkeypatch.setattr(module, "BROAD_MATCHES", broad_from)
        query = ContactQuery(search=search, tag=tag, status=status, sort=sort,
                             descending=descending)
        fast = _answers(people[who], query, offset, limit)
        with plain_path(monkeypatch):
            plain = _answers(people[who], query, offset, limit)
        assert fast == plain, (who, query)

    same_answers()


def test_one_compiled_page_serves_each_staff_member_with_their_own_private_contacts(
        admin_ws: Workspace, user_ws: Callable[..., Workspace]) -> None:
    """The compiled statement depends on the role, not the person: whoever asks next sees
    their own private contacts and not the other's, in either order."""
    from contactweb.services.contacts.contacts import ContactInput

    kim, lou = user_ws("staff", "kim"), user_ws("staff", "lou")
    contacts_bulk.create_many(admin_ws, [ContactInput(first_name="Shared", last_name="Quill")])
    contacts_bulk.create_many(kim, [ContactInput(first_name="Kims", last_name="Quill",
                                                 owner_only=True)])
    contacts_bulk.create_many(lou, [ContactInput(first_name="Lous", last_name="Quill",
                                                 owner_only=True)])
    for ws, own, other in ((kim, "Kims", "Lous"), (lou, "Lous", "Kims"), (kim, "Kims", "Lous")):
        for query in (ContactQuery(search="quill"), ContactQuery(search="qu", sort="id"),
                      ContactQuery()):
            names = {row.name for row in list_contacts(ws, query)}
            assert f"Quill, {own}" in names and f"Quill, {other}" not in names
            assert "Quill, Shared" in names
            count, rows = count_and_list(ws, query)
            assert count == len(rows) == 2
    assert {row.name for row in list_contacts(admin_ws, ContactQuery(search="quill"))} == {
        "Quill, Shared", "Quill, Kims", "Quill, Lous"}


@pytest.mark.sqlite_only  # PostgreSQL runs every statement through SQLAlchemy
def test_a_page_is_compiled_once_per_shape_and_a_driver_error_arrives_as_sqlalchemys(
        admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(driver_rows, "_SHAPES", {})
    compiled = []
    original = driver_rows._compile_shape
    monkeypatch.setattr(driver_rows, "_compile_shape",
                        lambda *args: compiled.append(1) or original(*args))
    for text in ("ann", "lee", "zz", "acme"):
        list_contacts(admin_ws, ContactQuery(search=text))
    assert len(compiled) == len(driver_rows._SHAPES) == 1  # four searches, one shape
    with admin_ws.session(readonly=True) as session, pytest.raises(OperationalError):
        search_sql.count_matches(session, '"unbalanced')



@pytest.mark.sqlite_only
def test_a_statement_whose_values_are_not_all_bound_is_built_every_time(
        admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A value written into the SQL (or not a string or integer) cannot be swapped in a
    compiled statement: the statement is built with each call's values instead."""
    from sqlalchemy import literal_column, select

    monkeypatch.setattr(driver_rows, "_SHAPES", {})
    with admin_ws.session(readonly=True) as session:
        def written_in(values: dict) -> object:
            return select(literal_column(repr(values["n"])), literal_column("'x'"))

        assert driver_rows.shaped_rows(session, "written in", written_in, {"n": 5}) == [
            (5, "x")]
        assert driver_rows.shaped_rows(session, "written in", written_in, {"n": 6}) == [
            (6, "x")]
        assert driver_rows.shaped_rows(session, "written in", written_in, {"n": 2.5}) == [
            (2.5, "x")]
        assert list(driver_rows._SHAPES.values()) == [driver_rows._BUILT_EACH_TIME]

# Second letters: few and ASCII ("v"), many ("u": more than MOST_EXPANDED_TERMS), one not
# ASCII ("ø" after "b"), a letter that is a word of its own ("v", "k") or only a prefix.
ONE_LETTER_WORDS = ["Va", "Vera", "Vi", "Vo", "V", "Ua", "Ub", "Uc", "Ud", "Ue", "Uf", "Ug",
                    "Uh", "Ui", "Uj", "Bo", "Bø", "Kå", "K", "K9", "7th", "70", "Zz",
                    "O'Brien", "O'Neil", "Jean-Luc", "Jean-Lou", "jean.vi@example.com"]


@pytest.mark.sqlite_only  # the words are spelled out on SQLite only
def test_a_one_letter_word_spelled_out_finds_what_the_prefix_query_finds(
        admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A word of one letter or digit, or the last token of a word of ASCII characters ("O'B",
    "jean-l"), is asked as itself or one of the two-character prefixes of the index's terms
    it starts, when they are few and plain ASCII: the same counts and pages as FTS5's own
    prefix query, in both plans, as the vault is edited."""
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contacts import ContactInput
    from contactweb.store.fts import build_match_query

    rng = random.Random(5)
    ids = contacts_bulk.create_many(admin_ws, [
        ContactInput(first_name=rng.choice(ONE_LETTER_WORDS),
                     last_name=rng.choice(ONE_LETTER_WORDS + [""]),
                     notes=rng.choice(["", *ONE_LETTER_WORDS])) for _ in range(60)])

    def answers(query: ContactQuery) -> tuple:
        return (count_and_list(admin_ws, query, 0, 7), count_and_list(admin_ws, query, 2, 200),
                count_contacts(admin_ws, query), list_contacts(admin_ws, query, 0, None))

    spelled = []
    for _round in range(3):
        for broad_from in (0, 10_000):
            for module in (search_sql, contact_queries):
                monkeypatch.setattr(module, "BROAD_MATCHES", broad_from)
            for text in ["v", "V", "u", "b", "k", "7", "z", "q", "v k", "vi u", "k 7", "O'B",
                         "o'n", "jean-l", "Jean-Lo", "jean.v", "jean.vi@e", "o'brie", "o'b u"]:
                with admin_ws.session(readonly=True) as db:
                    match = search_sql.search_match(db, text)
                if match != build_match_query(text):
                    spelled.append(text)
                query = ContactQuery(search=text, sort=rng.choice(SORTS))
                fast = answers(query)
                with monkeypatch.context() as patch:
                    patch.setattr(contact_queries, "search_match",
                                  lambda _db, typed: build_match_query(typed))
                    assert answers(query) == fast, (text, match)
        for cid in rng.sample(ids, 10):  # renamed: other second letters come and go
            contacts.update_contact(admin_ws, cid, ContactInput(
                first_name=rng.choice(ONE_LETTER_WORDS + ["Vu", "Vy", "Ux"])))
    assert {"v", "V", "z", "o'n", "jean-l", "jean.v", "o'brie"} <= set(spelled)
    # Too many second letters; one not ASCII ("Bø"), alone or after a token.
    assert not {"u", "b", "O'B"} & set(spelled)
