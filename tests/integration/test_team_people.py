"""People of a team vault through the same user services as a desktop vault: each is a
PostgreSQL login role whose group is their role."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contactweb.errors import AuthenticationFailed, BadInput, PermissionDenied
from contactweb.services.accounts import users
from contactweb.team import team_session
from contactweb.team.role_names import login_role
from tests.support.postgres_server import PostgresServer
from tests.support.team_vaults import TeamVaultFixture, make_owner_database, team_vault  # noqa: F401

TEMPORARY = "Temporary-pass-42"


def _role(team: TeamVaultFixture, username: str) -> tuple:
    login = login_role(team.profile.namespace, username)
    with team.connect_as_owner() as owner:
        return owner.execute(
            "SELECT rolcanlogin, rolvaliduntil::text, array(SELECT b.rolname FROM pg_auth_members m "
            "JOIN pg_roles b ON b.oid = m.roleid WHERE m.member = r.oid) "
            "FROM pg_roles r WHERE rolname = %s", (login,)).fetchone()


def test_add_change_role_reset_and_disable_a_person(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    ns = team_vault.profile.namespace
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        users.add_user(admin, "Kim", "staff", TEMPORARY)
        can_login, valid_until, groups = _role(team_vault, "kim")
        assert can_login and groups == [f"{ns}_staff"]
        # A temporary password logs in for a week at most.
        until = datetime.fromisoformat(valid_until)
        assert timedelta(days=6) < until - datetime.now(UTC) < timedelta(days=7, minutes=1)

        kim = team_session.sign_in(team_vault.profile, "KIM", TEMPORARY)
        assert (kim.username, kim.role, kim.must_change_password) == ("Kim", "staff", True)
        users.change_own_password(kim, TEMPORARY, "Kims-own-pass-42")
        kim.lock()
        assert _role(team_vault, "kim")[1] == "infinity"
        with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
            team_session.sign_in(team_vault.profile, "kim", TEMPORARY)

        users.set_role(admin, "Kim", "manager")
        assert _role(team_vault, "kim")[2] == [f"{ns}_manager"]
        assert team_session.sign_in(team_vault.profile, "kim", "Kims-own-pass-42").role == \
            "manager"

        given = users.reset_password(admin, "Kim")
        reset = team_session.sign_in(team_vault.profile, "kim", given)
        assert reset.must_change_password
        reset.lock()

        users.disable_user(admin, "Kim")
        assert _role(team_vault, "kim")[0] is False
        with pytest.raises(AuthenticationFailed, match="disabled"):
            team_session.sign_in(team_vault.profile, "kim", given)
        assert [u.disabled for u in users.list_users(admin) if u.username == "Kim"] == [True]

        with pytest.raises(PermissionDenied):
            users.disable_user(admin, "boss")
        with pytest.raises(BadInput, match="already a user"):
            users.add_user(admin, "KIM", "staff", TEMPORARY)
    finally:
        admin.lock()


def test_create_refuses_an_owner_who_cannot_make_roles(
        postgres_server: PostgresServer) -> None:
    database, owner, password = make_owner_database(postgres_server)
    postgres_server.execute(f'ALTER ROLE "{owner}" NOCREATEROLE')
    try:
        with pytest.raises(BadInput, match="may create roles"):
            team_session.create_team_vault(
                f"postgresql://{owner}@127.0.0.1:{postgres_server.port}/{database}", "boss",
                "Team-admin-pass-7", owner_password=password,
                ca_file=str(postgres_server.ca.ca_pem))
    finally:
        postgres_server.drop_database(database)
        postgres_server.execute(f'DROP ROLE "{owner}"')


@pytest.mark.parametrize("password", [
    "Grüße\u00a0aus Köln-42!",  # a no-break space: SASLprep makes it a space
    "soft\u00adhyphen-pass-42!",  # a soft hyphen: SASLprep drops it
    "Cafe\u0301-au-lait-42!",  # a combining accent: NFKC composes it
])
def test_a_non_ascii_password_signs_in_as_libpq_sends_it(
        team_vault: TeamVaultFixture, password: str) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    try:
        users.add_user(admin, "uli", "staff", password, must_change=False)
    finally:
        admin.lock()
    team_session.sign_in(team_vault.profile, "uli", password).lock()


def test_create_refuses_a_database_in_use_and_carries_on_an_interrupted_one(
        postgres_server: PostgresServer) -> None:
    from contactweb.team import provision
    from tests.support.team_vaults import TeamVaultFixture, drop_team_vault

    database, owner, password = make_owner_database(postgres_server)
    url = f"postgresql://{owner}@127.0.0.1:{postgres_server.port}/{database}"
    ca = str(postgres_server.ca.ca_pem)
    postgres_server.execute("CREATE TABLE someone_elses (x int)", database)
    with pytest.raises(BadInput, match="not empty"):
        team_session.create_team_vault(url, "boss", "Team-admin-pass-7",
                                       owner_password=password, ca_file=ca)
    postgres_server.execute("DROP TABLE someone_elses", database)

    # An attempt stopped after its migrations (the roles and keys roll back together).
    from contactweb.store.migrate import upgrade_to_head
    from contactweb.team.profile import ServerAddress

    engine = provision.owner_engine(ServerAddress.parse(url).profile("x", "verify-full", ca),
                                    owner, password)
    upgrade_to_head(engine)
    engine.dispose()
    _path, made = team_session.create_team_vault(url, "boss", "Team-admin-pass-7",
                                                 owner_password=password, ca_file=ca,
                                                 profile_name="again")
    try:
        team_session.sign_in(made, "boss", "Team-admin-pass-7").lock()
        with pytest.raises(BadInput, match="already a team vault"):
            team_session.create_team_vault(url, "boss", "Team-admin-pass-7",
                                           owner_password=password, ca_file=ca,
                                           profile_name="third")
    finally:
        drop_team_vault(TeamVaultFixture(postgres_server, made, owner, password))
