"""What keeps a signed-in session from outliving the person at the desk.

For everyone: the idle lock (``idle_timeout_minutes``, default 15) with a countdown 30 seconds
before it. In shared-computer mode (the vault's ``shared_computer`` setting, or ticked on the
sign-in screen of this machine): a short timeout (``shared_timeout_minutes``, at least 1),
sign-out when the main window is minimised or closed, and the clipboard cleared at sign-out
when it still holds text copied from ContactWeb.

The guard only asks for a sign-out (``signOutRequested(reason)``); the controller's
``lock(reason)`` does it. At a lock ``sweep_screen()`` hides whatever the dialog host does
not know about: popups, tooltips and stray windows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QToolTip, QWidget

from contactweb.errors import ContactWebError
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.session.clipboard_guard import ClipboardGuard
from contactweb.ui.session.idle_monitor import WARNING_MS, IdleMonitor
from contactweb.ui.session.sign_out_countdown_dialog import SignOutCountdownDialog
from contactweb.vault.workspace import Workspace

log = logging.getLogger(__name__)
MINUTE_MS = 60_000


class SharedComputerGuard(QObject):
    """``minute_ms`` and ``warning_ms`` are the lengths of a minute and of the countdown,
    in milliseconds; tests make them short."""

    signOutRequested = Signal(str)  # 'idle', 'minimised', 'closed' or 'signout'

    def __init__(self, host: DialogHost, parent: QObject | None = None, *,
                 minute_ms: int = MINUTE_MS, warning_ms: int = WARNING_MS,
                 clipboard: ClipboardGuard | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.minute_ms = minute_ms
        self.warning_ms = warning_ms
        self.monitor = IdleMonitor(self)
        self.monitor.warningStarted.connect(self._show_countdown)
        self.monitor.warningCancelled.connect(self._close_countdown)
        self.monitor.timedOut.connect(self._timed_out)
        self.clipboard = clipboard or ClipboardGuard(parent=self)
        self.countdown: SignOutCountdownDialog | None = None
        self.shared = False
        self._window: QMainWindow | None = None

    # --- the session's policy -----------------------------------------------------------------
    @staticmethod
    def is_shared(ws: Workspace) -> bool:
        # The services load with the first signed-in session, after the sign-in window.
        from contactweb.services import secrets

        try:
            return secrets.shared_computer(ws)
        except ContactWebError:
            return ws.shared_computer

    @staticmethod
    def vault_is_shared(ws: Workspace) -> bool:
        """The vault's own setting (for every machine), not this sign-in's choice."""
        from contactweb.services import settings

        try:
            return bool(settings.get(ws, "shared_computer"))
        except ContactWebError:
            return False

    def timeout_minutes(self, ws: Workspace) -> int:
        shared = self.is_shared(ws)
        key = "shared_timeout_minutes" if shared else "idle_timeout_minutes"
        from contactweb.services import settings

        try:
            minutes = int(settings.get(ws, key))
        except (ContactWebError, TypeError, ValueError):
            minutes = int(settings.DEFAULTS[key])
        return max(1, minutes)  # never off, never shorter than a minute

    def begin(self, ws: Workspace, window: QMainWindow) -> None:
        """Signed in: start measuring idle time and, when shared, watch the window."""
        self.end()
        self.shared = self.is_shared(ws)
        self._window = window
        window.installEventFilter(self)
        self.apply_settings(ws)

    def apply_settings(self, ws: Workspace) -> None:
        """(Re)read the timeout, e.g. after an administrator saved the settings."""
        if ws.locked:
            return
        self.shared = self.is_shared(ws)
        if self.shared and not self.clipboard.is_watching():
            self.clipboard.watch()
        timeout_ms = self.timeout_minutes(ws) * self.minute_ms
        self.monitor.start(timeout_ms, min(self.warning_ms, timeout_ms // 2))

    def end(self) -> None:
        """Signing out (the vault is still open): stop every timer, close the countdown,
        and clear the clipboard if it holds what ContactWeb copied (shared mode)."""
        self.monitor.stop()
        self._close_countdown()
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        if self.shared:
            self.clipboard.clear_if_ours()
        self.shared = False

    # --- the countdown ------------------------------------------------------------------------
    def _show_countdown(self) -> None:
        if self.countdown is not None:
            return
        dialog = SignOutCountdownDialog(self.monitor.seconds_left, self.shared)
        dialog.staySignedIn.connect(self.stay_signed_in)
        dialog.signOutNow.connect(lambda: self.signOutRequested.emit("signout"))
        self.countdown = dialog
        self._host.show_dialog(dialog)

    def stay_signed_in(self) -> None:
        self.monitor.reset()  # cancels the warning, which closes the countdown

    def _close_countdown(self) -> None:
        dialog, self.countdown = self.countdown, None
        if dialog is not None:
            self._host.unregister(dialog)
            dialog.hide()
            dialog.deleteLater()

    def _timed_out(self) -> None:
        self._close_countdown()
        self.signOutRequested.emit("idle")

    # --- the main window in shared mode -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self._window or not self.shared:
            return False
        if event.type() == QEvent.Type.WindowStateChange and self._window.isMinimized():
            self.signOutRequested.emit("minimised")
        elif event.type() == QEvent.Type.Close:
            # On a shared computer closing the window signs out for the next person, who
            # finds the sign-in screen; Quit is there.
            event.ignore()
            self.signOutRequested.emit("closed")
            return True
        return False

    # --- leaving nothing on screen ------------------------------------------------------------
    @staticmethod
    def sweep_screen(keep: tuple[QWidget, ...] = ()) -> None:
        """Hide what the dialog host does not track: tooltips, open menus and popups, and
        any other visible window (a dialog opened directly, a detached box)."""
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
            if popup.isVisible():  # a popup that refuses to close is hidden
                popup.hide()
        for widget in QApplication.topLevelWidgets():
            if widget in keep or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # also ends its modal loop, if it runs one
            widget.hide()
