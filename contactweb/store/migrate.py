"""Apply Alembic migrations when a vault opens.

Alembic loads only when the schema may need work: a vault already at the newest revision is
recognised from the ``alembic_version`` row and the revision ids the migration files declare,
which saves importing Alembic (about 0.15 s) on every command and sign-in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from contactweb.i18n import ngettext

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_DECLARATION = re.compile(r"^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(.+)$", re.MULTILINE)
_REVISION_ID = re.compile(r"""["']([^"']+)["']""")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def declared_head() -> str | None:
    """The one head revision named by the migration files' ``revision``/``down_revision``
    lines, or None whenever that reading is in doubt (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {key: _REVISION_ID.findall(value)
                 for key, value in _DECLARATION.findall(path.read_text(encoding="utf-8"))}
        if len(found.get("revision", [])) != 1 or "down_revision" not in found:
            return None
        revisions.update(found["revision"])
        parents.update(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _reading(engine: Engine) -> Connection:
    """A connection whose transactions only read: on a desktop vault a plain BEGIN, which
    another program writing meanwhile does not hold up (a write's BEGIN IMMEDIATE waited
    for it, twice, then failed the sign-in as a damaged file)."""
    return engine.execution_options(readonly=True).connect()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with _reading(engine) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(engine: Engine) -> str | None:
    """The revision row as stored, without Alembic; None when the table is missing."""
    try:
        with _reading(engine) as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade_to_head(engine: Engine) -> bool:
    """Bring the schema to the newest revision; returns True when anything ran."""
    head = declared_head()
    if head is not None and _stored_revision(engine) == head:
        return False
    if current_revision(engine) == head_revision():
        return False
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn, _foreign_keys_off(conn):
        with conn.begin():
            broken = _foreign_key_violations(conn)
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            added = _foreign_key_violations(conn) - broken
            if added:
                raise RuntimeError(ngettext(
                    "The schema upgrade would leave {count} row pointing at a row that does "
                    "not exist ({first}); nothing was changed.",
                    "The schema upgrade would leave {count} rows pointing at rows that do not "
                    "exist (first: {first}); nothing was changed.", len(added)).format(
                    count=len(added), first=sorted(added)[0]))
    return True


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    """SQLite: foreign keys off while migrations run, as SQLite's own procedure for rebuilding
    a table asks (migration 0010): dropping a table with them on deletes every child row
    through ON DELETE CASCADE. The pragma is a no-op inside a transaction, so it is set on the
    raw connection before the migration's transaction begins, and set back after it ends."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        try:
            raw.execute("PRAGMA foreign_keys = ON")
        except Exception:
            conn.invalidate()  # never back in the pool without its foreign keys
            raise


def _foreign_key_violations(conn: Connection) -> set[tuple]:
    if conn.dialect.name != "sqlite":
        return set()
    return {tuple(row) for row in conn.exec_driver_sql("PRAGMA foreign_key_check")}
