"""Each page refreshes from a ``Changes`` value alone, whoever made the change: a change made
elsewhere in this window reaches a page only as the value the adapter announces, and one made
by the command line in the same vault shows after a refresh (F5, the Refresh action).

The text is looked for in the page itself, so another page refreshing cannot stand in for it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from contactweb.services.changes import Changes
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.shared_computer import settle, widget_texts

# page, what the command line adds (given the contact's id), the text that then shows, and
# the Changes another page would announce for it.
CASES: dict[str, tuple[Callable[[str], list[str]], str, Callable[[int], Changes]]] = {
    "contacts": (lambda _cid: ["contact", "add", "--first", "Zebedee", "--last", "Quill"],
                 "Zebedee", lambda _cid: Changes(contacts=True)),
    "communications": (lambda cid: ["log", cid, "--kind", "call", "--direction", "in",
                                    "--subject", "Quarterly reconciliation"],
                       "Quarterly reconciliation",
                       lambda cid: Changes.about(cid, communications=True)),
    "sales": (lambda cid: ["sale", "add", cid, "--product", "Astrolabe", "--price", "19.99",
                           "--qty", "2"], "Astrolabe", lambda cid: Changes.about(cid, sales=True)),
    "today": (lambda cid: ["remind", cid, "--due", date.today().isoformat(),
                           "--text", "Return the orrery"],
              "Return the orrery", lambda cid: Changes.about(cid, reminders=True)),
    # the Reports page shows the vault's tags in its Tag box
    "reports": (lambda _cid: ["contact", "add", "--first", "Otto", "--tag", "Cartographers"],
                "Cartographers", lambda _cid: Changes(contacts=True)),
    # the audit log tab of Administration: the sale the command line recorded, as a sentence
    "administration": (lambda cid: ["sale", "add", cid, "--product", "Sextant", "--price",
                                    "5"], "recorded a sale for Ann Lee",
                       lambda cid: Changes.about(cid, sales=True)),
}


def shows(page: QWidget, token: str) -> bool:
    """Whether any widget of the page (its tables' rows and combo boxes included) has the text."""
    texts = [text for widget in [page, *page.findChildren(QWidget)]
             for text in widget_texts(widget)]
    return token.casefold() in "\n".join(texts).casefold()


def _window_with_one_contact(admin_ws: Workspace, vault_dir: Path,
                             open_main_window: Callable[[Workspace], MainWindow],
                             ) -> tuple[MainWindow, CliRunner, str]:
    cli = CliRunner(vault_dir, "admin", PASSWORD)
    added = cli("contact", "add", "--first", "Ann", "--last", "Lee")
    assert added.code == 0, added.err
    return open_main_window(admin_ws), cli, added.out.strip().split()[-1]


@pytest.mark.parametrize("key", list(CASES))
def test_a_page_refreshes_from_the_changes_announced_elsewhere(
        qtbot: QtBot, admin_ws: Workspace, vault_dir: Path, bridge: WorkspaceBridge,
        open_main_window: Callable[[Workspace], MainWindow], key: str) -> None:
    window, cli, cid = _window_with_one_contact(admin_ws, vault_dir, open_main_window)
    page = window.show_page(key)
    settle()
    command, token, changes = CASES[key]
    assert cli(*command(cid)).code == 0
    settle()
    assert not shows(page, token)  # nothing told the page yet
    bridge.announce(changes(int(cid)))  # what the operation on another page announces
    qtbot.waitUntil(lambda: shows(page, token))


@pytest.mark.parametrize("key", list(CASES))
def test_a_change_made_by_the_command_line_shows_after_refresh(
        qtbot: QtBot, admin_ws: Workspace, vault_dir: Path,
        open_main_window: Callable[[Workspace], MainWindow], key: str) -> None:
    window, cli, cid = _window_with_one_contact(admin_ws, vault_dir, open_main_window)
    page = window.show_page(key)
    settle()
    command, token, _changes = CASES[key]
    assert cli(*command(cid)).code == 0
    settle()
    assert not shows(page, token)
    window.refresh_action.trigger()  # F5
    qtbot.waitUntil(lambda: shows(page, token))


def test_a_write_on_one_page_reaches_another_through_its_operation(
        qtbot: QtBot, admin_ws: Workspace, vault_dir: Path, bridge: WorkspaceBridge,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """No announcement by hand anywhere: a reminder added on a contact's Reminders tab runs as
    an operation, and the Today page (another page) shows it from the Changes it reported."""
    window, _cli, cid = _window_with_one_contact(admin_ws, vault_dir, open_main_window)
    today = window.show_page("today")
    settle()
    assert not shows(today, "Return the orrery")
    page = window.show_page("contacts")
    page.show_contact(int(cid))
    tab = page.detail.reminders_tab
    page.detail.tabs.setCurrentWidget(tab)
    tab.due_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
    tab.text_edit.setText("Return the orrery")
    with qtbot.waitSignal(bridge.changed) as announced:
        tab.add_button.click()
    assert announced.args[0] == Changes.about(int(cid), reminders=True)
    window.show_page("today")
    qtbot.waitUntil(lambda: shows(today, "Return the orrery"))
