"""Where the main window opens: as it was left (size, place, maximised), else fitted to the
screen it opens on, centred and never larger than the screen's available area.

The saved geometry is Qt's own blob (``saveGeometry``) in base64 plus a maximised flag, kept
in the GUI preferences: no contact data, nothing personal.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtWidgets import QMainWindow

# Roomy on a large screen, all of it on a small one.
SCREEN_SHARE = 0.9
COMFORTABLE = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(8, 32)


class WindowPlacement:
    @staticmethod
    def default_geometry(available: QRect) -> QRect:
        """90 % of the available area (at least the comfortable size where it fits, never
        more than the area itself), centred in it."""
        width = min(available.width(),
                    max(int(available.width() * SCREEN_SHARE), COMFORTABLE.width()))
        height = min(available.height(),
                     max(int(available.height() * SCREEN_SHARE), COMFORTABLE.height()))
        rect = QRect(0, 0, width, height)
        rect.moveCenter(available.center())
        return rect

    @staticmethod
    def fit_to_screen(window: QMainWindow) -> None:
        screen = window.screen()
        if screen is None:
            window.resize(COMFORTABLE)
            return
        frame = WindowPlacement.default_geometry(screen.availableGeometry())
        # The frame (title bar, borders) is only measured once a window was shown: until
        # then a usual title bar's allowance keeps the whole frame on the screen.
        extra_w = window.frameGeometry().width() - window.width()
        extra_h = window.frameGeometry().height() - window.height()
        if not window.isVisible() and not (extra_w or extra_h):
            extra_w, extra_h = FRAME_ALLOWANCE.width(), FRAME_ALLOWANCE.height()
        window.resize(frame.width() - extra_w, frame.height() - extra_h)
        window.move(frame.topLeft() + QPoint(
            (extra_w - (window.frameGeometry().width() - window.width())) // 2, 0))

    @staticmethod
    def restore(window: QMainWindow, saved: str) -> bool:
        """Put the window where it was; False (and the default placement) when nothing
        usable was saved. Qt moves a window saved on a screen that is gone onto this one."""
        try:
            blob = base64.b64decode(saved.encode("ascii"), validate=True) if saved else b""
        except (binascii.Error, UnicodeEncodeError):
            blob = b""
        if blob and window.restoreGeometry(QByteArray(blob)):
            available = window.screen().availableGeometry() if window.screen() else None
            if available is None or available.intersects(window.frameGeometry()):
                return True
        WindowPlacement.fit_to_screen(window)
        return False

    @staticmethod
    def capture(window: QMainWindow) -> tuple[str, bool]:
        """(saved geometry, maximised) to keep until the next start."""
        blob = bytes(window.saveGeometry().data())
        return base64.b64encode(blob).decode("ascii"), window.isMaximized()
