"""Who gets the mailing: a tag and a search narrow the contacts; the check says how many are
included and lists everyone left out, with the reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from contactweb.services.contacts import contacts
from contactweb.services.eligibility.eligibility import Eligibility, Selection, eligible_recipients
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.translations import plural
from contactweb.ui.mailing.mailing_compose_page import PREVIEW_CHOICES

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard

EXCLUDED_COLUMNS = (RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contact"), lambda e: e.name),
                    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Left out because"), lambda e: e.reason))


class MailingRecipientsPage(QWizardPage):
    def __init__(self, wizard: MailingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Recipients"))
        self.setSubTitle(self.tr("Only contacts who gave express consent to email, and did not opt "
                         "out, receive a mailing."))
        self.tag = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Only contacts matching this search (optional)"))
        self.check_button = QPushButton(self.tr("Check recipients"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.excluded_model = RecordTableModel(EXCLUDED_COLUMNS, parent=self)
        self.excluded_view = QTableView()
        self.excluded_view.setModel(self.excluded_model)
        self.excluded_view.setWordWrap(False)
        header = self.excluded_view.horizontalHeader()
        # Names as wide as they are (measured over the first rows, not every excluded one).
        header.setResizeContentsPrecision(500)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.excluded_view.verticalHeader().hide()

        form = QFormLayout()
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.tr("Search:"), self.search)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.excluded_view, 1)

        self.check_button.clicked.connect(self.check)
        self.tag.currentIndexChanged.connect(self._selection_changed)
        self.search.textChanged.connect(self._selection_changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.tag.count() == 0:
            self.tag.blockSignals(True)
            self.tag.addItem(self.tr("All contacts"), "")
            for name in contacts.all_tags(self.owner.ws):
                self.tag.addItem(name, name)
            self.tag.blockSignals(False)
        if self.owner.eligibility is None and not self.owner.busy():
            self.check()

    def current_selection(self) -> Selection:
        return Selection(tag=self.tag.currentData() or "", search=self.search.text().strip())

    def check(self) -> None:
        if self.owner.busy():
            return
        selection = self.current_selection()
        ws = self.owner.ws
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking consent and addresses…"))
        # What the next pages show (the excluded here, the first recipients for the preview)
        # is read on the worker, not when the UI thread first shows it.
        self.owner.run(lambda _ctx: eligible_recipients(ws, "email", selection).read_shown(
                           PREVIEW_CHOICES),
                       lambda result: self._checked(selection, result), self._failed)

    def _checked(self, selection: Selection, result: Eligibility) -> None:
        self.check_button.setEnabled(True)
        self.owner.selection = selection
        self.owner.eligibility = result
        self.excluded_model.set_records(result.excluded)
        if result.included:
            self.summary.setText(
                plural(self.tr("%n contact(s) will receive this mailing.", "",
                               len(result.included)), len(result.included))
                + (" " + self.tr("%n left out:", "", len(result.excluded))
                   if result.excluded else ""))
        else:
            self.summary.setText(self.tr("No one in {what} may receive a mailing ({count} left "
                                         "out).").format(what=selection.describe(),
                                                         count=len(result.excluded)))
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(message)
        self.completeChanged.emit()

    def _selection_changed(self) -> None:
        if self.owner.eligibility is not None:
            self.owner.eligibility = None
            self.excluded_model.clear()
            self.summary.setText(self.tr("The selection changed: check the recipients again."))
            self.completeChanged.emit()

    def clear_data(self) -> None:
        self.excluded_model.clear()
        self.summary.clear()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        result = self.owner.eligibility
        return (result is not None and bool(result.included) and not self.owner.busy()
                and self.owner.selection == self.current_selection())
