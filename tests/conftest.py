"""Fixtures every test shares: an isolated home, a fast KDF, an in-memory keyring, and
vaults with users of each role."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy.engine import URL

from contactweb.services.accounts import session, users
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring
from tests.support.postgres_server import TEMPLATE_DATABASE, PostgresServer
from tests.support.postgres_server import postgres_server as start_postgres_server

PASSWORD = "Correct-horse-9"
ROLE_PASSWORDS = {role: f"{role.title()}-pass-42!" for role in ("manager", "staff", "readonly")}

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CONTACTWEB_HOME", str(home))
    monkeypatch.setenv("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", "1")
    for name in ("CONTACTWEB_VAULT", "CONTACTWEB_USER", "CONTACTWEB_PASSWORD",
                 "CONTACTWEB_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[RecordingKeyring]:
    previous = keyring.get_keyring()
    backend = RecordingKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def compiled_catalogs() -> None:
    """The gettext (.mo) and Qt (.qm) catalogs built from the sources, as `make translations`
    does before the tests; a test module that speaks another language asks for it with
    ``pytestmark = pytest.mark.usefixtures("compiled_catalogs")``."""
    from tools.i18n import catalogs  # Babel's catalog tools: only for the tests that need them

    catalogs.build_mo()
    catalogs.build_qm()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server per test session (per xdist worker), TLS on; skipped with
    a reason when Debian's postgresql is not installed."""
    with start_postgres_server() as server:
        yield server


@pytest.fixture
def postgres_database(postgres_server: PostgresServer) -> Iterator[str]:
    """The name of a fresh, empty database on the session's server, dropped afterwards."""
    name = postgres_server.create_database()
    yield name
    postgres_server.drop_database(name)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database migrated to the newest schema, which each test's database copies (a copy
    takes milliseconds; migrating takes a quarter of a second)."""
    from contactweb.store.migrate import upgrade_to_head
    from contactweb.store.postgres_engine import make_postgres_engine

    postgres_server.execute(f'CREATE DATABASE "{TEMPLATE_DATABASE}" TEMPLATE template0')
    engine = make_postgres_engine(postgres_server.socket_url(TEMPLATE_DATABASE))
    upgrade_to_head(engine)
    engine.dispose()
    return TEMPLATE_DATABASE


# The service-level tests run once per backend: the desktop vault (SQLCipher) and a vault
# whose database is on the session's PostgreSQL server. Tests of the SQLCipher file itself
# (tamper, key slots, re-keying, disk scans, the page-level backups) carry
# @pytest.mark.sqlite_only.
BACKENDS = ("sqlite", "postgresql")
BOTH_BACKENDS_UNDER = ("unit", "integration")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).parent.name
    # CONTACTWEB_TEST_BACKENDS=sqlite runs the desktop half alone (a quick local run).
    wanted = os.environ.get("CONTACTWEB_TEST_BACKENDS", "sqlite,postgresql").split(",")
    if metafunc.definition.get_closest_marker("postgresql_only"):
        skip = [] if "postgresql" in wanted else [pytest.mark.skip(
            reason="CONTACTWEB_TEST_BACKENDS leaves PostgreSQL out")]
        metafunc.parametrize("database_backend", [pytest.param("postgresql", marks=skip)],
                             indirect=True)
    elif "postgresql" in wanted and folder in BOTH_BACKENDS_UNDER and \
            not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("database_backend", BACKENDS, indirect=True)


@pytest.fixture
def database_backend(request: pytest.FixtureRequest) -> str:
    """'sqlite', or 'postgresql' for the second run of a service-level test."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Desktop vault connections made from now on wait 0.2 s for another writer, not 10 s."""
    from contactweb.store import engine

    monkeypatch.setattr(engine, "PRAGMAS", tuple(
        "busy_timeout = 200" if pragma.startswith("busy_timeout") else pragma
        for pragma in engine.PRAGMAS))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault_server(database_backend: str,
                     request: pytest.FixtureRequest) -> Callable[[], URL | None]:
    """``new_vault_server()`` says where another vault of this test's backend keeps its
    data: None for its own SQLCipher file, or a fresh database (copied from the migrated
    template, dropped after the test) on the session's server. For ``create_vault(...,
    server=new_vault_server())`` when a test compares two vaults."""

    def make() -> URL | None:
        if database_backend != "postgresql":
            return None
        server: PostgresServer = request.getfixturevalue("postgres_server")
        name = server.create_database(request.getfixturevalue("postgres_template"))
        request.addfinalizer(lambda: server.drop_database(name))
        return server.socket_url(name)

    return make


@pytest.fixture
def vault_server(new_vault_server: Callable[[], URL | None]) -> URL | None:
    """Where the test's vault (``admin_ws``) keeps its data."""
    return new_vault_server()


@pytest.fixture
def admin_ws(vault_dir: Path, vault_server: URL | None) -> Iterator[Workspace]:
    ws = session.create_vault(vault_dir, "admin", PASSWORD, server=vault_server)
    yield ws
    ws.lock()


@pytest.fixture
def user_ws(admin_ws: Workspace, vault_dir: Path) -> Callable[[str], Workspace]:
    """``user_ws("staff")`` adds a user of that role (once) and signs them in."""
    opened: list[Workspace] = []

    def make(role: str, username: str | None = None) -> Workspace:
        name = username or role
        if name not in {u.username for u in users.list_users(admin_ws)}:
            users.add_user(admin_ws, name, role, ROLE_PASSWORDS.get(role, PASSWORD),
                           must_change=False)
        ws = session.sign_in(vault_dir, name, ROLE_PASSWORDS.get(role, PASSWORD))
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.lock()


@pytest.fixture
def cli(admin_ws: Workspace, vault_dir: Path) -> CliRunner:
    """The command line against a vault whose admin is 'admin'."""
    return CliRunner(vault_dir, "admin", PASSWORD)
