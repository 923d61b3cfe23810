"""Sales across contacts, fetched a page at a time; filtering happens in SQL
(``sales.list_sales`` with a ``SaleFilter``)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from contactweb.services.activity import sales
from contactweb.services.activity.sales import SaleFilter, SaleView
from contactweb.ui.kit.display_text import local_date, money
from contactweb.ui.kit.paged_table_model import Index, PagedTableModel
from contactweb.vault.workspace import Workspace

# Translated where shown (context "SaleStatuses").
STATUS_LABELS = {"quote": QT_TRANSLATE_NOOP("SaleStatuses", "Quote"),
                 "won": QT_TRANSLATE_NOOP("SaleStatuses", "Won"),
                 "lost": QT_TRANSLATE_NOOP("SaleStatuses", "Lost"),
                 "invoiced": QT_TRANSLATE_NOOP("SaleStatuses", "Invoiced")}


def status_label(status: str) -> str:
    return QCoreApplication.translate("SaleStatuses", STATUS_LABELS.get(status, status))


class SaleTableModel(PagedTableModel):
    class Column(IntEnum):
        DATE = 0
        CONTACT = 1
        STATUS = 2
        PRODUCTS = 3
        TOTAL = 4
        USER = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Date"),
        QT_TRANSLATE_NOOP("TableHeaders", "Contact"),
        QT_TRANSLATE_NOOP("TableHeaders", "Status"),
        QT_TRANSLATE_NOOP("TableHeaders", "Products"),
        QT_TRANSLATE_NOOP("TableHeaders", "Total"),
        QT_TRANSLATE_NOOP("TableHeaders", "By"))
    SaleIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2
    TotalCentsRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200) -> None:
        super().__init__(workspace, parent, page_size)
        self._filter = SaleFilter()

    def set_filter(self, flt: SaleFilter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> SaleFilter:
        return self._filter

    def fetch_page(self, offset: int, limit: int) -> list[SaleView]:
        return sales.list_sales(self._workspace, self._filter, limit, offset)

    def sale(self, row: int) -> SaleView:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sale = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(sale, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.PRODUCTS:
            return "\n".join(f"{line.quantity} × {line.product}: "
                             f"{money(line.total_cents, sale.currency)}"
                             for line in sale.lines) or None
        if role == self.SaleIdRole:
            return sale.id
        if role == self.ContactIdRole:
            return sale.contact_id
        if role == self.TotalCentsRole:
            return sale.total_cents
        return None

    def _display(self, sale: SaleView, column: Column) -> str:
        if column == self.Column.DATE:
            return local_date(sale.sale_date)
        if column == self.Column.CONTACT:
            return sale.contact_name
        if column == self.Column.STATUS:
            return status_label(sale.status)
        if column == self.Column.PRODUCTS:
            names = [line.product for line in sale.lines]
            return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3
                                           else "")
        if column == self.Column.TOTAL:
            return money(sale.total_cents, sale.currency)
        return sale.user
