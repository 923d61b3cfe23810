"""Building the main window, each of its pages and each contact tab never shows a window of
its own for a part of a page. A button told to be visible before it is in a layout is shown
as a window by itself: on a desktop it flashes on screen and takes the activation from the
main window (typing then goes nowhere until the window is clicked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.progress_dialog import ProgressDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, settle, sign_in
from tests.ui.conftest import ScriptedDialogHost
from tests.ui.test_kit_session_lifecycle import OPENERS


class _StrayWindows(QObject):
    """Every widget shown as a window that is not a main window, dialog or menu."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched.isWindow() \
                and not isinstance(watched, QMainWindow | QDialog | QMenu):
            text = getattr(watched, "text", lambda: "")()
            self.shown.append(f"{type(watched).__name__} {text!r}".strip())
        return False


@pytest.fixture
def stray_windows() -> Iterator[_StrayWindows]:
    watcher = _StrayWindows()
    QApplication.instance().installEventFilter(watcher)
    yield watcher
    QApplication.instance().removeEventFilter(watcher)


@pytest.mark.parametrize("role", ["admin", "manager", "staff", "readonly"])
def test_pages_and_contact_tabs_show_no_window_of_their_own(
        qtbot: QtBot, role: str, admin_ws: Workspace,
        user_ws: Callable[[str], Workspace],
        open_main_window: Callable[[Workspace], MainWindow],
        stray_windows: _StrayWindows) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    ws = admin_ws if role == "admin" else user_ws(role)
    window = open_main_window(ws)
    for key in window.page_keys():
        window.show_page(key)
    pane = window.show_page("contacts").detail
    pane.set_contact(contact_id)
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
    qtbot.wait(10)
    assert stray_windows.shown == []
    assert window.isActiveWindow()


def test_signing_in_and_opening_every_dialog_shows_no_window_of_their_parts(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], stray_windows: _StrayWindows) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    admin_ws.engine.dispose()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    settle()  # the pages with timers of their own are built after the first paint
    window = controller.main_window
    assert window.isActiveWindow()  # typing goes to the window just signed in to
    page = window.contacts_page()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    opened: list[str] = []
    for name, open_dialog in OPENERS.items():
        host.handlers.append(lambda dialog, name=name: (
            opened.append(name), QDialog.DialogCode.Rejected)[1])
        open_dialog(window)
        settle()
    assert opened == list(OPENERS)
    assert stray_windows.shown == []


class _Work(QObject):
    progressed = Signal(int, int)
    running = True

    def cancel(self) -> None:
        self.running = False


@pytest.mark.parametrize("cancellable", [True, False])
def test_a_progress_window_shows_its_cancel_button_inside_it(
        qtbot: QtBot, stray_windows: _StrayWindows, cancellable: bool) -> None:
    work = _Work()
    dialog = ProgressDialog("Importing", "Reading the file…", work, cancellable=cancellable)
    qtbot.addWidget(dialog)
    dialog.show()
    assert stray_windows.shown == []
    assert dialog.buttons.isVisible() is cancellable


@pytest.mark.parametrize("reason", ["lock", "signout"])
def test_signing_out_before_the_timed_pages_are_built_leaves_them_unbuilt(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], reason: str) -> None:
    """Today and Mailings are built just after the first paint: a sign-out that comes
    first (a lock key pressed at once) must not build them over a locked vault (an error
    in a timer's slot fails the test: pytest-qt raises what reaches Qt's event loop)."""
    admin_ws.engine.dispose()
    controller = make_controller(host, vault_dir, made=controllers)
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    controller.sign_in_dialog._succeeded(ws)  # what the sign-in's success runs
    window = controller.main_window
    controller.lock(reason)  # before the event loop has run again
    for _ in range(3):  # the timer's turn comes, the window not yet deleted
        QApplication.processEvents()
    settle()
    assert "today" not in window.created_pages()
    assert "mailings" not in window.created_pages()
    assert ws.locked and controller.sign_in_dialog is not None
    # Signed in again, the pages are built after the first paint as usual.
    sign_in(qtbot, controller, "admin", PASSWORD)
    settle()
    assert {"contacts", "today", "mailings"} <= set(controller.main_window.created_pages())
