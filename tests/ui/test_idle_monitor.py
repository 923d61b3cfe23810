"""The idle monitor on its own: it times out without input, any key or mouse input anywhere
starts the wait over, a modal dialog's own event loop does not hold it back, and the
countdown dialog counts down and has a "Stay signed in" button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from contactweb.ui.session.idle_monitor import IdleMonitor
from contactweb.ui.session.sign_out_countdown_dialog import SignOutCountdownDialog, countdown_text
from tests.ui.conftest import click


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_no_input_leads_to_a_warning_then_the_timeout(qtbot: QtBot) -> None:
    monitor = IdleMonitor()
    events: list[str] = []
    monitor.warningStarted.connect(lambda: events.append("warning"))
    monitor.warningCancelled.connect(lambda: events.append("cancelled"))
    monitor.timedOut.connect(lambda: events.append("timeout"))
    with qtbot.waitSignal(monitor.timedOut, timeout=5000):
        monitor.start(300, warning_ms=150)
    assert events == ["warning", "timeout"]
    assert not monitor.is_running() and monitor.milliseconds_left() == 0


def test_key_and_mouse_input_start_the_wait_over(qtbot: QtBot) -> None:
    clock = FakeClock()
    monitor = IdleMonitor(clock=clock)
    edit = field(qtbot)
    monitor.start(10_000, warning_ms=2_000)
    clock.now += 9.0
    assert monitor.milliseconds_left() == 1_000
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert monitor.milliseconds_left() == 10_000

    clock.now += 5.0
    qtbot.mouseMove(edit, QPoint(5, 5))
    assert monitor.milliseconds_left() == 10_000
    clock.now += 5.0
    qtbot.mouseMove(edit, QPoint(5, 5))  # the mouse did not move: nobody is there
    assert monitor.milliseconds_left() == 5_000
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert monitor.milliseconds_left() == 10_000

    # Events made by the program itself are not someone at the keyboard.
    clock.now += 4.0
    QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B,
                                           Qt.KeyboardModifier.NoModifier, "b"))
    assert edit.text() == "ab" and monitor.milliseconds_left() == 6_000

    monitor.stop()
    qtbot.keyClick(edit, Qt.Key.Key_C)
    assert monitor.milliseconds_left() == 0  # stopped: input no longer counts


def test_input_during_the_warning_cancels_it(qtbot: QtBot) -> None:
    clock = FakeClock()
    monitor = IdleMonitor(clock=clock)
    edit = field(qtbot)
    cancelled: list[bool] = []
    monitor.warningCancelled.connect(lambda: cancelled.append(True))
    monitor.start(400, warning_ms=300)
    clock.now += 0.2  # into the last 300 ms
    with qtbot.waitSignal(monitor.warningStarted, timeout=5000):
        pass
    assert monitor.is_warning()
    qtbot.keyClick(edit, Qt.Key.Key_Shift)
    assert cancelled == [True] and not monitor.is_warning()
    assert monitor.is_running() and monitor.milliseconds_left() == 400


def test_a_modal_dialog_does_not_hold_the_timeout_back(qtbot: QtBot) -> None:
    monitor = IdleMonitor()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLineEdit("half-typed"))
    seen: list[bool] = []

    def timed_out() -> None:
        seen.append(dialog.isVisible() and QApplication.activeModalWidget() is dialog)
        dialog.reject()

    monitor.timedOut.connect(timed_out)
    QTimer.singleShot(10_000, dialog.reject)  # a safety net, should the timeout never come
    monitor.start(300, warning_ms=100)
    result = dialog.exec()  # a real modal event loop
    assert seen == [True] and result == QDialog.DialogCode.Rejected


def test_countdown_dialog_counts_down_and_stays(qtbot: QtBot) -> None:
    left = [27]
    dialog = SignOutCountdownDialog(lambda: left[0], shared_computer=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.countdown_label.text() == "Signing out in 27 seconds"
    left[0] = 1
    qtbot.waitUntil(lambda: dialog.countdown_label.text() == "Signing out in 1 second")
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    with qtbot.waitSignal(dialog.staySignedIn):
        click(qtbot, dialog.stay_button)
    with qtbot.waitSignal(dialog.staySignedIn):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape is "I am here", not a silent close
    with qtbot.waitSignal(dialog.signOutNow):
        click(qtbot, dialog.sign_out_button)
    assert countdown_text(30) == "Signing out in 30 seconds"
