"""Helpers for the idle-lock, shared-computer, draft and clipboard tests: a controller with
short intervals, signing in through the dialog, every text on every top-level widget, and the
database connections and files that are open at the driver level."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.kit.operations import wait_for_running_operations
from tests.ui.conftest import ScriptedDialogHost, click, type_into

# A "minute" of 400 ms: the shared timeout (3 minutes) is 1.2 s, with a 300 ms countdown.
SHORT_MINUTE_MS = 400
SHORT_WARNING_MS = 300
_TEXT_GETTERS = ("text", "toPlainText", "placeholderText", "title", "currentText",
                 "labelText", "textValue")
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole)


class HandClock:
    """The idle monitor's clock, moved only by the test: time passes when the test says so,
    however slowly a loaded machine runs the rest."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_controller(host: ScriptedDialogHost, vault_dir: Path, *,
                    minute_ms: int = SHORT_MINUTE_MS, warning_ms: int = SHORT_WARNING_MS,
                    prefs: GuiPreferences | None = None,
                    made: list[AppController] | None = None,
                    clock: HandClock | None = None) -> AppController:
    """A started controller; pass the ``controllers`` fixture as ``made`` for clean-up, and
    a ``HandClock`` to decide when idle time passes."""
    controller = AppController(host, prefs or GuiPreferences(vault_path=str(vault_dir)),
                               quit_app=lambda: None)
    if made is not None:
        made.append(controller)
    controller.guard.minute_ms = minute_ms
    controller.guard.warning_ms = warning_ms
    if clock is not None:
        controller.guard.monitor.clock = clock
    controller.start()
    return controller


def shut_down_after() -> Iterator[list[AppController]]:
    """For a test module's ``controllers`` fixture: the controllers a test made are shut
    down at its end even when it fails, so no idle timer of theirs fires (and sweeps the
    screen) during a later test."""
    made: list[AppController] = []
    yield made
    for controller in made:
        controller.shutdown()
        if controller.sign_in_dialog is not None:
            controller.sign_in_dialog.hide()


def sign_in(qtbot: QtBot, controller: AppController, username: str, password: str,
            shared: bool | None = None) -> None:
    """Type the name and password (and tick or untick "Shared computer") and wait for the
    main window."""
    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    if shared is not None:
        dialog.shared_check.setChecked(shared)
    type_into(qtbot, dialog.username_edit, username)
    type_into(qtbot, dialog.password_edit, password)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    qtbot.wait(1)  # the queued offer of kept drafts runs


def flush_deleted_widgets() -> None:
    """Run pending deleteLater() calls, as the event loop would in a moment."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


# --- every text on screen (and off screen, in hidden top-level widgets) ---------------------
def model_texts(model: QAbstractItemModel) -> list[str]:
    parent = QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    texts: list[str] = []
    for column in range(columns):
        texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts += [str(model.data(index, role) or "") for role in _ROLES]
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.whatsThis(),
             widget.accessibleName(), widget.accessibleDescription()]
    for name in _TEXT_GETTERS:
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:  # an overload that needs arguments
                continue
            if isinstance(value, str):
                texts.append(value)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QTabBar):
        texts += [widget.tabText(i) + widget.tabToolTip(i) for i in range(widget.count())]
    for action in widget.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def all_top_level_texts() -> str:
    """The text of every top-level widget, shown or hidden, and of all their children."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            texts += widget_texts(widget)
    texts.append(QApplication.clipboard().text())
    return "\n".join(t for t in texts if t)


def leaked(tokens: list[str]) -> list[str]:
    everything = all_top_level_texts().casefold()
    return [token for token in tokens if token.casefold() in everything]


def visible_top_levels() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


# --- database connections at the driver level --------------------------------------------
class ConnectionRecorder:
    """Wraps ``sqlcipher3.connect`` (what SQLAlchemy calls) and keeps every connection."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.connections: list[sqlcipher3.Connection] = []
        original = sqlcipher3.connect

        def connect(*args: object, **kwargs: object) -> sqlcipher3.Connection:
            connection = original(*args, **kwargs)
            self.connections.append(connection)
            return connection

        monkeypatch.setattr(sqlcipher3, "connect", connect)

    def still_open(self) -> int:
        """How many recorded connections still answer a query (a closed one refuses)."""
        count = 0
        for connection in self.connections:
            try:
                connection.execute("SELECT 1")
            except sqlcipher3.ProgrammingError:
                continue  # "Cannot operate on a closed database."
            count += 1
        return count


def open_vault_files(vault_dir: Path) -> list[str]:
    """Files of the vault's database this process holds open (Linux /proc)."""
    database = (vault_dir / "contactweb.db").resolve()
    names = {str(database), f"{database}-wal", f"{database}-shm", f"{database}-journal"}
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target in names:
            found.append(target)
    return found


def settle() -> None:
    assert wait_for_running_operations(), "a background read is still running"
    flush_deleted_widgets()
