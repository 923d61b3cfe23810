"""The opt-out requests found in replies, shown before anything is recorded: who wrote, the
words that asked, and what will happen. Below them, every other reply that a program did not
write, for a person to read: one taken as a request joins the list above. 'Record' writes the
opt-outs with each message as evidence."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

from contactweb.services.changes import Changes
from contactweb.services.mailing import replies
from contactweb.services.mailing.replies import ReplyScan
from contactweb.ui.kit.operations import error_text
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

UNDECIDED_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "From"), lambda f: f.sender),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Subject"), lambda f: f.subject),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Text"), lambda f: f.excerpt + (f" [{f.note}]" if f.note else "")),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contacts"), lambda f: ", ".join(name for _, name in f.contacts)
                 or QCoreApplication.translate("MailingRepliesDialog", "no contact")),
)
FINDING_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "From"), lambda f: f.sender),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Asked"), lambda f: f.phrase),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "What happens"), lambda f: replies.STATUS_TEXT[f.status]),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contacts"), lambda f: ", ".join(name for _, name in f.contacts)),
)


class MailingRepliesDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, scan: ReplyScan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.scan = scan
        self.recorded = 0
        self.setWindowTitle(self.tr("Opt-outs from replies"))
        self.resize(860, 560)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTableModel(FINDING_COLUMNS, parent=self)
        view = self._table(self.model, 3)
        self.undecided_label = QLabel()
        self.undecided_label.setWordWrap(True)
        self.undecided_model = RecordTableModel(UNDECIDED_COLUMNS, parent=self)
        self.undecided_view = self._table(self.undecided_model, 2)
        self.undecided_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.take_button = QPushButton(self.tr("Take the selected replies as opt-out requests"))
        self.take_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.record_button = QPushButton()
        self.buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.undecided_label)
        layout.addWidget(self.undecided_view, 1)
        layout.addWidget(self.take_button)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.record_button.clicked.connect(self.record)
        self.take_button.clicked.connect(self.take_selected)
        self.undecided_view.selectionModel().selectionChanged.connect(
            lambda *_: self.take_button.setEnabled(bool(self._selected())))
        self._show_scan()

    @staticmethod
    def _table(model: RecordTableModel, stretch_column: int) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(stretch_column,
                                                     QHeaderView.ResizeMode.Stretch)
        return view

    def _show_scan(self) -> None:
        scan = self.scan
        to_record = sum(len(f.contacts) for f in scan.to_record)
        self.summary.setText(
            self.tr("Read {checked} messages: {count} ask to opt out, {count2} other "
                    "replies for you to read, {automatic} automatic replies set aside. "
                    "Nothing is recorded until you press the button.").format(checked=scan.checked, count=len(scan.findings), count2=len(scan.undecided), automatic=scan.automatic))
        self.undecided_label.setText(
            self.tr("Replies that did not ask in words ContactWeb knows. Read them: a request to "
            "stop in other words is still a request.") if scan.undecided else
            self.tr("No other replies to read."))
        self.model.set_records(scan.findings)
        self.undecided_model.set_records(scan.undecided)
        self.record_button.setText(self.tr("Record {to_record} opt-outs").format(to_record=to_record))
        self.record_button.setEnabled(to_record > 0)
        self.take_button.setEnabled(bool(self._selected()))

    def _selected(self) -> list[str]:
        rows = {index.row() for index in self.undecided_view.selectionModel().selectedRows()}
        return [self.undecided_model.record(row).source for row in sorted(rows)]

    def take_selected(self) -> None:
        """The person read these replies and takes them as requests to opt out."""
        replies.decide(self.scan, self._selected())
        self._show_scan()

    def record(self) -> None:
        ws, findings = self.ws, self.scan.findings
        contact_ids = frozenset(contact_id for finding in self.scan.to_record
                                for contact_id, _ in finding.contacts)
        self.record_button.setEnabled(False)
        self.bridge.operations.operation(
            self, lambda _ctx: replies.record(ws, findings),
            changes=Changes(consent=True, contact_ids=contact_ids)).success(
            self._recorded).failure(self._not_recorded).run()

    def _recorded(self, recorded: int) -> None:
        self.recorded = recorded
        self.status.setText(self.tr("Recorded {recorded} opt-outs, each with its message as evidence.").format(recorded=recorded))
        self.accept()

    def _not_recorded(self, exc: Exception) -> None:
        self.record_button.setEnabled(True)
        self.status.setText(error_text(exc))
