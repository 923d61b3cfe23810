"""The GUI's import, committed a batch at a time: the same stored rows and report as the
command line's single transaction; Cancel or a bad row that is not skipped stops at the last
commit (whole batches kept, the batch under way gone); a bad row in the first batch is
refused with nothing written. On both backends."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import URL

from contactweb.services.accounts import session as accounts
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.importing import importer
from contactweb.services.importing.import_in_batches import (
    BAD_ROW,
    CANCELLED,
    import_in_batches,
)
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

HEADER = "First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Labels\n"


def people_csv(path: Path, rows: int, bad_at: int | None = None) -> Path:
    """``rows`` people, every 50th a repeat of an earlier one (a duplicate inside the file),
    and at ``bad_at`` (0-based) a tag too long for the vault."""
    lines = [HEADER]
    for i in range(rows):
        n = i - 7 if i % 50 == 49 else i
        tag = "x" * 101 if i == bad_at else "Customers"
        lines.append(f"P{n},Sample,p{n}@example.com,+1 415 {2000000 + n:07d},{tag}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def stored(ws: Workspace) -> dict[str, list[tuple]]:
    """What the import stored (not the clocks or made-up uids), and what a search finds."""
    queries = {
        "contacts": "SELECT id, first_name, last_name, sort_name, primary_email, primary_phone,"
                    " owner_id, visibility, status, source FROM contacts",
        "emails": "SELECT contact_id, label, address, position FROM contact_emails",
        "phones": "SELECT contact_id, number, national_digits, position FROM contact_phones",
        "tags": "SELECT contact_id, name FROM contact_tags JOIN tags ON tags.id = tag_id",
    }
    with ws.session(readonly=True) as session:
        dump = {name: sorted(tuple(row) for row in session.execute(text(sql)))
                for name, sql in queries.items()}
    dump["found"] = [[row.id for row in list_contacts(ws, ContactQuery(search=term), limit=None)]
                     for term in ("P1234", "p77@example.com", "Customers", "4152000333")]
    return dump


@pytest.fixture
def other_ws(tmp_path: Path, new_vault_server: Callable[[], URL | None]) -> Workspace:
    ws = accounts.create_vault(tmp_path / "other", "admin", PASSWORD, server=new_vault_server())
    yield ws
    ws.lock()


def seed(ws: Workspace) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name="P3", last_name="Sample", emails=[EmailInput("p3@example.com")],
        tags=["Customers"]))


def test_batches_store_and_report_what_one_transaction_does(
        admin_ws: Workspace, other_ws: Workspace, tmp_path: Path) -> None:
    path = people_csv(tmp_path / "people.csv", 1_300)
    for ws in (admin_ws, other_ws):
        seed(ws)
    whole = importer.import_records(other_ws, importer.stream_file(path), "update")
    progress: list[tuple[int, int]] = []
    batched = import_in_batches(admin_ws, importer.stream_file(path), "update",
                                progress=lambda *p: progress.append(p), rows_per_commit=300)
    assert stored(admin_ws) == stored(other_ws)
    assert not batched.stopped_because and batched.records == whole.records == 1_300
    assert (batched.created, batched.updated) == (whole.created, whole.updated)
    assert batched.skipped_duplicates == whole.skipped_duplicates
    assert batched.repeated_in_file == whole.repeated_in_file != {}
    assert progress[-1] == (1_300, 1_300)
    with admin_ws.session(readonly=True) as session:
        events = session.execute(text("SELECT details FROM audit_events WHERE action = "
                                      "'import' ORDER BY id")).scalars().all()
    assert len(events) == 5  # one per committed batch: 300, 300, 300, 300, 100 entries


@pytest.mark.parametrize(("cancel_from", "kept"), [(1, 0), (450, 500), (750, 750)])
def test_cancel_keeps_whole_batches_and_nothing_of_the_batch_under_way(
        admin_ws: Workspace, tmp_path: Path, cancel_from: int, kept: int) -> None:
    """Progress comes every 200 entries (1, 201, 401...): Cancel pressed when it shows
    ``cancel_from`` is seen at the next entry, after the commits before it."""
    path = people_csv(tmp_path / "people.csv", 1_000)
    cancel = threading.Event()

    def press_cancel(done: int, _total: int) -> None:
        if done >= cancel_from:
            cancel.set()

    report = import_in_batches(admin_ws, importer.stream_file(path), progress=press_cancel,
                               cancel=cancel, rows_per_commit=250)
    assert (report.stopped_because, report.records) == (CANCELLED, kept)
    assert report.stopped_at == f"csv:people.csv:row {kept + 2}"
    made = kept - kept // 50  # every 50th entry repeats an earlier one
    assert len(stored(admin_ws)["contacts"]) == len(report.created) == made
    assert len(report.skipped_duplicates) == kept // 50


def test_a_bad_row_not_skipped_stops_at_the_last_commit(admin_ws: Workspace,
                                                         tmp_path: Path) -> None:
    path = people_csv(tmp_path / "people.csv", 1_000, bad_at=700)
    report = import_in_batches(admin_ws, importer.stream_file(path), rows_per_commit=300)
    assert report.stopped_because == BAD_ROW and report.records == 600
    assert report.stopped_at == "csv:people.csv:row 602"
    assert [p.location for p in report.bad_rows] == ["csv:people.csv:row 702"]
    assert len(stored(admin_ws)["contacts"]) == len(report.created) == 600 - 600 // 50
    skipped = import_in_batches(admin_ws, importer.stream_file(path), skip_bad_rows=True,
                                rows_per_commit=300)
    assert not skipped.stopped_because and skipped.records == 1_000


def test_a_bad_row_in_the_first_batch_is_refused_with_nothing_written(
        admin_ws: Workspace, tmp_path: Path) -> None:
    path = people_csv(tmp_path / "people.csv", 1_000, bad_at=120)
    before = stored(admin_ws)
    with pytest.raises(importer.ImportFailed, match="Nothing was imported"):
        import_in_batches(admin_ws, importer.stream_file(path), rows_per_commit=300)
    assert stored(admin_ws) == before


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.integers(1, 140), per_commit=st.integers(1, 60))
def test_any_batch_size_stores_what_one_transaction_stores(
        tmp_path_factory: pytest.TempPathFactory, rows: int, per_commit: int) -> None:
    folder = tmp_path_factory.mktemp("batches")
    path = people_csv(folder / "people.csv", rows)
    dumps = []
    for name, run in (("one", lambda ws, p: importer.import_records(ws, p)),
                      ("batched", lambda ws, p: import_in_batches(
                          ws, p, rows_per_commit=per_commit))):
        ws = accounts.create_vault(folder / name, "admin", PASSWORD)
        try:
            seed(ws)
            run(ws, importer.stream_file(path))
            dumps.append(stored(ws))
        finally:
            ws.lock()
    assert dumps[0] == dumps[1]


def test_after_a_cancel_the_same_file_imported_again_completes_it(
        admin_ws: Workspace, other_ws: Workspace, tmp_path: Path) -> None:
    """What the report tells the person to do after Cancel: import the file again. The
    entries already imported are found as duplicates and skipped, and the vault ends as one
    whole import leaves it."""
    path = people_csv(tmp_path / "people.csv", 1_000)
    cancel = threading.Event()
    first = import_in_batches(admin_ws, importer.stream_file(path), cancel=cancel,
                              progress=lambda done, _t: done >= 450 and cancel.set(),
                              rows_per_commit=250)
    assert first.stopped_because == CANCELLED and first.records == 500
    again = import_in_batches(admin_ws, importer.stream_file(path), rows_per_commit=250)
    assert not again.stopped_because and again.records == 1_000
    assert len(again.created) == (1_000 - 1_000 // 50) - len(first.created)
    importer.import_records(other_ws, importer.stream_file(path))
    assert stored(admin_ws) == stored(other_ws)
