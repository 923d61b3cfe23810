"""The Communications page: every call, email, meeting, letter and note across contacts,
filtered by period, kind and user, with how many of each kind the filter matches."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from contactweb.models.communication import COMMUNICATION_KINDS
from contactweb.services.activity import communications
from contactweb.services.activity.communications import CommunicationFilter
from contactweb.ui.activity.activity_page import ALL, ActivityPage
from contactweb.ui.activity.communication_table_model import KIND_LABELS, CommunicationTableModel
from contactweb.ui.kit.period_filter_widget import Period
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

Column = CommunicationTableModel.Column


class CommunicationsTab(ActivityPage):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        self.totals: dict[str, int] = {}
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind")
        self.kind_combo.addItem("All kinds", ALL)
        for kind in COMMUNICATION_KINDS:
            self.kind_combo.addItem(KIND_LABELS.get(kind, kind), kind)
        super().__init__(
            workspace, bridge, CommunicationTableModel(workspace), name="Communications",
            period=Period.THIS_MONTH, choice_label="Kind:", choice=self.kind_combo,
            shows=lambda changes: changes.communications, stretch_column=Column.SUBJECT,
            widths={Column.WHEN: 130, Column.CONTACT: 200, Column.KIND: 110}, parent=parent)
        self.model.setParent(self)

    def current_filter(self) -> CommunicationFilter:
        since, until = self.period_filter.utc_range()
        return CommunicationFilter(since=since, until=until,
                                   kind=self.kind_combo.currentData() or ALL,
                                   username=self.user_combo.currentData() or ALL)

    def load_totals(self, flt: CommunicationFilter) -> None:
        self.totals = communications.count_by_kind(self._workspace, flt)

    def forget_totals(self) -> None:
        self.totals = {}

    def show_totals(self) -> None:
        total = sum(self.totals.values())
        parts = [f"{KIND_LABELS.get(kind, kind)}s: {self.totals.get(kind, 0):,}"
                 for kind in COMMUNICATION_KINDS]
        separator = " &nbsp;·&nbsp; "
        self.totals_label.setText(
            f"<b>{total:,} communication{'s' if total != 1 else ''}</b> "
            f"({self.period_filter.description()}){separator}" + separator.join(parts))
