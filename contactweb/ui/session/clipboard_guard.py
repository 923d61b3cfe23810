"""Clears the clipboard at sign-out when it still holds text copied from ContactWeb.

While someone is signed in, every clipboard change that happens while ContactWeb is the
active application is ours (Ctrl+C in a field, a Copy action). Only a digest of that text is
kept, never the text. At sign-out the clipboard is cleared if its text is one of ours; when
the person copied something else since (in another program), it is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _application_active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    """``watch()`` at sign-in, ``clear_if_ours()`` at sign-out. ``is_active`` says whether
    ContactWeb has the focus (tests replace it to stand for another program copying)."""

    def __init__(self, clipboard: QClipboard | None = None,
                 is_active: Callable[[], bool] = _application_active,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._is_active = is_active
        self._ours: set[bytes] = set()
        self._watching = False
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():  # X11: the middle-click selection too
            self._modes.append(QClipboard.Mode.Selection)
        self._clipboard.changed.connect(self._changed)

    def watch(self) -> None:
        self._ours.clear()
        self._watching = True

    def is_watching(self) -> bool:
        return self._watching

    def remember_copied(self, text: str) -> None:
        """For code that puts text on the clipboard itself (a Copy button)."""
        if text:
            self._ours.add(_digest(text))

    def holds_our_text(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        text = self._clipboard.text(mode)
        return bool(text) and _digest(text) in self._ours

    def clear_if_ours(self) -> bool:
        """At sign-out. True when something was cleared."""
        cleared = False
        for mode in self._modes:
            if self.holds_our_text(mode):
                self._clipboard.clear(mode)
                cleared = True
        self._ours.clear()
        self._watching = False
        return cleared

    def _changed(self, mode: QClipboard.Mode) -> None:
        if not self._watching or mode not in self._modes:
            return
        text = self._clipboard.text(mode)
        if text and self._is_active():
            self._ours.add(_digest(text))
