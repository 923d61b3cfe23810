"""Closing a contact says when the retention rule will purge it, and its details show the
date while it stays closed; a legal hold or reopening takes the date away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from contactweb.services import privacy, settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def in_years(years: int) -> str:
    today = date.today()
    try:
        return today.replace(year=today.year + years).isoformat()
    except ValueError:
        return today.replace(year=today.year + years, day=28).isoformat()


def test_closing_says_when_the_contact_will_be_purged(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    settings.put(admin_ws, "retention.closed_contact_years", 3)
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    page.show_contact(ann)
    tab = page.detail.details_tab
    click(qtbot, tab.close_button)
    qtbot.waitUntil(lambda: bool(host.messages), timeout=10_000)
    title, text = host.messages[-1]
    assert title == "Contact closed"
    assert f"purged on or after {in_years(3)}" in text and "Ann Lee" in text
    qtbot.waitUntil(lambda: "Purged on" in tab.text.text(), timeout=10_000)
    assert in_years(3) in tab.text.text()


def test_the_purge_date_follows_status_setting_and_hold(admin_ws: Workspace) -> None:
    ann = contacts.create_contact(admin_ws, ContactInput(first_name="Ann"))
    assert privacy.purge_date(admin_ws, ann) is None
    contacts.set_status(admin_ws, ann, "closed")
    assert privacy.purge_date(admin_ws, ann).isoformat() == in_years(7)
    settings.put(admin_ws, "retention.closed_contact_years", 1)
    assert privacy.purge_date(admin_ws, ann).isoformat() == in_years(1)
    privacy.place_legal_hold(admin_ws, ann, "Case 9")
    assert privacy.purge_date(admin_ws, ann) is None


def test_closing_several_from_the_list_says_it_too(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    for first in ("Ann", "Bob"):
        contacts.create_contact(admin_ws, ContactInput(first_name=first, last_name="Lee"))
    window = open_main_window(admin_ws)
    page = window.page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    page.set_status_of_selected("closed")  # the list's "Close 2 selected"
    qtbot.waitUntil(lambda: bool(host.messages), timeout=10_000)
    title, text = host.messages[-1]
    assert title == "Contacts closed" and "2 contacts are closed" in text
    assert f"purged on or after {in_years(7)}" in text
