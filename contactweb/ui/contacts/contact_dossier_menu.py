"""The dossier of the selected contacts, from their context menu: saved as one PDF (each
contact from a new page) or printed through the system print dialog. A role that may not
export gets one contact's dossier at a time, as the report service allows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from contactweb.errors import ContactWebError
from contactweb.services.reports import report_service
from contactweb.ui.kit.report_actions import ReportActions
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class ContactDossierMenu(QObject):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._parent = parent
        self.report_actions = ReportActions(workspace, bridge, parent)
        self.report_actions.saved.connect(self._saved)
        self.report_actions.failed.connect(lambda message: bridge.dialogs.show_error(parent, message))
        self.last_saved: Path | None = None

    def refusal(self, contact_ids: list[int]) -> str:
        """Why these contacts' dossier may not be made, or ""."""
        if not contact_ids:
            return self.tr("Select one or more contacts first.")
        try:
            report_service.check_permission(self._ws, "contact", len(contact_ids))
        except ContactWebError as exc:
            return str(exc)
        return ""

    def add_actions(self, menu: QMenu, contact_ids: list[int]) -> list[QAction]:
        count = len(contact_ids)
        refusal = self.refusal(contact_ids)
        added = []
        menu.addSeparator()
        save_text, print_text = (self.tr("Save dossier as PDF…"), self.tr("Print dossier…")) \
            if count <= 1 else (self.tr("Save dossiers of %n contacts as PDF…", "", count),
                                self.tr("Print dossiers of %n contacts…", "", count))
        for text, slot in ((save_text, lambda: self.save(contact_ids)),
                           (print_text, lambda: self.print(contact_ids))):
            action = QAction(text, menu)
            action.setEnabled(not refusal and not self.report_actions.busy())
            action.setToolTip(refusal)
            action.triggered.connect(slot)
            menu.addAction(action)
            added.append(action)
        return added

    def run(self, contact_ids: list[int], printing: bool) -> bool:
        """From the window's menu: print or save the selected contacts' dossier, or say why
        not. False when nothing was started."""
        refusal = self.refusal(contact_ids)
        if refusal:
            self._bridge.dialogs.show_error(self._parent, refusal)
            return False
        if printing:
            self.print(contact_ids)
        else:
            self.save(contact_ids)
        return True

    def save(self, contact_ids: list[int]) -> None:
        self.report_actions.save("contact", contact_ids=list(contact_ids))

    def print(self, contact_ids: list[int]) -> None:
        self.report_actions.print("contact", contact_ids=list(contact_ids))

    def _saved(self, out: Path, size: int) -> None:
        self.last_saved = out
        self._bridge.dialogs.inform(self._parent, self.tr("Dossier saved"),
                                    self.tr("Saved {file} ({size} KB).").format(file=out, size=size // 1024 + 1))
