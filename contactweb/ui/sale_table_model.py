"""Sales across contacts, fetched a page at a time; filtering happens in SQL
(``sales.list_sales`` with a ``SaleFilter``)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from contactweb.services import sales
from contactweb.services.sales import SaleFilter, SaleView
from contactweb.vault.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {"quote": "Quote", "won": "Won", "lost": "Lost", "invoiced": "Invoiced"}


class SaleTableModel(QAbstractTableModel):
    class Column(IntEnum):
        DATE = 0
        CONTACT = 1
        STATUS = 2
        PRODUCTS = 3
        TOTAL = 4
        USER = 5

    HEADERS = ("Date", "Contact", "Status", "Products", "Total", "By")
    SaleIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2
    TotalCentsRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._filter = SaleFilter()
        self._rows: list[SaleView] = []
        self._more = False

    def set_filter(self, flt: SaleFilter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> SaleFilter:
        return self._filter

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        if not self._workspace.locked:
            self._rows = sales.list_sales(self._workspace, self._filter, self._page_size, 0)
        self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the vault was locked)."""
        self.beginResetModel()
        self._rows = []
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._workspace.locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        page = sales.list_sales(self._workspace, self._filter, self._page_size, offset)
        self._more = len(page) == self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sale(self, row: int) -> SaleView:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

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
                             f"{sales.format_money(line.total_cents, sale.currency)}"
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
            return sale.sale_date.isoformat()
        if column == self.Column.CONTACT:
            return sale.contact_name
        if column == self.Column.STATUS:
            return STATUS_LABELS.get(sale.status, sale.status)
        if column == self.Column.PRODUCTS:
            names = [line.product for line in sale.lines]
            return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3
                                           else "")
        if column == self.Column.TOTAL:
            return sales.format_money(sale.total_cents, sale.currency)
        return sale.user
