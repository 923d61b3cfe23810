"""The contact pane's Timeline, Sales, Consent and Reminders tabs are built the first time
they are looked at, not with the window (they were a third of the time from signing in to the
first rows painted), and then behave as if they had always been there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services.activity import communications, reminders
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_consent_tab import ContactConsentTab
from contactweb.ui.contacts.contact_reminders_tab import ContactRemindersTab
from contactweb.ui.contacts.contact_sales_tab import ContactSalesTab
from contactweb.ui.contacts.contact_timeline_tab import ContactTimelineTab
from contactweb.vault.workspace import Workspace

LATER_TABS = (ContactTimelineTab, ContactSalesTab, ContactConsentTab, ContactRemindersTab)


def _built(window: MainWindow) -> list[type]:
    pane = window.page("contacts").detail
    return [kind for kind in LATER_TABS if pane.findChildren(kind)]


def test_a_new_window_builds_only_the_details_tab_and_shows_every_title(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    window = open_main_window(admin_ws)
    pane = window.page("contacts").detail
    assert _built(window) == []
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "Details", "Timeline", "Sales", "Consent", "Reminders"]


def test_a_tab_clicked_for_the_first_time_shows_the_selected_contact(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    communications.log_communication(admin_ws, ada, CommunicationInput(
        kind="call", subject="Engines"))
    reminders.add_reminder(admin_ws, ada, utcnow() + timedelta(days=1), "Call back")
    window = open_main_window(admin_ws)
    pane = window.page("contacts").detail
    pane.set_contact(ada)
    bar = pane.tabs.tabBar()
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)  # to Timeline, as by keyboard
    timeline = pane.tabs.currentWidget()
    assert isinstance(timeline, ContactTimelineTab) and pane.tabs.currentIndex() == 1
    assert timeline.table.model().rowCount() == 1
    assert _built(window) == [ContactTimelineTab]
    pane.tabs.setCurrentIndex(4)
    assert isinstance(pane.tabs.currentWidget(), ContactRemindersTab)
    assert pane.reminders_tab.table.model().rowCount() == 1
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == [
        "Details", "Timeline", "Sales", "Consent", "Reminders"]
    # Another contact: the tabs built so far follow it, the shown one at once.
    babbage = contacts.create_contact(admin_ws, ContactInput(first_name="Charles"))
    pane.set_contact(babbage)
    assert pane.reminders_tab.table.model().rowCount() == 0
    pane.tabs.setCurrentIndex(1)
    assert pane.timeline_tab.table.model().rowCount() == 0


def test_a_tab_asked_for_by_the_program_is_built_in_its_place_without_switching(
        admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    communications.log_communication(admin_ws, ada, CommunicationInput(
        kind="call", subject="Engines"))
    window = open_main_window(admin_ws)
    pane = window.page("contacts").detail
    pane.set_contact(ada)
    consent_tab = pane.consent_tab  # built, in the fourth place, Details still shown
    assert pane.tabs.indexOf(consent_tab) == 3 and pane.tabs.currentIndex() == 0
    assert pane.consent_tab is consent_tab
    pane.tabs.setCurrentWidget(pane.timeline_tab)
    assert pane.timeline_tab.table.model().rowCount() == 1
    window.clear()  # signing out clears the tabs built, and only those
    assert pane.contact_id is None and pane.timeline_tab.table.model().rowCount() == 0
    assert set(_built(window)) == {ContactTimelineTab, ContactConsentTab}
