"""The keys every editing dialog answers: Ctrl+S and Ctrl+Enter save from any field, and
Tab leaves a multi-line field (Ctrl+Tab too, as in other desktop programs) instead of being
typed into it, so the rest of the dialog stays reachable by keyboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

SAVE_KEYS = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")


class EditingKeys(QObject):
    def __init__(self, dialog: QWidget, save: Callable[[], object]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.shortcuts: list[QShortcut] = []
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), dialog)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(save)
            self.shortcuts.append(shortcut)
        self.watch_multiline_fields()

    def watch_multiline_fields(self) -> None:
        """Tab and Ctrl+Tab move on from every multi-line field (call again after adding
        one)."""
        multiline = [*self._dialog.findChildren(QPlainTextEdit),
                     *self._dialog.findChildren(QTextEdit)]
        for edit in multiline:
            edit.setTabChangesFocus(True)
            edit.removeEventFilter(self)
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            forward = event.key() == Qt.Key.Key_Tab and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            watched.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)
