"""Making a report from wherever the person stands (the Reports page, a contact's menu):
the PDF is made in the background, then saved where the person chooses or printed.

Saving offers a name that says what the report is and is not taken yet ("Dossier - Anna
Quist - 2026-03-04.pdf", then "... (2).pdf"); choosing an existing file is confirmed by the
save dialog itself, so nothing is overwritten silently.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from contactweb import i18n, paths
from contactweb.services.reports import report_service
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.pdf_printer import PdfPrinter
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ReportActions(QObject):
    saved = Signal(Path, int)  # where, size in bytes
    printed = Signal(str)  # the report's title
    print_cancelled = Signal()  # the print dialog or preview closed without printing
    failed = Signal(str)  # the reason, in the user's words

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._parent = parent
        self.worker: BackgroundOp | None = None

    def busy(self) -> bool:
        return self.worker is not None

    def default_path(self, kind: str, contact_ids: list[int] | tuple[int, ...] = ()) -> Path:
        names = report_service.contact_names(self._ws, contact_ids) if contact_ids else []
        return report_service.unique_path(paths.documents_dir(),
                                          report_service.suggested_file_name(kind, names))

    def choose_path(self, kind: str, contact_ids: list[int] | tuple[int, ...] = ()
                    ) -> Path | None:
        default = self.default_path(kind, contact_ids)
        default.parent.mkdir(parents=True, exist_ok=True)
        chosen = self._bridge.dialogs.save_file_name(self._parent, self.tr("Save the report as"),
                                                     str(default))
        if not chosen:
            return None
        typed = Path(chosen).expanduser()
        if typed.suffix.lower() == ".pdf":
            return typed  # the save dialog asked before replacing it
        out = typed.with_name(typed.name + ".pdf")
        if out.exists() and not self._bridge.dialogs.ask(
                self._parent, self.tr("Replace the file?"),
                self.tr("{name} already exists in {folder}. Replace it?").format(
                    name=out.name, folder=out.parent), self.tr("Replace")):
            return None
        return out

    def save(self, kind: str, **report_args: Any) -> bool:
        """Ask where, then make and save the report. False when the person cancelled."""
        if self.worker is not None:
            return False
        out = self.choose_path(kind, report_args.get("contact_ids", ()))
        if out is None:
            return False
        ws = self._ws

        def job(ctx: OpContext) -> int:
            return report_service.write_pdf(out, report_service.render_report(
                ws, kind, **report_args))

        self._run(job, kind, lambda size: self.saved.emit(out, size))
        return True

    def print(self, kind: str, preview: bool = False, **report_args: Any) -> None:
        """Make the report, then hand it to the system print dialog (or its preview)."""
        if self.worker is not None:
            return
        ws = self._ws
        title = i18n._(report_service.REPORT_TITLES.get(kind, kind))

        def printed(pdf: bytes) -> None:
            printer = PdfPrinter(self._bridge.dialogs)
            show = printer.preview_pdf if preview else printer.print_pdf
            if show(self._parent, pdf, title):
                self.printed.emit(title)
            else:
                self.print_cancelled.emit()

        self._run(lambda _ctx: report_service.render_report(ws, kind, **report_args), kind,
                  printed)

    def _run(self, job: Any, kind: str, on_success: Any) -> None:
        title = i18n._(report_service.REPORT_TITLES.get(kind, kind))
        worker = self._bridge.operations.query(self._parent, job).with_progress(
            self.tr("Making a report"), self.tr("Making the report “{title}”…").format(
                title=title), cancellable=False)
        self.worker = worker

        def succeeded(result: Any) -> None:
            self.worker = None
            on_success(result)

        def failed(_exc: Exception) -> None:
            self.worker = None
            self.failed.emit(worker.error)

        worker.success(succeeded).failure(failed).run()
