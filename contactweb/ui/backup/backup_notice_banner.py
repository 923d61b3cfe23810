"""The band across the top of the main window, on every page, when backups need a person:

- a restored copy says so to everyone (the person must know this is not the live vault);
  an administrator gets "Adopt…", which opens Administration → Backups;
- backups paused for a missing EEA transfer basis are shown to administrators only (staff
  cannot act on it), with "Record the basis…" in place.

Hidden otherwise. It reads the vault when the session's ``Changes`` say contacts, settings or
backups changed (an import can add EEA addresses): through the session's operation runner,
never on the UI thread. Until the answer comes the band shows what it knew; once the session
is locked it hides and nothing is read (the runner drops a late answer).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from contactweb.services.backup import backup
from contactweb.services.changes import Changes
from contactweb.ui.backup.transfer_basis_dialog import TransferBasisDialog
from contactweb.ui.kit.coalescing_read import CoalescingRead
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

COPY_STYLE = ("QFrame#backupNotice { background: #fff4ce; border-bottom: 1px solid #c9a400; }"
              " QLabel { color: #3d3000; }")
PAUSED_STYLE = ("QFrame#backupNotice { background: #fde7e9; border-bottom: 1px solid #b3261e; }"
                " QLabel { color: #5c0f0a; }")
log = logging.getLogger(__name__)
# What the runner reads: the restored copy (None: the live vault) and, for an administrator,
# how many contacts wait for a transfer basis.
NoticeReading = tuple[backup.RestoredCopy | None, int]


def read_notice(ws: Workspace, admin: bool) -> NoticeReading:
    """On the runner's thread."""
    copy = backup.restored_copy(ws)
    return copy, (backup.transfer_basis_needed(ws) if admin and copy is None else 0)


class BackupNoticeBanner(QFrame):
    adoptRequested = Signal()  # open Administration → Backups, where the copy is adopted

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupNotice")
        self._ws = workspace
        self._bridge = bridge
        self.kind = ""  # 'copy', 'paused' or '' (hidden)
        self._reading = CoalescingRead(self, bridge.operations, self._answered, self._failed,
                                       self.refresh)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Backup notice"))
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._act)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.action_button)
        bridge.changed.connect(self._changes)
        self._show("", "", "")  # hidden until the first answer
        self.refresh()

    def _changes(self, changes: Changes) -> None:
        if changes.contacts or changes.settings or changes.backups:
            self.refresh()

    def refresh(self) -> None:
        """Read the notice again in the background; the band stays as it is until then."""
        if self._ws.locked or self._bridge.operations.closed:
            self._show("", "", "")
            return
        ws, admin = self._ws, self._ws.can(Action.BACKUP_CONFIGURE)
        self._reading.start(lambda: read_notice(ws, admin))

    def reading(self) -> bool:
        return self._reading.running()

    def _answered(self, answer: NoticeReading) -> None:
        self._show(*(("", "", "") if self._ws.locked else self._notice(*answer)))

    def _failed(self, exc: Exception) -> None:
        log.warning("backup notice unavailable: %s", exc)
        self._show("", "", "")  # the banner never takes the window down, nor opens a box

    def _show(self, kind: str, text: str, button: str) -> None:
        self.kind = kind
        self.label.setText(text)
        self.action_button.setText(button)
        self.action_button.setVisible(bool(button))
        self.setStyleSheet(COPY_STYLE if self.kind == "copy" else PAUSED_STYLE)
        self.setVisible(bool(self.kind))

    def _notice(self, copy: backup.RestoredCopy | None, concerned: int) -> tuple[str, str, str]:
        admin = self._ws.can(Action.BACKUP_CONFIGURE)
        if copy is not None:
            text = self.tr("Restored copy. {what}").format(what=copy.describe())
            if copy.source_folder:
                text += " " + self.tr("The live vault is in {folder}.").format(
                    folder=copy.source_folder)
            if admin:
                return "copy", text, self.tr("Adopt…")
            return "copy", text + " " + self.tr("Ask an administrator before relying on it."), ""
        if admin and concerned:
            return "paused", plural(self.tr(
                "Backups are paused: no basis is recorded for transferring to the US backup "
                "server the %Ln contact(s) with an address in the European Economic Area.",
                "", concerned), concerned), self.tr("Record the basis…")
        return "", "", ""

    def _act(self) -> None:
        if self.kind == "copy":
            self.adoptRequested.emit()
        elif self.kind == "paused":
            self.record_basis()

    def record_basis(self) -> bool:
        """The transfer basis, asked here; True when it was recorded."""
        dialog = TransferBasisDialog(self._ws, self._bridge.operations, self)
        recorded = bool(self._bridge.dialogs.exec_dialog(dialog))  # its operation announced
        dialog.deleteLater()
        return recorded
