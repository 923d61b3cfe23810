"""What happened: how many were sent, everyone left out (when queued or at send time) with the
reason, every failure with the server's answer, and what still waits in the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWizardPage

from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard

LEFT_OUT_COLUMNS = (RecordColumn("Contact", lambda e: e.name),
                    RecordColumn("Left out because", lambda e: e.reason))
FAILED_COLUMNS = (RecordColumn("Contact", lambda f: f.name),
                  RecordColumn("Server's answer", lambda f: f.error))


def _table(model: RecordTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class MailingReportPage(QWizardPage):
    def __init__(self, wizard: MailingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle("Report")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.left_out_model = RecordTableModel(LEFT_OUT_COLUMNS, parent=self)
        self.failed_model = RecordTableModel(FAILED_COLUMNS, parent=self)
        self.failed_label = QLabel("Failed:")
        self.failed_view = _table(self.failed_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel("Left out:"))
        layout.addWidget(_table(self.left_out_model), 2)
        layout.addWidget(self.failed_label)
        layout.addWidget(self.failed_view, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        owner = self.owner
        queued, report = owner.queued, owner.report
        left_out = list(queued.excluded if queued else []) + list(report.excluded if report
                                                                  else [])
        self.left_out_model.set_records(left_out)
        self.failed_model.set_records(report.failed if report else [])
        self.failed_label.setVisible(bool(report and report.failed))
        self.failed_view.setVisible(bool(report and report.failed))
        self.summary.setText(self.summary_text())

    def clear_data(self) -> None:
        self.left_out_model.clear()
        self.failed_model.clear()
        self.summary.clear()

    def summary_text(self) -> str:
        owner = self.owner
        queued, report = owner.queued, owner.report
        if queued is None:
            return f"Nothing was sent: {owner.error}"
        if report is None:
            return (f"Mailing {queued.mailing_id} was queued but sending stopped: "
                    f"{owner.error} Use 'Resume sending' on the Mailings page.")
        parts = [f"Mailing {queued.mailing_id}: sent {report.sent} of {queued.queued}."]
        if report.unconfirmed:
            parts.append(f"{report.unconfirmed} of them were handed to the server without its "
                         "confirmation (not sent again; see the outbox).")
        parts.append(f"Left out: {len(queued.excluded) + len(report.excluded)}. "
                     f"Failed: {len(report.failed)}.")
        if report.cancelled or report.stopped or report.remaining:
            why = report.stopped or ("Cancelled." if report.cancelled else "")
            parts.append(f"{why} {report.remaining} messages wait in the outbox: use "
                         "'Resume sending' on the Mailings page.")
        return " ".join(p for p in parts if p)
