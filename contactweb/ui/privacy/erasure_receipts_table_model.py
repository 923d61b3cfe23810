"""Past erasures, newest first: the record, when, by whom and how much went. No personal
data: the receipts hold none."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from contactweb.services.privacy import ErasureReceipt
from contactweb.ui.kit.display_text import local_time
from contactweb.ui.kit.list_table_model import Index, ListTableModel


class ErasureReceiptsTableModel(ListTableModel):
    class Column(IntEnum):
        RECORD = 0
        WHEN = 1
        BY = 2
        REMOVED = 3

    HEADERS = (
        QT_TRANSLATE_NOOP("TableHeaders", "Record"),
        QT_TRANSLATE_NOOP("TableHeaders", "Erased on"),
        QT_TRANSLATE_NOOP("TableHeaders", "By"),
        QT_TRANSLATE_NOOP("TableHeaders", "Items removed"))

    def set_rows(self, rows: list[ErasureReceipt]) -> None:
        self._replace_rows(rows)

    def receipt(self, row: int) -> ErasureReceipt | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        receipt: ErasureReceipt = self._rows[index.row()]
        match self.Column(index.column()):
            case self.Column.RECORD:
                return str(receipt.erasure_id)
            case self.Column.WHEN:
                return local_time(receipt.erased_at)
            case self.Column.BY:
                return receipt.erased_by
            case _:
                return str(receipt.total_removed)
