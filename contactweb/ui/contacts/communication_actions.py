"""Correcting and deleting a logged communication, the same way from a contact's timeline and
from the Communications page: the log dialog opened on the entry, a question before a delete,
and the permission that logging needs (the vault checks it; menus only hide what it refuses)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from contactweb.services.activity import communications
from contactweb.services.changes import Changes
from contactweb.ui.contacts.log_communication_dialog import LogCommunicationDialog, kind_title
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class CommunicationActions(QObject):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._parent = parent
        self.menu: QMenu | None = None  # the last context menu shown (tests pick from it)

    def can_change(self) -> bool:
        return not self._ws.locked and self._ws.can(Action.COMMUNICATION_LOG)

    def edit(self, contact_id: int, communication_id: int) -> None:
        if not self.can_change():
            return
        dialog = LogCommunicationDialog(self._ws, self._bridge, contact_id, parent=self._parent,
                                        communication_id=communication_id)
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def delete(self, contact_id: int, communication_id: int, kind: str, subject: str) -> None:
        if not self.can_change():
            return
        what = kind_title(kind).lower()
        about = f" \u201c{subject}\u201d" if subject else ""
        if not self._bridge.dialogs.ask(
                self._parent, self.tr("Delete communication?"),
                self.tr("Delete this {what}{about} and its attachments? The deletion is kept "
                        "in the audit log; the text is not.").format(what=what, about=about), self.tr("Delete")):
            return
        ws = self._ws
        self._bridge.operations.operation(
            self._parent, lambda _ctx: communications.delete_communication(ws, communication_id),
            changes=Changes.about(contact_id, communications=True)).run()

    def show_menu(self, at: QPoint, contact_id: int, communication_id: int, kind: str,
                  subject: str) -> QMenu:
        """Edit… and Delete… for one entry, at ``at`` (global coordinates)."""
        menu = QMenu(self._parent)
        for text, slot in (
                (self.tr("Edit…"), lambda: self.edit(contact_id, communication_id)),
                (self.tr("Delete…"), lambda: self.delete(contact_id, communication_id, kind, subject))):
            action = QAction(text, menu)
            action.setEnabled(self.can_change())
            action.triggered.connect(slot)
            menu.addAction(action)
        self.menu = menu
        menu.popup(at)
        return menu
