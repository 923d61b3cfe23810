"""Measures how long nobody has touched ContactWeb, and says when to warn and when to sign out.

An event filter on the QApplication sees every key press, click, wheel turn and mouse move in
every window, modal dialogs included, so an open dialog or a half-typed edit never keeps the
vault open. Only spontaneous events count (from the window system, or QTest acting as a
person): Qt's own synthetic events after a window opens are not someone at the desk.

The timers are single-shot and re-armed from the time of the last input, so a mouse move costs
a clock read, not a timer restart. Intervals are in milliseconds so tests can use short ones.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

# The countdown before an automatic sign-out; shorter when the whole timeout is short.
WARNING_MS = 30_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
    QEvent.Type.InputMethod, QEvent.Type.MouseMove,
})


class IdleMonitor(QObject):
    """``start(timeout_ms)`` watches; ``warningStarted`` comes ``warning_ms`` before
    ``timedOut``; input in between emits ``warningCancelled`` and starts over."""

    warningStarted = Signal()
    warningCancelled = Signal()
    timedOut = Signal()

    def __init__(self, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        # What "now" is, in seconds; the timers only decide when to look at it again, so a
        # test that moves this clock by hand decides exactly when the warning and sign-out come.
        self.clock = clock
        self._timeout_ms = 0
        self._warning_ms = 0
        self._last_input = clock()
        self._last_mouse_position: QPointF | None = None
        self._warning = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed_on: QApplication | None = None

    # --- control ------------------------------------------------------------------------------
    def start(self, timeout_ms: int, warning_ms: int | None = None) -> None:
        """Watch for ``timeout_ms`` of no input; a timeout of 0 or less turns the lock off."""
        self.stop()
        if timeout_ms <= 0:
            return
        self._timeout_ms = timeout_ms
        if warning_ms is None:
            warning_ms = min(WARNING_MS, timeout_ms // 2)
        self._warning_ms = max(0, min(warning_ms, timeout_ms))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(self)
            self._installed_on = app
        self._last_input = self.clock()
        self._arm()

    def stop(self) -> None:
        self._timer.stop()
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None
        was_warning, self._warning = self._warning, False
        self._timeout_ms = 0
        if was_warning:
            self.warningCancelled.emit()

    def is_running(self) -> bool:
        return self._timeout_ms > 0

    def is_warning(self) -> bool:
        return self._warning

    def timeout_ms(self) -> int:
        return self._timeout_ms

    def reset(self) -> None:
        """Someone is here (an input event, or "Stay signed in"): start the wait over."""
        self._last_input = self.clock()
        if self._warning:
            self._warning = False
            self._arm()
            self.warningCancelled.emit()

    def milliseconds_left(self) -> int:
        """Until the automatic sign-out; 0 when not running."""
        if not self.is_running():
            return 0
        idle_ms = (self.clock() - self._last_input) * 1000
        return max(0, int(self._timeout_ms - idle_ms))

    def seconds_left(self) -> int:
        return math.ceil(self.milliseconds_left() / 1000)

    # --- watching -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS and event.spontaneous() and self._is_input(event):
            self.reset()
        return False  # only watching: every event goes on to its receiver

    def _is_input(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseMove or not isinstance(event, QMouseEvent):
            return True
        # A window appearing under a still mouse sends moves too; only real movement counts.
        position = event.globalPosition()
        moved = position != self._last_mouse_position
        self._last_mouse_position = QPointF(position)
        return moved

    def _arm(self) -> None:
        left = self.milliseconds_left()
        if not self._warning:
            left -= self._warning_ms
        self._timer.start(max(0, left))

    def _check(self) -> None:
        if not self.is_running():
            return
        left = self.milliseconds_left()
        if left <= 0:
            self._warning = False
            self.stop()
            self.timedOut.emit()
        elif not self._warning and left <= self._warning_ms:
            self._warning = True
            self._arm()
            self.warningStarted.emit()
        else:
            self._arm()  # input came since the timer was set: wait for the rest
