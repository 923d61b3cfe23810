"""Communications across contacts, fetched from the vault a page at a time as the view
scrolls; filtering happens in SQL (``communications.across_contacts``)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from contactweb.services import communications
from contactweb.services.communications import CommunicationEntry, CommunicationFilter
from contactweb.vault.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex

KIND_LABELS = {"call": "Call", "email": "Email", "meeting": "Meeting", "letter": "Letter",
               "note": "Note"}


class CommunicationTableModel(QAbstractTableModel):
    class Column(IntEnum):
        WHEN = 0
        CONTACT = 1
        KIND = 2
        DIRECTION = 3
        SUBJECT = 4
        USER = 5
        DURATION = 6

    HEADERS = ("When", "Contact", "Kind", "Direction", "Subject", "By", "Minutes")
    CommunicationIdRole = Qt.ItemDataRole.UserRole + 1
    ContactIdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200, max_rows: int | None = None) -> None:
        """``max_rows`` caps the list (the Today page shows only the latest few)."""
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._max_rows = max_rows
        self._filter = CommunicationFilter()
        self._rows: list[CommunicationEntry] = []
        self._more = False

    # -- loading ---------------------------------------------------------------------------

    def set_filter(self, flt: CommunicationFilter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> CommunicationFilter:
        return self._filter

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = False
        if not self._workspace.locked:
            self._rows = self._fetch(0)
            self._more = len(self._rows) == self._page_limit(0) and not self._at_cap()
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
        page = self._fetch(offset)
        self._more = len(page) == self._page_limit(offset) and page != []
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = self._more and not self._at_cap()

    def _page_limit(self, offset: int) -> int:
        if self._max_rows is None:
            return self._page_size
        return max(0, min(self._page_size, self._max_rows - offset))

    def _at_cap(self) -> bool:
        return self._max_rows is not None and len(self._rows) >= self._max_rows

    def _fetch(self, offset: int) -> list[CommunicationEntry]:
        limit = self._page_limit(offset)
        if limit == 0:
            return []
        return communications.across_contacts(self._workspace, self._filter, offset, limit)

    def entry(self, row: int) -> CommunicationEntry:
        return self._rows[row]

    # -- Qt model interface ----------------------------------------------------------------

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
        entry = self._rows[index.row()]
        column = self.Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.Column.SUBJECT:
            return entry.body[:500] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CommunicationIdRole:
            return entry.id
        if role == self.ContactIdRole:
            return entry.contact_id
        return None

    def _display(self, entry: CommunicationEntry, column: Column) -> str:
        if column == self.Column.WHEN:
            return _local_text(entry.occurred_at)
        if column == self.Column.CONTACT:
            return entry.contact_name
        if column == self.Column.KIND:
            label = KIND_LABELS.get(entry.kind, entry.kind)
            count = len(entry.attachments)
            if count:
                return f"{label} (+{count} file{'s' if count > 1 else ''})"
            return label
        if column == self.Column.DIRECTION:
            return "Incoming" if entry.direction == "in" else "Outgoing"
        if column == self.Column.SUBJECT:
            return entry.subject or entry.body.split("\n", 1)[0][:120]
        if column == self.Column.USER:
            return entry.user
        return "" if entry.duration_minutes is None else str(entry.duration_minutes)


def _local_text(stamp: datetime) -> str:
    """The vault stores naive UTC; people read their own clock."""
    return stamp.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
