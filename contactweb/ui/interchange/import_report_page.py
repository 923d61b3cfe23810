"""Step 4 of the import: what was done, and what was not and why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWizardPage

from contactweb.services.importing.import_in_batches import CANCELLED, BatchedImportReport
from contactweb.services.importing.importer import ImportReport
from contactweb.ui.kit.translations import plural

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard

_LISTED = 500
translate = QCoreApplication.translate


def report_text(report: ImportReport) -> str:
    lines = [translate("ImportReportPage", "New contacts: {count}").format(
                 count=len(report.created)),
             translate("ImportReportPage", "Existing contacts updated: {count}").format(
                 count=len(report.updated)),
             translate("ImportReportPage", "Duplicates skipped: {count}").format(
                 count=len(report.skipped_duplicates))]
    like = translate("ImportReportPage", "  {source} is like contact {id} ({reason})")
    lines += [like.format(source=source, id=cid, reason=reason)
              for source, cid, reason in report.skipped_duplicates[:_LISTED]]
    if report.erased_matches:
        lines.append(translate("ImportReportPage", "Not imported, erased before: {count}")
                     .format(count=len(report.erased_matches)))
        lines += [f"  {source}" for source in report.erased_matches[:_LISTED]]
    if report.opt_outs:
        lines.append(translate("ImportReportPage", "Opt-outs recorded from the file: {count}")
                     .format(count=len(report.opt_outs)))
        opted = translate("ImportReportPage", "  {source}: contact {id} opted out of {channel}")
        lines += [opted.format(source=source, id=cid, channel=channel)
                  for source, cid, channel in report.opt_outs[:_LISTED]]
    if report.bad_rows:
        lines.append(translate("ImportReportPage", "Skipped, cannot be imported as they are: {count}")
                     .format(count=len(report.bad_rows)))
        lines += [f"  {p.location}: {p.reason}" for p in report.bad_rows[:_LISTED]]
    if report.problems:
        lines.append(translate("ImportReportPage", "Notes: {count}").format(
            count=len(report.problems)))
        lines += [f"  {p.location}: {p.reason}" for p in report.problems[:_LISTED]]
    return "\n".join(lines)


class ImportReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.backups_paused = QLabel()  # the import paused the backups: say so now
        self.backups_paused.setWordWrap(True)
        self.backups_paused.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.backups_paused.hide()
        self.stopped = QLabel()  # Cancel, or an entry that cannot be imported: what was not
        self.stopped.setWordWrap(True)
        self.stopped.hide()
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.stopped)
        layout.addWidget(self.backups_paused)
        layout.addWidget(self.details, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        report = self._wizard.report
        if report is None:
            return
        self.headline.setText(
            plural(self.tr("%n contact(s) imported from {file}.", "", len(report.created)),
                   len(report.created)).format(
                file=self._wizard.path.name if self._wizard.path else self.tr("the file")))
        self.setTitle(self.tr("Import stopped") if getattr(report, "stopped_because", "")
                      else self.tr("Import finished"))
        self.stopped.setText(self.stopped_text(report))
        self.stopped.setVisible(bool(self.stopped.text()))
        self.backups_paused.setText(report.backups_paused)
        self.backups_paused.setVisible(bool(report.backups_paused))
        self.details.setPlainText(report_text(report))

    def stopped_text(self, report: ImportReport) -> str:
        """What was imported and what was not, when the import stopped before the end."""
        if not isinstance(report, BatchedImportReport) or not report.stopped_because:
            return ""
        left = max(0, report.entries_expected - report.records)
        first = report.stopped_at.split(":", 1)[-1]  # "people.csv:row 5002", as listed below
        if report.stopped_because == CANCELLED:
            text = self.tr("Import cancelled. The first {done} entries of the file were "
                           "imported as listed below, in whole batches; the entries from "
                           "{first} on (about %n) were not imported, and nothing of them was "
                           "written.", "", left)
        else:
            text = self.tr("Import stopped at an entry that cannot be imported (listed below). "
                           "The first {done} entries of the file were imported as listed "
                           "below, in whole batches; the entries from {first} on (about %n) "
                           "were not imported. Import the file again with those entries "
                           "skipped: the contacts already imported are then found as "
                           "duplicates.", "", left)
        return text.format(done=report.records, first=first)
