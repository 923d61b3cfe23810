"""Contacts as a table that stays quick at 100,000 rows and more.

The row count and the first page come from ``count_and_list``, further rows in pages of
``PAGE_SIZE`` from ``list_contacts(offset, limit)``, with search, filters and sorting done in
SQL. Only the first screen of a new model is read on the UI thread; every later read (a new
search or sort, a refresh, a page scrolled to) runs through the operation runner, on one
long-lived read worker, so a slow query never freezes the window. ``data()`` never touches the
database: a row whose page is not loaded shows its previous value or "…" and asks for its page.

A search whose matches are as many as the rows shown updates the rows in place (dataChanged)
instead of resetting the model; the page then puts the selection where it belongs, as after a
reset. A new sort order, or another number of rows, resets the model.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from contactweb.services.contacts import contact_queries
from contactweb.services.contacts.contact_queries import ContactQuery, ContactRow
from contactweb.ui.contacts.contact_cell_texts import ContactCellTexts
from contactweb.ui.kit.operations import BackgroundOp, OperationRunner, error_text
from contactweb.ui.kit.read_worker import ReadWorker
from contactweb.vault.workspace import Workspace

PAGE_SIZE = 200
MAX_CACHED_PAGES = 12
MAX_WANTED_PAGES = 6  # while scrolling fast, only the latest requests matter
AnyIndex = QModelIndex | QPersistentModelIndex
Pages = dict[int, list[ContactRow]]


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
    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Name"),
        QT_TRANSLATE_NOOP("TableHeaders", "Company"),
        QT_TRANSLATE_NOOP("TableHeaders", "Email"),
        QT_TRANSLATE_NOOP("TableHeaders", "Phone"),
        QT_TRANSLATE_NOOP("TableHeaders", "City"),
        QT_TRANSLATE_NOOP("TableHeaders", "Tags"),
        QT_TRANSLATE_NOOP("TableHeaders", "Status"))
    # Tags have no single value to sort by; sorting on them keeps the name order.
    SORT_KEYS = {Column.NAME: "name", Column.COMPANY: "company", Column.EMAIL: "email",
                 Column.PHONE: "phone", Column.CITY: "city", Column.TAGS: "name",
                 Column.STATUS: "status"}

    loaded = Signal()  # the rows of a new query, or of a refresh, are in
    counted = Signal()  # the number of contacts, read after the first screen, is in
    failed = Signal(str)  # a read failed (e.g. the vault locked meanwhile)

    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QObject | None = None, count_now: bool = True) -> None:
        """``count_now=False``: the first screen is read without counting every contact
        (a cold count of 100,000 took longer than the rows); until the count, read on the
        worker, is in, the model has the rows read so far and ``counting`` is True."""
        super().__init__(parent)
        self._ws: Workspace | None = workspace
        self._operations = operations
        self._reader = ReadWorker()  # one thread for every read of this list
        self._query = ContactQuery()
        self._generation = 0  # bumped by every new query: older results are dropped
        self._shown_generation = 0  # the generation whose rows are in (loaded emitted)
        self._count = 0
        self._pages: OrderedDict[int, list[ContactRow]] = OrderedDict()
        self._stale: Pages = {}  # rows shown until their page is read again
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._page_worker: BackgroundOp | None = None
        self._loading = 0
        self._query_waiting = False  # a newer query, read when the one being read is in
        self._order_changed = False  # a new sort order is being read: that one resets
        self.counting = False
        # Cell texts as shown, per row painted and per phone number: parsing a number is the
        # dearest part of painting a row, and a repaint asks for every visible cell again.
        self._texts = ContactCellTexts()
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self.fetch_wanted_pages)
        self.pages_fetched = 0  # how many page reads ran (tests check paging with it)
        # The first screen is read right away, so a new window never opens empty.
        if count_now:
            self._apply(self._read(workspace, self._query, [0], 0, reset=True))
        else:
            self._read_first_screen_then_count(workspace)

    # --- queries ----------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    @property
    def reading_rows(self) -> bool:
        """A new query or a refresh is being read: ``loaded`` follows with its rows."""
        return self._ws is not None and self._shown_generation != self._generation

    @property
    def busy(self) -> bool:
        return self._loading > 0 or self._page_worker is not None or self._query_waiting \
            or self.counting

    def set_query(self, query: ContactQuery) -> None:
        """Search, filter or sort anew; the current rows stay until the new ones are in.

        One read at a time, the latest query next: a keystroke while a search is being read
        waits for that read (whose rows are dropped) and the keystrokes in between are never
        read. Searching on every keystroke then costs no typing pause, and a fast typist
        never has more than two reads to wait for."""
        if (query.sort, query.descending) != (self._query.sort, self._query.descending):
            self._order_changed = True
        self._query = query
        self._generation += 1
        self.counting = False  # the read of the new query counts
        self._wanted.clear()
        if self._loading:
            self._query_waiting = True
            return
        self._start_read([0], reset=True)

    def refresh(self) -> None:
        """Read again after a change. The rows on screen stay until fresh ones arrive; with
        the same number of rows the selection and scroll position are kept."""
        if self._ws is None:
            return
        recent = list(self._pages)[-2:] or [0]  # most likely the ones on screen
        self._stale = {**self._stale, **self._pages}
        self._pages.clear()
        self._generation += 1
        self.counting = False  # this read counts
        self._start_read(recent, reset=False)

    def clear(self) -> None:
        """Forget every row and the workspace (the vault locked)."""
        self.beginResetModel()
        self._ws = None
        self._generation += 1
        self._query_waiting = False
        self.counting = False
        self._texts.clear()
        self._count = 0
        self._pages.clear()
        self._stale.clear()
        self._wanted.clear()
        self.endResetModel()

    def _start_read(self, pages: list[int], reset: bool) -> None:
        if self._ws is None:
            return
        ws, query, generation = self._ws, self._query, self._generation
        worker = self._operations.query(
            self, lambda _ctx: self._read(ws, query, pages, generation, reset), self._reader)
        worker.success(self._apply).failure(self._read_failed)
        self._loading += 1
        worker.finished.connect(self._read_done)
        worker.run()

    @staticmethod
    def _read(ws: Workspace, query: ContactQuery, pages: list[int], generation: int,
              reset: bool) -> tuple[int, int, Pages, bool]:
        """Runs on a worker (or once on the UI thread for the first screen)."""
        first, *others = pages
        count, first_rows = contact_queries.count_and_list(ws, query, first * PAGE_SIZE,
                                                           PAGE_SIZE)
        rows = {first: first_rows} if first * PAGE_SIZE < count else {}
        rows.update({page: contact_queries.list_contacts(ws, query, page * PAGE_SIZE, PAGE_SIZE)
                     for page in others if page * PAGE_SIZE < count})
        return generation, count, rows, reset

    def _read_first_screen_then_count(self, ws: Workspace) -> None:
        rows = contact_queries.list_contacts(ws, self._query, 0, PAGE_SIZE)
        self.pages_fetched += 1
        self._count = len(rows)  # all of them when fewer than a page
        self._store(0, rows)
        if len(rows) < PAGE_SIZE:
            return
        self.counting = True
        # Counted once the first screen is painted (the next turn of the event loop), so the
        # count does not compete with building and painting the page.
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._start_count(generation))

    def _start_count(self, generation: int) -> None:
        ws = self._ws
        if generation != self._generation or ws is None or not self.counting:
            return  # a newer read, which counts, was asked for meanwhile
        query = self._query
        worker = self._operations.query(self, lambda _ctx: (
            generation, contact_queries.count_contacts(ws, query)), self._reader)
        worker.success(self._count_arrived).failure(self._read_failed)
        self._loading += 1  # a keystroke meanwhile waits for it, as for any read
        worker.finished.connect(self._read_done)
        worker.run()

    def _count_arrived(self, result: tuple[int, int]) -> None:
        generation, count = result
        if generation != self._generation or self._ws is None or not self.counting:
            return  # a newer read (which counts) was asked for meanwhile
        self.counting = False
        if count > self._count:  # the rows after the first screen, still to be read
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:  # contacts went meanwhile: read them all again
            self.refresh()
        self.counted.emit()

    def _apply(self, result: tuple[int, int, Pages, bool]) -> None:
        generation, count, pages, reset = result
        if generation != self._generation or self._ws is None:
            return  # a newer query was asked for meanwhile
        self.pages_fetched += len(pages)
        self.counting = False
        self._shown_generation = generation
        self._texts.forget()
        in_place = reset and count == self._count > 0 and not self._order_changed
        self._order_changed = False
        if in_place:
            # As many matches as rows shown (a search typed on): new texts in the same rows,
            # without the reset that would lay the whole view out again.
            self._pages.clear()
            self._stale.clear()
            self._wanted.clear()
            for page, rows in pages.items():
                self._store(page, rows)
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(self.Column) - 1))
        elif reset or count != self._count:
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self._stale.clear()
            self._wanted.clear()
            for page, rows in pages.items():
                self._store(page, rows)
            self.endResetModel()
        else:
            for page, rows in pages.items():
                self._store(page, rows)
            if count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(count - 1, len(self.Column) - 1))
        self.loaded.emit()

    def _read_done(self) -> None:
        self._loading -= 1
        if not self._loading and self._query_waiting:
            self._query_waiting = False
            self._start_read([0], reset=True)
        elif not self._loading and self._wanted:
            self._fetch_timer.start()

    def _read_failed(self, error: Exception) -> None:
        self.counting = False
        if not self._query_waiting:  # no rows are on their way: nothing to wait for
            self._shown_generation = self._generation
        if self._ws is not None and not self._ws.locked:
            self.failed.emit(error_text(error))

    # --- pages ------------------------------------------------------------------------------
    def _store(self, page: int, rows: list[ContactRow]) -> None:
        self._texts.forget()  # texts made from the rows this page replaces
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._stale.pop(page, None)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)

    def _want(self, page: int) -> None:
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > MAX_WANTED_PAGES:
            self._wanted.popitem(last=False)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def fetch_wanted_pages(self) -> None:
        """Read the page asked for last (one at a time, on a worker)."""
        if self._ws is None or self._page_worker is not None or self._loading:
            return  # one page at a time, and none while a new query is being read
        while self._wanted:
            page, _ = self._wanted.popitem(last=True)
            if page not in self._pages and page * PAGE_SIZE < self._count:
                break
        else:
            return
        ws, query, generation = self._ws, self._query, self._generation
        worker = self._operations.query(self, lambda _ctx: (
            generation, page, contact_queries.list_contacts(ws, query, page * PAGE_SIZE,
                                                            PAGE_SIZE)), self._reader)
        worker.success(self._page_arrived).failure(self._read_failed)
        worker.finished.connect(self._page_worker_done)
        self._page_worker = worker
        worker.run()

    def _page_arrived(self, result: tuple[int, int, list[ContactRow]]) -> None:
        generation, page, rows = result
        if generation != self._generation or self._ws is None:
            return
        self.pages_fetched += 1
        self._store(page, rows)
        first, last = page * PAGE_SIZE, min((page + 1) * PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.Column) - 1))

    def _page_worker_done(self) -> None:
        self._page_worker = None
        if self._wanted:
            self._fetch_timer.start()

    def ensure_rows_loaded(self, first: int, last: int) -> None:
        """Read the pages holding rows first..last now, on this thread (for code that
        needs those rows at once)."""
        if self._ws is None:
            return
        for page in range(max(first, 0) // PAGE_SIZE, max(last, 0) // PAGE_SIZE + 1):
            if page not in self._pages and page * PAGE_SIZE < self._count:
                self._store(page, contact_queries.list_contacts(
                    self._ws, self._query, page * PAGE_SIZE, PAGE_SIZE))
                self.pages_fetched += 1

    def row_data(self, row: int) -> ContactRow | None:
        page = self._pages.get(row // PAGE_SIZE) or self._stale.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def contact_id(self, row: int) -> int | None:
        item = self.row_data(row)
        return item.id if item else None

    def row_of(self, contact_id: int) -> int | None:
        """The row of a contact among the loaded pages, or None."""
        for page, rows in [*self._stale.items(), *self._pages.items()]:
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
            return QCoreApplication.translate("TableHeaders", self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._count:
            return section + 1
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A view asks for a dozen roles per cell on every repaint; most have no answer here.
        if role not in _ROLES_ANSWERED:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < self._count:
            return None
        if role == _DISPLAY:
            return self.cell_for_painting(row, index.column())[0]
        item = self.row_data(row)
        if role == _TOOLTIP:
            texts = self._texts.get(row) or (item and self._texts.make(row, item))
            column = index.column()
            return texts[column] if texts and 0 <= column < len(texts) else None
        if item is None:
            return None
        if role == self.ContactIdRole:
            return item.id
        if item.status == "closed":  # the foreground
            return _CLOSED_BRUSH
        return None

    def cell_for_painting(self, row: int, column: int) -> tuple[str | None, QBrush | None]:
        """The display text and foreground brush of a cell, as ``data()`` answers them for
        the display and foreground roles, in one call (ContactRowDelegate paints with it). A
        row whose page is not read shows "…" and asks for its page."""
        if not 0 <= row < self._count or not 0 <= column < len(self.Column):
            return None, None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._want(page)
        texts = self._texts.get(row)
        item = self.row_data(row)
        if texts is None:
            if item is None:
                return ("…" if column == self.Column.NAME else ""), None
            texts = self._texts.make(row, item)
        return texts[column], _CLOSED_BRUSH if item is not None and item.status == "closed" \
            else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(self.Column(column), "name") if 0 <= column < len(
            self.Column) else "name"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))


_CLOSED_BRUSH = QBrush(QColor("#808080"))  # the text of a closed contact
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, int(Qt.ItemDataRole.ForegroundRole),
                             int(ContactTableModel.ContactIdRole)})
