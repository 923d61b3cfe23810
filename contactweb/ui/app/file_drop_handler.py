"""A contact file dropped on the main window starts the import wizard with that file, as
dropping a .vcf on an address book does. Only for roles that may import; other drops (and
other kinds of files) are refused at the drag, so the cursor says so before the drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow

IMPORTABLE_SUFFIXES = (".vcf", ".vcard", ".csv", ".ldif", ".json")


def dropped_contact_file(mime: QMimeData) -> Path | None:
    """The one local contact file carried by a drag, else None."""
    files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    if len(files) != 1 or files[0].suffix.lower() not in IMPORTABLE_SUFFIXES:
        return None
    return files[0] if files[0].is_file() else None


class FileDropHandler(QObject):
    def __init__(self, window: QMainWindow, allowed: bool,
                 start_import: Callable[[Path], None]) -> None:
        super().__init__(window)
        self._start_import = start_import
        window.setAcceptDrops(allowed)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_contact_file(event.mimeData()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if isinstance(event, QDropEvent):
            path = dropped_contact_file(event.mimeData())
            if path is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            # The drop finishes first; the wizard (modal) opens right after it.
            QTimer.singleShot(0, self, lambda: self._start_import(path))
            return True
        return False
