"""What happened: how many were sent, everyone left out (when queued or at send time) with the
reason, every failure with the server's answer, and what still waits in the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWizardPage

from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.translations import plural

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard

LEFT_OUT_COLUMNS = (RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contact"), lambda e: e.name),
                    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Left out because"), lambda e: e.reason))
FAILED_COLUMNS = (RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contact"), lambda f: f.name),
                  RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Server's answer"), lambda f: f.error))


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
        self.setTitle(self.tr("Report"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.left_out_model = RecordTableModel(LEFT_OUT_COLUMNS, parent=self)
        self.failed_model = RecordTableModel(FAILED_COLUMNS, parent=self)
        self.failed_label = QLabel(self.tr("Failed:"))
        self.failed_view = _table(self.failed_model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Left out:")))
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
            return self.tr("Nothing was sent: {error}").format(error=owner.error)
        if report is None:
            return self.tr("Mailing {id} was queued but sending stopped: {error} Use 'Resume "
                           "sending' on the Mailings page.").format(id=queued.mailing_id,
                                                                   error=owner.error)
        parts = [self.tr("Mailing {id}: sent {sent} of {queued}.").format(
            id=queued.mailing_id, sent=report.sent, queued=queued.queued)]
        if report.unconfirmed:
            parts.append(self.tr("%n of them were handed to the server without its "
                                 "confirmation (not sent again; see the outbox).", "",
                                 report.unconfirmed))
        parts.append(self.tr("Left out: {left_out}. Failed: {failed}.").format(
            left_out=len(queued.excluded) + len(report.excluded), failed=len(report.failed)))
        if report.cancelled or report.stopped or report.remaining:
            why = report.stopped or (self.tr("Cancelled.") if report.cancelled else "")
            parts.append(why + " " + plural(self.tr(
                "%n message(s) wait in the outbox: use 'Resume sending' on the Mailings page.",
                "", report.remaining), report.remaining))
        return " ".join(p for p in parts if p)
