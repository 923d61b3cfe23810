"""Saving an erasure receipt as a PDF (a unique default name in the documents folder) and
printing it through the system print dialog: the erase dialog's receipt page and the list of
past receipts both use it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from contactweb import paths
from contactweb.errors import ContactWebError
from contactweb.services import privacy
from contactweb.services.privacy import ErasureReceipt
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ReceiptOutput(QObject):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._parent = parent

    @staticmethod
    def default_path(receipt: ErasureReceipt) -> Path:
        """In the user's documents folder, named after the record and the day; never the
        name of an existing file."""
        folder = paths.documents_dir()
        folder.mkdir(parents=True, exist_ok=True)  # a fresh account may have none yet
        base = f"erasure-receipt-{receipt.erasure_id}-{date.today().isoformat()}"
        candidate, n = folder / f"{base}.pdf", 2
        while candidate.exists():
            candidate, n = folder / f"{base}-{n}.pdf", n + 1
        return candidate

    def save_pdf(self, receipt: ErasureReceipt) -> Path | None:
        """Ask where (the default offered), write the PDF; None when not saved."""
        name = self._bridge.dialogs.save_file_name(
            self._parent, self.tr("Save erasure receipt"), str(self.default_path(receipt)))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            return privacy.write_receipt_pdf(self._ws, receipt, path)
        except (ContactWebError, OSError) as exc:
            self._bridge.dialogs.show_error(self._parent, exc)
            return None

    def print_receipt(self, receipt: ErasureReceipt) -> bool:
        """The receipt's text through the system print dialog; False when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(QCoreApplication.translate("ReceiptOutput", "Erasure receipt {id}").format(
            id=receipt.erasure_id))
        chooser = QPrintDialog(printer, self._parent)
        chooser.setWindowTitle(self.tr("Print erasure receipt"))
        if self._bridge.dialogs.exec_dialog(chooser) != QDialog.DialogCode.Accepted:
            return False
        document = QTextDocument(receipt.as_text())
        document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        document.print_(printer)
        return True
