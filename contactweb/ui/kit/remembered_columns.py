"""A table whose columns the user arranges: the header's context menu shows or hides each
column, columns are dragged into another order and resized, and all of it comes back at the
next start. The layouts live beside the GUI preferences (``columns.json`` in the config
folder): column widths and order only, never contact data."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from contactweb import paths
from contactweb.vault.atomic import write_json_atomic

log = logging.getLogger(__name__)
FILE_NAME = "columns.json"
SAVE_DELAY_MS = 400  # a drag resizes many times; write once it stops


def layouts_file() -> Path:
    return paths.config_dir() / FILE_NAME


def read_layouts() -> dict[str, str]:
    try:
        data = json.loads(layouts_file().read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:  # a damaged file costs the layouts, nothing else
        log.warning("ignoring unreadable %s: %s", layouts_file(), exc)
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


class RememberedColumns(QObject):
    def __init__(self, view: QTableView, key: str) -> None:
        super().__init__(view)
        self._view = view
        self.key = key
        self.menu: QMenu | None = None  # the last menu shown (tests pick from it)
        header = self.header()
        self._default_state = header.saveState()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        self.restore()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(lambda *_args: self._timer.start())
        header.sectionMoved.connect(lambda *_args: self._timer.start())
        view.destroyed.connect(self._timer.stop)
        # A window closed (or the table hidden) before the pause writes at once.
        self._window: QObject | None = None
        view.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:  # a resize just before quitting is still kept
            app.aboutToQuit.connect(self._flush)

    def _flush(self) -> None:
        if self._timer.isActive():
            self.save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is self._view and kind == QEvent.Type.Show and \
                self._view.window() is not self._window:
            self._window = self._view.window()
            self._window.installEventFilter(self)
        elif kind in (QEvent.Type.Hide, QEvent.Type.Close) and \
                (watched is self._view or watched is self._window):
            self._flush()
        return super().eventFilter(watched, event)

    def header(self) -> QHeaderView:
        return self._view.horizontalHeader()

    def restore(self) -> None:
        stored = read_layouts().get(self.key)
        if not stored:
            return
        try:
            state = QByteArray(base64.b64decode(stored, validate=True))
        except ValueError:
            return
        if not self.header().restoreState(state):
            self.header().restoreState(self._default_state)

    def save(self) -> None:
        self._timer.stop()
        layouts = read_layouts()
        layouts[self.key] = base64.b64encode(bytes(self.header().saveState().data())).decode()
        try:
            layouts_file().parent.mkdir(parents=True, exist_ok=True)
            write_json_atomic(layouts_file(), layouts)
        except OSError as exc:  # the layout is a comfort, never a reason to fail
            log.warning("cannot write %s: %s", layouts_file(), exc)

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.header()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown and visible == [column]:
            return  # the last column stays: a table without columns cannot be got back
        header.setSectionHidden(column, not shown)
        self.save()

    def reset(self) -> None:
        self.header().restoreState(self._default_state)
        self.save()

    def _show_menu(self, position: QPoint) -> None:
        header = self.header()
        model = self._view.model()
        menu = QMenu(self._view)
        menu.setTitle(self.tr("Columns"))
        for column in range(header.count()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal,
                                         Qt.ItemDataRole.DisplayRole)
                        or self.tr("Column {number}").format(number=column + 1))
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = QAction(self.tr("Reset columns"), menu)
        reset.triggered.connect(self.reset)
        menu.addAction(reset)
        self.menu = menu
        menu.popup(header.mapToGlobal(position))
