"""What the Communications and Sales pages share: a list across every contact with a period,
one page-specific choice and a user filter above it, totals between, a message line below,
and a double-click that opens the contact."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Signal
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
from contactweb.services.changes import Changes
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.remembered_columns import RememberedColumns
from contactweb.ui.kit.user_filter_combo import UserFilterCombo
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

ALL = ""


class ActivityPage(QWidget):
    """Subclasses say what the filter is (``current_filter``), read their totals
    (``load_totals``) and show them (``show_totals``)."""

    contactActivated = Signal(int)

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, model: QAbstractTableModel,
                 *, name: str, period: Period, choice_label: str, choice: QComboBox,
                 shows: Callable[[Changes], bool], stretch_column: int,
                 widths: dict[int, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._bridge = bridge
        self.model = model
        self.period_filter = PeriodFilterWidget(default=period)
        self.user_combo = UserFilterCombo()
        filters = QHBoxLayout()
        filters.addWidget(self.period_filter)
        filters.addWidget(QLabel(choice_label))
        filters.addWidget(choice)
        filters.addWidget(QLabel("By:"))
        filters.addWidget(self.user_combo)
        filters.addStretch(1)

        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.message_label = QLabel()

        self.view = QTableView()
        self.view.setAccessibleName(name)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self.columns = RememberedColumns(self.view, name.lower())
        self.view.doubleClicked.connect(self._activate)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.period_filter.periodChanged.connect(self.apply_filter)
        choice.currentIndexChanged.connect(self.apply_filter)
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self._shows = shows
        bridge.changed.connect(self._changes)
        bridge.locked.connect(self.clear)

    def _changes(self, changes: Changes) -> None:
        if changes.contacts or self._shows(changes):
            self.apply_filter()

    # -- what each page says for itself -------------------------------------------------------
    def current_filter(self) -> object:
        raise NotImplementedError

    def load_totals(self, flt: object) -> None:
        raise NotImplementedError

    def show_totals(self) -> None:
        raise NotImplementedError

    def forget_totals(self) -> None:
        raise NotImplementedError

    # -- page interface ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self.user_combo.reload(self._workspace)
        self.apply_filter()

    def clear(self) -> None:
        self.model.clear()
        self.forget_totals()
        self.totals_label.clear()
        self.message_label.clear()
        self.user_combo.forget_users()

    def apply_filter(self) -> None:
        if self._workspace.locked:
            return
        flt = self.current_filter()
        try:
            self.model.set_filter(flt)
            self.load_totals(flt)
        except ContactWebError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.clear()
        self.show_totals()

    def _activate(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, self.model.ContactIdRole)
        if contact_id:
            self.contactActivated.emit(int(contact_id))
