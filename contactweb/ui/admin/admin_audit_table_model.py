"""The audit log, newest first, fetched a page at a time with the filter applied in SQL
(``audit.list_events``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QObject, Qt

from contactweb.services import audit
from contactweb.services.audit import AuditRow
from contactweb.ui.kit.paged_table_model import Index, PagedTableModel
from contactweb.vault.workspace import Workspace


class AdminAuditTableModel(PagedTableModel):
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
        super().__init__(workspace, parent, page_size)
        self._filter = self.Filter()

    def set_filter(self, flt: AdminAuditTableModel.Filter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> AdminAuditTableModel.Filter:
        return self._filter

    def fetch_page(self, offset: int, limit: int) -> list[AuditRow]:
        """One page under the current filter (the CSV export walks the same pages)."""
        flt = self._filter
        return audit.list_events(self._workspace, action=flt.action or None,
                                 username=flt.username or None, since=flt.since,
                                 until=flt.until, limit=limit, offset=offset)

    def audit_row(self, row: int) -> AuditRow:
        return self._rows[row]

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
