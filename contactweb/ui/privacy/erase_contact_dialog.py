"""Erase a contact after typing their name; then show the erasure receipt, saved as a PDF
(and offered to print) before the dialog closes."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import privacy
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.privacy import ErasureReceipt
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.receipt_output import ReceiptOutput
from contactweb.vault.workspace import Workspace


def _normalised(name: str) -> str:
    return " ".join(name.split()).casefold()


class EraseContactDialog(QDialog):
    """Two pages: the confirmation (Erase stays disabled until the name is typed), then the
    receipt, which holds no personal data and can be saved as a PDF."""

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self.contact_name = contacts.get_contact(workspace, contact_id,
                                                 audit_view=False).display_name
        self.receipt: ErasureReceipt | None = None
        self.saved_to: Path | None = None
        self.printed = False
        self._asked_to_save = False
        self.output = ReceiptOutput(workspace, bridge, self)
        self._worker: BackgroundOp | None = None
        self.setWindowTitle(self.tr("Erase contact"))
        self.setMinimumWidth(460)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._confirm_page())
        self.pages.addWidget(self._receipt_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- page 1: confirm ------------------------------------------------------------------
    def _confirm_page(self) -> QWidget:
        page = QWidget()
        warning = QLabel(
            self.tr("<p><b>Erase {escaped_name} for good?</b></p><p>This removes the "
                    "contact and everything about them: communications, attachments and "
                    "recordings, reminders, consent history, drafts, outgoing messages and "
                    "search entries. Sales stay in the accounts without the person. Only a "
                    "receipt without personal data is kept. This cannot be "
                    "undone.</p><p><b>Copies in backups</b> made before now still hold the "
                    "contact until they are pruned, but every restore re-applies this "
                    "erasure before anyone can use the restored vault, so the person never "
                    "comes back from a backup.</p>").format(escaped_name=self._escaped_name()))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        prompt = QLabel(self.tr("Type the contact's name to confirm:"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.contact_name)
        self.name_edit.textChanged.connect(self._update_erase_button)
        prompt.setBuddy(self.name_edit)
        self.status_label = QLabel()
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setEnabled(False)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(page)
        for widget in (warning, prompt, self.name_edit, self.status_label, buttons):
            layout.addWidget(widget)
        return page

    def _escaped_name(self) -> str:
        return html.escape(self.contact_name)

    def name_matches(self) -> bool:
        return _normalised(self.name_edit.text()) == _normalised(self.contact_name)

    def _update_erase_button(self) -> None:
        self.erase_button.setEnabled(self._worker is None and self.name_matches())

    def erase(self) -> None:
        if not self.name_matches() or self._worker is not None:
            return
        self.erase_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.name_edit.setEnabled(False)
        self.status_label.setText(self.tr("Erasing and cleaning the vault file…"))
        ws, contact_id = self._ws, self.contact_id
        # VACUUM can take seconds on a large vault: off the UI thread.
        # Everything hanging off the contact goes with it.
        erased = Changes(contacts=True, consent=True, communications=True, sales=True,
                         reminders=True)
        self._worker = self._bridge.operations.operation(
            self, lambda _ctx: privacy.erase_contact(ws, contact_id), changes=erased).success(
            self._erased).failure(lambda exc: self._failed(str(exc))).run()

    def _erased(self, receipt: ErasureReceipt) -> None:
        self._worker = None
        self._bridge.drag_out.forget_contacts([self.contact_id])
        self.receipt = receipt
        self.receipt_text.setPlainText(receipt.as_text())
        self.pages.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.save_pdf_button.setFocus()

    def _failed(self, message: str) -> None:
        self._worker = None
        self.status_label.setText("")
        self.cancel_button.setEnabled(True)
        self.name_edit.setEnabled(True)
        self._update_erase_button()
        self._bridge.dialogs.show_error(self, message)

    # --- page 2: receipt ------------------------------------------------------------------
    def _receipt_page(self) -> QWidget:
        page = QWidget()
        done = QLabel(self.tr("The contact was erased. The vault keeps this receipt as the erasure "
                      "record; save it as a PDF (or print it) as your proof. It holds no "
                      "personal data."))
        done.setWordWrap(True)
        self.receipt_text = QPlainTextEdit()
        self.receipt_text.setReadOnly(True)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_receipt)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(page)
        for widget in (done, self.receipt_text, self.saved_label, buttons):
            layout.addWidget(widget)
        return page

    def default_receipt_path(self) -> Path:
        assert self.receipt is not None
        return self.output.default_path(self.receipt)

    def save_pdf(self) -> Path | None:
        if self.receipt is None:
            return None
        written = self.output.save_pdf(self.receipt)
        if written is not None:
            self.saved_to = written
            self.saved_label.setText(self.tr("Saved to {written}").format(written=written))
        return written

    def print_receipt(self) -> bool:
        """The receipt text through the system print dialog."""
        if self.receipt is None or not self.output.print_receipt(self.receipt):
            return False
        self.printed = True
        self.saved_label.setText(self.tr("Sent to the printer."))
        return True

    def reject(self) -> None:
        # Closing while the erasure runs would hide its outcome; it finishes in seconds.
        if self._worker is not None:
            return
        if self.receipt is not None:
            self._close_receipt()
            return
        super().reject()

    def _close_receipt(self) -> None:
        """The proof is offered every time: closing before saving or printing asks once
        (not while the session ends: a lock never waits on a question)."""
        ending = self._bridge.operations.closed
        if self.saved_to is None and not self.printed and not self._asked_to_save \
                and not ending:
            self._asked_to_save = True
            if self._bridge.dialogs.ask(
                    self, self.tr("Erasure receipt"),
                    self.tr("The receipt has not been saved or printed. Save it as a PDF now? The "
                    "vault keeps the erasure record either way."), self.tr("Save as PDF…")):
                self.save_pdf()
        self.accept()
