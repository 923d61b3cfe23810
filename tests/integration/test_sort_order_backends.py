"""The contact list comes out in the same order on a team server created with a linguistic
collation (ICU en-US, where 'b' sorts before 'C', spaces and punctuation count for little and
accents are weighed) as on the desktop vault: every sortable column, both directions, for
names with accents, case, spaces and punctuation, and for generated names."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactweb.services.accounts import session
from contactweb.services.contacts.contact_queries import SORT_COLUMNS, ContactQuery, list_contacts
from contactweb.services.contacts.contacts import (
    AddressInput,
    ContactInput,
    EmailInput,
    PhoneInput,
)
from contactweb.services.contacts.contacts_bulk import create_many
from contactweb.store.migrate import upgrade_to_head
from contactweb.store.postgres_engine import make_postgres_engine
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.postgres_server import PostgresServer, needs_postgres

pytestmark = needs_postgres

NAMES = ["Émile", "emile", "Emilie", "zoë", "Zoe", "van der Berg", "Vanderberg", "O'Brien",
         "Obrien", "o'brien", "Ørsted", "Ångström", "Anne-Marie", "Anne Marie", "annemarie",
         "ß", "SS", "Ss", "İnce", "ınce", "Çelik", "celik", "McDonald", "Mc Donald",
         "  Spaced  Out ", "_under", "-dash", "1st", "Łukasz", "Lukas", "дмитрий", "Дмитрий",
         "名前", "a", "A", "b", "B", "é", "E"]


def _linguistic_database(server: PostgresServer) -> str:
    """A database whose default collation is ICU en-US, migrated to the newest schema."""
    name = f"icu_{server.create_database()}"
    server.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu "
                   "ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'")
    # The collation really is linguistic: a plain ORDER BY there differs from byte order.
    assert server.execute("SELECT 'b' < 'C', 'b' < 'C' COLLATE \"C\"", name) == [(True, False)]
    engine = make_postgres_engine(server.socket_url(name))
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    return name


@pytest.fixture
def both_backends(tmp_path: Path, postgres_server: PostgresServer
                  ) -> Iterator[tuple[Workspace, Workspace]]:
    database = _linguistic_database(postgres_server)
    desktop = session.create_vault(tmp_path / "desktop", "admin", PASSWORD)
    team = session.create_vault(tmp_path / "server", "admin", PASSWORD,
                                server=postgres_server.socket_url(database))
    yield desktop, team
    desktop.lock()
    team.lock()
    postgres_server.drop_database(database)


def _contact(i: int, name: str, tag: str) -> ContactInput:
    word = name.strip() or "x"
    return ContactInput(
        first_name=NAMES[(i * 7) % len(NAMES)], last_name=name, company=f"{word} & Co",
        emails=[EmailInput(f"{'ABCabc'[i % 6]}{i}.{'x_y-z'[i % 5]}@example.org")],
        phones=[PhoneInput(f"+1 415 555 {i:04d}")],
        addresses=[AddressInput(city=name)], tags=[tag])


def _orders(ws: Workspace, inputs: list[ContactInput]) -> dict[tuple[str, bool], list[int]]:
    """Adds ``inputs`` (all carrying one tag) and lists them by every column both ways; each
    row is named by its position in ``inputs`` (the two vaults give different ids)."""
    position = {cid: i for i, cid in enumerate(create_many(ws, inputs))}
    tag = inputs[0].tags[0]
    return {(column, descending): [position[row.id] for row in list_contacts(
                ws, ContactQuery(tag=tag, sort=column, descending=descending), limit=None)]
            for column, descending in itertools.product(SORT_COLUMNS, (False, True))}


def test_every_sortable_column_orders_the_same_on_both_backends(
        both_backends: tuple[Workspace, Workspace]) -> None:
    desktop, team = both_backends
    inputs = [_contact(i, name, "fixed") for i, name in enumerate(NAMES)]
    on_desktop, on_server = _orders(desktop, inputs), _orders(team, inputs)
    for key, order in on_desktop.items():
        assert on_server[key] == order, key
    # The order is the folded name's, not the insertion order, so the check says something.
    assert on_desktop[("name", False)] != list(range(len(NAMES)))


def test_the_sort_columns_and_their_indexes_are_in_byte_order_on_the_server(
        postgres_server: PostgresServer) -> None:
    """So that the server's indexes serve the list's order (migration 0014), not a sort of
    every row for each page."""
    database = _linguistic_database(postgres_server)
    try:
        collations = dict(postgres_server.execute(
            "SELECT column_name, collation_name FROM information_schema.columns WHERE "
            "table_name = 'contacts' AND column_name IN ('sort_name', 'company', "
            "'primary_email', 'primary_phone', 'city', 'status', 'first_name')", database))
        assert collations.pop("first_name") is None  # the database's own, as before
        assert collations == dict.fromkeys(
            ("sort_name", "company", "primary_email", "primary_phone", "city", "status"), "C")
        with psycopg.connect(postgres_server.conninfo(database)) as conn:
            conn.execute("SET enable_seqscan = off")  # the table is empty here
            plan = " ".join(line for (line,) in conn.execute(
                'EXPLAIN SELECT id FROM contacts ORDER BY (sort_name COLLATE "C") LIMIT 200'))
        assert "Index Scan using ix_contacts_sort_name" in plan and "Sort" not in plan
    finally:
        postgres_server.drop_database(database)


# Mostly the characters where collations disagree (case, accents, spaces, punctuation,
# digits), with any other character now and then.
TRICKY = st.sampled_from("aAbBcCeEéÉèzZöÖøßİı '-._&,0129")
NAME_TEXT = st.text(st.one_of(TRICKY, TRICKY, TRICKY, st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))),
    min_size=1, max_size=10).filter(lambda s: s.strip())


EXAMPLES = itertools.count()


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAME_TEXT, min_size=2, max_size=8))
def test_generated_names_order_the_same_on_both_backends(
        both_backends: tuple[Workspace, Workspace], names: list[str]) -> None:
    desktop, team = both_backends
    tag = f"example-{next(EXAMPLES)}"
    inputs = [_contact(i, name, tag) for i, name in enumerate(names)]
    on_desktop, on_server = _orders(desktop, inputs), _orders(team, inputs)
    for key, order in on_desktop.items():
        assert on_server[key] == order, (key, names)
