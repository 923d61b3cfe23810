"""A statement's rows as the database driver returns them: plain tuples.

SQLAlchemy turns every result row into a ``Row`` object (about 1 to 2 µs each), which on the
contact list's hot path cost more than SQLite spent finding the rows: a search that reads up
to 2,001 ids from the index, the 200 rows of a page and their tags. Statements still go
through SQLAlchemy (compiled once and cached per dialect, run in the session's transaction);
only the fetching skips the Row objects. For columns whose values the driver already returns
as the Python values wanted (integers, text): a column with a result processor (dates on
SQLite, JSON) would come back unprocessed.

On SQLite the contact list's statements also skip SQLAlchemy's execution: each is compiled
once (``prepared`` text, or a statement of one ``shape`` built once with placeholder values)
and its SQL handed to the sqlcipher3 cursor of the session's connection. Building the list's
select, taking its cache key and setting up an execution context and a result cost about
0.3 ms a statement, more than SQLite spends on most of them. The SQL is the very text
SQLAlchemy compiles for the statement, so the rows are the same; errors still arrive as
SQLAlchemy's exceptions. PostgreSQL keeps the ordinary path (its round trip to the server
outweighs this), and so does a connection whose engine has statement listeners.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

SQLITE = "sqlite"

# id(statement) -> (statement, {dialect name: (sql, parameter names in order)}), for the
# module-level text statements registered with ``prepared``.
_PREPARED: dict[int, tuple[Executable, dict[str, tuple[str, tuple[str, ...]]]]] = {}
# shape -> (sql, for each placeholder in order: ("value", name) or ("fixed", value)), or
# _BUILT_EACH_TIME for a shape that cannot be compiled once (not tried again).
_SHAPES: dict[Hashable, tuple[str, tuple[tuple[str, Any], ...]]] = {}
_BUILT_EACH_TIME = ("", ())


def prepared(statement: Executable) -> Executable:
    """Register a statement that never changes (a module-level ``text()``) to be compiled once
    per dialect and run on SQLite straight from its SQL by ``driver_rows``."""
    _PREPARED[id(statement)] = (statement, {})
    return statement


def driver_rows(session: Session, statement: Executable,
                params: Mapping[str, Any] | None = None) -> list[tuple]:
    entry = _PREPARED.get(id(statement))
    if entry is not None and entry[0] is statement:
        connection = session.connection()
        if _straight_to_driver(connection):
            compiled = entry[1].get(SQLITE)
            if compiled is None:
                compiled = entry[1][SQLITE] = _positional(statement.compile(
                    dialect=connection.dialect))
            sql, names = compiled
            values = params or {}
            return _run(connection, sql, tuple(values[name] for name in names))
    result = session.connection().execute(statement, dict(params or {}))
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def driver_scalars(session: Session, statement: Executable,
                   params: Mapping[str, Any] | None = None) -> list[Any]:
    """The first column of every row."""
    return [row[0] for row in driver_rows(session, statement, params)]


def shaped_rows(session: Session, shape: Hashable, build: Callable[[Mapping[str, Any]],
                Executable], values: Mapping[str, Any]) -> list[tuple]:
    """The rows of ``build(values)``, a statement whose SQL depends on ``shape`` only and
    whose ``values`` are all bound parameters (no expanding IN). On SQLite it is built and
    compiled once per shape, with a placeholder for each value (a string or integer no one
    types), and each bound parameter holding a placeholder takes the value it stands for;
    the others keep the value they were compiled with. A shape whose placeholders do not
    all come back as bound parameters is built every time."""
    connection = session.connection()
    if not _straight_to_driver(connection):
        return driver_rows(session, build(values))
    key = (shape, tuple(sorted(values)))
    entry = _SHAPES.get(key)
    if entry is None:
        entry = _SHAPES[key] = _compile_shape(connection, build, values) or _BUILT_EACH_TIME
    if entry is _BUILT_EACH_TIME:
        return driver_rows(session, build(values))
    sql, slots = entry
    return _run(connection, sql, tuple(values[v] if kind == "value" else v
                                       for kind, v in slots))


def _straight_to_driver(connection: Any) -> bool:  # noqa: ANN401 - a Connection
    """SQLite, and no one listening for statements (a test reading their plans, a tool
    tracing them): those listeners see every statement SQLAlchemy runs, so it runs them."""
    dispatch = connection.dispatch
    return connection.dialect.name == SQLITE and not (
        dispatch.before_execute or dispatch.before_cursor_execute
        or dispatch.after_cursor_execute or dispatch.after_execute)


def _compile_shape(connection: Any, build: Callable[[Mapping[str, Any]], Executable],  # noqa: ANN401
                   values: Mapping[str, Any]) -> tuple[str, tuple[tuple[str, Any], ...]] | None:
    """The SQL of ``build`` with a stand-in for each value, and where each bound parameter's
    value comes from; None when a value is not an int or str, a stand-in is not bound as it
    is (rendered into the SQL, converted by the dialect, expanded) or missing."""
    stand_ins: dict[Any, str] = {}
    for n, (name, value) in enumerate(sorted(values.items())):
        if type(value) is int:
            stand_ins[-8_000_000_000_000_000_000 + n] = name
        elif type(value) is str:
            stand_ins[f"\x00contactweb placeholder {n}\x00"] = name
        else:
            return None
    by_name = {name: placeholder for placeholder, name in stand_ins.items()}
    compiled = build(by_name).compile(dialect=connection.dialect)
    if compiled.literal_execute_params or compiled.post_compile_params \
            or compiled.positiontup is None:
        return None
    defaults = compiled.construct_params()
    slots, seen = [], set()
    for bind in compiled.positiontup:
        value = defaults[bind]
        if compiled.binds[bind].type._cached_bind_processor(connection.dialect) is not None:
            return None  # a value the dialect converts: not handed over as it is
        name = stand_ins.get(value) if type(value) in (int, str) else None
        if name is not None:
            slots.append(("value", name))
            seen.add(name)
        else:
            slots.append(("fixed", value))
    if seen != set(values):
        return None
    return compiled.string, tuple(slots)


def _positional(compiled: Any) -> tuple[str, tuple[str, ...]]:  # noqa: ANN401
    return compiled.string, tuple(compiled.positiontup or ())


def _run(connection: Any, sql: str, parameters: tuple) -> list[tuple]:  # noqa: ANN401
    """Run on the session's own DBAPI connection (inside its transaction); a driver error
    arrives wrapped as SQLAlchemy would have wrapped it."""
    dbapi_error = connection.dialect.loaded_dbapi.Error
    try:
        cursor = connection.connection.dbapi_connection.execute(sql, parameters)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()
    except dbapi_error as error:
        raise sa_exc.DBAPIError.instance(sql, parameters, error, dbapi_error) from error
