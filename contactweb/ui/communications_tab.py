"""The Communications page: every call, email, meeting, letter and note across contacts,
filtered by period, kind and user, with how many of each kind the filter matches."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.models.communication import COMMUNICATION_KINDS
from contactweb.services import communications, users
from contactweb.services.communications import CommunicationFilter
from contactweb.ui.communication_table_model import KIND_LABELS, CommunicationTableModel
from contactweb.ui.period_filter_widget import Period, PeriodFilterWidget
from contactweb.vault.workspace import Workspace

ALL = ""


class CommunicationsTab(QWidget):
    contactActivated = Signal(int)

    def __init__(self, workspace: Workspace, bridge: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._bridge = bridge
        self.model = CommunicationTableModel(workspace, self)
        self.totals: dict[str, int] = {}

        self.period_filter = PeriodFilterWidget(default=Period.THIS_MONTH)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind")
        self.kind_combo.addItem("All kinds", ALL)
        for kind in COMMUNICATION_KINDS:
            self.kind_combo.addItem(KIND_LABELS.get(kind, kind), kind)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName("User")
        self.user_combo.addItem("All users", ALL)
        filters = QHBoxLayout()
        filters.addWidget(self.period_filter)
        filters.addWidget(QLabel("Kind:"))
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel("By:"))
        filters.addWidget(self.user_combo)
        filters.addStretch(1)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("communicationTotals")
        self.totals_label.setWordWrap(True)
        self.message_label = QLabel()

        self.view = QTableView()
        self.view.setAccessibleName("Communications")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CommunicationTableModel.Column.SUBJECT,
                                    QHeaderView.ResizeMode.Stretch)
        for column, width in ((CommunicationTableModel.Column.WHEN, 130),
                              (CommunicationTableModel.Column.CONTACT, 200),
                              (CommunicationTableModel.Column.KIND, 110)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._activate)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.period_filter.periodChanged.connect(self.apply_filter)
        self.kind_combo.currentIndexChanged.connect(self.apply_filter)
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        for name in ("communicationsChanged", "contactsChanged"):
            signal = getattr(bridge, name, None)
            if signal is not None:
                signal.connect(lambda *_args: self.apply_filter())
        locked = getattr(bridge, "locked", None)
        if locked is not None:
            locked.connect(self.clear)

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self._load_users()
        self.apply_filter()

    def clear(self) -> None:
        self.model.clear()
        self.totals = {}
        self.totals_label.clear()
        self.message_label.clear()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        self.user_combo.blockSignals(False)

    # -- filtering -------------------------------------------------------------------------

    def current_filter(self) -> CommunicationFilter:
        since, until = self.period_filter.utc_range()
        return CommunicationFilter(since=since, until=until,
                                   kind=self.kind_combo.currentData() or ALL,
                                   username=self.user_combo.currentData() or ALL)

    def apply_filter(self) -> None:
        if self._workspace.locked:
            return
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
            self.totals = communications.count_by_kind(self._workspace, flt)
        except ContactWebError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.clear()
        self._show_totals()

    def _show_totals(self) -> None:
        total = sum(self.totals.values())
        parts = [f"{KIND_LABELS.get(kind, kind)}s: {self.totals.get(kind, 0):,}"
                 for kind in COMMUNICATION_KINDS]
        separator = " &nbsp;·&nbsp; "
        self.totals_label.setText(
            f"<b>{total:,} communication{'s' if total != 1 else ''}</b> "
            f"({self.period_filter.description()}){separator}" + separator.join(parts))

    def _load_users(self) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for user in users.list_users(self._workspace):
            self.user_combo.addItem(user.username, user.username)
        index = self.user_combo.findData(chosen)
        self.user_combo.setCurrentIndex(max(index, 0))
        self.user_combo.blockSignals(False)

    def _activate(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, CommunicationTableModel.ContactIdRole)
        if contact_id:
            self.contactActivated.emit(int(contact_id))
