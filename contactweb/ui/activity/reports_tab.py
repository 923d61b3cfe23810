"""The Reports page: pick a report and its options, then save it as PDF (a save dialog with
a name that says what it is) or print it (the system print dialog), and open what was saved.

A contact's dossier is made for the contacts chosen on the Contacts page (their menu's
"Dossier" entries come here). Letters and address labels are made on the Mailings page,
where eligibility is checked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.reports import report_service
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.report_actions import ReportActions
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

REPORTS = (
    ("directory", QT_TRANSLATE_NOOP("ReportsTab", "Contact directory"), QT_TRANSLATE_NOOP("ReportsTab", "Everyone in a selection, grouped A to Z, with phones, "
                                       "emails and city.")),
    ("contact", QT_TRANSLATE_NOOP("ReportsTab", "Contact dossier"), QT_TRANSLATE_NOOP("ReportsTab", "Every detail of the chosen contacts: consent history, "
                                   "communications, sales and open reminders, each contact "
                                   "from a new page of one PDF.")),
    ("sales", QT_TRANSLATE_NOOP("ReportsTab", "Sales report"), QT_TRANSLATE_NOOP("ReportsTab", "Totals by month, product and customer for a period, per "
                              "currency.")),
    ("activity", QT_TRANSLATE_NOOP("ReportsTab", "Activity report"), QT_TRANSLATE_NOOP("ReportsTab", "Communications per user and kind, week by week.")),
    ("stats", QT_TRANSLATE_NOOP("ReportsTab", "Statistics"), QT_TRANSLATE_NOOP("ReportsTab", "Counts by status, tag and region and sales totals, with no "
                            "personal data: safe to share outside the business.")),
)
ALL_TAGS = ""
NO_CONTACTS_CHOSEN = QT_TRANSLATE_NOOP(
    "ReportsTab", "None chosen: select contacts on the Contacts page, right-click and choose "
                  "\"Save dossier as PDF…\" or \"Print dossier…\".")


class ReportsTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.last_output: Path | None = None

        self.kind = QComboBox()
        for key, title, _ in REPORTS:
            self.kind.addItem(self.tr(title), key)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.period = PeriodFilterWidget(self, default=Period.THIS_YEAR, show_label=False)
        self.tag = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Only contacts matching this search (optional)"))
        self.contact_ids: list[int] = []
        self.contacts_label = QLabel(self.tr(NO_CONTACTS_CHOSEN))
        self.contacts_label.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Save as PDF…"))
        self.make_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.report_actions = ReportActions(workspace, bridge, self)
        self.open_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow("", self.description)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.tr("Search:"), self.search)
        form.addRow(self.tr("Contacts:"), self.contacts_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.make_button.clicked.connect(self.make_report)
        self.print_button.clicked.connect(self.print_report)
        self.preview_button.clicked.connect(lambda: self.print_report(preview=True))
        self.open_button.clicked.connect(self.open_report)
        self.report_actions.saved.connect(self._done)
        self.report_actions.printed.connect(self._printed)
        self.report_actions.print_cancelled.connect(lambda: self._failed(""))
        self.report_actions.failed.connect(self._failed)
        bridge.changed.connect(self._changes)
        self.refresh()
        self._kind_changed()

    # --- page protocol ----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), ALL_TAGS)
        for name in contacts.all_tags(self._ws):
            self.tag.addItem(name, name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))

    def _changes(self, changes: Changes) -> None:
        if changes.contacts and not self._ws.locked:  # the tag list may have changed
            self.refresh()

    def clear(self) -> None:
        self.tag.clear()
        self.search.clear()
        self.status.clear()
        self.last_output = None
        self.open_button.setEnabled(False)
        self.select_contacts([], [])

    def select_contacts(self, contact_ids: list[int], names: list[str]) -> None:
        """The dossier is for these contacts (chosen on the Contacts page)."""
        self.contact_ids = list(contact_ids)
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        self.contacts_label.setText(shown or self.tr(NO_CONTACTS_CHOSEN))
        if contact_ids:
            self.kind.setCurrentIndex(self.kind.findData("contact"))
        self._kind_changed()

    def select_contact(self, contact_id: int) -> None:
        self.select_contacts([contact_id], report_service.contact_names(self._ws,
                                                                        [contact_id]))

    # --- making ----------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.description.setText(self.tr(next(d for k, _, d in REPORTS if k == key)))
        self.period.setEnabled(key in ("sales", "activity"))
        self.tag.setEnabled(key == "directory")
        self.search.setEnabled(key == "directory")
        self.contacts_label.setEnabled(key == "contact")
        try:  # the same rule as the service, said before the person asks
            report_service.check_permission(self._ws, key, len(self.contact_ids))
            refusal = ""
        except ContactWebError as exc:
            refusal = str(exc)
        self.status.setText(refusal)
        ready = not refusal and (key != "contact" or bool(self.contact_ids))
        self.make_button.setEnabled(ready and not self.report_actions.busy())
        self.print_button.setEnabled(ready and not self.report_actions.busy())
        self.preview_button.setEnabled(ready and not self.report_actions.busy())

    def _period(self) -> tuple[date | None, date | None]:
        first, after = self.period.date_range()
        return first, (after - timedelta(days=1)) if after else None

    def _report_args(self) -> dict[str, Any]:
        key = self.kind.currentData()
        if key == "contact":
            return {"contact_ids": list(self.contact_ids)}
        if key == "directory":
            return {"query": ContactQuery(search=self.search.text(),
                                          tag=self.tag.currentData() or "")}
        since, until = self._period()
        return {"since": since, "until": until}

    def make_report(self) -> None:
        """Ask where to save (a name that says what it is, never one already taken), then
        make the PDF in the background."""
        if self.report_actions.save(self.kind.currentData(), **self._report_args()):
            self._busy(self.tr("Making the report…"))

    def print_report(self, preview: bool = False) -> None:
        self._busy(self.tr("Making the report to print…"))
        self.report_actions.print(self.kind.currentData(), preview=preview,
                                  **self._report_args())

    def _busy(self, text: str) -> None:
        for button in (self.make_button, self.print_button, self.preview_button):
            button.setEnabled(False)
        self.status.setText(text)

    def _done(self, out: Path, size: int) -> None:
        self._kind_changed()
        self.last_output = out
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved {file} ({size} KB).").format(file=out, size=size // 1024 + 1))

    def _printed(self, title: str) -> None:
        self._kind_changed()
        self.status.setText(self.tr("Sent the report “{title}” to the printer.").format(title=title))

    def _failed(self, message: str) -> None:
        self._kind_changed()
        self.status.setText(message)

    def open_report(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))
