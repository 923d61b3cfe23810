"""A splitter whose sizes are remembered from one run to the next, beside the column layouts
(``columns.json``): the share a person dragged the panes to, never anything they show."""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtWidgets import QSplitter

from contactweb.ui.kit.remembered_columns import SAVE_DELAY_MS, layouts_file, read_layouts
from contactweb.vault.atomic import write_json_atomic

log = logging.getLogger(__name__)


class RememberedSplitter(QObject):
    def __init__(self, splitter: QSplitter, key: str) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self.key = f"splitter.{key}"  # beside the tables' keys, never one of them
        self.restore()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)  # a drag moves many times; write once
        self._timer.timeout.connect(self.save)
        splitter.splitterMoved.connect(lambda *_args: self._timer.start())
        splitter.destroyed.connect(self._timer.stop)

    def restore(self) -> None:
        stored = read_layouts().get(self.key)
        if not stored:
            return
        try:
            self._splitter.restoreState(QByteArray(base64.b64decode(stored, validate=True)))
        except ValueError:
            return  # a damaged entry: the default sizes stay

    def save(self) -> None:
        self._timer.stop()
        layouts = read_layouts()
        layouts[self.key] = base64.b64encode(bytes(self._splitter.saveState().data())).decode()
        try:
            layouts_file().parent.mkdir(parents=True, exist_ok=True)
            write_json_atomic(layouts_file(), layouts)
        except OSError as exc:  # the sizes are a comfort, never a reason to fail
            log.warning("cannot write %s: %s", layouts_file(), exc)
