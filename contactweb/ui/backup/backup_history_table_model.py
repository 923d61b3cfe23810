"""Backup runs (``BackupRun`` rows), newest first, fetched a page at a time."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from contactweb.services.backup import backup
from contactweb.services.backup.backup import BackupRunRow
from contactweb.ui.kit.paged_table_model import Index, PagedTableModel
from contactweb.ui.kit.regional_formats import number_text

STATUS_COLOURS = {"ok": "#1b6e20", "failed": "#b3261e", "refused": "#b3261e",
                  "cancelled": "#8a6d00", "missing": "#b3261e", "damaged": "#b3261e"}
FORMER = QT_TRANSLATE_NOOP("BackupHistoryTableModel", "{destination} (former destination)")


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupHistoryTableModel(PagedTableModel):
    class Column(IntEnum):
        STARTED = 0
        STATUS = 1
        UPLOADED = 2
        SNAPSHOT = 3
        TARGET = 4
        MESSAGE = 5

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Started"),
        QT_TRANSLATE_NOOP("TableHeaders", "Status"),
        QT_TRANSLATE_NOOP("TableHeaders", "Uploaded"),
        QT_TRANSLATE_NOOP("TableHeaders", "Backup"),
        QT_TRANSLATE_NOOP("TableHeaders", "Destination"),
        QT_TRANSLATE_NOOP("TableHeaders", "Message"))
    _current_target = ""  # the destination now, as rows describe it (read with each page)
    SnapshotIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def fetch_page(self, offset: int, limit: int) -> list[BackupRunRow]:
        target = backup.read_target(self._workspace)
        self._current_target = target.describe()[:300] if target is not None else ""
        return backup.backup_history(self._workspace, limit, offset)

    def run(self, row: int) -> BackupRunRow:
        return self._rows[row]

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
            return f"{number_text(run.bytes_uploaded / 2**20, digits=2)} MiB" \
                if run.status == "ok" else ""
        if column == self.Column.SNAPSHOT:
            return run.snapshot_id
        if column == self.Column.TARGET:  # a row of a former destination says so
            former = run.target and run.target != self._current_target
            return self.tr(FORMER).format(destination=run.target) if former else run.target
        return run.message.replace("\n", " ")
