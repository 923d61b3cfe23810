"""Every merge made, newest first: when, by whom, which contact was merged into which, and
whether it was undone. Rows are read on a worker (``merge_history.list_merges``)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from contactweb.services.contacts.merge_history import MergeSummary
from contactweb.ui.kit.display_text import local_time
from contactweb.ui.kit.list_table_model import Index, ListTableModel


class MergeHistoryTableModel(ListTableModel):
    class Column(IntEnum):
        WHEN = 0
        BY = 1
        KEPT = 2
        MERGED = 3
        STATE = 4

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "When"),
        QT_TRANSLATE_NOOP("TableHeaders", "By"),
        QT_TRANSLATE_NOOP("TableHeaders", "Kept"),
        QT_TRANSLATE_NOOP("TableHeaders", "Merged into it"),
        QT_TRANSLATE_NOOP("TableHeaders", "State"))

    def set_rows(self, rows: list[MergeSummary]) -> None:
        self._replace_rows(rows)

    def merge(self, row: int) -> MergeSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: MergeSummary = self._rows[index.row()]
        match self.Column(index.column()):
            case self.Column.WHEN:
                return local_time(row.merged_at)
            case self.Column.BY:
                return row.merged_by
            case self.Column.KEPT:
                return f"{row.kept_name} (#{row.kept_id})"
            case self.Column.MERGED:
                return f"{row.merged_name} (#{row.merged_id})"
            case _:
                return self.tr("undone") if row.undone else self.tr("can be undone")
