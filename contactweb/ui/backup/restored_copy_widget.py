"""Administration → Backups on a restored copy: what it is, and the two deliberate ways to
adopt it (each confirmed): a new vault with backups of its own, or in place of the live
vault (whose files are kept aside; everyone signs in again). Hidden on any other vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactweb.services.backup import backup
from contactweb.services.changes import Changes
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace


class RestoredCopyWidget(QGroupBox):
    adopted = Signal()  # made a new vault: the page reloads
    liveReplaced = Signal(object)  # Path: the live vault's folder, to sign in to now

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Restored copy"))
        self._ws = workspace
        self._bridge = bridge
        self.copy: backup.RestoredCopy | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.new_vault_button = QPushButton(self.tr("Make it a new vault…"))
        self.new_vault_button.setToolTip(self.tr("Keep this copy as a vault of its own, with backups "
                                         "to a destination of its own"))
        self.new_vault_button.clicked.connect(self.make_new_vault)
        self.replace_button = QPushButton(self.tr("Replace the live vault…"))
        self.replace_button.setToolTip(self.tr("Put this copy in place of the live vault; the live "
                                       "vault's files are kept aside"))
        self.replace_button.clicked.connect(self.replace_live_vault)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_vault_button)
        buttons.addWidget(self.replace_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        self.setVisible(False)

    def refresh(self) -> None:
        self.copy = None if self._ws.locked else backup.restored_copy(self._ws)
        self.setVisible(self.copy is not None)
        if self.copy is not None:
            self.explanation.setText(
                self.tr("{what} The live vault is in {source_folder}. Until you adopt this "
                        "copy it has no backup destination and no schedule.").format(what=self.copy.describe(), source_folder=self.copy.source_folder))

    def make_new_vault(self) -> None:
        if not self._bridge.dialogs.ask(
                self, self.tr("Make it a new vault"),
                self.tr("Keep this copy as a vault of its own? It gets its own backups: choose a "
                "destination for them afterwards (the live vault's destination refuses it). "
                "The live vault is not changed."), self.tr("Make it a new vault")):
            return
        self._bridge.operations.operation(
            self, lambda _ctx: backup.adopt_as_new_vault(self._ws),
            changes=Changes(settings=True, backups=True)).success(
            lambda _result: self.adopted.emit()).run()

    def replace_live_vault(self) -> None:
        if self.copy is None:
            return
        if not self._bridge.dialogs.ask(
                self, self.tr("Replace the live vault"),
                self.tr("Put this copy in place of the live vault in {source_folder}? "
                        "Everything changed in the live vault since this backup was taken is "
                        "set aside with it (its files are kept as *.before-adopt-*). The copy "
                        "takes over the live vault's backups, and you sign in again. Close "
                        "ContactWeb wherever the live vault is open first.").format(source_folder=self.copy.source_folder), self.tr("Replace the live vault")):
            return
        # No Changes to announce: the copy's vault is closed by then, and the session ends.
        self._bridge.operations.operation(
            self, lambda _ctx: backup.adopt_as_live_vault(self._ws)).success(
            self._replaced).run()

    def _replaced(self, live_folder: Path) -> None:
        self.liveReplaced.emit(live_folder)
