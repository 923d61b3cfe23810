"""ids never reused

Revision ID: 0010
Revises: 0009

Without AUTOINCREMENT SQLite gives a new row max(id) + 1, so erasing, purging or merging away
the newest contact handed its id to the next contact, while the audit log, the undo journal,
merge records and erasure receipts still named the old one by it. These tables are rebuilt
with AUTOINCREMENT (SQLite cannot add it to a table in place), and each one's sqlite_sequence
starts at the highest id it ever gave, as far as the vault still tells: its rows, and every id
the audit log and the merge records mention.

- contacts: the audit log, Changes, the undo journal, merge records, erasure fingerprints;
- communications, attachments: the audit log names them, and an undone deletion's redo
  deletes one by id;
- reminders, outbox_messages: the audit log names them; purges and retention delete them;
- merge_records: the audit log and the undo journal (undo a merge) name them; a purge
  deletes them;
- erasure_records: receipts and "previously erased" consent entries name them.

Tables whose rows are never deleted (users, mailings, sales, the audit log itself) cannot
hand an id out twice. PostgreSQL's sequences never go back: nothing to do there.

The rebuild follows SQLite's own twelve steps: store/migrate.py runs every migration with
foreign keys off, set outside the transaction (inside one SQLite ignores the pragma), so that
dropping the old table deletes no child row through ON DELETE CASCADE; it checks the foreign
keys before committing. Every trigger and view of the database (the search index's triggers
among them) is dropped before and created again after, from its own stored SQL: renaming a
table re-reads every trigger, and those on the e-mail and phone tables name "contacts". Each
table's indexes are created again from their stored SQL, and the new table must declare the
same columns, defaults and foreign keys as the old one and hold the same rows.

Downgrading leaves the tables as they are: AUTOINCREMENT changes no column, and nothing
before 0010 depends on ids being reused. Upgrading again only raises the sequences.
"""

from __future__ import annotations

import re

from alembic import op
from sqlalchemy import Connection

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# table -> (audit object_type naming its ids, audit details keys naming its ids)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "contacts": ("contact", ("merged", "restored")),
    "communications": ("", ("communication",)),
    "attachments": ("", ("attachment",)),
    "reminders": ("reminder", ("reminder",)),
    "merge_records": ("", ("merge",)),
    "erasure_records": ("erasure", ("erasure",)),
    "outbox_messages": ("outbox", ()),
}
_PREFIX = "_rebuild_"
_ID_COLUMN = re.compile(r"([(,]\s*\"?id\"?\s+INTEGER\s+NOT\s+NULL)(\s*,)", re.IGNORECASE)
_PRIMARY_KEY = re.compile(
    r",\s*(CONSTRAINT\s+(\"?\w+\"?)\s+)?PRIMARY\s+KEY\s*\(\s*\"?id\"?\s*\)", re.IGNORECASE)


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    if connection.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("Migration 0010 rebuilds tables and must run with foreign keys "
                           "off (store/migrate.py); with them on, dropping the old contacts "
                           "table would delete every row that hangs off it.")
    highest = {table: highest_id_ever(connection, table) for table in TABLES}
    pending = [table for table in TABLES if not _has_autoincrement(connection, table)]
    if pending:
        schema = connection.exec_driver_sql(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') "
            "AND sql IS NOT NULL ORDER BY rowid").all()
        for kind, name, _sql in schema:
            connection.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
        for table in pending:
            _rebuild(connection, table)
        for _kind, _name, sql in schema:
            connection.exec_driver_sql(sql)
    for table, seq in highest.items():
        _raise_sequence(connection, table, seq)


def downgrade() -> None:
    pass  # see the module doc


def highest_id_ever(connection: Connection, table: str) -> int:
    """The highest id ``table`` gave that the vault still knows of: its rows, its sequence,
    and the ids the audit log and the merge records name after the rows are gone."""
    object_type, keys = TABLES[table]
    queries = [f"SELECT max(id) FROM {table}"]
    if _exists(connection, "sqlite_sequence"):
        queries.append(f"SELECT max(seq) FROM sqlite_sequence WHERE name = '{table}'")
    if object_type:
        queries.append(  # digits only: some events name several ids, or none
            "SELECT max(CAST(object_id AS INTEGER)) FROM audit_events WHERE object_type = "
            f"'{object_type}' AND object_id <> '' AND object_id NOT GLOB '*[^0-9]*'")
    queries += [
        f"SELECT max(CAST(json_extract(details, '$.{key}') AS INTEGER)) FROM audit_events "
        f"WHERE details LIKE '%\"{key}\"%' AND json_valid(details)"
        for key in keys]
    if table == "contacts":
        queries.append("SELECT max(max(kept_contact_id), max(merged_contact_id)) "
                       "FROM merge_records")
    found = [connection.exec_driver_sql(query).scalar() for query in queries]
    return max([int(value) for value in found if value is not None] + [0])


def _exists(connection: Connection, name: str) -> bool:
    return connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = ?", (name,)).scalar() > 0


def _table_sql(connection: Connection, table: str) -> str:
    return connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()


def _has_autoincrement(connection: Connection, table: str) -> bool:
    return "AUTOINCREMENT" in _table_sql(connection, table).upper()


def autoincrement_sql(create_sql: str, table: str, new_name: str) -> str:
    """The table's own CREATE TABLE, renamed, with the primary key moved onto the id column
    as ``PRIMARY KEY AUTOINCREMENT`` (SQLite accepts the keyword only there)."""
    key = _PRIMARY_KEY.findall(create_sql)
    column = _ID_COLUMN.findall(create_sql)
    if len(key) != 1 or len(column) != 1:
        raise RuntimeError(f"Migration 0010 does not recognise the table {table}'s "
                           "primary key; the vault is left as it was.")
    name = key[0][1]
    sql = _PRIMARY_KEY.sub("", create_sql, count=1)
    sql = _ID_COLUMN.sub(
        lambda m: f"{m.group(1)}{f' CONSTRAINT {name}' if name else ''} PRIMARY KEY "
                  f"AUTOINCREMENT{m.group(2)}", sql, count=1)
    renamed, found = re.subn(rf"^\s*CREATE\s+TABLE\s+\"?{table}\"?", f'CREATE TABLE "{new_name}"',
                             sql, count=1, flags=re.IGNORECASE)
    if found != 1:
        raise RuntimeError(f"Migration 0010 does not recognise the table {table}'s "
                           "definition; the vault is left as it was.")
    return renamed


def _shape(connection: Connection, table: str) -> tuple[list, list]:
    columns = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').all()
    keys = connection.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').all()
    return [tuple(c) for c in columns], sorted(tuple(k)[2:] for k in keys)


def _rebuild(connection: Connection, table: str) -> None:
    new_name = _PREFIX + table
    indexes = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY rowid", (table,)).scalars().all()
    before = _shape(connection, table)
    rows = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
    connection.exec_driver_sql(autoincrement_sql(_table_sql(connection, table), table,
                                                 new_name))
    if _shape(connection, new_name) != before:
        raise RuntimeError(f"Migration 0010 would change the table {table}'s columns or "
                           "foreign keys; the vault is left as it was.")
    columns = ", ".join(f'"{c[1]}"' for c in before[0])
    connection.exec_driver_sql(
        f'INSERT INTO "{new_name}" ({columns}) SELECT {columns} FROM {table} ORDER BY id')
    connection.exec_driver_sql(f"DROP TABLE {table}")  # foreign keys are off: no cascade
    connection.exec_driver_sql(f'ALTER TABLE "{new_name}" RENAME TO {table}')
    for sql in indexes:
        connection.exec_driver_sql(sql)
    if connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() != rows:
        raise RuntimeError(f"Migration 0010 lost rows of {table}; the vault is left as it was.")


def _raise_sequence(connection: Connection, table: str, seq: int) -> None:
    """sqlite_sequence is an ordinary table to write to; a table's row exists only after its
    first insert, so an empty table gets one here."""
    updated = connection.exec_driver_sql(
        "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, table)).rowcount
    if not updated and seq > 0:
        connection.exec_driver_sql("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)",
                                   (table, seq))
