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
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
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
        self._worker: BackgroundOp | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)
        bridge.locked.connect(self.stop)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check_now)

    def stop(self) -> None:
        self.timer.stop()
        # A run in progress is finished by the session's runner when it closes.

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
        self._worker = self._bridge.operations.operation(
            self, lambda _ctx: privacy.run_retention(ws)).success(self._done).failure(
            lambda exc: self._failed(str(exc))).run()
        return True

    def _done(self, result: RetentionResult) -> None:
        # The runner announces ``result.changes``: purged contacts leave every open view.
        self._worker = None
        self._bridge.drag_out.forget_contacts(result.contacts_purged)
        self.ran.emit(result)

    def _failed(self, message: str) -> None:
        self._worker = None
        log.warning("automatic retention run failed: %s", message)
        self.failed.emit(message)
