"""Records the basis for backing up EEA contacts to a US server where the question comes up
(the backup notice, "Back up now"), instead of sending the administrator elsewhere."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from contactweb.ui.backup.backup_transfer_basis_widget import BackupTransferBasisWidget
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace


class TransferBasisDialog(QDialog):
    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfers outside the EEA"))
        self.setMinimumWidth(520)
        self.basis_widget = BackupTransferBasisWidget(workspace, operations)
        self.basis_widget.basisRecorded.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.basis_widget)
        layout.addWidget(buttons)
        self.basis_widget.refresh()
        self.basis_widget.setVisible(True)
