"""Progress and Cancel: a cancelled import leaves the vault as it was, even after whole
batches were written inside its transaction; a cancelled export writes no file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import count_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace
from tests.integration.test_import_bad_input import vault_dump

ROWS = 2_600  # more than two batches of 1,000


def people(count: int) -> ParseResult:
    records = [ContactRecord(first_name=f"Person{i}", last_name="Sample", tags=["Batch"],
                             emails=[LabelledValue("work", f"p{i}@example.com")],
                             source=f"csv:people.csv:row {i + 2}") for i in range(count)]
    return ParseResult(records, [], "csv google")


def test_progress_reaches_the_total(admin_ws: Workspace) -> None:
    seen: list[tuple[int, int]] = []
    report = importer.import_records(admin_ws, people(ROWS),
                                     progress=lambda done, total: seen.append((done, total)))
    assert len(report.created) == ROWS == count_contacts(admin_ws)
    assert seen[-1] == (ROWS, ROWS) and len(seen) > 5
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_during_progress_leaves_the_vault_as_before(admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Already", last_name="Here"))
    before = vault_dump(admin_ws)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 2_100:  # two batches are already in the transaction
            cancel.set()

    with pytest.raises(importer.ImportCancelled, match="nothing was imported"):
        importer.import_records(admin_ws, people(ROWS), progress=progress, cancel=cancel)
    assert vault_dump(admin_ws) == before


def test_cancel_before_the_end_of_a_small_import(admin_ws: Workspace) -> None:
    before = vault_dump(admin_ws)
    cancel = threading.Event()
    with pytest.raises(importer.ImportCancelled):
        importer.import_records(admin_ws, people(3), progress=lambda d, t: cancel.set(),
                                cancel=cancel)
    assert vault_dump(admin_ws) == before


def test_a_dry_run_reports_and_changes_nothing(admin_ws: Workspace) -> None:
    before = vault_dump(admin_ws)
    report = importer.import_records(admin_ws, people(1_200), dry_run=True)
    assert len(report.created) == 1_200 and report.dry_run
    assert vault_dump(admin_ws) == before


def test_a_cancelled_export_writes_no_file(admin_ws: Workspace, tmp_path: Path) -> None:
    importer.import_records(admin_ws, people(1_200))
    cancel = threading.Event()
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.vcf"
    with pytest.raises(exporter.ExportCancelled):
        exporter.export_contacts(admin_ws, target, "vcard4", cancel=cancel,
                                 progress=lambda done, total: cancel.set())
    assert list(folder.iterdir()) == []  # no file, not even a temporary one
