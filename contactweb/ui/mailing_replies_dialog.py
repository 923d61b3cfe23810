"""The opt-out requests found in replies, shown before anything is recorded: who wrote, the
words that asked, and what will happen. 'Record' writes the opt-outs with each message as
evidence."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.mailing import replies
from contactweb.services.mailing.replies import ReplyScan
from contactweb.ui.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

FINDING_COLUMNS = (
    RecordColumn("From", lambda f: f.sender),
    RecordColumn("Asked", lambda f: f.phrase),
    RecordColumn("What happens", lambda f: replies.STATUS_TEXT[f.status]),
    RecordColumn("Contacts", lambda f: ", ".join(name for _, name in f.contacts)),
)


class MailingRepliesDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, scan: ReplyScan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.scan = scan
        self.recorded = 0
        self.setWindowTitle("Opt-outs from replies")
        self.resize(760, 420)
        to_record = sum(len(f.contacts) for f in scan.to_record)
        self.summary = QLabel(
            f"Read {scan.checked} messages: {len(scan.findings)} ask to opt out, "
            f"{scan.automatic} automatic replies skipped, {scan.other} other replies. "
            f"Nothing is recorded until you press the button.")
        self.summary.setWordWrap(True)
        self.model = RecordTableModel(FINDING_COLUMNS, parent=self)
        self.model.set_records(scan.findings)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton(f"Record {to_record} opt-outs")
        self.record_button.setEnabled(to_record > 0)
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self.record)

    def record(self) -> None:
        try:
            self.recorded = replies.record(self.ws, self.scan.findings)
        except ContactWebError as exc:
            self.status.setText(str(exc))
            return
        self.record_button.setEnabled(False)
        self.status.setText(f"Recorded {self.recorded} opt-outs, each with its message as "
                            "evidence.")
        for finding in self.scan.to_record:
            for contact_id, _ in finding.contacts:
                self.bridge.consentChanged.emit(contact_id)
        self.accept()
