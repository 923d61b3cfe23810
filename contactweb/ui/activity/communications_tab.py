"""The Communications page: every call, email, meeting, letter and note across contacts,
filtered by period, kind and user, with how many of each kind the filter matches. A
double-click opens an entry for correcting; its context menu also deletes it or opens the
contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from contactweb.i18n import with_colon
from contactweb.models.communication import COMMUNICATION_KINDS
from contactweb.services.activity import activity_export, communications
from contactweb.services.activity.communications import CommunicationFilter
from contactweb.ui.activity.activity_page import ALL, ActivityPage
from contactweb.ui.activity.communication_table_model import (
    KIND_TOTALS,
    CommunicationTableModel,
    kind_label,
)
from contactweb.ui.contacts.communication_actions import CommunicationActions
from contactweb.ui.kit.period_filter_widget import Period
from contactweb.ui.kit.regional_formats import number_text
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

Column = CommunicationTableModel.Column
SORT_BY_COLUMN = {Column.WHEN: "when", Column.CONTACT: "contact", Column.KIND: "kind",
                  Column.DIRECTION: "direction", Column.SUBJECT: "subject",
                  Column.USER: "user", Column.DURATION: "duration"}


class CommunicationsTab(ActivityPage):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        self.totals: dict[str, int] = {}
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.addItem(self.tr("All kinds"), ALL)
        for kind in COMMUNICATION_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        super().__init__(
            workspace, bridge, CommunicationTableModel(workspace), name=QCoreApplication.translate("CommunicationsTab", "Communications"),
            period=Period.THIS_MONTH, choice_label=self.tr("Kind:"), choice=self.kind_combo,
            shows=lambda changes: changes.communications, stretch_column=Column.SUBJECT,
            widths={Column.WHEN: 130, Column.CONTACT: 200, Column.KIND: 110}, parent=parent)
        self.model.setParent(self)
        self.communication_actions = CommunicationActions(workspace, bridge, self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _entry_at(self, index: QModelIndex) -> tuple[int, int] | None:
        """(contact id, communication id) of the row at ``index``."""
        if not index.isValid():
            return None
        row = self.model.index(index.row(), 0)
        contact_id = self.model.data(row, self.model.ContactIdRole)
        communication_id = self.model.data(row, self.model.CommunicationIdRole)
        return (int(contact_id), int(communication_id)) if contact_id else None

    def _activate(self, index: QModelIndex) -> None:
        """A double-click opens the entry itself (the context menu opens its contact)."""
        ids = self._entry_at(index)
        if ids is not None and self.communication_actions.can_change():
            self.communication_actions.edit(*ids)
        elif ids is not None:
            self.contactActivated.emit(ids[0])

    def _context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        ids = self._entry_at(index)
        if ids is None:
            return
        self.view.selectRow(index.row())
        entry = self.model.entry(index.row())
        menu = self.communication_actions.show_menu(self.view.viewport().mapToGlobal(position), *ids,
                                      entry.kind, entry.subject)
        open_contact = QAction(self.tr("Open contact"), menu)
        open_contact.triggered.connect(lambda: self.contactActivated.emit(ids[0]))
        menu.insertAction(menu.actions()[0], open_contact)

    def current_filter(self) -> CommunicationFilter:
        since, until = self.period_filter.utc_range()
        column, descending = self.sort_column()
        return CommunicationFilter(since=since, until=until,
                                   kind=self.kind_combo.currentData() or ALL,
                                   username=self.user_combo.currentData() or ALL,
                                   search=self.search_text(),
                                   sort=SORT_BY_COLUMN.get(column, "when"),
                                   descending=descending)

    def export_rows(self, flt: CommunicationFilter, path: Path) -> int:
        return activity_export.export_communications_csv(self._workspace, flt, path)

    def load_totals(self, flt: CommunicationFilter) -> None:
        self.totals = communications.count_by_kind(self._workspace, flt)

    def forget_totals(self) -> None:
        self.totals = {}

    def show_totals(self) -> None:
        total = sum(self.totals.values())
        parts = [f"{with_colon(kind_label(kind, KIND_TOTALS))} {number_text(self.totals.get(kind, 0))}"
                 for kind in COMMUNICATION_KINDS]
        separator = " &nbsp;·&nbsp; "
        self.totals_label.setText(
            "<b>" + plural(self.tr("%n communication(s)", "", total), total) + "</b> "
            + f"({self.period_filter.description()}){separator}" + separator.join(parts))
