"""The audit log, newest first, fetched a page at a time with the filter applied in SQL
(``audit.list_events``); each event told as a sentence, its raw fields kept for the details."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from contactweb.services import audit
from contactweb.services.accounts.audit_sentences import describe, names_for
from contactweb.services.audit import AuditRow
from contactweb.ui.kit.paged_table_model import Index, PagedTableModel
from contactweb.vault.workspace import Workspace


class AdminAuditTableModel(PagedTableModel):
    class Column(IntEnum):
        ID = 0
        WHEN = 1
        USER = 2
        EVENT = 3

    @dataclass(frozen=True)
    class Filter:
        action: str = ""
        username: str = ""
        since: datetime | None = None
        until: datetime | None = None

    HEADERS = ("#",
        QT_TRANSLATE_NOOP("TableHeaders", "When"),
        QT_TRANSLATE_NOOP("TableHeaders", "User"),
        QT_TRANSLATE_NOOP("TableHeaders", "What happened"))
    EventIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 300) -> None:
        super().__init__(workspace, parent, page_size)
        self._filter = self.Filter()
        self._sentences: dict[int, str] = {}
        self._actors: dict[str, str] = {}

    def set_filter(self, flt: AdminAuditTableModel.Filter) -> None:
        self._filter = flt
        self.refresh()

    def filter(self) -> AdminAuditTableModel.Filter:
        return self._filter

    def fetch_page(self, offset: int, limit: int) -> list[AuditRow]:
        """One page under the current filter (the CSV export walks the same pages)."""
        flt = self._filter
        rows = audit.list_events(self._workspace, action=flt.action or None,
                                 username=flt.username or None, since=flt.since,
                                 until=flt.until, limit=limit, offset=offset)
        names = names_for(self._workspace, rows)
        if offset == 0:
            self._sentences.clear()
        self._sentences.update({row.id: describe(row, names) for row in rows})
        self._actors.update({row.username: names.actor(row.username) for row in rows})
        return rows

    def sentence(self, row: int) -> str:
        event = self._rows[row]
        return self._sentences.get(event.id, event.action)

    def details_text(self, row: int) -> str:
        """The event as stored: what the sentence was made from."""
        event = self._rows[row]
        lines = [self.tr("Event {id}").format(id=event.id),
                 self.tr("Action: {action}").format(action=event.action),
                 self.tr("User: {user}").format(user=event.username),
                 self.tr("Object: {object}").format(
                     object=f"{event.object_type} {event.object_id}".rstrip()),
                 self.tr("At (UTC): {when}").format(
                     when=event.at.isoformat(sep=" ", timespec="seconds")),
                 self.tr("Details:"),
                 json.dumps(event.details, indent=2, sort_keys=True, ensure_ascii=False)]
        return "\n".join(lines)

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
                return self._actors.get(row.username, row.username)
            return self.sentence(index.row())
        if role == self.EventIdRole:
            return row.id
        return None
