"""The status bar's backup line (``backup_status.backup_status_text``), read by the session's
operation runner: the vault's backup history and this computer's keyring are never read on
the UI thread, where a slow keyring or a busy team server would freeze the window. Until the
answer comes the line keeps what it showed last; once the session is locked or signed out
nothing is read and a late answer is dropped (the runner is closed then)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel, QWidget

from contactweb.ui.backup import backup_status
from contactweb.ui.kit.coalescing_read import CoalescingRead
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)


class BackupStatusLabel(QLabel):
    def __init__(self, workspace: Workspace, operations: OperationRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._operations = operations
        self._reading = CoalescingRead(self, operations, self._answered, self._failed,
                                       self.refresh)

    def refresh(self) -> None:
        """Read the line again in the background; the current text stays until then."""
        if self._ws.locked or self._operations.closed:
            return
        ws = self._ws
        self._reading.start(lambda: backup_status.backup_status_text(ws))

    def reading(self) -> bool:
        return self._reading.running()

    def clear(self) -> None:
        """The session ended: no text, and an answer still on its way is not wanted."""
        self._reading.forget_asked_again()
        super().clear()

    def _answered(self, text: str) -> None:
        if not self._ws.locked:
            self.setText(text)

    def _failed(self, exc: Exception) -> None:
        # The status bar never takes the window down, nor opens an error box: the line
        # keeps what it knew.
        log.warning("backup status unavailable: %s", exc)
