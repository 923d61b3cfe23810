"""Inserting many contacts at once without refreshing the search index once per row.

The FTS triggers (see fts.py) rebuild a contact's index row on every insert into contacts,
contact_emails, contact_phones and contact_tags: four rebuilds for a contact with one email,
one phone and one tag. An import of 100,000 contacts spends most of its time there. Inside
``search_index_paused`` those insert triggers are dropped; on leaving it they are re-created
from their own stored SQL and the new contacts are indexed in one statement. Everything
happens inside the caller's write transaction (SQLite DDL is transactional), so a rollback
brings the triggers back untouched and no other connection ever sees them missing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Table, text

from contactweb.store import fts

_INSERT_TRIGGERS = ("contacts_fts_ai", "emails_fts_ai", "phones_fts_ai", "tags_fts_ai")
# The trigger's own row query, for every contact in an id range instead of one.
_INDEX_RANGE = ("INSERT INTO contact_fts(rowid, names, company, emails, phones, notes, tags)"
                + fts._ROW_SELECT.format(cid="c.id") + " AND c.id BETWEEN :first AND :last")


def next_contact_id(connection: Connection) -> int:
    """The id SQLite would give the next contact. Stable for the whole of a write
    transaction (BEGIN IMMEDIATE), which is what lets a bulk insert choose ids itself."""
    return int(connection.execute(text("SELECT coalesce(max(id), 0) + 1 FROM contacts"))
               .scalar_one())


#: page cache for a bulk insert's connection (SQLCipher's default is 2 MB): with it small,
#: the index pages of a growing table are evicted, re-read and decrypted again and again
BULK_CACHE_MIB = 64


def enlarge_page_cache(connection: Connection, mib: int = BULK_CACHE_MIB) -> None:
    """For the rest of this connection's life (a session's connection: NullPool closes it
    at the end of the transaction)."""
    connection.exec_driver_sql(f"PRAGMA cache_size = -{int(mib) * 1024}")


def insert_rows(connection: Connection, table: Table, columns: Sequence[str],
                rows: list[tuple]) -> None:
    """One executemany straight to the driver (``rows`` hold values in ``columns`` order):
    for 100,000 rows SQLAlchemy's per-row parameter handling costs more than SQLite's
    insert. Values of columns whose type converts them (dates, booleans) go through that
    type's own bind processor, so they are stored exactly as an ORM insert stores them."""
    if not rows:
        return
    dialect = connection.dialect
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
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                 f"VALUES ({', '.join('?' for _ in columns)})")
    connection.exec_driver_sql(statement, rows)


@contextmanager
def search_index_paused(connection: Connection, first_id: int, last_id: int) -> Iterator[None]:
    """Insert contacts ``first_id``..``last_id`` (and their emails, phones and tags) inside
    the block; they are indexed for search when it ends. Only for contacts that are new in
    this block: rows of existing contacts are not re-indexed here."""
    saved = connection.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
             "(:a, :b, :c, :d)"), dict(zip("abcd", _INSERT_TRIGGERS, strict=True))).all()
    for name, _sql in saved:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    # Not in a ``finally``: after an error the caller rolls back, which restores the triggers.
    for _name, sql in saved:
        connection.exec_driver_sql(sql)
    connection.execute(text(_INDEX_RANGE), {"first": first_id, "last": last_id})
