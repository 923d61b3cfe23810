"""File menu entries for moving contacts in and out: Import (Ctrl+I), Export (Ctrl+E) and Find
duplicates. The shell calls these; each opens its window through the bridge's DialogHost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog
from contactweb.ui.interchange.export_dialog import ExportDialog
from contactweb.ui.interchange.import_wizard import ImportWizard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class ImportActions:
    # Translated where the menus show them (context "ImportActions").
    IMPORT_TEXT = QT_TRANSLATE_NOOP("ImportActions", "&Import contacts…")
    EXPORT_TEXT = QT_TRANSLATE_NOOP("ImportActions", "&Export contacts…")
    IMPORT_SHORTCUT, EXPORT_SHORTCUT = "Ctrl+I", "Ctrl+E"
    DUPLICATES_TEXT = QT_TRANSLATE_NOOP("ImportActions", "Find &duplicates…")

    @staticmethod
    def allowed(ws: Workspace) -> dict[str, bool]:
        """Which entries the signed-in role may use (the services check again)."""
        return {"import": ws.can(Action.IMPORT), "export": ws.can(Action.EXPORT),
                "duplicates": ws.can(Action.CONTACT_VIEW)}

    @staticmethod
    def open_import(parent: QWidget | None, ws: Workspace, bridge: WorkspaceBridge,
                    path: Path | None = None) -> ImportWizard:
        wizard = ImportWizard(ws, bridge, parent, path)
        bridge.dialogs.exec_dialog(wizard)
        wizard.deleteLater()
        return wizard

    @staticmethod
    def open_export(parent: QWidget | None, ws: Workspace, bridge: WorkspaceBridge,
                    query: ContactQuery | None = None,
                    selected_ids: list[int] | None = None) -> ExportDialog:
        """``query``: the contact list's current search and tag; ``selected_ids``: its
        selected rows. Both only offer choices; "all contacts" is always there."""
        dialog = ExportDialog(ws, bridge, parent, query, selected_ids)
        bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        return dialog

    @staticmethod
    def open_duplicates(parent: QWidget | None, ws: Workspace,
                        bridge: WorkspaceBridge) -> DuplicatesDialog:
        dialog = DuplicatesDialog(ws, bridge, parent)
        bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        return dialog
