"""The Reports page: pick a report and its options, make the PDF in the background, open it.

Letters and address labels are made on the Mailings page, where eligibility is checked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb import paths
from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.reports import report_service
from contactweb.ui.kit.operations import OpContext
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

REPORTS = (
    ("directory", "Contact directory", "Everyone in a selection, grouped A to Z, with phones, "
                                       "emails and city."),
    ("contact", "Contact dossier", "Every detail of one contact: consent history, "
                                   "communications, sales and open reminders."),
    ("sales", "Sales report", "Totals by month, product and customer for a period, per "
                              "currency."),
    ("activity", "Activity report", "Communications per user and kind, week by week."),
    ("stats", "Statistics", "Counts by status, tag and region and sales totals, with no "
                            "personal data: safe to share outside the business."),
)
ALL_TAGS = ""


class ReportsTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.last_output: Path | None = None

        self.kind = QComboBox()
        for key, title, _ in REPORTS:
            self.kind.addItem(title, key)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.period = PeriodFilterWidget(self, default=Period.THIS_YEAR, show_label=False)
        self.tag = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Only contacts matching this search (optional)")
        self.contact_id = QSpinBox()
        self.contact_id.setRange(1, 2_000_000_000)
        self.contact_id.setToolTip("The contact's id, shown in its Details tab")
        self.output = QLineEdit()
        self.make_button = QPushButton("Make report")
        self.make_button.setDefault(True)
        self.open_button = QPushButton("Open")
        self.open_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Report:", self.kind)
        form.addRow("", self.description)
        form.addRow("Period:", self.period)
        form.addRow("Tag:", self.tag)
        form.addRow("Search:", self.search)
        form.addRow("Contact id:", self.contact_id)
        form.addRow("Save as:", self.output)
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.make_button.clicked.connect(self.make_report)
        self.open_button.clicked.connect(self.open_report)
        bridge.changed.connect(self._changes)
        self.refresh()
        self._kind_changed()

    # --- page protocol ----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.tag.currentData()
        self.tag.clear()
        self.tag.addItem("All tags", ALL_TAGS)
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

    def select_contact(self, contact_id: int) -> None:
        """Preset the dossier for a contact (from the Contacts page)."""
        self.kind.setCurrentIndex(self.kind.findData("contact"))
        self.contact_id.setValue(contact_id)

    # --- making ----------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        key = self.kind.currentData()
        self.description.setText(next(d for k, _, d in REPORTS if k == key))
        self.period.setEnabled(key in ("sales", "activity"))
        self.tag.setEnabled(key == "directory")
        self.search.setEnabled(key == "directory")
        self.contact_id.setEnabled(key == "contact")
        folder = paths.documents_dir()
        self.output.setText(str(folder / f"contactweb-{key}-{date.today():%Y-%m-%d}.pdf"))

    def _period(self) -> tuple[date | None, date | None]:
        first, after = self.period.date_range()
        return first, (after - timedelta(days=1)) if after else None

    def make_report(self) -> None:
        key = self.kind.currentData()
        out = Path(self.output.text().strip()).expanduser()
        if not self.output.text().strip():
            self.status.setText("Choose where to save the report.")
            return
        since, until = self._period()
        query = ContactQuery(search=self.search.text(), tag=self.tag.currentData() or "")
        contact_id = self.contact_id.value() if key == "contact" else None
        ws = self._ws

        def job(ctx: OpContext) -> int:
            ctx.progress(0, 1)
            size = report_service.make_report(ws, key, out, contact_id=contact_id, query=query,
                                              since=since, until=until)
            ctx.progress(1, 1)
            return size

        self.make_button.setEnabled(False)
        self.status.setText("Making the report…")
        worker = self._bridge.operations.query(self, job).with_progress(
            "Making a report", f"Making the {self.kind.currentText().lower()}…",
            cancellable=False)
        worker.success(lambda size: self._done(out, size)).failure(
            lambda _exc: self._failed(worker.error)).run()

    def _done(self, out: Path, size: int) -> None:
        self.make_button.setEnabled(True)
        self.last_output = out
        self.open_button.setEnabled(True)
        self.status.setText(f"Saved {out} ({size // 1024 + 1} KB).")

    def _failed(self, message: str) -> None:
        self.make_button.setEnabled(True)
        self.status.setText(message)

    def open_report(self) -> None:
        if self.last_output is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))
