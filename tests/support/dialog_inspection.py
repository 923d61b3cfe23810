"""Looking at a dialog as a keyboard or screen-reader user meets it: the Tab walk from the
first field, whether it follows the widgets' places on screen, and whether every input has
a name and every form label its field."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
          QAbstractItemView)
# Pixels two widgets may overlap and still be read as one after the other.
SLACK = 4


def tab_walk(qtbot: QtBot, dialog: QDialog, first: QWidget, limit: int = 150) -> list[QWidget]:
    """Press Tab from ``first`` until focus comes back to it; the widgets in focus order."""
    QApplication.processEvents()  # rows added to a shown dialog appear on the next loop
    if QApplication.activeWindow() is not dialog:
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    start = QApplication.focusWidget()
    walked = [start]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None and now.window() is dialog, f"Tab left {dialog.windowTitle()!r}"
        if now is start:
            return walked
        if now in walked[:-1]:
            raise AssertionError(f"Tab circles back to {describe(now)} in "
                                 f"{dialog.windowTitle()!r} without reaching {describe(start)}")
        if now is not walked[-1]:  # a date field's Tab moves between its sections first
            walked.append(now)
    raise AssertionError(f"Tab never came back to the first field of {dialog.windowTitle()!r}")


def place(widget: QWidget, dialog: QDialog) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    name = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__}({name!r})"


def out_of_order(dialog: QDialog, walked: list[QWidget]) -> list[str]:
    """Each step of the walk that goes back up, or left within a row. The walk is a
    circle: it is read from the widget shown first (top left), wherever focus started."""
    problems = []
    first = min(range(len(walked)), key=lambda i: (place(walked[i], dialog).top(),
                                                   place(walked[i], dialog).left()))
    walked = walked[first:] + walked[:first]
    for before, after in zip(walked, walked[1:], strict=False):
        a, b = place(before, dialog), place(after, dialog)
        next_row = b.top() >= a.bottom() - SLACK
        same_row = b.top() < a.bottom() - SLACK and a.top() < b.bottom() - SLACK
        if not (next_row or (same_row and b.left() >= a.right() - SLACK)):
            problems.append(f"{describe(before)} at {a.getRect()} -> "
                            f"{describe(after)} at {b.getRect()}")
    return problems


def focusable_inputs(dialog: QDialog) -> list[QWidget]:
    """The inputs a person can reach (an editable combo's own line edit is the combo)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(dialog):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                       (QComboBox, QAbstractSpinBox)):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        found.append(widget)
    return found


def unnamed_inputs(dialog: QDialog) -> list[str]:
    """Inputs a screen reader cannot name, and form labels that name no field."""
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel)
               if label.buddy() is not None}
    problems = []
    for widget in focusable_inputs(dialog):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            problems.append(f"{describe(widget)} has no accessible name")
        labelled = any(id(w) in buddies for w in _self_and_ancestors(widget, dialog))
        if not labelled and not widget.accessibleName():
            problems.append(f"{describe(widget)} has no label buddy and no name of its own")
    for label in dialog.findChildren(QLabel):
        text = label.text().strip()
        if text.endswith(":") and label.isVisibleTo(dialog) and label.buddy() is None:
            problems.append(f"label {text!r} has no buddy")
    return problems


def _self_and_ancestors(widget: QWidget, dialog: QDialog) -> list[QWidget]:
    chain = []
    current: QWidget | None = widget
    while current is not None and current is not dialog:
        chain.append(current)
        current = current.parentWidget()
    return chain
