"""Ctrl+L locks from anywhere: over a modal dialog, a wizard or a progress window too.

The main window's Lock action only hears its shortcut while the main window is the active,
unblocked window; a modal dialog shadows it. This filter watches the key on the whole
application while someone is signed in and asks for the lock once the key press has been
handled (the session lifecycle then keeps drafts and closes every dialog as it always does).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


class LockShortcut(QObject):
    lockRequested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed = False
        self._pending = False

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and self._is_lock_key(event):
            if not self._pending:
                self._pending = True
                # After this key press returns: the dialog it went to closes with the lock.
                QTimer.singleShot(0, self, self._request)
            return True
        return False

    @staticmethod
    def _is_lock_key(event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.isAutoRepeat():
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        # ControlModifier is Command on a Mac, as the menu's "Ctrl+L" is.
        return event.key() == Qt.Key.Key_L and modifiers == Qt.KeyboardModifier.ControlModifier

    def _request(self) -> None:
        self._pending = False
        if self._installed:
            self.lockRequested.emit()
