"""A read-only table over a service list that pages with (offset, limit): rows arrive a page
at a time as the view scrolls (``fetchMore``), and filtering stays in the service's SQL."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject

from contactweb.ui.kit.list_table_model import Index, ListTableModel
from contactweb.vault.workspace import Workspace

__all__ = ["Index", "PagedTableModel"]


class PagedTableModel(ListTableModel):
    """Subclasses set ``HEADERS`` (and a ``Column`` IntEnum) and implement ``fetch_page``."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None,
                 page_size: int = 200, max_rows: int | None = None) -> None:
        """``max_rows`` caps the list (a page that shows only the latest few rows)."""
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._max_rows = max_rows
        self._more = False

    def fetch_page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = [] if self._workspace.locked else self._fetch(0)
        self._more = len(self._rows) == self._page_limit(0) and not self._at_cap()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (the vault was locked)."""
        self._more = False
        super().clear()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._workspace.locked

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        offset = len(self._rows)
        page = self._fetch(offset)
        self._more = len(page) == self._page_limit(offset) and page != []
        if page:
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        self._more = self._more and not self._at_cap()

    def _page_limit(self, offset: int) -> int:
        if self._max_rows is None:
            return self._page_size
        return max(0, min(self._page_size, self._max_rows - offset))

    def _at_cap(self) -> bool:
        return self._max_rows is not None and len(self._rows) >= self._max_rows

    def _fetch(self, offset: int) -> list[Any]:
        limit = self._page_limit(offset)
        return self.fetch_page(offset, limit) if limit else []
