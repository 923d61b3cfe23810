"""Filling a team vault in bulk (an import, a move): the rows and the search index it leaves
are those the same contacts saved one at a time leave, the index is built in set-based
statements rather than once per contact, and it all runs as the signed-in person, inside
the walls (row-level security, owner-only contacts)."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from contactweb.formats.interchange import (
    ContactRecord,
    LabelledValue,
    ParseResult,
    PostalAddress,
)
from contactweb.services.accounts import users
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_and_list
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.importing import importer
from contactweb.services.importing.import_batch import NewContactBatch
from contactweb.services.importing.record_mapping import clean_input
from contactweb.team import team_session
from contactweb.vault.workspace import Workspace
from tests.support.postgres_server import PostgresServer
from tests.support.team_vaults import TeamVaultFixture, create_team_vault, drop_team_vault

STAFF_PASSWORD = "Staff-pass-42!x"
FIRST = ["José", "Jean-Luc", "Zoë", "Дмитрий", "美咲", "Sean", "Anneliese", "Ann", "Łukasz"]
LAST = ["García", "Picard", "Åström", "Иванова", "東京", "O'Brien", "Müller", "Lee", "Straße"]
COMPANY = ["Café Crème", "Starfleet", "", "ООО Ромашка", "Acme & Sons", "(Brackets) Inc"]
TAGS = [[], ["vip"], ["partner", "Köln"], ["lead", "vip"], ["a*b"]]
QUERIES = ["jose", "garcía", "jean luc", "zoe", "astr", "дмит", "美咲", "o'brien", "brien",
           "müller", "muller", "lee ann", "acme", "café", "vip", "köln", "example.org",
           "2125550123", "12125550", "+44", "2079460", "person1", "person12@", "straße", "strasse", "zzz"]
# Tables whose rows an import writes, and the columns that differ by when or by chance.
TABLES = {"contacts": ("created_at", "updated_at", "uid"), "contact_emails": (),
          "contact_phones": (), "contact_addresses": ()}


def _records(count: int) -> list[ContactRecord]:
    records = []
    for i in range(count):
        emails = [LabelledValue("work", f"person{i}@example.{'org' if i % 3 else 'com'}")]
        if i % 4 == 0:
            emails.append(LabelledValue("home", f"p{i}.home@mail.example"))
        phones = [LabelledValue("work", f"+1 212 555 01{i % 100:02d}")] if i % 5 else []
        if i % 7 == 0:
            phones.append(LabelledValue("mobile", f"+44 20 7946 0{i % 1000:03d}"))
        records.append(ContactRecord(
            first_name=FIRST[i % len(FIRST)], last_name=LAST[i % len(LAST)],
            company=COMPANY[i % len(COMPANY)], title="Straße AG" if i % 6 == 0 else "",
            emails=emails, phones=phones,
            addresses=[PostalAddress("work", f"{i} Main St", "Springfield", "", "12345", "US")],
            tags=TAGS[i % len(TAGS)], notes=f"met at the fair, NEAR the station {i}",
            source=f"row {i}"))
    return records


@pytest.fixture
def two_vaults(postgres_server: PostgresServer) -> Iterator[tuple[Workspace, Workspace]]:
    teams = [create_team_vault(postgres_server) for _ in range(2)]
    people = [team_session.sign_in(t.profile, "boss", t.admin_password) for t in teams]
    yield people[0], people[1]
    for ws, team in zip(people, teams, strict=True):
        ws.lock()
        drop_team_vault(team)


def _stored(ws: Workspace) -> dict[str, list[tuple]]:
    with ws.session(readonly=True) as session:
        found = {}
        for table, skipped in TABLES.items():
            names = [name for name in session.execute(text(
                "SELECT column_name FROM information_schema.columns WHERE table_name = :t "
                "ORDER BY column_name"), {"t": table}).scalars() if name not in skipped]
            found[table] = [tuple(row) for row in session.execute(text(
                f"SELECT {', '.join(names)} FROM {table} ORDER BY id"))]
        found["tags"] = [tuple(row) for row in session.execute(text(
            "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
            "ORDER BY ct.contact_id, t.name"))]
        found["contact_search"] = [tuple(row) for row in session.execute(text(
            "SELECT contact_id, document FROM contact_search ORDER BY contact_id"))]
        return found


def _answers(ws: Workspace) -> dict[str, tuple[int, list[tuple[int, str, str]]]]:
    answers = {}
    for query in QUERIES:
        count, rows = count_and_list(ws, ContactQuery(search=query), limit=500)
        answers[query] = (count, [(r.id, r.name, r.email) for r in rows])
    return answers


def test_a_bulk_loaded_team_vault_stores_and_finds_what_one_by_one_saves_do(
        two_vaults: tuple[Workspace, Workspace]) -> None:
    bulk, one_by_one = two_vaults
    records = _records(230)
    report = importer.import_records(bulk, ParseResult(records, [], "test"),
                                     on_duplicate="create")
    assert len(report.created) == len(records) and not report.bad_rows
    for record in records:
        contacts.create_contact(one_by_one, clean_input(record, "US", []))
    stored = _stored(bulk)
    assert len(stored["contact_search"]) == len(records)
    assert stored == _stored(one_by_one)
    answers = _answers(bulk)
    assert answers == _answers(one_by_one)
    assert [q for q, (count, _) in answers.items() if not count] == ["strasse", "zzz"]


def _calls(session, function: str) -> int:  # noqa: ANN001
    """How often this transaction called the function (track_functions is on)."""
    return session.execute(text(
        "SELECT coalesce(pg_stat_get_xact_function_calls(CAST(:f AS regprocedure)), 0)"),
        {"f": function}).scalar_one()


@pytest.fixture
def office(postgres_server: PostgresServer) -> Iterator[TeamVaultFixture]:
    team = create_team_vault(postgres_server)
    postgres_server.execute(
        f'ALTER DATABASE "{team.profile.database}" SET track_functions = \'all\'')
    admin = team_session.sign_in(team.profile, "boss", team.admin_password)
    try:
        users.add_user(admin, "kim", "staff", STAFF_PASSWORD, must_change=False)
        contacts.create_contact(admin, ContactInput(first_name="Hidden", last_name="Partner",
                                                    owner_only=True))
    finally:
        admin.lock()
    yield team
    drop_team_vault(team)


def test_a_bulk_insert_indexes_its_contacts_in_a_few_statements_as_the_person(
        office: TeamVaultFixture) -> None:
    people = [clean_input(record, "US", []) for record in _records(300)]
    kim = team_session.sign_in(office.profile, "kim", STAFF_PASSWORD)
    try:
        with kim.session() as session:
            batch = NewContactBatch(session, kim, size=100)
            ids = [batch.add(person) for person in people]
            batch.close(session, set())
            # Not one refresh per contact: one statement per table and batch, and the index
            # built over the whole batch at the end.
            assert _calls(session, "contactweb_search_refresh(bigint)") == 0
            # (each table's insert once per batch of 100, each new tag's insert once, where
            # a row at a time fired it for every row: 1,200 times here)
            assert _calls(session, "cw_notify_change()") < len(people) // 10
            indexed = session.execute(text(
                "SELECT count(*) FROM contact_search WHERE contact_id BETWEEN :a AND :b"),
                {"a": ids[0], "b": ids[-1]}).scalar_one()
        assert indexed == len(people)
        muller = sum(person.last_name == "Müller" for person in people)
        assert muller and count_and_list(kim, ContactQuery(search="müller"))[0] == muller
        # Staff see none of the private contact, before and after the bulk index.
        assert count_and_list(kim, ContactQuery(search="hidden"))[0] == 0
    finally:
        kim.lock()
    with office.connect_as("kim", STAFF_PASSWORD) as own:
        assert own.execute("SELECT count(*) FROM contact_search").fetchone() == (len(people),)


def test_a_bulk_insert_cannot_write_a_contact_the_person_may_not_own(
        office: TeamVaultFixture) -> None:
    """Row-level security checks every row of the one-statement insert: a staff member's
    bulk insert of a private contact in someone else's name is refused by the server."""
    kim = team_session.sign_in(office.profile, "kim", STAFF_PASSWORD)
    try:
        with pytest.raises(Exception) as refused:  # noqa: B017, PT011
            with kim.session() as session:
                batch = NewContactBatch(session, kim, size=10)
                batch.add(ContactInput(first_name="Not", last_name="Mine", owner_only=True),
                          owner_id=1)
                batch.close(session, set())
        assert isinstance(refused.value.__cause__ or refused.value,
                          psycopg.errors.InsufficientPrivilege)
        assert count_and_list(kim, ContactQuery(search="mine"))[0] == 0
    finally:
        kim.lock()
