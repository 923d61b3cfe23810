"""Migration 0010 on a populated vault written at 0009: every row, index, trigger and search
result kept, no cascade fired, foreign keys on again after it; the sequences start past
every id the vault still names (rows, the audit log, merge records), so the next contact
takes an id nothing has named yet, and the search index's triggers still index it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, text

from contactweb.store.engine import make_engine
from contactweb.store.migrate import alembic_config, current_revision, upgrade_to_head
from tests.fixtures.make_schema_0001_vault import FIXTURE_KEY, add_contact, insert, populate

REBUILT = ("contacts", "communications", "attachments", "reminders", "merge_records",
           "erasure_records", "outbox_messages")
SEARCHES = ("ann", "müller", "acme", "vip", "4155550100", "mornings", "sally", "dora")


def _event(conn: Connection, action: str, object_type: str, object_id: str,
           details: str = "{}") -> None:
    insert(conn, "audit_events", at="2024-03-02 09:00:00.000000", username="admin",
           action=action, object_type=object_type, object_id=object_id, details=details,
           prev_hash="0" * 64, hash="1" * 64)


def _populate_at_0009(conn: Connection) -> None:
    """What a vault at 0009 went through after the fixture's people: the newest contact
    erased (its rows cascading away), a merge, a communication and a reminder deleted."""
    dora = add_contact(conn, 1, "Dora", "Newest", "Zeta", "dora@example.com",
                       ("+14155550177", "4155550177"), ("vip",))
    insert(conn, "communications", contact_id=dora, kind="call", direction="out",
           occurred_at="2024-03-01 09:00:00.000000", duration_minutes=1, subject="Hello",
           body="", user_id=1, created_at="2024-03-01 09:00:00.000000")
    conn.exec_driver_sql(f"DELETE FROM contacts WHERE id = {dora}")  # as 0009 erased: cascade
    _event(conn, "contact.erase", "contact", str(dora), '{"erasure": 2}')
    insert(conn, "erasure_records", erased_at="2024-03-02 09:00:00.000000", erased_by="admin",
           name_hash="a" * 64, identifier_hashes="[]", removed_counts="{}")
    # Ann merged with contact 7 (gone since) under merge 3; the audit log names 8 as restored.
    insert(conn, "merge_records", kept_contact_id=1, merged_contact_id=7, snapshot="{}",
           merged_by="admin", merged_at="2024-03-02 09:00:00.000000", undone=0)
    _event(conn, "contact.merge", "contact", "1", '{"merge": 3, "merged": 7}')
    _event(conn, "contact.unmerge", "contact", "1", '{"merge": 3, "restored": 8}')
    _event(conn, "communication.delete", "contact", "1", '{"communication": 9, "kind": "call"}')
    _event(conn, "reminder.done", "reminder", "6")
    _event(conn, "mailing.run", "mailing", "1,2,3")  # several ids: not a contact's


def _vault_at_0009(folder: Path) -> Engine:
    folder.mkdir()
    engine = make_engine(folder / "contactweb.db", FIXTURE_KEY)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        populate(conn)  # Ann 1, Björn 2, Sally 3; communications 1-3; reminder 1
        command.upgrade(config, "0009")
        _populate_at_0009(conn)
    return engine


def _everything(conn: Connection) -> dict[str, object]:
    tables = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'contact_fts_%' ORDER BY name").scalars().all()
    found: dict[str, object] = {
        name: [dict(row._mapping) for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"')]
        for name in tables}
    found["indexes"] = sorted(map(tuple, conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'").all()),
        key=repr)
    found["triggers"] = sorted(map(tuple, conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").all()))
    found["searches"] = {query: _search(conn, query) for query in SEARCHES}
    return found


def _search(conn: Connection, query: str) -> list[int]:
    return conn.execute(text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q "
                             "ORDER BY rowid"), {"q": f'"{query}"*'}).scalars().all()


# What migration 0017 changes on purpose: the index of contact_emails by contact holds the
# address too (under a new name), and the search index's update trigger is not run for an
# update that changes a contact's email consent copy alone. Put back as they were before,
# so that everything 0010 had to keep is still compared.
_REPLACED_BY_0017 = {"ix_contact_emails_contact_address": "ix_contact_emails_contact_id"}
_0017_SEARCH_WHEN = re.compile(r"AFTER UPDATE ON contacts WHEN OLD\.email_consent IS "
                               r"NEW\.email_consent( OR OLD\.\w+ IS NOT NEW\.\w+)+ BEGIN")


def _before_0017(key: str, entries: list[tuple], before: list[tuple]) -> list[tuple]:
    if key == "indexes":
        old = {entry[0]: entry for entry in before}
        entries = [old[_REPLACED_BY_0017[e[0]]] if e[0] in _REPLACED_BY_0017 else e
                   for e in entries]
    else:
        entries = [(name, table, _0017_SEARCH_WHEN.sub("AFTER UPDATE ON contacts BEGIN", sql))
                   for name, table, sql in entries]
    return sorted(entries, key=repr) if key == "indexes" else sorted(entries)


def _as_before(found: dict[str, object], before: dict[str, object]) -> dict[str, object]:
    """``found`` in the shape of ``before``: the tables' rows cut to the columns they had
    then and the indexes and triggers to those there were (later migrations add columns and
    indexes of their own; 0017's changes put back), sorted, the revision row left out."""
    shaped: dict[str, object] = {}
    for key, value in before.items():
        if key == "alembic_version":
            continue
        if key in ("indexes", "triggers"):
            names = {entry[0] for entry in value}  # type: ignore[attr-defined]
            shaped[key] = [entry for entry in _before_0017(
                key, found[key], value)  # type: ignore[arg-type]
                           if entry[0] in names]
            continue
        if isinstance(value, list) and (not value or isinstance(value[0], dict)):
            columns = set(value[0]) if value else set()
            shaped[key] = sorted((tuple((c, row[c]) for c in sorted(columns))
                                  for row in found[key]), key=repr)  # type: ignore[union-attr]
        else:
            shaped[key] = found[key]
    return shaped


@pytest.fixture
def old_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = _vault_at_0009(tmp_path / "vault")
    yield engine
    engine.dispose()


def test_the_rebuild_keeps_every_row_index_trigger_and_search(old_engine: Engine) -> None:
    with old_engine.connect() as conn:
        before = _everything(conn)
    assert before["searches"]["ann"] == [1] and before["searches"]["dora"] == []
    assert len(before["triggers"]) == 11 and before["communications"]
    assert upgrade_to_head(old_engine) is True
    assert current_revision(old_engine) != "0009"
    with old_engine.connect() as conn:
        after = _everything(conn)
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        for table in REBUILT:
            sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?",
                                       (table,)).scalar()
            assert "PRIMARY KEY AUTOINCREMENT" in sql, table
    # The revision row moves on; everything else is as it was.
    assert _as_before(after, before) == _as_before(before, before)


def test_the_sequences_start_past_every_id_the_vault_names(old_engine: Engine) -> None:
    upgrade_to_head(old_engine)
    with old_engine.connect() as conn:
        seqs = dict(conn.exec_driver_sql("SELECT name, seq FROM sqlite_sequence").all())
    # contacts: merged 7 and restored 8 in the audit log, 7 in a merge record, 4 erased;
    # communications: 9 named by a deletion; reminders: 6; merge records: 3 named.
    assert {t: seqs.get(t, 0) for t in REBUILT} == {
        "contacts": 8, "communications": 9, "attachments": 0, "reminders": 6,
        "merge_records": 3, "erasure_records": 2, "outbox_messages": 0}
    with old_engine.begin() as conn:  # the triggers the rebuild put back index new rows
        new = add_contact(conn, 1, "Eve", "Later", "Omega", "eve@example.com",
                          ("+14155550188", "4155550188"), ("vip",))
        assert new == 9
        assert _search(conn, "eve") == [9] and _search(conn, "omega") == [9]
        assert 9 in _search(conn, "vip")
        conn.exec_driver_sql("DELETE FROM contacts WHERE id = 9")
        assert _search(conn, "eve") == []
        # Foreign keys are on again: deleting Ann takes her communications with her.
        conn.exec_driver_sql("DELETE FROM contacts WHERE id = 1")
        assert conn.exec_driver_sql(
            "SELECT count(*) FROM communications WHERE contact_id = 1").scalar() == 0


def test_running_it_again_only_raises_the_sequences(old_engine: Engine) -> None:
    upgrade_to_head(old_engine)
    config = alembic_config()
    with old_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    with old_engine.connect() as conn:
        before = _everything(conn)
    upgrade_to_head(old_engine)
    with old_engine.connect() as conn:
        after = _everything(conn)
    assert _as_before(after, before) == _as_before(before, before)


def test_the_rebuild_refuses_to_run_with_foreign_keys_on(old_engine: Engine) -> None:
    """Outside store/migrate.py foreign keys are on; dropping the old contacts table then
    would delete every child row through ON DELETE CASCADE."""
    config = alembic_config()
    with pytest.raises(RuntimeError, match="foreign keys"), old_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert current_revision(old_engine) == "0009"
    with old_engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM communications").scalar() == 3
