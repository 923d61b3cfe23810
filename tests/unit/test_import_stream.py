"""A CSV imported as a stream (read as it is written, as the command line does) stores exactly
what the whole-file import stores and reports the same, and never holds all its records at
once: memory stays flat however long the file is."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from contactweb.formats.interchange import ContactRecord, ParseStream
from contactweb.services.accounts import session as accounts
from contactweb.services.importing import importer
from contactweb.services.importing.import_batch import BATCH_SIZE
from contactweb.vault.workspace import Workspace

HEADER = ("First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,"
          "Phone 1 - Label,Phone 1 - Value,Labels,Hobby\r\n")


def csv_file(rows: int) -> bytes:
    """Good rows, a repeat of an earlier row, a row too wide to read, a UTF-8 file's name
    with a byte that is no text, and a column no field takes (reported once the rows are read)."""
    lines = [HEADER]
    for i in range(rows):
        lines.append(f"Ann{i},Lée,Firm {i % 7},Work,ann{i}@example.com,Mobile,"
                     f"+1 415 {2000000 + i:07d},* myContacts ::: Customers,chess\r\n")
    lines.append("Ann3,Lée,Firm 3,Work,ann3@example.com,Mobile,+1 415 2000003,,\r\n")
    lines.append("Wide,Row" + ",x" * 1200 + "\r\n")
    data = "".join(lines).encode("utf-8")
    return data + "Bj\xf6rn,Borg,,,,Mobile,+46 8 123 456 78,,\r\n".encode("latin-1")


def stored(ws: Workspace) -> dict[str, list[tuple]]:
    """Every stored value a person gave, and the search index (not the clocks or made-up
    uids, which differ between any two imports)."""
    queries = {
        "contacts": "SELECT id, first_name, last_name, sort_name, company, notes, primary_email,"
                    " primary_phone, city, owner_id, visibility, status, source FROM contacts",
        "emails": "SELECT contact_id, label, address, position FROM contact_emails",
        "phones": "SELECT contact_id, label, number, national_digits, position "
                  "FROM contact_phones",
        "tags": "SELECT contact_id, name FROM contact_tags JOIN tags ON tags.id = tag_id",
        "index": "SELECT rowid, names, company, emails, phones, notes, tags FROM contact_fts",
    }
    with ws.session(readonly=True) as session:
        return {name: sorted(tuple(row) for row in session.execute(text(sql)))
                for name, sql in queries.items()}


def test_a_streamed_import_stores_and_reports_what_a_whole_file_import_does(
        tmp_path: Path) -> None:
    source = tmp_path / "google.csv"
    source.write_bytes(csv_file(2_300))
    results = []
    for name, read in (("whole", importer.parse_file), ("stream", importer.stream_file)):
        ws = accounts.create_vault(tmp_path / name, "admin", "Stream-pass-42!")
        try:
            parsed = read(source)
            assert isinstance(parsed, ParseStream) == (name == "stream")
            report = importer.import_records(ws, parsed, skip_bad_rows=True)
            results.append((stored(ws), report))
        finally:
            ws.lock()
    (whole, whole_report), (streamed, stream_report) = results
    assert len(whole["contacts"]) == 2_301  # the good rows and Björn; the repeat is skipped
    assert streamed == whole
    assert stream_report.records == whole_report.records == 2_302
    assert stream_report.created == whole_report.created
    assert stream_report.skipped_duplicates == whole_report.skipped_duplicates != []
    assert stream_report.bad_rows == whole_report.bad_rows != []
    assert sorted(map(repr, stream_report.problems)) == \
        sorted(map(repr, whole_report.problems))
    reasons = " ".join(p.reason for p in whole_report.problems)
    assert "could not be decoded" in reasons and "Hobby" in reasons


def test_a_streamed_import_holds_at_most_about_one_batch_of_records(tmp_path: Path) -> None:
    source = tmp_path / "google.csv"
    source.write_bytes(csv_file(5_000))
    ws = accounts.create_vault(tmp_path / "vault", "admin", "Stream-pass-42!")
    stream = importer.stream_file(source)
    assert isinstance(stream, ParseStream)
    taken: list[weakref.ref[ContactRecord]] = []
    most_alive = 0

    def watched(records: Iterator[ContactRecord]) -> Iterator[ContactRecord]:
        nonlocal most_alive
        for record in records:
            taken.append(weakref.ref(record))
            if len(taken) % 250 == 0:
                gc.collect()
                most_alive = max(most_alive, sum(ref() is not None for ref in taken))
            yield record

    stream.records = watched(stream.records)
    progress: list[tuple[int, int]] = []
    try:
        report = importer.import_records(ws, stream, skip_bad_rows=True,
                                         progress=lambda *p: progress.append(p))
    finally:
        ws.lock()
    assert len(report.created) == 5_001 and len(taken) == 5_002
    # The whole-file reader would hold all 5,002 here; a stream only what is being worked on.
    assert 0 < most_alive <= BATCH_SIZE // 10
    assert progress[-1] == (5_002, 5_002)
    assert all(total >= 5_000 for _, total in progress)  # about the file's lines throughout


def test_cancel_or_ctrl_c_in_the_middle_of_a_stream_leaves_the_vault_as_before(
        tmp_path: Path) -> None:
    source = tmp_path / "google.csv"
    source.write_bytes(csv_file(3_500))
    ws = accounts.create_vault(tmp_path / "vault", "admin", "Stream-pass-42!")
    try:
        before = stored(ws)
        cancel = threading.Event()

        def cancel_late(done: int, _total: int) -> None:
            if done >= 2_500:  # two batches are written inside the transaction by now
                cancel.set()

        with pytest.raises(importer.ImportCancelled, match="nothing was imported"):
            importer.import_records(ws, importer.stream_file(source), progress=cancel_late,
                                    cancel=cancel, skip_bad_rows=True)
        assert stored(ws) == before

        def ctrl_c_late(done: int, _total: int) -> None:
            if done >= 2_500:
                raise KeyboardInterrupt  # what Ctrl+C raises in the command line

        with pytest.raises(KeyboardInterrupt):
            importer.import_records(ws, importer.stream_file(source), progress=ctrl_c_late,
                                    skip_bad_rows=True)
        assert stored(ws) == before
        assert not [t for t in threading.enumerate() if "import-writer" in t.name]
        report = importer.import_records(ws, importer.stream_file(source), skip_bad_rows=True)
        assert len(report.created) == len(stored(ws)["contacts"]) == 3_501
    finally:
        ws.lock()
