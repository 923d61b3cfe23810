"""The Help menu: a short user guide from resources/help and a list of keyboard shortcuts
read from the window's real actions (so it cannot go stale); locking closes both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.help_dialog import HelpDialog
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.app.shortcuts_dialog import ShortcutsDialog
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.shared_computer import make_controller, sign_in
from tests.ui.conftest import ScriptedDialogHost


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_user_guide_covers_the_four_topics(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    assert _menu_texts(window, "&Help")[:2] == ["&User guide", "&Keyboard shortcuts"]
    window.guide_action.trigger()
    guide = next(d for d in window.findChildren(HelpDialog) if d.isVisible())
    assert guide.topic_titles() == ["Getting started", "Shared-computer mode",
                                    "Consent and mailings", "Backups"]
    assert "New contact" in guide.text.toPlainText()
    guide.show_topic("Shared-computer mode")
    assert "remembers no username" in guide.text.toPlainText()
    assert "#" not in guide.text.toPlainText()  # Markdown shown formatted, not raw
    guide.show_topic("Backups")
    assert "encrypted copy of the vault" in guide.text.toPlainText()


def test_the_shortcut_list_is_read_from_the_actions(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    rows = ShortcutsDialog(window).rows()
    native = QKeySequence.SequenceFormat.NativeText
    assert ("File", "New contact", window.new_contact_action.shortcut().toString(native)) \
        in rows
    assert ("File", "Lock", "Ctrl+L") in rows
    assert ("Contact", "Find", QKeySequence("Ctrl+F").toString(native)) in rows
    assert ("Help", "Keyboard shortcuts", "Ctrl+/") in rows
    assert all(keys for _menu, _command, keys in rows)

    # A shortcut changed or added in a menu shows at once.
    window.lock_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
    extra = QAction("Say hello", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+H"))
    window.menuBar().actions()[0].menu().addAction(extra)
    window.shortcuts_action.trigger()
    dialog = next(d for d in window.findChildren(ShortcutsDialog) if d.isVisible())
    assert ("File", "Lock", "Ctrl+Shift+K") in dialog.rows()
    assert ("File", "Say hello", "Ctrl+Shift+H") in dialog.rows()


def test_locking_closes_the_guide_and_the_shortcuts(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController]) -> None:
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    guide = controller.main_window.show_guide()
    shortcuts = controller.main_window.show_shortcuts()
    assert guide.isVisible() and shortcuts.isVisible()
    assert guide in host.open_dialogs() and shortcuts in host.open_dialogs()
    controller.lock("lock")
    assert not guide.isVisible() and not shortcuts.isVisible()
