"""Keyboard shortcuts, read from the window's own actions when the list opens: a shortcut
added or changed in a menu shows here without anyone updating a list."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

COMMAND_NAME = "commandName"  # an action property: the command's name in this list


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    for menu in menus:
        menu_title = menu.title().replace("&", "")
        for action in menu.actions():
            if id(action) in seen or action.isSeparator() or action.menu() is not None:
                continue
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts() if not k.isEmpty()]
            if keys:
                seen.add(id(action))
                # A command whose text changes (Undo closing a contact) names itself plainly.
                name = action.property(COMMAND_NAME) or action.text()
                command = str(name).replace("&", "").rstrip("…").rstrip(".")
                rows.append((menu_title, command, ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]


