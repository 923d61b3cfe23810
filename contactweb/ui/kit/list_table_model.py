"""A read-only table over a list of rows held in memory, one column per header: the common
part of ContactWeb's table models, which differ only in how rows arrive and what ``data()``
shows (``PagedTableModel`` adds paging on top, ``RecordTableModel`` columns chosen per instance)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` (and a ``Column`` IntEnum in the same order) and ``data()``."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def _replace_rows(self, rows: Sequence[Any]) -> None:
        """Swap in a new list as one model reset (views keep no stale indexes)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the vault was locked, or there is nothing to show)."""
        self._replace_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def headers(self) -> Sequence[str]:
        """The column headers; a model whose columns are chosen per instance overrides this."""
        return self.HEADERS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        headers = self.headers()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(headers)):
            # Marked QT_TRANSLATE_NOOP("TableHeaders", ...) where each model names them.
            return QCoreApplication.translate("TableHeaders", headers[section])
        return None
