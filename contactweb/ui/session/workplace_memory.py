"""Back where you were: the page, and each page's search, filters and selection, kept when
the session locks and given back when the same person unlocks the same vault.

Held in memory only, never written to disk: a search text and a selected contact can name
people. A sign-out on purpose forgets it; so does a different person signing in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow


class WorkplaceMemory:
    def __init__(self) -> None:
        self._owner: tuple[str, str] | None = None  # (vault folder, username)
        self._page = ""
        self._views: dict[str, Any] = {}

    @property
    def kept(self) -> bool:
        return self._owner is not None

    def keep(self, window: QMainWindow, vault: str, username: str) -> None:
        """Note the window's page and every created page's view (``view_state()``)."""
        self._owner = (vault, username)
        self._page = window.current_page_key()
        self._views = {}
        for key, page in window.created_pages().items():
            view_state = getattr(page, "view_state", None)
            if callable(view_state):
                self._views[key] = view_state()

    def forget(self) -> None:
        self._owner = None
        self._page = ""
        self._views = {}

    def restore(self, window: QMainWindow, vault: str, username: str) -> bool:
        """Give the kept place back if it is this person's, in this vault; once only."""
        owner, page, views = self._owner, self._page, self._views
        self.forget()
        if owner != (vault, username):
            return False
        keys = window.page_keys()
        for key, state in views.items():
            if key in keys:
                restore = getattr(window.page(key), "restore_view_state", None)
                if callable(restore):
                    restore(state)
        if page in keys:
            window.show_page(page)
        return True
