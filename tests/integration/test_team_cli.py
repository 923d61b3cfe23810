"""The team commands end to end: create, people, audit verify, move, and a clear message for
each way a connection fails."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from contactweb.team import profile as profiles
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.postgres_server import PostgresServer
from tests.support.team_vaults import TeamVaultFixture, drop_team_vault, make_owner_database
from tests.support.tls_authority import make_test_ca

ADMIN = "Team-admin-pass-7"


@pytest.fixture
def empty_database(postgres_server: PostgresServer,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """(database, owner); the owner's password in PGPASSWORD, as an office admin sets it."""
    database, owner, password = make_owner_database(postgres_server)
    monkeypatch.setenv("PGPASSWORD", password)
    yield database, owner
    made = profiles.list_profiles()
    if made:
        drop_team_vault(TeamVaultFixture(postgres_server, made[0], owner, password))
    else:
        postgres_server.drop_database(database)


def _create(server: PostgresServer, database: str, owner: str) -> CliRunner:
    run = CliRunner(Path("team:office"), "boss", ADMIN)
    result = run("team", "create", f"postgresql://{owner}@127.0.0.1:{server.port}/{database}",
                 "--admin", "boss", "--profile", "office", "--ca-file", str(server.ca.ca_pem))
    assert result.code == 0, result.err
    assert "Created the team vault" in result.out
    return run


def test_create_add_a_person_and_verify_the_audit_log(
        postgres_server: PostgresServer, empty_database: tuple[str, str]) -> None:
    run = _create(postgres_server, *empty_database)
    added = run("user", "add", "kim", "--role", "staff", stdin=f"{ADMIN}\nKim-pass-42!xx\n")
    assert added.code == 0, added.err
    listed = run("user", "list", "--json")
    assert [(u["username"], u["role"]) for u in __import__("json").loads(listed.out)] == [
        ("boss", "admin"), ("kim", "staff")]
    refused = run("user", "list", user="kim", password="Kim-pass-42!xx")
    assert refused.code == 1 and "must choose a new password" in refused.err
    changed = run("user", "passwd", "kim", user="kim",
                  stdin="Kim-pass-42!xx\nKim-own-pass-42!\n")
    assert changed.code == 0, changed.err
    assert run("user", "list", user="kim", password="Kim-own-pass-42!").code == 0
    verified = run("audit", "verify")
    assert verified.code == 0, verified.err
    assert "Audit log intact" in verified.out


def test_each_connection_failure_says_what_is_wrong(
        postgres_server: PostgresServer, empty_database: tuple[str, str],
        tmp_path: Path) -> None:
    run = _create(postgres_server, *empty_database)
    wrong = run("user", "list", password="not-the-password")
    assert (wrong.code, wrong.err.strip()) == (3, "contactweb: Wrong username or password.")

    good = profiles.load("office")
    other_ca = make_test_ca(tmp_path / "other-ca")
    profiles.save(profiles.TeamProfile(**{**good.__dict__, "name": "untrusted",
                                          "ca_file": str(other_ca.ca_pem)}))
    untrusted = CliRunner(Path("team:untrusted"), "boss", ADMIN)("user", "list")
    assert untrusted.code == 1 and "is not trusted" in untrusted.err

    from tests.support.mailing_server import free_port

    profiles.save(profiles.TeamProfile(**{**good.__dict__, "name": "down",
                                          "port": free_port()}))
    down = CliRunner(Path("team:down"), "boss", ADMIN)("user", "list")
    assert down.code == 1 and "does not answer" in down.err

    plain = run("team", "create", "postgresql://owner@db.office.example/crm", "--admin", "boss",
                "--sslmode", "disable")
    assert plain.code == 1 and "must be encrypted" in plain.err


def test_move_a_desktop_vault_then_audit_verify_holds(
        postgres_server: PostgresServer, empty_database: tuple[str, str],
        tmp_path: Path) -> None:
    desk = CliRunner(tmp_path / "desk", "boss", PASSWORD)
    assert desk("init", "--admin", "boss", "--region", "US").code == 0
    assert desk("contact", "add", "--first", "Ada", "--last", "Lovelace").code == 0
    run = _create(postgres_server, *empty_database)
    moved = CliRunner(tmp_path / "desk", "boss", PASSWORD)(
        "team", "move", "--from", str(tmp_path / "desk"), "--to", "office",
        "--owner", empty_database[1])
    assert moved.code == 0, moved.err
    verified = run("audit", "verify")
    assert verified.code == 0, verified.err
    listed = run("contact", "list", "--json")
    assert "Lovelace" in listed.out
    found = run("contact", "list", "--search", "lovel", "--json")  # the moved search index
    assert "Lovelace" in found.out


def test_an_older_schema_is_refused_until_the_owner_upgrades_it(
        postgres_server: PostgresServer, empty_database: tuple[str, str]) -> None:
    from alembic import command

    from contactweb.store.migrate import alembic_config, declared_head
    from contactweb.team import provision

    run = _create(postgres_server, *empty_database)
    database, owner = empty_database
    engine = provision.owner_engine(profiles.load("office"), owner, None)
    config = alembic_config()
    previous = str(int(declared_head()) - 1).zfill(4)
    with engine.begin() as conn:  # as if made by the release before this one
        config.attributes["connection"] = conn
        command.downgrade(config, previous)
    engine.dispose()
    refused = run("user", "list")
    assert refused.code == 1 and "contactweb team upgrade office" in refused.err

    upgraded = run("team", "upgrade", "office", "--owner", owner)
    assert upgraded.code == 0, upgraded.err
    assert "brought up to date" in upgraded.out
    assert run("user", "list").code == 0
    again = run("team", "upgrade", "office", "--owner", owner)  # safe to run twice
    assert again.code == 0 and "applied again" in again.out
    assert run("audit", "verify").code == 0
