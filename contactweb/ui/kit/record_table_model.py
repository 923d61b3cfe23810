"""A read-only table over a short list of records (one contact's communications, sales,
reminders or consent history): each column is a header and a function of the record.

Lists this short are read whole by the service; long lists use a paged model instead. A row's
texts are made once, when the view first asks for them: a view that wraps its rows asks
every cell of every row for its text several times to size them (a 500-entry timeline made
each date eight times).
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

    def _replace_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Per row, not for every row here: a mailing's excluded contacts read their names
        # only for the rows shown.
        self._texts: list[tuple[str, ...] | None] = [None] * len(self._rows)
        self.endResetModel()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            record = self._rows[row]
            texts = self._texts[row] = tuple(column.text(record) for column in self._columns)
        return texts

    def record(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def records(self) -> list[Any]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A view sizing wrapped rows asks each cell for every role it could draw (font,
        # decoration, check state...): those no row answers are turned away first.
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role in _TEXT_ROLES:
            return self._row_texts(row)[index.column()]
        record = self._rows[row]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._dimmed and self._dimmed(record):
            return QBrush(QColor("#808080"))
        if role == self.RecordIdRole:
            return getattr(record, "id", None)
        if role == self.RecordRole:
            return record
        return None


_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
_ANSWERED_ROLES = _TEXT_ROLES | {Qt.ItemDataRole.TextAlignmentRole,
                                 Qt.ItemDataRole.ForegroundRole, RecordTableModel.RecordIdRole,
                                 RecordTableModel.RecordRole}
