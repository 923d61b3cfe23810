"""The privacy actions of a contact's page: export what we hold, erase, legal hold.

A helper the contact details tab owns: ``add_buttons(layout)`` once, ``show_contact(details)``
whenever the shown contact changes. The buttons follow the signed-in role (the services check
it again).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from contactweb.errors import ContactWebError
from contactweb.services import privacy
from contactweb.services.changes import Changes
from contactweb.services.contacts.contacts import ContactDetails
from contactweb.ui.kit.operations import BackgroundOp, error_text
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.privacy.erase_contact_dialog import EraseContactDialog
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class PrivacyActions(QObject):
    exported = Signal(str)  # the report folder, once written

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._parent = parent
        self.details: ContactDetails | None = None
        self._worker: BackgroundOp | None = None
        self.export_button = QPushButton(self.tr("Export what we hold…"))
        self.export_button.setToolTip(self.tr("Everything about this contact as JSON, files and a PDF "
                                      "summary, to answer an access request."))
        self.export_button.clicked.connect(self.export_what_we_hold)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.clicked.connect(self.erase)
        self.hold_button = QPushButton(self.tr("Legal hold…"))
        self.hold_button.clicked.connect(self.toggle_legal_hold)
        self._permissions = {self.export_button: Action.EXPORT,
                             self.erase_button: Action.CONTACT_ERASE,
                             self.hold_button: Action.LEGAL_HOLD}
        for button in self.buttons():
            if not workspace.can(self._permissions[button]):
                button.setVisible(False)  # the UI only hides; the services refuse
        self.show_contact(None)

    def buttons(self) -> list[QPushButton]:
        return [self.export_button, self.erase_button, self.hold_button]

    def add_buttons(self, layout: QBoxLayout) -> None:
        for button in self.buttons():
            layout.addWidget(button)

    def show_contact(self, details: ContactDetails | None) -> None:
        self.details = details
        busy = self._worker is not None
        for button in self.buttons():
            button.setEnabled(details is not None and not busy)
        held = bool(details and details.legal_hold)
        self.hold_button.setText(self.tr("Release legal hold…") if held else self.tr("Legal hold…"))
        self.hold_button.setToolTip(
            self.tr("Let the contact be erased and purged again.") if held else
            self.tr("Keep this contact: no erasure and no retention purge until released."))
        self.erase_button.setToolTip(
            self.tr("Under a legal hold: release it before erasing.") if held else
            self.tr("Remove this contact and everything about them for good."))
        if held:
            self.erase_button.setEnabled(False)

    # --- export -----------------------------------------------------------------------------
    def export_what_we_hold(self) -> None:
        if self.details is None or self._worker is not None:
            return
        folder = self._bridge.dialogs.existing_folder(
            self._parent, self.tr("Where should the access report go?"))
        if not folder:
            return
        target = self._free_folder(Path(folder), self.details.id)
        ws, contact_id = self._ws, self.details.id
        self._worker = self._bridge.operations.operation(
            self, lambda _ctx: privacy.export_access_report(ws, contact_id, target)).success(
            self._export_done).failure(self._export_failed)
        self.show_contact(self.details)
        self._worker.run()

    @staticmethod
    def _free_folder(parent: Path, contact_id: int) -> Path:
        """A new folder per report: the export never writes beside other files."""
        base = f"access-report-{contact_id}-{date.today().isoformat()}"
        candidate, n = parent / base, 2
        while candidate.exists():
            candidate, n = parent / f"{base}-{n}", n + 1
        return candidate

    def _export_done(self, json_path: Path) -> None:
        self._worker = None
        self.show_contact(self.details)
        self.exported.emit(str(json_path.parent))
        self._bridge.dialogs.inform(
            self._parent, self.tr("Access report"),
            self.tr("The access report was written to {parent}.\n\nIt holds personal data: "
                    "hand it only to the person it is about.").format(parent=json_path.parent))

    def _export_failed(self, error: Exception) -> None:
        self._worker = None
        self.show_contact(self.details)
        self._bridge.dialogs.show_error(self._parent, error_text(error))

    # --- erase ------------------------------------------------------------------------------
    def erase(self) -> None:
        if self.details is None:
            return
        try:
            # Parented to the window, not to this pane: the pane disables itself when the
            # erased contact disappears, and a child dialog would go disabled with it.
            dialog = EraseContactDialog(self._ws, self._bridge, self.details.id,
                                        self._parent.window())
        except ContactWebError as exc:
            self._bridge.dialogs.show_error(self._parent, exc)
            return
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    # --- legal hold -------------------------------------------------------------------------
    def toggle_legal_hold(self) -> None:
        if self.details is None:
            return
        ws, contact_id = self._ws, self.details.id
        reason: str | None = None  # None: release the hold
        if self.details.legal_hold:
            if not self._bridge.dialogs.ask(
                    self._parent, self.tr("Release legal hold"),
                    self.tr("Release the legal hold? The contact can then be erased and the "
                    "retention rules apply to it again."), self.tr("Release")):
                return
        else:
            reason = self._bridge.dialogs.ask_text(
                self._parent, self.tr("Legal hold"),
                self.tr("Why must this contact be kept? Give the case or request (for example "
                "\"Case 2026-17\"); the reason goes into the audit log, so no names."))
            if reason is None:
                return

        def job(_ctx: object) -> Changes:  # the contact's Changes, announced by the runner
            if reason is None:
                return privacy.release_legal_hold(ws, contact_id)
            return privacy.place_legal_hold(ws, contact_id, reason)

        self._bridge.operations.operation(self, job).failure(
            lambda exc: self._bridge.dialogs.show_error(self._parent, error_text(exc))).run()
