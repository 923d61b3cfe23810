"""The clipboard at sign-out: cleared when it still holds text ContactWeb put there, left
alone when the person copied something else since (in another program), and never touched
outside shared-computer mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import AppController
from contactweb.ui.session.clipboard_guard import ClipboardGuard
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost


class Focus:
    """Stands for which program has the focus: ContactWeb (True) or another one."""

    def __init__(self) -> None:
        self.ours = True

    def __call__(self) -> bool:
        return self.ours


@pytest.fixture
def clipboard(qtbot: QtBot) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


def copy_from_field(qtbot: QtBot, text: str) -> None:
    """Ctrl+C in a ContactWeb field, as a person copies a phone number."""
    field = QLineEdit(text)
    qtbot.addWidget(field)
    field.show()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_our_text_is_cleared(qtbot: QtBot, clipboard: QClipboard) -> None:
    focus = Focus()
    guard = ClipboardGuard(clipboard, is_active=focus)
    guard.watch()
    copy_from_field(qtbot, "+1 415 555 0199")
    assert clipboard.text() == "+1 415 555 0199" and guard.holds_our_text()
    assert guard.clear_if_ours() is True
    assert clipboard.text() == ""


def test_something_copied_elsewhere_since_is_left_alone(qtbot: QtBot,
                                                        clipboard: QClipboard) -> None:
    focus = Focus()
    guard = ClipboardGuard(clipboard, is_active=focus)
    guard.watch()
    copy_from_field(qtbot, "zenobia.q@vantablack.example")
    focus.ours = False  # the person switched to another program and copied there
    clipboard.setText("Lunch order: two falafel wraps")
    assert not guard.holds_our_text()
    assert guard.clear_if_ours() is False
    assert clipboard.text() == "Lunch order: two falafel wraps"


def test_copies_before_sign_in_or_after_sign_out_are_not_ours(qtbot: QtBot,
                                                              clipboard: QClipboard) -> None:
    guard = ClipboardGuard(clipboard, is_active=Focus())
    copy_from_field(qtbot, "typed before signing in")  # not watching yet
    guard.watch()
    assert guard.clear_if_ours() is False and clipboard.text() == "typed before signing in"
    guard.watch()
    guard.remember_copied("Copied by a Copy button")
    clipboard.setText("Copied by a Copy button")
    guard.clear_if_ours()
    assert clipboard.text() == ""
    copy_from_field(qtbot, "after the sign-out")
    assert guard.clear_if_ours() is False and clipboard.text() == "after the sign-out"


def test_sign_out_clears_the_clipboard_only_in_shared_mode(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        clipboard: QClipboard, controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD, shared=False)
    copy_from_field(qtbot, "Zenobia Quartermaine")
    controller.main_window.sign_out_action.trigger()
    assert clipboard.text() == "Zenobia Quartermaine"  # an ordinary computer: left as is

    sign_in(qtbot, controller, "admin", PASSWORD, shared=True)
    copy_from_field(qtbot, "Zenobia Quartermaine")
    controller.main_window.lock_action.trigger()
    assert clipboard.text() == ""
