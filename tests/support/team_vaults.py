"""Team vaults on the tests' PostgreSQL server: a database owned by its own owner role (with
CREATEROLE, as on an office server), prepared by ``contactweb team create``'s service."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from contactweb.team import team_session
from contactweb.team.profile import TeamProfile
from contactweb.team.role_names import login_role
from tests.support.postgres_server import PostgresServer

ADMIN_PASSWORD = "Team-admin-pass-7"


@dataclass(frozen=True)
class TeamVaultFixture:
    server: PostgresServer
    profile: TeamProfile
    owner: str
    owner_password: str
    admin: str = "boss"
    admin_password: str = ADMIN_PASSWORD

    def connect_as(self, username: str, password: str) -> psycopg.Connection:
        """A person straight over psycopg with their own login, as ``psql`` would be."""
        return psycopg.connect(user=login_role(self.profile.namespace, username),
                               password=password, autocommit=True,
                               **self.profile.connect_options())

    def connect_as_owner(self) -> psycopg.Connection:
        return psycopg.connect(user=self.owner, password=self.owner_password,
                               autocommit=True, **self.profile.connect_options())

    def url(self) -> str:
        return (f"postgresql://{self.owner}@127.0.0.1:{self.server.port}/"
                f"{self.profile.database}")


def make_owner_database(server: PostgresServer) -> tuple[str, str, str]:
    """A new database owned by a new owner role; returns (database, owner, password)."""
    token = secrets.token_hex(5)
    database, owner, password = f"office_{token}", f"owner_{token}", secrets.token_urlsafe(12)
    server.execute(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{password}'")
    server.execute(f'GRANT pg_signal_backend TO "{owner}"')  # as the README's setup does
    server.execute(f'CREATE DATABASE "{database}" OWNER "{owner}" TEMPLATE template0')
    return database, owner, password


def create_team_vault(server: PostgresServer) -> TeamVaultFixture:
    database, owner, password = make_owner_database(server)
    url = f"postgresql://{owner}@127.0.0.1:{server.port}/{database}"
    _path, profile = team_session.create_team_vault(
        url, "boss", ADMIN_PASSWORD, owner_password=password, ca_file=str(server.ca.ca_pem))
    return TeamVaultFixture(server, profile, owner, password)


def drop_team_vault(team: TeamVaultFixture) -> None:
    server, namespace = team.server, team.profile.namespace
    server.drop_database(team.profile.database)
    roles = [name for (name,) in server.execute(
        f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{namespace}%'")]
    for name in sorted(roles, key=lambda n: "." not in n):  # people first, then groups
        server.execute(f'DROP ROLE IF EXISTS "{name}"')
    server.execute(f'DROP ROLE IF EXISTS "{team.owner}"')


@pytest.fixture
def team_vault(postgres_server: PostgresServer) -> Iterator[TeamVaultFixture]:
    team = create_team_vault(postgres_server)
    yield team
    drop_team_vault(team)
