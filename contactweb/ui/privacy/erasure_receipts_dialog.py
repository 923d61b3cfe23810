"""Every erasure receipt the vault keeps (erasures on request and retention purges), to save
as a PDF or print again at any time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import privacy
from contactweb.services.privacy import ErasureReceipt
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.erasure_receipts_table_model import ErasureReceiptsTableModel
from contactweb.ui.privacy.receipt_output import ReceiptOutput
from contactweb.vault.workspace import Workspace


class ErasureReceiptsDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.worker: BackgroundOp | None = None
        self.output = ReceiptOutput(workspace, bridge, self)
        self.setWindowTitle(self.tr("Erasure receipts"))
        self.resize(640, 480)
        self.status_label = QLabel(self.tr("Reading the erasure records…"))
        self.model = ErasureReceiptsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Erasure receipts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_selected())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Receipt"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_selected)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._show_selected()
        self.refresh()

    def refresh(self) -> None:
        ws = self._ws
        self.worker = self._bridge.operations.query(self, lambda _ctx: privacy.list_erasures(ws))
        self.worker.success(self._loaded).failure(
            lambda exc: self.status_label.setText(self.tr("Could not read the erasure records: {exc}").format(exc=exc)))
        self.worker.finished.connect(self._done)
        self.worker.run()

    def _done(self) -> None:
        self.worker = None

    def _loaded(self, receipts: list[ErasureReceipt]) -> None:
        self.model.set_rows(receipts)
        count = len(receipts)
        self.status_label.setText(
            plural(self.tr("%n erasure record(s); none holds personal data.", "", count), count)
            if count else self.tr("Nobody has been erased yet."))
        if count:
            self.table.selectRow(0)
        self._show_selected()

    def selected(self) -> ErasureReceipt | None:
        return self.model.receipt(self.table.currentIndex().row())

    def _show_selected(self) -> None:
        receipt = self.selected()
        self.text.setPlainText(receipt.as_text() if receipt else "")
        for button in (self.save_button, self.print_button):
            button.setEnabled(receipt is not None)

    def save_selected(self) -> None:
        receipt = self.selected()
        if receipt is not None:
            written = self.output.save_pdf(receipt)
            if written is not None:
                self.status_label.setText(self.tr("Saved to {written}").format(written=written))

    def print_selected(self) -> None:
        receipt = self.selected()
        if receipt is not None and self.output.print_receipt(receipt):
            self.status_label.setText(self.tr("Sent to the printer."))
