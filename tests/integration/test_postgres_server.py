"""The tests' own PostgreSQL server: TLS with verify-full against the test CA, SCRAM-SHA-256
logins, pg_trgm, and a fresh database per test."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.support.postgres_server import PostgresServer


def test_verify_full_tls_and_scram_login(postgres_server: PostgresServer,
                                         postgres_database: str) -> None:
    postgres_server.execute("CREATE ROLE tls_probe LOGIN PASSWORD 'Probe-pass-42'",
                            postgres_database)
    try:
        engine = create_engine(postgres_server.url(postgres_database, "tls_probe",
                                                   "Probe-pass-42"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl "
                                     "WHERE pid = pg_backend_pid()")).scalar() is True
            assert conn.execute(text("SELECT current_user")).scalar() == "tls_probe"
        engine.dispose()
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="tls_probe",
                            password="wrong", dbname=postgres_database, sslmode="require")
        # The server's certificate is not signed by anything the system trusts.
        with pytest.raises(psycopg.OperationalError, match="certificate"):
            psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="tls_probe",
                            password="Probe-pass-42", dbname=postgres_database,
                            sslmode="verify-full", sslrootcert="system")
    finally:
        postgres_server.execute("DROP OWNED BY tls_probe", postgres_database)
        postgres_server.execute("DROP ROLE tls_probe")


def test_pg_trgm_is_available(postgres_server: PostgresServer,
                              postgres_database: str) -> None:
    postgres_server.execute("CREATE EXTENSION pg_trgm", postgres_database)
    [(close, far)] = postgres_server.execute(
        "SELECT 'Lindenhof' % 'Lindenhoff', 'Lindenhof' % 'Qwxyz'", postgres_database)
    assert (close, far) == (True, False)
    [(version,)] = postgres_server.execute("SHOW server_version_num", postgres_database)
    assert int(version) >= 150000


def test_each_test_gets_its_own_database(postgres_server: PostgresServer,
                                         postgres_database: str) -> None:
    names = [row[0] for row in postgres_server.execute("SELECT datname FROM pg_database")]
    assert postgres_database in names
    assert postgres_server.execute("SELECT count(*) FROM pg_tables WHERE schemaname='public'",
                                   postgres_database) == [(0,)]
