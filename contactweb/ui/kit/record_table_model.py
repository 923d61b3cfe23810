"""A read-only table over a short list of records (one contact's communications, sales,
reminders or consent history): each column is a header and a function of the record.

Lists this short are read whole by the service; long lists use a paged model instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from contactweb.ui.kit.list_table_model import Index, ListTableModel


@dataclass(frozen=True)
class RecordColumn:
    header: str
    text: Callable[[Any], str]
    align_right: bool = False


class RecordTableModel(ListTableModel):
    """The columns are given per instance rather than as ``HEADERS``."""

    RecordIdRole = Qt.ItemDataRole.UserRole + 1  # the record's ``id``
    RecordRole = Qt.ItemDataRole.UserRole + 2  # the record itself

    def __init__(self, columns: Sequence[RecordColumn],
                 dimmed: Callable[[Any], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._headers = tuple(column.header for column in self._columns)
        self._dimmed = dimmed  # e.g. reminders already done

    def headers(self) -> Sequence[str]:
        return self._headers

    def set_records(self, records: Sequence[Any]) -> None:
        self._replace_rows(records)

    def record(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[Any]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed and self._dimmed(record):
            return QBrush(QColor("#808080"))
        if role == self.RecordIdRole:
            return getattr(record, "id", None)
        if role == self.RecordRole:
            return record
        return None
