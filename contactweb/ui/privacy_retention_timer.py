"""The daily automatic retention run while the app is open.

The main window creates one ``PrivacyRetentionTimer(workspace, bridge, parent)`` after sign-in
and calls ``start()``; it checks now and then every hour, and runs the retention rules off the
UI thread when a day has passed since the last run (``privacy.retention_due``). Users whose
role may not run retention never trigger it. Locking stops it (``bridge.locked``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from contactweb.services import privacy
from contactweb.services.privacy import RetentionResult
from contactweb.ui.worker import Worker
from contactweb.ui.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000


class PrivacyRetentionTimer(QObject):
    ran = Signal(object)  # the RetentionResult of an automatic run
    failed = Signal(str)

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        bridge.locked.connect(self.stop)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check_now)

    def stop(self) -> None:
        self.timer.stop()
        if self._worker is not None:
            # A thread destroyed while running takes the process down; a run ends in seconds.
            self._worker.wait()

    @property
    def running(self) -> bool:
        return self._worker is not None

    def check_now(self) -> bool:
        """Start a run if one is due; returns whether it started."""
        if self._worker is not None or self._ws.locked:
            return False
        try:
            due = privacy.retention_due(self._ws)
        except Exception:  # noqa: BLE001 - a check must never break the window
            log.exception("could not check whether retention is due")
            return False
        if not due:
            return False
        ws = self._ws
        self._worker = Worker(lambda _p, _c: privacy.run_retention(ws), self)
        self._worker.succeeded.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.start()
        return True

    def _done(self, result: RetentionResult) -> None:
        self._worker = None
        if result.anything_removed:
            # Purged contacts and recordings disappear from every open view.
            self._bridge.contactsChanged.emit()
            for contact_id in result.contacts_purged:
                self._bridge.contactChanged.emit(contact_id)
        self.ran.emit(result)

    def _failed(self, message: str) -> None:
        self._worker = None
        log.warning("automatic retention run failed: %s", message)
        self.failed.emit(message)
