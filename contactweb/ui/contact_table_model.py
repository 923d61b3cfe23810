"""Contacts as a table that stays quick at 100,000 rows and more.

The row count comes from ``count_contacts``; rows arrive in pages of ``PAGE_SIZE`` through
``list_contacts(offset, limit)``, with search, filters and sorting done in SQL. ``data()``
never touches the database: a row whose page is not loaded yet shows empty and asks for its
page, which is fetched right after (only the pages on screen, never all rows).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from contactweb.services import contact_queries
from contactweb.services.contact_queries import ContactQuery, ContactRow
from contactweb.services.validation import format_phone
from contactweb.vault.workspace import Workspace

PAGE_SIZE = 200
MAX_CACHED_PAGES = 12
AnyIndex = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    class Column(IntEnum):
        NAME = 0
        COMPANY = 1
        EMAIL = 2
        PHONE = 3
        CITY = 4
        TAGS = 5
        STATUS = 6

    ContactIdRole = Qt.ItemDataRole.UserRole + 1
    HEADERS = ("Name", "Company", "Email", "Phone", "City", "Tags", "Status")
    # Tags have no single value to sort by; sorting on them keeps the name order.
    SORT_KEYS = {Column.NAME: "name", Column.COMPANY: "company", Column.EMAIL: "email",
                 Column.PHONE: "phone", Column.CITY: "city", Column.TAGS: "name",
                 Column.STATUS: "status"}

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws: Workspace | None = workspace
        self._query = ContactQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._wanted: set[int] = set()
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self.fetch_wanted_pages)
        self.pages_fetched = 0  # how many page queries ran (tests check paging with it)
        self._reload()

    # --- queries ----------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._reload()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read after a change. Same number of rows: refresh in place, keeping the
        selection and scroll position; otherwise reset."""
        if self._ws is None:
            return
        count = contact_queries.count_contacts(self._ws, self._query)
        if count != self._count:
            self.set_query(self._query)
            return
        loaded = list(self._pages)
        self._pages.clear()
        for page in loaded:
            self._load_page(page)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.Column) - 1))

    def clear(self) -> None:
        """Forget every row and the workspace (the vault locked)."""
        self.beginResetModel()
        self._ws = None
        self._count = 0
        self._pages.clear()
        self._wanted.clear()
        self.endResetModel()

    def _reload(self) -> None:
        self._pages.clear()
        self._wanted.clear()
        if self._ws is None:
            self._count = 0
            return
        self._count = contact_queries.count_contacts(self._ws, self._query)
        if self._count:
            self._load_page(0)  # the first screen appears at once

    # --- pages ------------------------------------------------------------------------------
    def _load_page(self, page: int) -> None:
        assert self._ws is not None
        rows = contact_queries.list_contacts(self._ws, self._query, page * PAGE_SIZE,
                                             PAGE_SIZE)
        self.pages_fetched += 1
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def fetch_wanted_pages(self) -> None:
        """Load the pages that ``data()`` asked for and tell the view."""
        wanted, self._wanted = self._wanted, set()
        if self._ws is None:
            return
        for page in sorted(wanted):
            if page in self._pages:
                continue
            self._load_page(page)
            first = page * PAGE_SIZE
            last = min(first + PAGE_SIZE, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0),
                                      self.index(last, len(self.Column) - 1))

    def ensure_rows_loaded(self, first: int, last: int) -> None:
        """Load the pages holding rows first..last now (for code that needs the rows)."""
        for page in range(max(first, 0) // PAGE_SIZE, max(last, 0) // PAGE_SIZE + 1):
            if page not in self._pages and page * PAGE_SIZE < self._count:
                self._load_page(page)

    def row_data(self, row: int) -> ContactRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def contact_id(self, row: int) -> int | None:
        item = self.row_data(row)
        return item.id if item else None

    def row_of(self, contact_id: int) -> int | None:
        """The row of a contact among the loaded pages, or None."""
        for page, rows in self._pages.items():
            for offset, item in enumerate(rows):
                if item.id == contact_id:
                    return page * PAGE_SIZE + offset
        return None

    # --- the Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        item = self.row_data(index.row())
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row() // PAGE_SIZE)
                return "…" if index.column() == self.Column.NAME else ""
            return None
        column = self.Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == self.ContactIdRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "closed":
            return QBrush(QColor("#808080"))
        return None

    @staticmethod
    def _text(item: ContactRow, column: ContactTableModel.Column) -> str:
        match column:
            case ContactTableModel.Column.NAME:
                return item.name
            case ContactTableModel.Column.COMPANY:
                return item.company
            case ContactTableModel.Column.EMAIL:
                return item.email
            case ContactTableModel.Column.PHONE:
                return format_phone(item.phone) if item.phone else ""
            case ContactTableModel.Column.CITY:
                return item.city
            case ContactTableModel.Column.TAGS:
                return ", ".join(item.tags)
            case _:
                return "Closed" if item.status == "closed" else "Active"

    def _want(self, page: int) -> None:
        self._wanted.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.Column(column), "name") if 0 <= column < len(
            self.Column) else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        # Every row may move, so the view starts over (the count stays; one page is read).
        self.set_query(replace(self._query, sort=key, descending=descending))
