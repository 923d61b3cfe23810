"""The Sales page: sales across contacts filtered by period, status and user, with totals per
currency. Without a status filter the totals count won and invoiced sales (money actually
earned); with one, they count sales in that status."""

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
from contactweb.models.sale import SALE_STATUSES
from contactweb.services import activity, sales, users
from contactweb.services.sales import SaleFilter
from contactweb.ui.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.sale_table_model import STATUS_LABELS, SaleTableModel
from contactweb.vault.workspace import Workspace

ALL = ""
EARNED_STATUSES = ("won", "invoiced")


class SalesTab(QWidget):
    contactActivated = Signal(int)

    def __init__(self, workspace: Workspace, bridge: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._bridge = bridge
        self.model = SaleTableModel(workspace, self)
        self.totals: dict[str, int] = {}
        self.sale_count = 0

        self.period_filter = PeriodFilterWidget(default=Period.THIS_YEAR)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName("Status")
        self.status_combo.addItem("All statuses", ALL)
        for status in SALE_STATUSES:
            self.status_combo.addItem(STATUS_LABELS.get(status, status), status)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName("User")
        self.user_combo.addItem("All users", ALL)
        filters = QHBoxLayout()
        filters.addWidget(self.period_filter)
        filters.addWidget(QLabel("Status:"))
        filters.addWidget(self.status_combo)
        filters.addWidget(QLabel("By:"))
        filters.addWidget(self.user_combo)
        filters.addStretch(1)

        self.totals_label = QLabel()
        self.totals_label.setObjectName("saleTotals")
        self.totals_label.setWordWrap(True)
        self.message_label = QLabel()

        self.view = QTableView()
        self.view.setAccessibleName("Sales")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SaleTableModel.Column.PRODUCTS,
                                    QHeaderView.ResizeMode.Stretch)
        for column, width in ((SaleTableModel.Column.DATE, 100),
                              (SaleTableModel.Column.CONTACT, 220),
                              (SaleTableModel.Column.STATUS, 90),
                              (SaleTableModel.Column.TOTAL, 130)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._activate)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)

        self.period_filter.periodChanged.connect(self.apply_filter)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        for name in ("salesChanged", "contactsChanged"):
            signal = getattr(bridge, name, None)
            if signal is not None:
                signal.connect(lambda *_args: self.apply_filter())
        locked = getattr(bridge, "locked", None)
        if locked is not None:
            locked.connect(self.clear)

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self._load_users()
        self.apply_filter()

    def clear(self) -> None:
        self.model.clear()
        self.totals = {}
        self.sale_count = 0
        self.totals_label.clear()
        self.message_label.clear()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        self.user_combo.blockSignals(False)

    def current_filter(self) -> SaleFilter:
        since, until = self.period_filter.date_range()
        return SaleFilter(since=since, until=until,
                          status=self.status_combo.currentData() or ALL,
                          username=self.user_combo.currentData() or ALL)

    def apply_filter(self) -> None:
        if self._workspace.locked:
            return
        flt = self.current_filter()
        statuses = (flt.status,) if flt.status else EARNED_STATUSES
        try:
            self.model.set_filter(flt)
            self.totals = sales.totals_by_currency(self._workspace, flt, statuses)
            self.sale_count = activity.count_sales(self._workspace, flt)
        except ContactWebError as exc:
            self.message_label.setText(str(exc))
            return
        self.message_label.clear()
        self._show_totals(statuses)

    def _show_totals(self, statuses: tuple[str, ...]) -> None:
        counted = " and ".join(STATUS_LABELS.get(s, s).lower() for s in statuses)
        money = " &nbsp;·&nbsp; ".join(
            f"<b>{sales.format_money(cents, currency)}</b>"
            for currency, cents in sorted(self.totals.items())) or "<b>nothing</b>"
        self.totals_label.setText(
            f"{self.sale_count:,} sale{'s' if self.sale_count != 1 else ''} "
            f"({self.period_filter.description()}). Total {counted}: {money}")

    def _load_users(self) -> None:
        chosen = self.user_combo.currentData()
        self.user_combo.blockSignals(True)
        while self.user_combo.count() > 1:
            self.user_combo.removeItem(1)
        for user in users.list_users(self._workspace):
            self.user_combo.addItem(user.username, user.username)
        self.user_combo.setCurrentIndex(max(self.user_combo.findData(chosen), 0))
        self.user_combo.blockSignals(False)

    def _activate(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, SaleTableModel.ContactIdRole)
        if contact_id:
            self.contactActivated.emit(int(contact_id))
