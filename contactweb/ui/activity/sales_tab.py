"""The Sales page: sales across contacts filtered by period, status and user, with totals per
currency. Without a status filter the totals count won and invoiced sales (money actually
earned); with one, they count sales in that status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from contactweb.models.sale import SALE_STATUSES
from contactweb.services.activity import activity_export, sales, sales_counts
from contactweb.services.activity.sales import SaleFilter
from contactweb.ui.activity.activity_page import ALL, ActivityPage
from contactweb.ui.activity.sale_table_model import SaleTableModel, status_label
from contactweb.ui.kit.display_text import money as display_money
from contactweb.ui.kit.period_filter_widget import Period
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

EARNED_STATUSES = ("won", "invoiced")
Column = SaleTableModel.Column
# Products hold several values: sorting on them keeps the date order.
SORT_BY_COLUMN = {Column.DATE: "date", Column.CONTACT: "contact", Column.STATUS: "status",
                  Column.TOTAL: "total", Column.USER: "user"}


class SalesTab(ActivityPage):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        self.totals: dict[str, int] = {}
        self.sale_count = 0
        self._statuses = EARNED_STATUSES
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for status in SALE_STATUSES:
            self.status_combo.addItem(status_label(status), status)
        super().__init__(
            workspace, bridge, SaleTableModel(workspace), name=QCoreApplication.translate("SalesTab", "Sales"),
            period=Period.THIS_YEAR, choice_label=self.tr("Status:"), choice=self.status_combo,
            shows=lambda changes: changes.sales, stretch_column=Column.PRODUCTS,
            widths={Column.DATE: 100, Column.CONTACT: 220, Column.STATUS: 90,
                    Column.TOTAL: 130}, parent=parent)
        self.model.setParent(self)

    def current_filter(self) -> SaleFilter:
        since, until = self.period_filter.date_range()
        column, descending = self.sort_column()
        return SaleFilter(since=since, until=until,
                          status=self.status_combo.currentData() or ALL,
                          username=self.user_combo.currentData() or ALL,
                          search=self.search_text(), sort=SORT_BY_COLUMN.get(column, "date"),
                          descending=descending)

    def export_rows(self, flt: SaleFilter, path: Path) -> int:
        return activity_export.export_sales_csv(self._workspace, flt, path)

    def load_totals(self, flt: SaleFilter) -> None:
        self._statuses = (flt.status,) if flt.status else EARNED_STATUSES
        self.totals = sales.totals_by_currency(self._workspace, flt, self._statuses)
        self.sale_count = sales_counts.count_sales(self._workspace, flt)

    def forget_totals(self) -> None:
        self.totals = {}
        self.sale_count = 0

    def show_totals(self) -> None:
        counted = self.tr(" and ").join(status_label(s).lower() for s in self._statuses)
        nothing = self.tr("nothing")  # outside the f-string, where lupdate can read it
        money = " &nbsp;·&nbsp; ".join(
            f"<b>{display_money(cents, currency)}</b>"
            for currency, cents in sorted(self.totals.items())) or f"<b>{nothing}</b>"
        self.totals_label.setText(
            plural(self.tr("%n sale(s)", "", self.sale_count), self.sale_count)
            + self.tr(" ({description}). Total {counted}: {money}").format(
                description=self.period_filter.description(), counted=counted, money=money))
