"""Backup runs (``BackupRun`` rows), newest first, fetched a page at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from contactweb.services import backup
from contactweb.services.backup import BackupRunRow
from contactweb.vault.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {"ok": "#1b6e20", "failed": "#b3261e", "refused": "#b3261e",
                  "cancelled": "#8a6d00"}


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupHistoryTableModel(QAbstractTableModel):
    class Column(IntEnum):
        STARTED = 0
        STATUS = 1
        UPLOADED = 2
        SNAPSHOT = 3
        TARGET = 4
        MESSAGE = 5

    HEADERS = ("Started", "Status", "Uploaded", "Backup", "Destination", "Message")
    SnapshotIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._rows: list[BackupRunRow] = []
        self._more = False

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [] if self._workspace.locked else \
            backup.backup_history(self._workspace, self._page_size, 0)
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
        page = backup.backup_history(self._workspace, self._page_size, offset)
        self._more = len(page) == self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def run(self, row: int) -> BackupRunRow:
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
        run = self._rows[index.row()]
        column = self.Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(run, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.Column.STATUS:
            return QColor(STATUS_COLOURS.get(run.status, "#444444"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.UPLOADED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.SnapshotIdRole:
            return run.snapshot_id
        if role == self.StatusRole:
            return run.status
        return None

    def _text(self, run: BackupRunRow, column: Column) -> str:
        if column == self.Column.STARTED:
            return _when(run.started_at)
        if column == self.Column.STATUS:
            return run.status
        if column == self.Column.UPLOADED:
            return f"{run.bytes_uploaded / 2**20:,.2f} MiB" if run.status == "ok" else ""
        if column == self.Column.SNAPSHOT:
            return run.snapshot_id
        if column == self.Column.TARGET:
            return run.target
        return run.message.replace("\n", " ")
