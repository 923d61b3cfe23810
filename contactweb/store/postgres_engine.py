"""The engine over a PostgreSQL database (a team vault), through psycopg 3.

Counterpart of ``engine.make_engine`` for SQLCipher. Sessions bound with
``execution_options(readonly=True)`` run in a READ ONLY transaction; write transactions use
PostgreSQL's default READ COMMITTED, where row locks (not SQLite's single writer) keep
concurrent writers apart.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL

# Registers the per-dialect SQL (func.lower among it) before any statement for this engine
# is built.
from contactweb.store import dialect_sql  # noqa: F401

POOL_SIZE = 3


def make_postgres_engine(url: URL | str) -> Engine:
    """An engine for ``url`` (``postgresql+psycopg://...``; a plain ``postgresql://`` URL is
    read as psycopg 3). TLS settings (``sslmode``, ``sslrootcert``) travel in the URL's
    query."""
    parsed = url if isinstance(url, URL) else _as_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed, pool_size=POOL_SIZE, pool_use_lifo=True,
                           pool_pre_ping=False)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        if conn.get_execution_options().get("readonly"):
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")

    return engine


def _as_url(url: str) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(url)


def check_connection(engine: Engine) -> None:
    """Connect once now, so a wrong address or password shows at sign-in."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1")).scalar()
