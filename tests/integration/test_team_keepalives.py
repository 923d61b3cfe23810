"""A desktop's connections to the team server notice a server or network gone silent within
about a minute: every connection it makes (a signed-in person's pool, the owner's own
connection, pg_dump and pg_restore for a backup) has TCP keepalives and a write timeout on its
socket, read back from the socket itself."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import psycopg
import pytest

from contactweb.team import connect, dump, team_session
from contactweb.team.profile import KEEPALIVES
from tests.support.team_vaults import ADMIN_PASSWORD, TeamVaultFixture, team_vault  # noqa: F401

pytestmark = pytest.mark.skipif(not hasattr(socket, "TCP_USER_TIMEOUT"),
                                reason="the socket options read here are Linux's")


def socket_options(connection: psycopg.Connection) -> dict[str, int]:
    with socket.socket(fileno=os.dup(connection.pgconn.socket)) as sock:
        assert sock.family == socket.AF_INET  # over TCP, as to a server elsewhere
        return {
            "keepalives": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
            "keepalives_idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
            "keepalives_interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
            "keepalives_count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
            "tcp_user_timeout": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
        }


def test_a_signed_in_desktop_probes_a_silent_server(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    ws = team_session.sign_in(team_vault.profile, "boss", ADMIN_PASSWORD)
    try:
        raw = ws.engine.raw_connection()
        try:
            options = socket_options(raw.driver_connection)
        finally:
            raw.close()
    finally:
        ws.lock()
    assert options == {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
                       "keepalives_count": 3, "tcp_user_timeout": 60_000}
    assert options == KEEPALIVES


def test_the_owners_own_connection_probes_too(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    with connect.connect_raw(team_vault.profile, team_vault.owner,
                             team_vault.owner_password) as connection:
        assert socket_options(connection) == KEEPALIVES


def test_pg_dump_and_pg_restore_get_them_from_their_environment(
        team_vault: TeamVaultFixture, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """pg_dump and pg_restore take the connection from libpq's environment, which has no
    variables for keepalives: a libpq client given the same environment (psycopg here) gets
    them on its socket, and the service file that carries them is gone afterwards."""
    with dump._libpq_environment(team_vault.profile, team_vault.owner,
                                 team_vault.owner_password) as env:
        service_file = Path(env["PGSERVICEFILE"])
        with monkeypatch.context() as patch:
            for name, value in env.items():
                patch.setenv(name, value)
            with psycopg.connect("") as connection:
                assert socket_options(connection) == KEEPALIVES
                assert connection.execute("SELECT current_user").fetchone() \
                    == (team_vault.owner,)
    assert not service_file.exists()
