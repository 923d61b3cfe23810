"""An import writes each batch of new contacts and indexes it for search on a thread of its
own while the next rows are read (NewContactBatch, SearchIndexPause.index_new), on SQLite
and on a team server, with Python's switch interval shortened meanwhile and put back after,
also after a failure. Over any
file, batch size and commit size, with rows that update contacts indexed batches before,
every contact's index row is what the index's triggers would write; a cancel leaves no index
row of the batch under way; an indexing failure reaches the caller and keeps nothing of the
import; and the connection is never used by two threads at once."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text
from sqlalchemy.engine import URL

from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import import_batch, import_run, importer
from contactweb.services.importing.import_in_batches import CANCELLED, import_in_batches
from contactweb.store.bulk_insert import SearchIndexPause
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.search_index import expected_rows_sql, index_rows_sql

HEADER = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Labels\n"
# A row: (person, extra email or None, phone or None, tag). Few people, so later rows fold
# into contacts an earlier batch made (and indexed) or into the contact there before.
ROW = st.tuples(st.integers(0, 11), st.one_of(st.none(), st.integers(0, 5)),
                st.one_of(st.none(), st.integers(0, 5)), st.sampled_from(["", "Gold", "gold"]))


def write_csv(path: Path, rows: list[tuple[int, int | None, int | None, str]]) -> Path:
    lines = [HEADER]
    for person, extra, phone, tag in rows:
        email = f"p{person}@example.com" + (f" ::: x{extra}@example.org" if extra is not None
                                             else "")
        number = f"+1 415 555 {phone:04d}" if phone is not None else ""
        lines.append(f"P{person},Sample,{email},{number},{tag}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def index_rows(ws: Workspace) -> dict[int, tuple]:
    with ws.session(readonly=True) as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(text(index_rows_sql(session)))}


def expected_rows(ws: Workspace) -> dict[int, tuple]:
    with ws.session(readonly=True) as session:
        return {row[0]: tuple(row[1:])
                for row in session.execute(text(expected_rows_sql(session)))}


def seed(ws: Workspace) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name="P3", last_name="Sample", emails=[EmailInput("p3@example.com")]))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, min_size=1, max_size=30), batch=st.integers(1, 6),
       lookup=st.integers(1, 9), per_commit=st.integers(1, 50))
def test_every_contact_is_indexed_as_the_triggers_would_index_it(
        tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
        new_vault_server: Callable[[], URL | None], rows: list, batch: int, lookup: int,
        per_commit: int) -> None:
    monkeypatch.setattr(import_batch, "BATCH_SIZE", batch)
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", lookup)
    folder = tmp_path_factory.mktemp("indexed")
    path = write_csv(folder / "people.csv", rows)
    ws = accounts.create_vault(folder / "vault", "admin", PASSWORD, server=new_vault_server())
    try:
        seed(ws)
        report = import_in_batches(ws, importer.stream_file(path), on_duplicate="update",
                                   rows_per_commit=per_commit)
        assert not report.stopped_because
        assert index_rows(ws) == expected_rows(ws)
        # an address a later row added to a contact is found by search
        for extra in {extra for _person, extra, _phone, _tag in rows if extra is not None}:
            assert list_contacts(ws, ContactQuery(search=f"x{extra}@example.org"), limit=None)
    finally:
        ws.lock()


def test_cancel_leaves_no_index_row_of_the_batch_under_way(
        admin_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_batch, "BATCH_SIZE", 7)
    path = write_csv(tmp_path / "people.csv", [(i, None, i % 6, "Gold") for i in range(300)])
    cancel = threading.Event()
    report = import_in_batches(admin_ws, importer.stream_file(path), cancel=cancel,
                               progress=lambda done, _total: done >= 130 and cancel.set(),
                               rows_per_commit=50)
    kept = report.records  # whole commits of 50, cancelled where progress is next told
    assert report.stopped_because == CANCELLED and kept % 50 == 0 and 0 < kept < 300
    assert index_rows(admin_ws) == expected_rows(admin_ws)
    assert len(index_rows(admin_ws)) == kept
    assert list_contacts(admin_ws, ContactQuery(search=f"P{kept - 1}"), limit=None)
    assert not list_contacts(admin_ws, ContactQuery(search=f"P{kept}"), limit=None)


def test_an_indexing_failure_reaches_the_caller_and_keeps_nothing(
        admin_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_batch, "BATCH_SIZE", 10)
    real_index_new = SearchIndexPause.index_new
    calls: list[str] = []

    def failing_second_time(self: SearchIndexPause, first: int, last: int) -> None:
        calls.append(threading.current_thread().name)
        if len(calls) == 2:
            raise OSError("disk full while indexing")
        real_index_new(self, first, last)

    monkeypatch.setattr(SearchIndexPause, "index_new", failing_second_time)
    before = seed(admin_ws)
    path = write_csv(tmp_path / "people.csv", [(i + 20, None, None, "Gold") for i in range(45)])
    interval = sys.getswitchinterval()
    with pytest.raises(OSError, match="disk full"):
        importer.import_records(admin_ws, importer.stream_file(path))
    assert sys.getswitchinterval() == interval
    assert calls[:2] and all(name.startswith("contactweb-write") for name in calls)
    with admin_ws.session(readonly=True) as session:
        assert list(session.execute(text("SELECT id FROM contacts")).scalars()) == [before]
        if session.get_bind().dialect.name == "sqlite":
            triggers = set(session.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            assert {"contacts_fts_ai", "emails_fts_ai", "phones_fts_ai", "tags_fts_ai"} <= triggers
    assert index_rows(admin_ws) == expected_rows(admin_ws)
    later = contacts.create_contact(admin_ws, ContactInput(first_name="Later", tags=["Zed"]))
    assert [r.id for r in list_contacts(admin_ws, ContactQuery(search="Zed"))] == [later]


def test_the_connection_is_never_used_by_two_threads_at_once(
        admin_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_batch, "BATCH_SIZE", 25)
    monkeypatch.setattr(import_run, "LOOKUP_BATCH", 40)
    seed(admin_ws)
    rows = [(i % 170, i % 4 if i % 9 == 0 else None, i % 6, "Gold") for i in range(400)]
    path = write_csv(tmp_path / "people.csv", rows)
    guard = threading.Lock()
    busy: list[int] = []
    overlaps: list[tuple[int, int]] = []
    threads: set[str] = set()
    engine = admin_ws.engine

    def started(*_args: object) -> None:
        with guard:
            if busy:
                overlaps.append((busy[0], threading.get_ident()))
            busy.append(threading.get_ident())
            threads.add(threading.current_thread().name)

    def ended(*_args: object) -> None:
        with guard:
            busy.remove(threading.get_ident())

    event.listen(engine, "before_cursor_execute", started)
    event.listen(engine, "after_cursor_execute", ended)
    try:
        report = import_in_batches(admin_ws, importer.stream_file(path), on_duplicate="update",
                                   rows_per_commit=120)
    finally:
        event.remove(engine, "before_cursor_execute", started)
        event.remove(engine, "after_cursor_execute", ended)
    assert report.created and not overlaps
    assert any(name.startswith("contactweb-write") for name in threads)
    assert index_rows(admin_ws) == expected_rows(admin_ws)


_BATCH_TABLES = ("contacts", "contact_emails", "contact_phones", "contact_tags")


def test_the_batches_are_written_on_the_writer_thread_with_quick_handovers(
        admin_ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new contacts' rows are inserted by the writer thread, a statement per table and
    batch, while the switch interval is short; afterwards it is what it was."""
    monkeypatch.setattr(import_batch, "BATCH_SIZE", 30)
    path = write_csv(tmp_path / "people.csv",
                     [(i, None, i, "Gold") for i in range(12)]
                     + [(i + 100, None, None, "") for i in range(80)])
    interval = sys.getswitchinterval()
    inserts: list[tuple[str, str, float]] = []  # table, thread, switch interval

    def started(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        table = statement.removeprefix("INSERT INTO ").split(" ", 1)[0].strip('"')
        if statement.startswith("INSERT INTO ") and table in _BATCH_TABLES:
            inserts.append((table, threading.current_thread().name,
                            sys.getswitchinterval()))

    event.listen(admin_ws.engine, "before_cursor_execute", started)
    try:
        report = importer.import_records(admin_ws, importer.stream_file(path))
    finally:
        event.remove(admin_ws.engine, "before_cursor_execute", started)
    assert len(report.created) == 92
    assert {table for table, _thread, _interval in inserts} == set(_BATCH_TABLES)
    assert all(thread.startswith("contactweb-write") for _table, thread, _i in inserts)
    assert [table for table, _t, _i in inserts].count("contacts") == 4  # 30, 30, 30, 2
    assert max(i for _table, _thread, i in inserts) <= import_batch._WRITING_SWITCH_INTERVAL
    assert sys.getswitchinterval() == interval
    assert index_rows(admin_ws) == expected_rows(admin_ws)
