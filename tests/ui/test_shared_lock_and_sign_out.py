"""Lock now (Ctrl+L) and Sign out, from the File menu and from the status bar: each ends the
session through the controller, and the idle lock stops with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import LOCK_NOTICES, AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost, click


def test_lock_and_sign_out_from_the_keyboard_menu_and_status_bar(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, minute_ms=60_000, made=controllers)
    reasons: list[str] = []
    controller.lockedOut.connect(reasons.append)

    def signed_in_window() -> MainWindow:
        sign_in(qtbot, controller, "admin", PASSWORD)
        assert controller.guard.monitor.is_running()
        return controller.main_window

    window = signed_in_window()
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()][-3:] == \
        ["&Lock", "Sign &out", "&Quit"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert reasons == ["lock"]
    assert controller.sign_in_dialog.notice.text() == LOCK_NOTICES["lock"]
    assert not controller.guard.monitor.is_running()

    window = signed_in_window()
    click(qtbot, window.lock_button)
    window = signed_in_window()
    assert window.sign_out_button.text() == "Sign out"
    click(qtbot, window.sign_out_button)
    window = signed_in_window()
    window.sign_out_action.trigger()
    assert reasons == ["lock", "lock", "signout", "signout"]
    assert controller.sign_in_dialog.notice.isHidden()  # a chosen sign-out needs no notice
