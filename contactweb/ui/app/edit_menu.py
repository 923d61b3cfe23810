"""The Edit menu: Undo and Redo of the last changes to the data, and Cut, Copy, Paste and
Select all on the text field that has the focus.

Undo and Redo run the steps the services recorded (``services/undo.py``) through the
session's operation runner, so they are permission-checked and audited like any change and
the views refresh from the ``Changes`` they report. Inside a text field Ctrl+Z stays the
field's own undo of typing (Qt gives the field the key first); from the menu, or anywhere
else, it undoes the last saved change.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QTextEdit

from contactweb.services import undo
from contactweb.ui.app.shortcuts_dialog import COMMAND_NAME
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

TextField = QLineEdit | QTextEdit | QPlainTextEdit


class EditMenu(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace,
                 bridge: WorkspaceBridge) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._bridge = bridge
        self._running = False
        self.menu = window.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._add(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._add(self.tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo)
        self.menu.addSeparator()
        self.cut_action = self._add(self.tr("Cu&t"), lambda: self._on_field("cut"),
                                    QKeySequence.StandardKey.Cut)
        self.copy_action = self._add(self.tr("&Copy"), lambda: self._on_field("copy"),
                                     QKeySequence.StandardKey.Copy)
        self.paste_action = self._add(self.tr("&Paste"), lambda: self._on_field("paste"),
                                      QKeySequence.StandardKey.Paste)
        self.select_all_action = self._add(self.tr("Select &all"), lambda: self._on_field("selectAll"),
                                           QKeySequence.StandardKey.SelectAll)
        self.menu.aboutToShow.connect(self.update_actions)
        # Bound methods: Qt drops the connections when this menu goes with its window.
        bridge.changed.connect(self._changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.update_actions()

    def _changed(self, _changes: object) -> None:
        self.update_actions()

    def _focus_changed(self, _old: object, _new: object) -> None:
        self.update_actions()

    def _add(self, text: str, slot: object, keys: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self._window)
        action.setProperty(COMMAND_NAME, text)  # the shortcut list's name for it
        action.setShortcuts(keys)  # every binding of the platform (Ctrl+Y and Ctrl+Shift+Z)
        action.triggered.connect(slot)
        self._window.addAction(action)  # the shortcut works wherever the focus is
        self.menu.addAction(action)
        return action

    # --- undo and redo ----------------------------------------------------------------------
    def update_actions(self) -> None:
        steps = (None, None) if self._ws.locked else \
            (undo.journal(self._ws).next_undo(), undo.journal(self._ws).next_redo())
        for action, step, plain, named in (
                (self.undo_action, steps[0], self.tr("&Undo"), self.tr("&Undo {what}")),
                (self.redo_action, steps[1], self.tr("&Redo"), self.tr("&Redo {what}"))):
            action.setEnabled(step is not None and not self._running)
            action.setText(named.format(what=step.text) if step is not None else plain)
        field = self.focused_field()
        editable = field is not None and not field.isReadOnly()
        self.cut_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.copy_action.setEnabled(field is not None)
        self.select_all_action.setEnabled(field is not None)

    def undo(self) -> None:
        self._replay(lambda ws: undo.journal(ws).undo(ws))

    def redo(self) -> None:
        self._replay(lambda ws: undo.journal(ws).redo(ws))

    def _replay(self, step: object) -> None:
        if self._running or self._ws.locked:
            return
        self._running = True
        self.update_actions()
        ws = self._ws
        worker = self._bridge.operations.operation(
            self._window, lambda _ctx: step(ws))  # type: ignore[operator]
        worker.finished.connect(self._replayed)
        worker.success(lambda _changes: None)
        worker.run()

    def _replayed(self) -> None:
        self._running = False
        self.update_actions()

    # --- the focused text field -------------------------------------------------------------
    @staticmethod
    def focused_field() -> TextField | None:
        widget = QApplication.focusWidget()
        return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None

    def _on_field(self, name: str) -> None:
        field = self.focused_field()
        if field is not None:
            getattr(field, name)()


