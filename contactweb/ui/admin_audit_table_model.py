"""The audit log, newest first, fetched a page at a time with the filter applied in SQL
(``audit.list_events``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from contactweb.services import audit
from contactweb.services.audit import AuditRow
from contactweb.vault.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class AdminAuditTableModel(QAbstractTableModel):
    class Column(IntEnum):
        ID = 0
        WHEN = 1
        USER = 2
        ACTION = 3
        OBJECT = 4
        DETAILS = 5

    @dataclass(frozen=True)
    class Filter:
        action: str = ""
        username: str = ""
        since: datetime | None = None
        until: datetime | None = None

    HEADERS = ("#", "When", "User", "Action", "Object", "Details")
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 300) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._filter = self.Filter()
        self._rows: list[AuditRow] = []
        self._more = False

    def set_filter(self, flt: AdminAuditTableModel.Filter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> AdminAuditTableModel.Filter:
        return self._filter

    def fetch(self, offset: int, limit: int) -> list[AuditRow]:
        """One page under the current filter (the CSV export walks the same pages)."""
        flt = self._filter
        return audit.list_events(self._workspace, action=flt.action or None,
                                 username=flt.username or None, since=flt.since,
                                 until=flt.until, limit=limit, offset=offset)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [] if self._workspace.locked else self.fetch(0, self._page_size)
        self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def clear(self) -> None:
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
        page = self.fetch(offset, self._page_size)
        self._more = len(page) == self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def audit_row(self, row: int) -> AuditRow:
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
        row = self._rows[index.row()]
        column = self.Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.Column.ID:
                return str(row.id)
            if column == self.Column.WHEN:
                return row.at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == self.Column.USER:
                return row.username
            if column == self.Column.ACTION:
                return row.action
            if column == self.Column.OBJECT:
                return f"{row.object_type} {row.object_id}".strip()
            return json.dumps(row.details, sort_keys=True) if row.details else ""
        if role == self.EventIdRole:
            return row.id
        return None
