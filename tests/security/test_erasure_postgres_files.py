"""On a team server, an erasure leaves none of the person's values in the database's files:
not in live rows, not in dead tuples, not in index pages. (The write-ahead log keeps them until
the server recycles it; store/disk_scrub.py says so, and this test does not read pg_wal.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.privacy import erase_contact
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.security.test_erasure_leaves_nothing import OTHER, PERSON, make_person
from tests.support.postgres_server import PostgresServer


@pytest.fixture
def team_vault(tmp_path: Path, postgres_server: PostgresServer,
               postgres_template: str) -> Iterator[tuple[Workspace, str, PostgresServer]]:
    name = postgres_server.create_database(postgres_template)
    ws = session.create_vault(tmp_path / "vault", "admin", PASSWORD,
                              server=postgres_server.socket_url(name))
    yield ws, name, postgres_server
    ws.lock()
    postgres_server.drop_database(name)


def database_files(server: PostgresServer, database: str) -> bytes:
    """Every file of the database (tables, TOAST, indexes, free-space maps), after a
    checkpoint has written every changed page to them."""
    server.execute("CHECKPOINT")
    [(oid,)] = server.execute(f"SELECT oid FROM pg_database WHERE datname = '{database}'")
    folder = server.root / "data" / "base" / str(oid)
    return b"".join(path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file())


def found(data: bytes, values: dict[str, str]) -> list[str]:
    return [key for key, value in values.items() if value.encode() in data]


def test_erasure_leaves_no_value_in_the_database_files(team_vault) -> None:  # noqa: ANN001
    ws, database, postgres = team_vault
    other = make_person(ws, OTHER, with_everything=False)
    cid = make_person(ws, PERSON, with_everything=True)
    before = database_files(postgres, database)
    # The scan is right: before the erasure the values are there to be found.
    assert {"first", "email", "notes", "body"} <= set(found(before, PERSON))
    erase_contact(ws, cid)
    after = database_files(postgres, database)
    assert found(after, PERSON) == []
    assert found(after, OTHER) == list(OTHER)
    assert contacts.get_contact(ws, other, audit_view=False).last_name == OTHER["last"]
