"""People after a team vault is restored: a backup holds no PostgreSQL roles, so the restore
makes each person's login role again, in the group of their ContactWeb role. On a new server
(a second PostgreSQL cluster started here) a restored staff member signs in with the one-time
password the restore printed and must choose their own; a disabled person's role cannot log
in. A restore into a second database on the same server gets roles of its own and leaves the
original vault's alone; roles of its namespace already on the server stop it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from contactweb.errors import AuthenticationFailed
from contactweb.services import audit
from contactweb.services.accounts import users
from contactweb.services.backup import backup
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import search_ids
from contactweb.services.contacts.contacts import ContactInput
from contactweb.team import profile, team_session
from contactweb.team.role_names import login_role, namespace_for
from tests.support.cli_runner import CliRunner
from tests.support.postgres_server import PostgresServer, needs_postgres, postgres_server
from tests.support.team_vaults import (  # noqa: F401
    TeamVaultFixture,
    make_owner_database,
    team_vault,
)

PASSPHRASE = "correct horse battery staple"
SAM, RITA, DAN = ("sam", "Sam-pass-42!xx"), ("rita", "Rita-pass-42!xx"), ("dan", "Dan-pass-42!xx")
NEW_SAM_PASSWORD = "Sam-chose-this-9"
pytestmark = needs_postgres


@pytest.fixture
def backed_up(team_vault: TeamVaultFixture, tmp_path: Path,  # noqa: F811
              monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[TeamVaultFixture, str, Path]]:
    """A team vault with a staff member, a readonly one and a disabled one, backed up to a
    folder; yields it with its vault id and the folder."""
    monkeypatch.setenv("PGPASSWORD", team_vault.owner_password)
    monkeypatch.setenv("CONTACTWEB_BACKUP_PASSPHRASE", PASSPHRASE)
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        users.add_user(admin, SAM[0], "staff", SAM[1], must_change=False)
        users.add_user(admin, RITA[0], "readonly", RITA[1], must_change=False)
        users.add_user(admin, DAN[0], "staff", DAN[1], must_change=False)
        users.disable_user(admin, DAN[0])
        contacts.create_contact(admin, ContactInput(first_name="Cora", last_name="Quill"))
        folder = tmp_path / "backups"
        folder.mkdir()
        backup.configure_folder(admin, folder)
        vault_id = admin.vault.vault_id
    finally:
        admin.lock()
    done = _cli(team_vault)("backup", "now", "--owner", team_vault.owner)
    assert done.code == 0, done.err
    yield team_vault, vault_id, folder


def _cli(team: TeamVaultFixture) -> CliRunner:
    return CliRunner(Path(f"team:{team.profile.name}"), "boss", team.admin_password)


def _restore(team: TeamVaultFixture, server: PostgresServer, owner: str, database: str,
             vault_id: str, folder: Path, profile_name: str):  # noqa: ANN202
    url = f"postgresql://{owner}@127.0.0.1:{server.port}/{database}"
    return _cli(team)("team", "restore", url, "--profile", profile_name, "--vault-id",
                      vault_id, "--folder", str(folder), "--ca-file", str(server.ca.ca_pem))


def _one_time_passwords(out: str) -> dict[str, str]:
    return dict(re.findall(r"^  (\w+): (\S+)$", out, re.MULTILINE))


def _connect(server: PostgresServer, database: str, namespace: str, username: str,
             password: str) -> psycopg.Connection:
    return psycopg.connect(host="127.0.0.1", port=server.port, dbname=database,
                           user=login_role(namespace, username), password=password,
                           sslmode="verify-full", sslrootcert=str(server.ca.ca_pem))


def test_on_a_new_server_people_sign_in_with_one_time_passwords_and_change_them(
        backed_up: tuple[TeamVaultFixture, str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    team, vault_id, folder = backed_up
    with postgres_server() as fresh:  # another cluster: none of the vault's roles exist
        database, owner, owner_password = make_owner_database(fresh)
        monkeypatch.setenv("PGPASSWORD", owner_password)
        restored = _restore(team, fresh, owner, database, vault_id, folder, "new-server")
        assert restored.code == 0, restored.err
        one_time = _one_time_passwords(restored.out)
        # The restoring administrator keeps the password they typed; the disabled get none.
        assert sorted(one_time) == ["rita", "sam"]
        assert "one-time password" in restored.out
        namespace = namespace_for(database)
        saved = profile.load("new-server")
        assert saved.namespace == namespace

        # Sam's old password is no use there; the one-time one signs in, and must be changed.
        with pytest.raises(AuthenticationFailed):
            team_session.sign_in(saved, *SAM)
        refused = CliRunner(Path("team:new-server"), "sam", one_time["sam"])("contact", "list")
        assert refused.code == 1 and "must choose a new password first" in refused.err
        sam = team_session.sign_in(saved, "sam", one_time["sam"])
        try:
            assert sam.must_change_password and sam.role == "staff"
            users.change_own_password(sam, one_time["sam"], NEW_SAM_PASSWORD)
        finally:
            sam.lock()
        with pytest.raises(AuthenticationFailed):
            team_session.sign_in(saved, "sam", one_time["sam"])
        sam = team_session.sign_in(saved, "sam", NEW_SAM_PASSWORD)
        try:
            assert not sam.must_change_password
            assert len(search_ids(sam, "Quill")) == 1
        finally:
            sam.lock()
        # Straight over psycopg, each login is in the group of its ContactWeb role.
        with _connect(fresh, database, namespace, "rita", one_time["rita"]) as conn:
            assert conn.execute("SELECT cw_my_role()").fetchone() == ("readonly",)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO tags (name) VALUES ('mine')")
        # The disabled person's role exists, in its group, and cannot log in with anything.
        dan = login_role(namespace, "dan")
        assert fresh.execute(f"SELECT rolcanlogin, rolpassword IS NULL FROM pg_authid "
                             f"WHERE rolname = '{dan}'") == [(False, True)]
        for password in (DAN[1], ""):
            with pytest.raises(psycopg.OperationalError):
                _connect(fresh, database, namespace, "dan", password or "x").close()
        boss = team_session.sign_in(saved, "boss", team.admin_password)
        try:
            assert not boss.must_change_password
            verified = audit.verify(boss)
            assert verified.ok, verified.reason
        finally:
            boss.lock()


def test_a_second_database_on_the_same_server_gets_roles_of_its_own(
        backed_up: tuple[TeamVaultFixture, str, Path]) -> None:
    team, vault_id, folder = backed_up
    server, original = team.server, team.profile.namespace
    sam_before = server.execute(f"SELECT rolvaliduntil::text, rolpassword FROM pg_authid WHERE "
                                f"rolname = '{login_role(original, 'sam')}'")
    database = f"{team.profile.database}_copy"
    server.execute(f'CREATE DATABASE "{database}" OWNER "{team.owner}" TEMPLATE template0')
    try:
        restored = _restore(team, server, team.owner, database, vault_id, folder, "copy")
        assert restored.code == 0, restored.err
        one_time = _one_time_passwords(restored.out)
        namespace = namespace_for(database)
        assert namespace != original and profile.load("copy").namespace == namespace
        # The original vault's people are untouched and still sign in there as before.
        assert server.execute(f"SELECT rolvaliduntil::text, rolpassword FROM pg_authid WHERE "
                              f"rolname = '{login_role(original, 'sam')}'") == sam_before
        team_session.sign_in(team.profile, *SAM).lock()
        # The copy is theirs only through its own roles: the original login is no member.
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            _connect(server, database, original, *SAM).close()
        sam = team_session.sign_in(profile.load("copy"), "sam", one_time["sam"])
        try:
            assert sam.must_change_password
        finally:
            sam.lock()
    finally:
        server.drop_database(database)
        for (name,) in server.execute(f"SELECT rolname FROM pg_roles WHERE rolname LIKE "
                                      f"'{namespace_for(database)}%' ORDER BY rolname "
                                      "LIKE '%.%' DESC"):
            server.execute(f'DROP ROLE "{name}"')


def test_roles_of_the_namespace_already_on_the_server_stop_the_restore(
        backed_up: tuple[TeamVaultFixture, str, Path]) -> None:
    team, vault_id, folder = backed_up
    server = team.server
    database = f"{team.profile.database}_other"
    squatter = login_role(namespace_for(database), "sam")  # someone else's role of that name
    server.execute(f"CREATE ROLE \"{squatter}\" LOGIN PASSWORD 'Not-yours-42'")
    server.execute(f'CREATE DATABASE "{database}" OWNER "{team.owner}" TEMPLATE template0')
    try:
        refused = _restore(team, server, team.owner, database, vault_id, folder, "other")
        assert refused.code == 1
        assert "already has roles" in refused.err and squatter in refused.err
        assert server.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                              database) == [(0,)]
        # Not taken over: still outside every group, its password as it was.
        assert server.execute(f"SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON "
                              f"r.oid = m.member WHERE r.rolname = '{squatter}'") == [(0,)]
        psycopg.connect(host="127.0.0.1", port=server.port, dbname="postgres", user=squatter,
                        password="Not-yours-42", sslmode="verify-full",
                        sslrootcert=str(server.ca.ca_pem)).close()
        assert not profile.profile_path("other").exists()
    finally:
        server.drop_database(database)
        server.execute(f'DROP ROLE "{squatter}"')


def test_an_owner_who_may_not_create_roles_is_refused_before_anything_is_restored(
        backed_up: tuple[TeamVaultFixture, str, Path],
        monkeypatch: pytest.MonkeyPatch) -> None:
    team, vault_id, folder = backed_up
    server = team.server
    owner, database = f"{team.owner}_plain", f"{team.profile.database}_plain"
    server.execute(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD 'Plain-owner-42'")
    server.execute(f'CREATE DATABASE "{database}" OWNER "{owner}" TEMPLATE template0')
    monkeypatch.setenv("PGPASSWORD", "Plain-owner-42")
    try:
        refused = _restore(team, server, owner, database, vault_id, folder, "plain")
        assert refused.code == 1 and "may not create roles" in refused.err
        assert server.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                              database) == [(0,)]
        assert server.execute(f"SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                              f"'{namespace_for(database)}%'") == [(0,)]
    finally:
        server.drop_database(database)
        server.execute(f'DROP ROLE "{owner}"')


def test_a_restore_run_by_someone_not_an_administrator_touches_nothing(
        backed_up: tuple[TeamVaultFixture, str, Path]) -> None:
    team, vault_id, folder = backed_up
    server = team.server
    database = f"{team.profile.database}_bysam"
    server.execute(f'CREATE DATABASE "{database}" OWNER "{team.owner}" TEMPLATE template0')
    try:
        for person in (SAM, DAN):  # a staff member; a disabled one
            url = f"postgresql://{team.owner}@127.0.0.1:{server.port}/{database}"
            refused = CliRunner(Path(f"team:{team.profile.name}"), *person)(
                "team", "restore", url, "--profile", "bysam", "--vault-id", vault_id,
                "--folder", str(folder), "--ca-file", str(server.ca.ca_pem))
            assert refused.code == 1
            assert f"{person[0]} is not an active administrator" in refused.err
        assert server.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
                              database) == [(0,)]
        assert server.execute(f"SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                              f"'{namespace_for(database)}%'") == [(0,)]
    finally:
        server.drop_database(database)
