"""Inserting many contacts at once without refreshing the search index once per row.

The FTS triggers (see fts.py) rebuild a contact's index row on every insert into contacts,
contact_emails, contact_phones and contact_tags: four rebuilds for a contact with one email,
one phone and one tag. An import of 100,000 contacts spent most of its time there. While a
``SearchIndexPause`` lasts, those insert triggers are dropped; ``resume`` re-creates them
from their own stored SQL and indexes the new contacts in one statement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import chain

from sqlalchemy import Connection, String, Table, bindparam, text

from contactweb.store import fts, pg_search
from contactweb.store.dialect_sql import POSTGRESQL

_INDEX_CHUNK = 5000
_PG_INDEX_CHUNK = 20000
_INSERT_TRIGGERS = ("contacts_fts_ai", "emails_fts_ai", "phones_fts_ai", "tags_fts_ai")
# The trigger's own row query, for every contact in an id range instead of one.
_INDEX = ("INSERT INTO contact_fts(rowid, names, company, emails, phones, notes, tags)"
          + fts._ROW_SELECT.format(cid="c.id"))
_INDEX_RANGE = _INDEX + " AND c.id BETWEEN :first AND :last"
_INDEX_IDS = _INDEX + " AND c.id IN :ids"


def next_contact_id(connection: Connection) -> int:
    """The id SQLite would give the next contact. Stable for the whole of a write
    transaction (BEGIN IMMEDIATE), which is what lets a bulk insert choose ids itself. On
    PostgreSQL a table lock that other writers of contacts wait for does the same.

    Past every id ever given, not only past the contacts still there: an erased or merged-away
    contact's id stays in the audit log and merge records (migration 0010). SQLite keeps that
    high-water mark in sqlite_sequence, PostgreSQL in the table's sequence."""
    if connection.dialect.name == POSTGRESQL:
        connection.exec_driver_sql("LOCK TABLE contacts IN SHARE ROW EXCLUSIVE MODE")
        return int(connection.execute(text(
            "SELECT greatest(nextval(pg_get_serial_sequence('contacts', 'id')), "
            "coalesce(max(id), 0) + 1) FROM contacts")).scalar_one())
    return int(connection.execute(text(
        "SELECT max(coalesce((SELECT max(id) FROM contacts), 0), coalesce((SELECT seq FROM "
        "sqlite_sequence WHERE name = 'contacts'), 0)) + 1")).scalar_one())


def insert_rows(connection: Connection, table: Table, columns: Sequence[str],
                rows: list[tuple]) -> None:
    """One executemany straight to the driver (``rows`` hold values in ``columns`` order):
    for 100,000 rows SQLAlchemy's per-row parameter handling costs more than SQLite's
    insert. Values of columns whose type converts them (dates, booleans) go through that
    type's own bind processor, so they are stored exactly as an ORM insert stores them."""
    if not rows:
        return
    dialect = connection.dialect
    if dialect.name != POSTGRESQL:
        _insert_sqlite(connection, table, columns, rows)
        return
    quote = dialect.identifier_preparer.quote
    convert = [(i, process) for i, name in enumerate(columns)
               if (process := table.c[name].type.bind_processor(dialect)) is not None]
    if convert:
        converted = []
        for row in rows:
            values = list(row)
            for i, process in convert:
                values[i] = process(values[i])
            converted.append(tuple(values))
        rows = converted
    _insert_arrays(connection, table, columns, rows)
    if "id" in columns:
        # Ids chosen here do not move the table's sequence; the next ORM insert would
        # take one of them. Never backwards: ids above the rows left were given already.
        sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
        if connection.exec_driver_sql(
                f"SELECT has_sequence_privilege({sequence}, 'UPDATE')").scalar() is False:
            # A person of a team vault may not set sequences (team/server_functions.py).
            connection.execute(text("SELECT cw_sequence_past_rows(:name)"),
                               {"name": table.name})
            return
        connection.exec_driver_sql(
            f"SELECT setval({sequence}, greatest((SELECT max(id) FROM {quote(table.name)}), "
            f"pg_sequence_last_value({sequence}::regclass)))")


#: a batch of at least this many rows binds the values its rows share once
_SHARED_VALUES_FROM = 8
#: rows per statement, within SQLite's 32,766 parameters a statement
_ROWS_PER_STATEMENT = 1000
_MAX_PARAMETERS = 32766
_NOT_SHARED = object()


def _insert_sqlite(connection: Connection, table: Table, columns: Sequence[str],
                   rows: list[tuple]) -> None:
    """SQLite: up to a thousand rows a statement, so that SQLite inserts them in one call
    that runs without the GIL: on the import's writer thread, an executemany would take the
    GIL back after every row, and wait for it. The values are converted column by column by
    the dialect's own types (dates and times as the ORM writes them), and a value every row
    of a batch has (an owner, a status, the time of the import, an empty field) is bound
    once for all of them (``INSERT ... SELECT column1, ?, ... FROM (VALUES ...)``): the
    driver's binding is most of an insert's cost, and a contact's row is half such values.
    Every value is bound, so it is stored exactly as an insert of one row stores it."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    convert = {i: process for i, name in enumerate(columns) if (
        process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))}
    shared: list[object] = []
    layout = [False] * len(columns)  # whether each column's value is shared
    if len(rows) >= _SHARED_VALUES_FROM or convert:
        values = list(zip(*rows, strict=True))
        varying = []
        for i, column in enumerate(values):
            value = _shared_value(column, convert.get(i))
            if value is not _NOT_SHARED:
                shared.append(value)
                layout[i] = True
                continue
            varying.append(i)
            if i in convert:
                values[i] = tuple(map(convert[i], column))
        if len(varying) < len(columns) or convert:
            rows = list(zip(*(values[i] for i in varying), strict=True)) if varying \
                else [()] * len(rows)
    head, row = _statement_parts(quote(table.name), ", ".join(quote(c) for c in columns),
                                 tuple(layout))
    width = len(columns) - len(shared)
    per = min(_ROWS_PER_STATEMENT, (_MAX_PARAMETERS - len(shared)) // max(1, width))
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        if width:
            parameters = (*shared, *chain.from_iterable(chunk))
        else:  # every value shared (each row is then given them all)
            parameters = tuple(shared) * len(chunk)
        connection.exec_driver_sql(f"{head}{', '.join([row] * len(chunk))}"
                                   f"{')' if shared and width else ''}", parameters)


@lru_cache(maxsize=64)
def _statement_parts(table: str, names: str, layout: tuple[bool, ...]) -> tuple[str, str]:
    """The statement before its rows, and one row's parameters. With shared values (some
    ``layout`` True, not all): ``INSERT INTO t (a, b, c) SELECT column1, ?, column2 FROM
    (VALUES (?, ?), ...)``, the shared values' parameters first in the text, so bound
    first; otherwise ``INSERT INTO t (a, b, c) VALUES (?, ?, ?), ...``."""
    varying = layout.count(False)
    if not any(layout) or not varying:
        return (f"INSERT INTO {table} ({names}) VALUES ",
                f"({', '.join('?' * len(layout))})")
    picked, number = [], 0
    for is_shared in layout:
        if is_shared:
            picked.append("?")
        else:
            number += 1
            picked.append(f"column{number}")
    return (f"INSERT INTO {table} ({names}) SELECT {', '.join(picked)} FROM (VALUES ",
            f"({', '.join('?' * varying)})")


def _shared_value(column: tuple, process: Callable[[object], object] | None) -> object:
    """The one value every row has in this column (converted by ``process``), or
    _NOT_SHARED when the rows differ or there are too few of them to share."""
    first = column[0]
    # Most columns that vary differ at their two ends: no need to compare every value.
    if len(column) < _SHARED_VALUES_FROM or column[-1] != first \
            or column.count(first) != len(column):
        return _NOT_SHARED
    if isinstance(first, int | float) and len(set(map(type, column))) != 1:
        return _NOT_SHARED  # equal but not alike: 1, 1.0 and True
    return process(first) if process is not None else first


def _insert_arrays(connection: Connection, table: Table, columns: Sequence[str],
                   rows: list[tuple]) -> None:
    """PostgreSQL: the rows in one statement, each column's values sent as one array and
    unnested on the server. An executemany is one statement per row there, and each one
    fires the table's statement triggers (a team vault's change notifications, which read
    the statement's transition table): a thousand times the work of one statement. Still
    an INSERT, so row-level security checks every row and the row triggers run."""
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    # Strings as text: an explicit cast to varchar(n) would cut a value too long for its
    # column, where the insert's own conversion refuses it, as a row-by-row insert does.
    arrays = ", ".join(
        "%s::" + ("text" if isinstance(table.c[name].type, String)
                  else table.c[name].type.compile(dialect=dialect)) + "[]"
        for name in columns)
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"SELECT * FROM unnest({arrays})",
        tuple(list(values) for values in zip(*rows, strict=True)))


class SearchIndexPause:
    """The search index's insert triggers, dropped for a bulk insert and put back by
    ``resume``. The new contacts are indexed a batch at a time as they are written
    (``index_new``, on the writer's indexing thread) or by ``resume``, which also re-indexes
    the contacts the caller says it changed meanwhile (their new emails, phones and tags were
    inserted without the triggers).

    Everything happens inside the caller's write transaction (SQLite DDL is transactional):
    after an error the caller rolls back, which restores the triggers untouched, and no other
    connection ever sees them missing. Dropping them once per import rather than per batch
    matters: each DDL statement makes SQLite reload the whole schema.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._indexed: list[int] = []  # [first, last] of the new contacts indexed already
        # PostgreSQL: the triggers stay and skip inserts for this transaction only
        # (pg_search.py); dropping them would need the table's owner and stop every other
        # desktop's edits from being indexed meanwhile.
        self._postgresql = connection.dialect.name == POSTGRESQL
        if self._postgresql:
            self._saved = []
            connection.exec_driver_sql(pg_search.PAUSE)
            return
        self._saved = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                 "(:a, :b, :c, :d)"), dict(zip("abcd", _INSERT_TRIGGERS, strict=True))).all()
        for name, _sql in self._saved:
            connection.exec_driver_sql(f"DROP TRIGGER {name}")

    def index_new(self, first: int, last: int) -> None:
        """Index the contacts ``first``..``last``, just inserted (with their emails, phones
        and tags): the range must follow the last one indexed. ``resume`` then indexes only
        what came after, and re-indexes those of them the caller changed since. Runs without
        the GIL for most of its time (SQLite's statement, or the server's), so a thread can
        do it while the caller reads the next rows."""
        if self._indexed and first != self._indexed[1] + 1:
            raise ValueError("new contacts are indexed in the order of their ids")
        self._index_range(first, last)
        self._indexed = [self._indexed[0] if self._indexed else first, last]

    def resume(self, new_ids: tuple[int, int] | None, changed_ids: Iterable[int] = ()) -> None:
        """``new_ids``: the first and last id of the contacts inserted meanwhile (None for
        none); ``changed_ids``: contacts whose rows changed meanwhile (an update trigger may
        have indexed some of them already: they are indexed again, once)."""
        if self._postgresql:
            self._connection.exec_driver_sql(pg_search.RESUME)
        for _name, sql in self._saved:
            self._connection.exec_driver_sql(sql)
        changed = sorted(set(changed_ids))
        if new_ids is not None:
            first, last = new_ids
            # Those indexed already (index_new) are indexed again only if they changed since.
            unindexed = self._indexed[1] + 1 if self._indexed else first
            if unindexed <= last:
                self._index_range(unindexed, last)
            changed = [cid for cid in changed if not unindexed <= cid <= last]
        self._index_ids(changed)

    def _index_range(self, first: int, last: int) -> None:
        connection = self._connection
        if self._postgresql:
            for start in range(first, last + 1, _PG_INDEX_CHUNK):  # bounded server memory
                chunk = {"first": start, "last": min(last, start + _PG_INDEX_CHUNK - 1)}
                for statement in pg_search.REINDEX_RANGE:
                    connection.execute(text(statement), chunk)
            return
        connection.execute(text("DELETE FROM contact_fts WHERE rowid BETWEEN :first AND "
                                ":last"), {"first": first, "last": last})
        for start in range(first, last + 1, _INDEX_CHUNK):  # bounded memory per statement
            connection.execute(text(_INDEX_RANGE), {
                "first": start, "last": min(last, start + _INDEX_CHUNK - 1)})

    def _index_ids(self, changed: list[int]) -> None:
        connection = self._connection
        if self._postgresql:
            for start in range(0, len(changed), _PG_INDEX_CHUNK):
                ids = {"ids": changed[start:start + _PG_INDEX_CHUNK]}
                for statement in pg_search.REINDEX_IDS:
                    connection.execute(text(statement), ids)
            return
        for start in range(0, len(changed), 500):
            ids = {"ids": changed[start:start + 500]}
            connection.execute(text("DELETE FROM contact_fts WHERE rowid IN :ids")
                               .bindparams(bindparam("ids", expanding=True)), ids)
            connection.execute(text(_INDEX_IDS).bindparams(bindparam("ids", expanding=True)),
                               ids)
