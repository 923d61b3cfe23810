"""A table whose columns the user arranges: the header's context menu shows or hides each
column, columns are dragged into another order and resized, and all of it comes back at the
next start. The layouts live beside the GUI preferences (``columns.json`` in the config
folder): column widths and order only, never contact data.

A table given default widths has them fitted to its width (scaled, never narrower than a
column's title or its least readable width; a table too narrow for those scrolls sideways)
until the person resizes a column: from then on their widths are kept."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Sequence
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
WIDTHS_CHOSEN = "chosen"  # the value of "widths.<key>" once the person resized a column


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


def fitted_widths(defaults: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Column widths that fill ``room`` exactly, in proportion to ``defaults``, none narrower
    than its ``least``; when those do not fit, the ``least`` widths (the table scrolls
    sideways: a column squeezed further would show nobody's name or number whole)."""
    if not defaults:
        return []
    if sum(least) >= room:
        return list(least)
    fixed: dict[int, int] = {}
    while True:  # columns scaled below their least take it; the rest share what is left
        free = [i for i in range(len(defaults)) if i not in fixed]
        share = room - sum(fixed.values())
        total = sum(defaults[i] for i in free) or 1
        scaled = {i: defaults[i] * share / total for i in free}
        under = {i: least[i] for i in free if scaled[i] < least[i]}
        if not under:
            break
        fixed.update(under)
    widths = [fixed[i] if i in fixed else int(scaled[i]) for i in range(len(defaults))]
    widest = max(free, key=lambda i: defaults[i]) if free else 0
    widths[widest] += room - sum(widths)  # what rounding down left over
    return widths


class RememberedColumns(QObject):
    def __init__(self, view: QTableView, key: str,
                 default_widths: Sequence[int] | None = None,
                 least_widths: Sequence[int] | None = None) -> None:
        """``default_widths``: fit these (scaled) to the table's width, none narrower than
        its title or its ``least_widths``, until the person resizes a column."""
        super().__init__(view)
        self._view = view
        self.key = key
        self.menu: QMenu | None = None  # the last menu shown (tests pick from it)
        self._default_widths = list(default_widths or [])
        self._least_widths = list(least_widths or [0] * len(self._default_widths))
        self.widths_chosen = False
        self._fitting = False  # the widths being set by fit(), not by the person
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
        header.sectionResized.connect(self._section_resized)
        header.sectionMoved.connect(lambda *_args: self._timer.start())
        view.destroyed.connect(self._timer.stop)
        if self._default_widths:
            view.viewport().installEventFilter(self)  # its width changes: fit again
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
        if kind == QEvent.Type.Resize and watched is self._view.viewport():
            self.fit()
        elif watched is self._view and kind == QEvent.Type.Show and \
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
        layouts = read_layouts()
        stored = layouts.get(self.key)
        # Widths saved before the person chose any (e.g. the old defaults) are fitted anew.
        self._set_widths_chosen(layouts.get(f"widths.{self.key}") == WIDTHS_CHOSEN)
        if not stored:
            return
        try:
            state = QByteArray(base64.b64decode(stored, validate=True))
        except ValueError:
            return
        # A layout saved for other columns (a column merged into another since) would
        # bring a header of as many sections as it had: the table's own layout instead.
        if not self.header().restoreState(state) or \
                self.header().count() != self._view.model().columnCount():
            self.header().restoreState(self._default_state)
        self._set_widths_chosen(self.widths_chosen)  # the state brings its own stretch

    def _set_widths_chosen(self, chosen: bool) -> None:
        self.widths_chosen = chosen
        if self._default_widths:
            # Fitted widths fill the table themselves; the last column stretching as well
            # would resize it when the table's width changes, as if the person had.
            self.header().setStretchLastSection(chosen)

    def _section_resized(self, _column: int, old_size: int, new_size: int) -> None:
        if self._fitting:
            return
        # A column resized by the person (not hidden or shown): the widths are theirs now.
        if old_size and new_size and self._default_widths and not self.widths_chosen:
            self._set_widths_chosen(True)
        self._timer.start()

    def fit(self) -> None:
        """The default widths, scaled to the table's width, until the person chose theirs."""
        if not self._default_widths or self.widths_chosen:
            return
        header = self.header()
        shown = [c for c in range(min(header.count(), len(self._default_widths)))
                 if not header.isSectionHidden(c)]
        room = self._view.viewport().width()
        if not shown or room <= 0:
            return
        least = [max(self._least_widths[c], header.sectionSizeHint(c)) for c in shown]
        widths = fitted_widths([self._default_widths[c] for c in shown], least, room)
        self._fitting = True
        try:
            for column, width in zip(shown, widths, strict=True):
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def save(self) -> None:
        self._timer.stop()
        layouts = read_layouts()
        layouts[self.key] = base64.b64encode(bytes(self.header().saveState().data())).decode()
        if self.widths_chosen:
            layouts[f"widths.{self.key}"] = WIDTHS_CHOSEN
        else:
            layouts.pop(f"widths.{self.key}", None)
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
        self.fit()  # the columns shown share the table's width anew
        self.save()

    def reset(self) -> None:
        self._fitting = True  # the default state is not the person's choice
        try:
            self.header().restoreState(self._default_state)
        finally:
            self._fitting = False
        self._set_widths_chosen(False)
        self.fit()
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
