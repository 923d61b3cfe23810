"""An import that commits as it goes, for the GUI: a file of any size is read as a stream
(``importer.stream_file``) and written a batch of entries at a time, each batch committed
whole with its consent, search index and audit event.

Cancel, or an entry that cannot be imported when bad rows are not skipped, stops the import
at the last commit: the batch under way is rolled back (nothing of it is written), the
batches before it stay, and the report says where it stopped. A bad row in the first batch
is refused as ``importer.import_records`` refuses it: nothing is imported. Otherwise the
stored rows are those ``import_records`` (the command line's single transaction) stores.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from contactweb.collector import fewer_collections
from contactweb.formats.interchange import ParseResult, ParseStream
from contactweb.services import audit
from contactweb.services.backup.backup_transfer import paused_notice, transfer_basis_needed
from contactweb.services.importing.import_consent import ConsentFromFile
from contactweb.services.importing.import_run import ImportRun
from contactweb.services.importing.importer import (
    _PROGRESS_EVERY,
    ImportFailed,
    ImportReport,
    _ParserProblems,
    checked_duplicate_choices,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

#: entries per committed batch: large enough that the per-commit work (search index, audit
#: event, the triggers put back) stays small beside the rows, small enough that Cancel keeps
#: nearly everything read
ROWS_PER_COMMIT = 5000
CANCELLED, BAD_ROW = "cancelled", "bad row"


@dataclass
class BatchedImportReport(ImportReport):
    """``ImportReport`` of the entries in committed batches, and where the import stopped."""

    stopped_because: str = ""  # CANCELLED, BAD_ROW, or "" when every entry was handled
    stopped_at: str = ""  # the first entry not imported
    entries_expected: int = 0  # about how many entries the file has (its lines)


@dataclass(frozen=True)
class _Committed:
    """How far the report's lists had grown at the last commit."""

    records: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    repeated: int = 0
    distinct: int = 0
    erased: int = 0
    bad_rows: int = 0
    problems: int = 0
    opt_outs: int = 0

    @classmethod
    def of(cls, report: ImportReport, records: int) -> _Committed:
        return cls(records, len(report.created), len(report.updated),
                   len(report.skipped_duplicates), len(report.repeated_in_file),
                   len(report.distinct_emails), len(report.erased_matches),
                   len(report.bad_rows), len(report.problems), len(report.opt_outs))

    def audit_details(self, report: ImportReport, before: _Committed) -> dict[str, object]:
        """What one committed batch did, as the single transaction's audit event says it."""
        return {"format": report.format_name, "created": self.created - before.created,
                "updated": self.updated - before.updated,
                "skipped": self.skipped - before.skipped,
                "erased_matches": self.erased - before.erased,
                "bad_rows": self.bad_rows - before.bad_rows,
                "opt_outs": self.opt_outs - before.opt_outs, "dry_run": False,
                "entries": self.records - before.records}

    def roll_back(self, report: ImportReport, keep_bad_rows: bool) -> None:
        """Forget what the batch that was rolled back added to the report."""
        report.records = self.records
        del report.created[self.created:], report.updated[self.updated:]
        del report.skipped_duplicates[self.skipped:], report.distinct_emails[self.distinct:]
        del report.erased_matches[self.erased:], report.problems[self.problems:]
        del report.opt_outs[self.opt_outs:]
        if not keep_bad_rows:
            del report.bad_rows[self.bad_rows:]
        report.repeated_in_file = dict(list(report.repeated_in_file.items())[:self.repeated])


def import_in_batches(ws: Workspace, parsed: ParseResult | ParseStream,
                      on_duplicate: str = "skip", skip_bad_rows: bool = False,
                      confirm_erased: bool = False,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: threading.Event | None = None,
                      duplicate_choices: dict[str, str] | None = None,
                      rows_per_commit: int = ROWS_PER_COMMIT) -> BatchedImportReport:
    """``importer.import_records`` committing every ``rows_per_commit`` entries (see the
    module's description). ``progress`` counts entries against the file's lines, and ends
    at 100 %. Cancel is a stop, not an error: the report says what was imported."""
    ws.require(Action.IMPORT)
    choices = checked_duplicate_choices(on_duplicate, duplicate_choices)
    streamed = isinstance(parsed, ParseStream)
    report = BatchedImportReport(
        format_name=parsed.format_name,
        entries_expected=parsed.rows_expected if streamed else len(parsed.records))
    paused_before = transfer_basis_needed(ws)
    with fewer_collections():  # as import_records
        _run(ws, parsed, report, on_duplicate, choices, skip_bad_rows, confirm_erased,
             progress, cancel, max(1, rows_per_commit))
    report.backups_paused = paused_notice(ws, paused_before)
    return report


def _run(ws: Workspace, parsed: ParseResult | ParseStream, report: BatchedImportReport,
         on_duplicate: str, choices: dict[str, str], skip_bad_rows: bool,
         confirm_erased: bool, progress: Callable[[int, int], None] | None,
         cancel: threading.Event | None, rows_per_commit: int) -> None:
    refused = _ParserProblems(parsed, report)
    total = report.entries_expected
    with ws.session() as session:
        run = ImportRun(session, ws, report, on_duplicate, choices, confirm_erased,
                        ConsentFromFile(parsed.source_name))
        committed = _Committed()
        first_of_batch = ""
        try:
            index = -1
            for index, record in enumerate(parsed.records):
                if index == committed.records:
                    first_of_batch = record.source
                if cancel is not None and cancel.is_set():
                    _stop(run, report, committed, CANCELLED, first_of_batch)
                    return
                if not refused.refuses(record):
                    run.import_one(record)
                if len(report.bad_rows) > committed.bad_rows and not skip_bad_rows:
                    _refuse(run, report, committed, first_of_batch)
                    return
                if progress is not None and index % _PROGRESS_EVERY == 0:
                    progress(index + 1, max(total, index + 1))
                if index + 1 - committed.records >= rows_per_commit:
                    committed = _commit(run, report, committed, index + 1)
            refused.take_new()  # what a stream's reader says at its end (unstored columns)
            if len(report.bad_rows) > committed.bad_rows and not skip_bad_rows:
                _refuse(run, report, committed, first_of_batch if index >= committed.records
                        else "")
                return
            if index + 1 > committed.records or not committed.records:
                _commit(run, report, committed, index + 1, last=True)
            if progress is not None:
                progress(report.records, report.records)
        finally:
            run.batch.stop()  # never roll back or commit under the indexer's feet


def _commit(run: ImportRun, report: ImportReport, before: _Committed, records: int,
            last: bool = False) -> _Committed:
    """Write the batch, its opt-outs and its audit event, and commit them together (the
    last batch is committed by the session's end)."""
    report.records = records
    run.finish()
    now = _Committed.of(report, records)
    audit.record(run.session, run.ws, "import", "file", "", now.audit_details(report, before))
    if not last:
        run.commit_and_go_on()
    return now


def _stop(run: ImportRun, report: BatchedImportReport, committed: _Committed, why: str,
          at: str) -> None:
    """Roll back the batch under way and end with the batches committed before it."""
    run.batch.stop()
    run.session.rollback()
    committed.roll_back(report, keep_bad_rows=why == BAD_ROW)
    report.stopped_because, report.stopped_at = why, at


def _refuse(run: ImportRun, report: BatchedImportReport, committed: _Committed,
            at: str) -> None:
    """A bad row that is not to be skipped: refused outright while nothing is committed
    (as the single transaction refuses it), else the import stops at the last commit."""
    if not committed.records:
        run.batch.stop()
        run.session.rollback()
        raise ImportFailed(report)
    _stop(run, report, committed, BAD_ROW, at)
