"""Importing contacts, step by step: pick a file -> (for a CSV nobody recognises) say which
column is what -> preview: duplicates with a choice for each, bad rows, people erased before
-> import on a worker with progress and Cancel -> the report.

Reading, previewing and importing all run on workers; a page that needs one starts it from
``validatePage`` and moves on by itself when the work succeeds. A CSV file of any size is
never read whole in this window: the mapping and the preview read its first entries, and
the import reads it as a stream, committing a batch at a time (import_in_batches), so Cancel
or locking keeps the whole batches written before and nothing of the one under way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from contactweb.formats.interchange import ParseResult
from contactweb.services.changes import NOTHING, Changes
from contactweb.services.importing.import_in_batches import ROWS_PER_COMMIT
from contactweb.services.importing.importer import ImportReport
from contactweb.ui.interchange.import_file_page import PREVIEW_ENTRIES, ImportFilePage
from contactweb.ui.interchange.import_mapping_page import ImportMappingPage
from contactweb.ui.interchange.import_preview_page import ImportPreviewPage
from contactweb.ui.interchange.import_report_page import ImportReportPage
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.operations import ProgressJob as Job
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, REPORT_PAGE = range(4)


class ImportWizard(QWizard):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.setWindowTitle(self.tr("Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(760, 560)
        # How many entries of a CSV file are read for the preview and the mapping (the rest
        # are read, checked and written as the import goes), and how many are committed at a
        # time (Cancel keeps the batches committed before it).
        self.preview_entries = PREVIEW_ENTRIES
        self.rows_per_commit = ROWS_PER_COMMIT
        # What the pages found out, in order.
        self.data: bytes = b""  # a CSV file's first bytes, for its header row
        self.path: Path | None = None
        self.format_name: str = ""
        self.headers: list[str] = []  # set when the CSV needs a column mapping
        # A CSV file's first entries (``preview_entries``), or all of another format's.
        self.parsed: ParseResult | None = None
        self.mapping: dict[str, str] | None = None  # the columns chosen, unless recognised
        self.entries_expected = 0  # about how many entries the file has
        self.whole_file_read = False  # ``parsed`` holds every entry of the file
        # The file as its recognised layout reads it; the mapping page keeps this reading
        # unless the person changes the mapping.
        self.recognised: ParseResult | None = None
        self.fields: list[str] = []  # the fields a vCard, LDIF or JSON file has
        self.report: ImportReport | None = None
        self.worker: BackgroundOp | None = None
        # The callbacks of the running job; cleared when it ends (no lasting cycles).
        self._outcomes: tuple[Callable[[Any], None], Callable[[str], None] | None,
                              Callable[[], None] | None] | None = None
        self._closing = False

        self.file_page = ImportFilePage(self)
        self.mapping_page = ImportMappingPage(self)
        self.preview_page = ImportPreviewPage(self)
        self.report_page = ImportReportPage(self)
        for page_id, page in ((FILE_PAGE, self.file_page), (MAPPING_PAGE, self.mapping_page),
                              (PREVIEW_PAGE, self.preview_page),
                              (REPORT_PAGE, self.report_page)):
            self.setPage(page_id, page)
        self.setStartId(FILE_PAGE)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def nextId(self) -> int:  # noqa: N802 - Qt override
        current = self.currentId()
        if current == FILE_PAGE:
            return MAPPING_PAGE if self.headers or self.fields else PREVIEW_PAGE
        if current == MAPPING_PAGE:
            return PREVIEW_PAGE
        if current == PREVIEW_PAGE:
            return REPORT_PAGE
        return -1

    def busy(self) -> bool:
        return self.worker is not None

    def run(self, title: str, text: str, job: Job, done: Callable[[Any], None],
            failed: Callable[[str], None] | None = None,
            cancelled: Callable[[], None] | None = None,
            changes: Changes = NOTHING) -> BackgroundOp:
        """Run ``job`` on a worker with a progress dialog (Cancel stops it). Exactly one of
        ``done(result)``, ``failed(message)`` or ``cancelled()`` follows; a job that finished
        although Cancel came too late counts as done (its work is committed, ``changes``
        announced)."""
        worker = self.bridge.operations.operation(
            self, lambda ctx: job(ctx.progress, ctx.cancel), changes=changes).with_progress(
            title, text)
        self.worker = worker
        self._outcomes = (done, failed, cancelled)
        # The outcome is read in _worker_finished, failures and Cancel included.
        worker.failure(lambda _exc: None).on_cancel(lambda: None)
        # A bound method: Qt drops the connection if this window is gone by then.
        worker.finished.connect(self._worker_finished)
        worker.run()
        self._update_pages()
        return worker

    def _update_pages(self) -> None:
        for page in (self.file_page, self.preview_page):
            page.update_complete()

    def _worker_finished(self) -> None:
        worker, self.worker = self.worker, None
        outcomes, self._outcomes = self._outcomes, None
        if worker is None or outcomes is None:
            return
        done, failed, cancelled = outcomes
        if self._closing:  # closed (or the vault locked) while the work ran
            super().reject()
        elif worker.exception is None:
            done(worker.result)
        elif worker.was_cancelled:
            if cancelled is not None:
                cancelled()
        else:
            (failed or self.show_error)(worker.error)
        if not self._closing:
            self._update_pages()  # Next/Import usable again

    def show_error(self, message: str) -> None:
        self.bridge.dialogs.show_error(self, message)

    def reject(self) -> None:
        if self.worker is not None:
            # Closing while reading or importing stops the work first; the window goes
            # away now (nothing from the file stays on screen) and closes when it ends.
            self._closing = True
            self.worker.cancel()
            self.hide()
            return
        super().reject()
