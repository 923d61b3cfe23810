"""The SQLCipher engine: raw-key unlock, pragmas, and explicit transaction modes."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from contactweb.store.fts import CREATE_TERMS_TABLE
from contactweb.store.write_conflicts import BUSY_TIMEOUT_SECONDS

# SQLCipher writes its own log lines ("hmac check failed for pgno=...") to stderr, beside the
# clear message ContactWeb gives for a damaged file. Its log level is process-wide; it is set
# at import and again on every connection, before anything reads a page.
SILENCE_SQLCIPHER_LOG = "PRAGMA cipher_log_level = NONE"

PRAGMAS = (
    "foreign_keys = ON",
    "secure_delete = ON",
    "journal_mode = WAL",
    "synchronous = FULL",
    "temp_store = MEMORY",
    # 64 MiB of decrypted pages per connection at most (SQLCipher's default is 2 MB). With a
    # small cache a search decrypts the same contact pages again on every keystroke, a bulk
    # insert re-reads the index pages of its growing tables, and a mailing's eligibility over
    # 100,000 contacts with a tag took twice as long at 32 MiB (BENCHMARKS.md). A cache only
    # grows with the pages read, so a small vault uses no more.
    "cache_size = -65536",
    f"busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}",
)


# Connections kept open between calls: the UI thread and a background job or two. More can
# be opened at once; those are closed when returned.
POOL_SIZE = 3


def silence_sqlcipher_log(dbapi_connection: sqlcipher3.Connection) -> None:
    dbapi_connection.execute(SILENCE_SQLCIPHER_LOG).fetchall()


_quiet = sqlcipher3.connect(":memory:")
silence_sqlcipher_log(_quiet)
_quiet.close()


class WrongKeyError(Exception):
    """The file is not a database under this key (or not a database at all)."""


def make_engine(db_path: Path, key: bytes) -> Engine:
    """Return an engine over ``db_path`` keyed with the 32-byte raw ``key``.

    The pragmas are applied in a listener on this engine instance, after the dialect has
    issued ``PRAGMA key``; a listener on the Engine class would run before the key and fail.
    Write transactions start with BEGIN IMMEDIATE so that two writers never deadlock on a lock
    upgrade; sessions bound with ``execution_options(readonly=True)`` use a plain BEGIN.

    Connections are pooled, newest first, so that the next call finds the pages the last one
    decrypted still in its cache. ``Workspace.lock`` disposes of the pool; whatever needs
    every connection closed (restore, sign-out) goes through it.
    """
    engine = create_engine(
        URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(db_path)),
        module=sqlcipher3,
        poolclass=QueuePool,
        pool_size=POOL_SIZE,
        pool_use_lifo=True,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # noqa: ANN001
        silence_sqlcipher_log(dbapi_connection)
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()
        # Let SQLAlchemy's "begin" event below decide how transactions start.
        dbapi_connection.isolation_level = None
        # The search index's terms, which search reads to spell a typed word out (fts.py).
        # Temporary, this connection's own: it reads the index, so it needs no upkeep.
        dbapi_connection.execute(CREATE_TERMS_TABLE).close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        mode = "" if conn.get_execution_options().get("readonly") else " IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN{mode}")

    return engine


def verify_key(engine: Engine) -> None:
    """A wrong key only shows on the first read, so read the schema now (in a read
    transaction: another program writing to the vault meanwhile is no reason to fail)."""
    try:
        with engine.execution_options(readonly=True).connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    except Exception as exc:  # sqlcipher3 raises DatabaseError("file is not a database")
        engine.dispose()
        raise WrongKeyError(str(exc)) from exc


def checkpoint(engine: Engine) -> bool:
    """Fold the WAL into the main file and truncate it (after erasures and before backups).

    Runs on the raw connection, outside any transaction: inside the BEGIN IMMEDIATE that the
    "begin" listener issues, SQLite refuses a checkpoint ("database table is locked").
    Returns True when every frame was copied (False: another reader kept some back).
    """
    with engine.connect() as conn:
        busy, _log, _copied = conn.connection.dbapi_connection.execute(
            "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0
