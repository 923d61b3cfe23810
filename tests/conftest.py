"""Fixtures every test shares: an isolated home, a fast KDF, an in-memory keyring, and
vaults with users of each role."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from contactweb.services.accounts import session, users
from contactweb.vault.workspace import Workspace
from tests.support.cli_runner import CliRunner
from tests.support.memory_keyring import RecordingKeyring
from tests.support.postgres_server import PostgresServer
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


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def admin_ws(vault_dir: Path) -> Iterator[Workspace]:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
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
