"""A statement's rows as the database driver returns them: plain tuples.

SQLAlchemy turns every result row into a ``Row`` object (about 1 to 2 µs each), which on the
contact list's hot path cost more than SQLite spent finding the rows: a search that reads up
to 2,001 ids from the index, the 200 rows of a page and their tags. Statements still go
through SQLAlchemy (compiled once and cached per dialect, run in the session's transaction);
only the fetching skips the Row objects. For columns whose values the driver already returns
as the Python values wanted (integers, text): a column with a result processor (dates on
SQLite, JSON) would come back unprocessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable


def driver_rows(session: Session, statement: Executable,
                params: Mapping[str, Any] | None = None) -> list[tuple]:
    result = session.connection().execute(statement, dict(params or {}))
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def driver_scalars(session: Session, statement: Executable,
                   params: Mapping[str, Any] | None = None) -> list[Any]:
    """The first column of every row."""
    return [row[0] for row in driver_rows(session, statement, params)]
