"""The contact's pane fits its place beside the list in a 1280x800 window, in English, German,
French, Spanish and right to left, with a contact shown and with none: it never scrolls
sideways, the tab shown has its whole title in view (titles that do not fit scroll with the
tab bar's arrows, none is cut at the pane's edge), and the reminder's inputs stay inside the
pane. Once a consent tab with its evidence ("2026-12-07 17:13, recorded by staff") had been
looked at, it held the whole pane wider than its place, whichever tab was shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from contactweb import i18n
from contactweb.models import utcnow
from contactweb.services.activity import reminders
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit import translations
from contactweb.vault.workspace import Workspace

# The screens, not the database, are under test; in the catalogs as built from the sources.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]


@pytest.fixture(params=["en", "de", "fr", "es", i18n.PSEUDO_RTL])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if request.param != "en":
        translations.install(app, request.param)
    yield request.param
    translations.reset(app)


def _contact_with_something_on_every_tab(ws: Workspace) -> int:
    contact_id = contacts.create_contact(ws, ContactInput(
        first_name="Amélie", last_name="Abbott", company="Harbor Dental", title="Office manager",
        emails=[EmailInput("amelie@example.com")], phones=[PhoneInput("+1 503 555 0142")]))
    consent.opt_in(ws, contact_id, "email", "Signed up at the spring fair", method="paper form")
    consent.opt_out(ws, contact_id, "sms", "Asked not to get text messages")
    reminders.add_reminder(ws, contact_id, utcnow() + timedelta(days=2),
                           "Call Amélie about the spring arrangement quote")
    return contact_id


def _in_view(widget: QWidget, page: ContactsTab) -> QRect:
    """Where the widget is, in the pane's visible area's coordinates."""
    viewport = page.detail_area.viewport()
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())


def _tab_in_view(page: ContactsTab, index: int) -> QRect:
    bar = page.detail.tabs.tabBar()
    rect = bar.tabRect(index)
    return QRect(bar.mapTo(page.detail_area.viewport(), rect.topLeft()), rect.size())


def _problems(page: ContactsTab) -> list[str]:
    """What does not fit, for the tab shown."""
    area, tabs = page.detail_area, page.detail.tabs
    visible = area.viewport().rect()
    shown = tabs.tabText(tabs.currentIndex())
    problems = []
    if area.horizontalScrollBar().isVisible() or area.horizontalScrollBar().maximum() > 0:
        problems.append(f"{shown}: the pane scrolls sideways "
                        f"({page.detail.width()} px in {visible.width()})")
    arrows = [button for button in tabs.tabBar().findChildren(QToolButton)
              if button.isVisible()]
    arrow_rects = [_in_view(button, page) for button in arrows]
    for index in range(tabs.count()):
        title = tabs.tabText(index)
        rect = _tab_in_view(page, index)
        whole = visible.contains(rect) and not any(a.intersects(rect) for a in arrow_rects)
        if index == tabs.currentIndex() and not whole:
            problems.append(f"the tab shown, {title}, is not whole in view: {rect}")
        elif not whole and not arrows and rect.intersects(visible):
            problems.append(f"{title} is cut at the pane's edge, with no arrows to scroll")
    if tabs.currentWidget() is page.detail.reminders_tab:
        reminders_tab = page.detail.reminders_tab
        for widget in (reminders_tab.due_edit, reminders_tab.text_edit,
                       reminders_tab.assignee_combo, reminders_tab.add_button):
            if widget.isVisible() and not visible.contains(_in_view(widget, page)):
                problems.append(f"{type(widget).__name__} runs past the pane: "
                                f"{_in_view(widget, page)} in {visible}")
    return problems


def _every_tab(page: ContactsTab) -> list[str]:
    tabs = page.detail.tabs
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += _problems(page)
    return problems


def test_the_contact_pane_fits_beside_the_list_at_1280_by_800(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = _contact_with_something_on_every_tab(admin_ws)
    window = open_main_window(admin_ws)
    window.resize(1280, 800)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    QApplication.processEvents()
    assert _every_tab(page) == [], "nobody shown, before"

    page.show_contact(contact_id)
    QApplication.processEvents()
    assert page.detail.contact_id == contact_id
    problems = _every_tab(page)
    consent_tab = page.detail.consent_tab
    assert consent_tab.latest_labels["sms"].text(), "the consent tab was read"
    assert page.detail.reminders_tab.model.rowCount() == 1, "the reminders tab was read"
    assert problems == [], "a contact shown"

    page.detail.set_contact(None)  # as when the selection is cleared
    QApplication.processEvents()
    assert page.detail.contact_id is None
    assert _every_tab(page) == [], "nobody shown, after a contact was"
    # The list keeps the larger share and the splitter stays the person's to drag.
    assert page.table.width() > 2 * page.detail_area.width()
    assert not page.splitter.childrenCollapsible() and page.splitter.handle(1).isEnabled()
