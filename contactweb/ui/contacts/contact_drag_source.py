"""Contacts dragged out of the contact list become a vCard: ``text/vcard`` data for programs
that take it directly, and a .vcf file (in the session's private drag-out folder) for file
managers and mail programs.

A drag is an export: the export service writes the file, so the same permission holds
(no drag for a role that may not export) and it is audited. The drag starts from the
selected rows, as in a file manager.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from contactweb.errors import ContactWebError
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.exporting import exporter
from contactweb.ui.contacts.contact_table_model import ContactTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

VCARD_MIME = "text/vcard"
VCARD_FORMAT = "vcard3"  # what address books and mail programs read most widely


class ContactDragSource(QObject):
    def __init__(self, view: QAbstractItemView, model: ContactTableModel, workspace: Workspace,
                 bridge: WorkspaceBridge, selected_ids: Callable[[], list[int]]) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._ws = workspace
        self._bridge = bridge
        self._selected_ids = selected_ids
        self._pressed_at: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            left = event.button() == Qt.MouseButton.LeftButton
            self._pressed_at = event.position().toPoint() if left else None
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed_at = None
        elif event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and \
                self._pressed_at is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (event.position().toPoint() - self._pressed_at).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._pressed_at = None
                self.start_drag()
                return True
        return False

    def start_drag(self) -> None:
        mime = self.mime_data(self._selected_ids())
        if mime is None:
            return
        drag = QDrag(self._view)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.CopyAction)

    def mime_data(self, contact_ids: list[int]) -> QMimeData | None:
        """The vCard of ``contact_ids`` as drag data; None when there is nothing to drag
        or the role may not export."""
        if not contact_ids or self._ws.locked or not self._ws.can(Action.EXPORT):
            return None
        path = self._bridge.drag_out.file_for(f"{self._safe_name(contact_ids)}.vcf",
                                              contact_ids)
        try:
            exporter.export_contacts(self._ws, path, VCARD_FORMAT,
                                     ContactQuery(ids=tuple(contact_ids)))
        except ContactWebError as exc:
            self._bridge.dialogs.show_error(self._view, exc)
            return None
        self._bridge.drag_out.make_private(path)
        mime = QMimeData()
        mime.setData(VCARD_MIME, path.read_bytes())
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        return mime

    def _safe_name(self, contact_ids: list[int]) -> str:
        """One contact's file is named after it (as address books do); several: contacts."""
        row = self._model.row_of(contact_ids[0]) if len(contact_ids) == 1 else None
        item = self._model.row_data(row) if row is not None else None
        name = (item.name if item is not None else "").strip() or "contacts"
        cleaned = "".join(c if c.isalnum() or c in " -_.,'" else "_" for c in name)
        return Path(cleaned[:80].strip(" .")).name or "contacts"
