"""What the Communications and Sales pages share: a list across every contact with a period,
one page-specific choice, a user filter and a search above it, totals between, a message
line below, sorting by any column (in SQL), an export of what the filter shows to CSV (for
roles that may export), and a double-click that opens the contact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.changes import Changes
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.remembered_columns import RememberedColumns
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.user_filter_combo import UserFilterCombo
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

ALL = ""
SEARCH_DELAY_MS = 250


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
        filters.addWidget(QLabel(self.tr("By:")))
        filters.addWidget(self.user_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search: {name}").format(name=name))
        self.search_edit.setPlaceholderText(self.tr("Search"))
        self.search_edit.setClearButtonEnabled(True)
        filters.addWidget(self.search_edit, 1)
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.setToolTip(self.tr("Every row of {name} that the filter and search select, as a spreadsheet "
                    "file.").format(name=name))
        hide_unless(workspace.can(Action.EXPORT), self.export_button)  # the service checks
        self.export_button.clicked.connect(self._export_clicked)
        filters.addWidget(self.export_button)
        self._name = name

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
        # Sorting is done in SQL by the model; the header starts at its default order.
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(lambda _column, _order: self.apply_filter())
        self.view.doubleClicked.connect(self._activate)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.period_filter.periodChanged.connect(self.apply_filter)
        choice.currentIndexChanged.connect(self.apply_filter)
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
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

    def export_rows(self, flt: object, path: Path) -> int:
        """Write every row ``flt`` selects to ``path`` as CSV (a service call)."""
        raise NotImplementedError

    # -- search and sort, for the subclasses' filters ----------------------------------------
    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def sort_column(self) -> tuple[int, bool]:
        """(column, descending) as the header shows it."""
        header = self.view.horizontalHeader()
        return header.sortIndicatorSection(), \
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    # -- back where you were after a lock ---------------------------------------------------
    def view_state(self) -> dict[str, object]:
        column, descending = self.sort_column()
        return {"search": self.search_edit.text(), "sort": column, "descending": descending}

    def restore_view_state(self, state: dict[str, object]) -> None:
        header = self.view.horizontalHeader()
        header.blockSignals(True)  # one reload below, not one per change
        header.setSortIndicator(int(state.get("sort", 0)),  # type: ignore[call-overload]
                                Qt.SortOrder.DescendingOrder if state.get("descending", True)
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.search_edit.setText(str(state.get("search", "")))
        self.apply_filter()

    # -- export ------------------------------------------------------------------------------
    def _export_clicked(self) -> None:
        name = self._bridge.dialogs.save_file_name(
            self, self.tr("Export {name}").format(name=self._name),
            f"{self._name.lower()}-{date.today().isoformat()}.csv")
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> None:
        if self._workspace.locked:
            return
        flt = self.current_filter()
        self.export_button.setEnabled(False)
        op = self._bridge.operations.operation(
            self, lambda _ctx: self.export_rows(flt, path), changes=Changes(audit=True))
        op.success(lambda count: self.message_label.setText(
            plural(self.tr("Exported %n row(s) to {path}.", "", count), count).format(path=path)))
        op.finished.connect(lambda: self.export_button.setEnabled(True))
        op.run()

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
        self.search_edit.clear()
        self._search_timer.stop()

    def apply_filter(self) -> None:
        self._search_timer.stop()
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
