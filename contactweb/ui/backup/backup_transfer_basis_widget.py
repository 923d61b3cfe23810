"""Asks an administrator for the basis of backing up EEA contacts to a US server, showing
how many contacts it concerns. Shown only while the basis is needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.backup import backup
from contactweb.services.changes import Changes
from contactweb.ui.kit.operations import OperationRunner
from contactweb.ui.kit.outcome_line import FAILED_STYLE
from contactweb.ui.kit.radio_choice_widget import RadioChoiceWidget
from contactweb.ui.kit.regional_formats import number_text
from contactweb.vault.workspace import Workspace


class BackupTransferBasisWidget(QGroupBox):
    basisRecorded = Signal()

    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transfers outside the EEA"))
        self._workspace = workspace
        self._operations = operations
        self.concerned = 0
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.basis_choice = RadioChoiceWidget([
            ("encryption", self.tr("Client-side encryption: the server stores only ciphertext; "
                                   "the keys stay with the business")),
            ("consent", self.tr("The contacts concerned consented to the transfer"))])
        self.encryption_radio = self.basis_choice.button("encryption")
        self.consent_radio = self.basis_choice.button("consent")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Note (optional): where the assessment or the "
                                          "consent records are kept"))
        self.record_button = QPushButton(self.tr("Record basis"))
        self.record_button.clicked.connect(self.record)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(FAILED_STYLE)
        self.error_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.basis_choice)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        self.setVisible(False)

    def refresh(self) -> None:
        """Show the question while it is needed; hide it otherwise."""
        self.concerned = 0 if self._workspace.locked else \
            backup.transfer_basis_needed(self._workspace)
        self.explanation.setText(
            self.tr("{concerned} contact(s) have an address in the European Economic "
                    "Area. Before the first backup to a server in the United States, "
                    "record the basis for this transfer. Backups wait until then.").format(
                concerned=number_text(self.concerned)))
        self.setVisible(self.concerned > 0)

    def basis(self) -> str:
        return self.basis_choice.chosen()

    def record(self) -> None:
        """Stored by an operation: the notice, the status bar and the backups follow from
        the Changes it reports."""
        ws, basis, note = self._workspace, self.basis(), self.note_edit.text()
        self.record_button.setEnabled(False)
        op = self._operations.operation(
            self, lambda _ctx: backup.record_transfer_basis(ws, basis, note),
            changes=Changes(settings=True, backups=True))
        op.success(self._recorded).failure(lambda _exc: self.error_label.setText(op.error))
        op.finished.connect(lambda: self.record_button.setEnabled(True))
        op.run()

    def _recorded(self, _basis: object) -> None:
        self.error_label.clear()
        self.note_edit.clear()
        self.refresh()
        self.basisRecorded.emit()
