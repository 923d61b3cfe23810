"""A read-only table over a service list that pages with (offset, limit): rows arrive a page
at a time as the view scrolls (``fetchMore``), and filtering stays in the service's SQL."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from contactweb.vault.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` (and a ``Column`` IntEnum) and implement ``fetch_page``."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._rows: list[Any] = []
        self._more = False

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [] if self._workspace.locked else self.fetch_page(0, self._page_size)
        self._more = len(self._rows) == self._page_size
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the vault was locked)."""
        self.beginResetModel()
        self._rows = []
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._workspace.locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        page = self.fetch_page(offset, self._page_size)
        self._more = len(page) == self._page_size
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

