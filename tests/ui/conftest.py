"""pytest-qt helpers for the shell and contacts tests: a dialog host that never blocks (each
modal dialog is handed to a scripted handler, as a person would fill it in), and windows
over a real vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import operations_running, wait_for_running_operations
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

DialogHandler = Callable[[QDialog], int | None]


class ScriptedDialogHost(DialogHost):
    """Modal dialogs go to ``handlers`` in order; message boxes and choosers answer from
    queues and are recorded. A modal nobody expected fails the test."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[DialogHandler] = []
        self.answers: list[bool] = []  # for ask()
        self.text_answers: list[str | None] = []  # for ask_text()
        self.file_answers: list[object] = []  # for the file and folder choosers
        self.messages: list[tuple[str, str]] = []  # (title, text) of inform/warn/ask
        self.details: list[str] = []  # the technical details given to each warn()
        self.handled: list[QDialog] = []

    def exec_dialog(self, dialog: QDialog) -> int:
        if not self.handlers:
            raise AssertionError(f"unexpected modal dialog: {type(dialog).__name__} "
                                 f"{dialog.windowTitle()!r}")
        handler = self.handlers.pop(0)
        self.register(dialog)
        dialog.show()
        try:
            result = handler(dialog)
        finally:
            self.unregister(dialog)
            dialog.hide()
        self.handled.append(dialog)
        return int(dialog.result() if result is None else result)

    def ask(self, parent: QWidget | None, title: str, text: str, yes_text: str = "OK") -> bool:
        self.messages.append((title, text))
        if not self.answers:
            raise AssertionError(f"unexpected question: {title}: {text}")
        return self.answers.pop(0)

    def ask_discard_changes(self, parent: QWidget | None, what: str) -> bool:
        """From ``answers`` when one is queued; else Discard (a test's editors are closed
        at its end, typed into or not)."""
        self.messages.append(("Discard changes?", f"Discard the changes to this {what}?"))
        return self.answers.pop(0) if self.answers else True

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append((title, text))

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.messages.append((title, text))
        self.details.append(details)

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "",
                 multiline: bool = False) -> str | None:
        self.messages.append((title, label))
        if not self.text_answers:
            raise AssertionError(f"unexpected text question: {title}: {label}")
        return self.text_answers.pop(0)

    def open_file_names(self, parent: QWidget | None, caption: str,
                        name_filter: str = "") -> list[str]:
        return list(self.file_answers.pop(0))  # type: ignore[call-overload]

    def save_file_name(self, parent: QWidget | None, caption: str,
                       suggested: str = "") -> str | None:
        return self.file_answers.pop(0)  # type: ignore[return-value]

    def existing_folder(self, parent: QWidget | None, caption: str,
                        start: str = "") -> str | None:
        return self.file_answers.pop(0)  # type: ignore[return-value]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Reads a test started on workers end before its vault is locked and removed."""
    yield
    assert wait_for_running_operations(), "a background job is still running"


@pytest.fixture
def host() -> ScriptedDialogHost:
    return ScriptedDialogHost()


@pytest.fixture
def bridge(host: ScriptedDialogHost) -> WorkspaceBridge:
    return WorkspaceBridge(host)


@pytest.fixture
def open_main_window(qtbot: QtBot, bridge: WorkspaceBridge
                     ) -> Iterator[Callable[[Workspace], MainWindow]]:
    """``open_main_window(ws)``: a shown main window over a signed-in workspace."""
    windows: list[MainWindow] = []

    def make(ws: Workspace) -> MainWindow:
        window = MainWindow(ws, bridge)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.clear()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} is not clickable"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def finish_operations(qtbot: QtBot, timeout_ms: int = 10_000) -> None:
    """Writes run off the UI thread: let the ones a click started end and report back (their
    Changes announced, their dialog closed), as a person waits for Save to finish."""
    qtbot.waitUntil(lambda: not operations_running(), timeout=timeout_ms)


def click_and_finish(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click, then wait for the work the click started."""
    click(qtbot, button)
    finish_operations(qtbot)


def button_named(widget: QWidget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace a field's text by typing, as a person would."""
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


@pytest.fixture
def controllers() -> Iterator[list[AppController]]:
    """The application controllers a test makes (``make_controller(..., made=controllers)``),
    shut down after it."""
    from tests.support.shared_computer import shut_down_after  # it imports this module

    yield from shut_down_after()


@pytest.fixture
def remote(admin_ws: Workspace, tmp_path: Path) -> Path:
    """A folder set as the vault's backup destination (a second site)."""
    from contactweb.services.backup import backup

    folder = tmp_path / "second-site"
    folder.mkdir()
    backup.configure_folder(admin_ws, folder)
    return folder
