"""Escape, Cancel or the window's close button on an editor with unsaved changes asks
before throwing them away (Discard / Keep editing); an untouched editor just closes.

The guard compares what the fields hold now with what they held when the editor opened
(or last saved). Ending the session closes editors without asking: their drafts are kept."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from contactweb.ui.kit.dialog_host import DialogHost


def field_values(root: QWidget) -> list[object]:
    """Every input's value under ``root``, in widget order: a cheap picture of the form."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append(widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            values.append([(widget.item(i).text(), widget.item(i).checkState() ==
                            Qt.CheckState.Checked) for i in range(widget.count())])
    return values


class UnsavedChangesGuard:
    def __init__(self, dialog: QDialog, host: DialogHost, what: str,
                 snapshot: Callable[[], object] | None = None) -> None:
        self._dialog = dialog
        self._host = host
        self._what = what
        self._snapshot = snapshot or (lambda: field_values(dialog))
        self._clean: object = None
        self.mark_clean()

    def mark_clean(self) -> None:
        """What the fields hold now is what the editor started from."""
        self._clean = self._snapshot()

    def has_changes(self) -> bool:
        try:
            return self._snapshot() != self._clean
        except RuntimeError:  # Qt already deleted the fields (the window is going away):
            return False      # there is nothing left to ask about or keep

    def may_close(self) -> bool:
        if self._host.closing_all or not self.has_changes():
            return True
        return self._host.ask_discard_changes(self._dialog, self._what)

    def reject(self, reject: Callable[[], None]) -> None:
        """The dialog's own reject, once closing is allowed. Qt also calls reject while it
        deletes the dialog; then there is nothing left to ask about or to close."""
        if shiboken6.isValid(self._dialog) and self.may_close():
            reject()
