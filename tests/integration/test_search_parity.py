"""Search gives the same rows and counts on both backends: the desktop vault's FTS5 index and
the team server's pg_trgm search table, over the same contacts and the same queries."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from contactweb.errors import BadInput
from contactweb.models import Contact
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_and_list
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.postgres_server import PostgresServer

PEOPLE = [
    ContactInput(first_name="José", last_name="García", company="Café Crème",
                 emails=[EmailInput("jose.garcia@example.com")], phones=[PhoneInput("+1 555 0100")],
                 tags=["vip"], notes="met at the fair"),
    ContactInput(first_name="Jean-Luc", last_name="Picard", company="Starfleet",
                 emails=[EmailInput("jl@enterprise.example")], phones=[PhoneInput("+33 1 23 45 67 89")],
                 tags=["partner", "Köln"]),
    ContactInput(first_name="Zoë", last_name="Åström", title="Straße AG",
                 emails=[EmailInput("zoe@xn--strae-oqa.example")], notes="NEAR the station"),
    ContactInput(first_name="Дмитрий", last_name="Иванова", company="ООО Ромашка",
                 phones=[PhoneInput("+7 495 123-45-67")]),
    ContactInput(first_name="美咲", last_name="東京", notes="prefers email"),
    ContactInput(first_name="Sean", last_name="O'Brien", company="OR Tools",
                 emails=[EmailInput("sean.obrien@example.org"), EmailInput("sob@home.example")],
                 phones=[PhoneInput("+44 20 7946 0958")], tags=["lead"]),
    ContactInput(first_name="Anneliese", last_name="Müller", company="Acme & Sons",
                 notes='owes 20% deposit, "quoted" words'),
    ContactInput(first_name="Ann", last_name="Lee", company="(Brackets) Inc",
                 phones=[PhoneInput("+1 (212) 555-0199")], tags=["a*b", "col:x"]),
]

QUERIES = [
    # names, prefixes and fragments
    "josé", "jose", "JOSE", "gar", "garcía", "garcia", "jean", "jean-luc", "luc", "jean luc",
    "picard jean", "an", "ann", "anne", "annel", "mül", "muller", "müller", "lee ann",
    "o'brien", "obrien", "brien", "o brien", "dmit", "дмит", "ивано", "美咲", "東京", "美",
    "zoe", "zoë", "astr", "åström", "strasse", "straße", "stra",
    # emails
    "jose.garcia@example.com", "jose.garcia@", "example", "example.org", "enterprise",
    "sob@home", "@home", "xn--strae",
    # phone digits
    "555", "0100", "5550100", "15550100", "212", "2125550199", "020 7946", "7946 0958",
    "495", "1234567", "+33", "33 1 23",
    # companies, tags, notes
    "acme", "acme & sons", "sons", "starfleet", "café", "cafe creme", "vip", "köln", "koln",
    "partner", "fair", "near", "NEAR the", "quoted", "20%", "deposit",
    # accents and compatibility forms (NFKC): full-width letters and digits, a ligature
    "ＪＯＳＥ", "５５５", "ﬁ", "Ｇａｒ",
    # hostile input
    '"', "'", "*", "NEAR(", "col:", "names:", "a*b", "a OR b", "AND", "NOT", "(", ")",
    '"jose"', "jose*", "-jose", "^jose", "jose OR lee", "%", "_", "\\", "'; DROP TABLE x; --",
    "nothing-like-this", "zzzz", "",
]


def _open(folder: Path, server: object | None) -> Workspace:
    return session.create_vault(folder, "admin", PASSWORD, server=server)


@pytest.fixture
def both(tmp_path: Path, postgres_server: PostgresServer,
         postgres_template: str) -> Iterator[tuple[Workspace, Workspace]]:
    name = postgres_server.create_database(postgres_template)
    desktop = _open(tmp_path / "desktop", None)
    team = _open(tmp_path / "team", postgres_server.socket_url(name))
    assert (desktop.engine.dialect.name, team.engine.dialect.name) == ("sqlite", "postgresql")
    yield desktop, team
    desktop.lock()
    team.lock()
    postgres_server.drop_database(name)


def _answer(ws: Workspace, text: str) -> tuple[int, list[tuple[str, str, str]]] | str:
    """The count and the rows (name, company, email) a search shows, or the refusal."""
    try:
        count, rows = count_and_list(ws, ContactQuery(search=text), limit=500)
    except BadInput as exc:
        return f"refused: {exc}"
    return count, [(r.name, r.company, r.email) for r in rows]


def _add(ws: Workspace, people: list[ContactInput]) -> list[int]:
    return [contacts.create_contact(ws, person) for person in people]


def test_the_same_queries_give_the_same_rows_and_counts(both) -> None:
    desktop, team = both
    assert _add(desktop, PEOPLE) == _add(team, PEOPLE)
    found_something = 0
    for query in QUERIES:
        expected = _answer(desktop, query)
        assert _answer(team, query) == expected, query
        found_something += isinstance(expected, tuple) and expected[0] > 0
    assert found_something > len(QUERIES) // 2  # the queries do find people


def test_edits_and_deletions_reach_both_indexes(both) -> None:
    desktop, team = both
    for ws in both:
        cid = contacts.create_contact(ws, PEOPLE[0])
        changed = ContactInput(first_name="Josefina", last_name="Ruiz",
                               emails=[EmailInput("fina@example.net")])
        contacts.update_contact(ws, cid, changed)
    for query in ("garcia", "josefina", "jose", "ruiz", "fina@", "example.com", "555"):
        assert _answer(team, query) == _answer(desktop, query), query
    assert _answer(team, "ruiz")[0] == 1 and _answer(team, "garcia")[0] == 0


def test_too_long_a_search_is_refused_alike(both) -> None:
    desktop, team = both
    for query in ("a " * 40, "x" * 10_001):
        assert _answer(desktop, query) == _answer(team, query)
        assert str(_answer(team, query)).startswith("refused")


LETTERS = "abcdeéèëoöøuüßçñåæłABÉÖ" + "дмитрий" + "美咲" + string.digits
NAME = st.text(alphabet=LETTERS + " -'.", min_size=0, max_size=12)
PHONE = st.from_regex(r"\+1 ?[2-9][0-9]{2} ?[0-9]{3}[- ]?[0-9]{4}", fullmatch=True)
EMAIL = st.from_regex(r"[a-z][a-z0-9]{0,3}(\.[a-z0-9]{1,3})?@[a-z]{1,6}\.(com|org|example)",
                      fullmatch=True)
PERSON = st.builds(
    ContactInput, first_name=st.text(alphabet=LETTERS, min_size=1, max_size=10),
    last_name=NAME, company=NAME,
    emails=st.lists(EMAIL.map(EmailInput), max_size=2),
    phones=st.lists(PHONE.map(PhoneInput), max_size=1), notes=NAME)


@st.composite
def contacts_and_queries(draw: st.DrawFn) -> tuple[list[ContactInput], list[str]]:
    people = draw(st.lists(PERSON, min_size=1, max_size=6))
    texts = [t for p in people for t in (p.first_name, p.last_name, p.company, p.notes,
                                          *(e.address for e in p.emails),
                                          *(ph.number for ph in p.phones)) if t]
    queries = []
    for _ in range(draw(st.integers(2, 6))):
        source = draw(st.sampled_from(texts)) if texts else draw(NAME)
        start = draw(st.integers(0, len(source)))
        end = draw(st.integers(start, len(source)))
        fragment = source[start:end]
        queries.append(draw(st.sampled_from([fragment, fragment.upper(), source,
                                             draw(NAME), fragment + " " + draw(NAME)])))
    return people, queries


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(case=contacts_and_queries())
def test_generated_contacts_and_queries_agree(both, case) -> None:
    desktop, team = both
    people, queries = case
    for ws in both:
        _forget_everyone(ws)
        _add(ws, people)
    for query in queries:
        assert _answer(team, query) == _answer(desktop, query), (query, people)


def _forget_everyone(ws: Workspace) -> None:
    """The previous example's contacts go (straight in SQL: the test's own cleanup; the
    search triggers follow the delete on both backends)."""
    with ws.session() as db:
        db.execute(delete(Contact))


def test_a_database_in_the_c_locale_searches_alike(tmp_path: Path,
                                                  postgres_server: PostgresServer) -> None:
    """Search follows Unicode, not the database's locale: in the C locale PostgreSQL's own
    regular expressions and lower() know only ASCII letters."""
    name = postgres_server.create_database()
    postgres_server.drop_database(name)
    postgres_server.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                            "LC_COLLATE 'C' LC_CTYPE 'C'")
    desktop = _open(tmp_path / "desktop", None)
    team = _open(tmp_path / "team", postgres_server.socket_url(name))
    try:
        _add(desktop, PEOPLE)
        _add(team, PEOPLE)
        for query in ("müller", "MÜLLER", "muller", "дмит", "ДМИТ", "åström", "zoë", "美咲"):
            expected = _answer(desktop, query)
            assert expected[0] == 1 and _answer(team, query) == expected, query
    finally:
        desktop.lock()
        team.lock()
        postgres_server.drop_database(name)
