"""The contact's pane fits its place beside the list in a 1280x800 window, in English, German,
French, Spanish and right to left, with a contact shown and with none: it never scrolls
sideways, the tab shown has its whole title in view (titles that do not fit scroll with the
tab bar's arrows, none is cut at the pane's edge), and the reminder's inputs stay inside the
pane. Once a consent tab with its evidence ("2026-12-07 17:13, recorded by staff") had been
looked at, it held the whole pane wider than its place, whichever tab was shown.

A long email address (40 characters and more) on the Details tab is broken over two lines
rather than scrolled sideways (in German even a short one scrolled by about 12 px), and a
reminder of ordinary length is read whole in the Reminders tab's narrow table (its "What"
column was about 70 px wide, the text cut after a word or two)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from contactweb import i18n
from contactweb.models import utcnow
from contactweb.services.activity import communications, reminders
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit import display_text, translations
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


LONG_EMAIL = "amelie.abbott-fournier@harbor-dental-clinic.example.com"  # 55 characters
ORDINARY_REMINDER = "Call Amélie about the spring flower order"  # 41 characters


def _contacts_page_at_1280_by_800(qtbot: QtBot, window: MainWindow,
                                  contact_id: int) -> ContactsTab:
    window.resize(1280, 800)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.show_contact(contact_id)
    QApplication.processEvents()
    return page


def _sideways_scrolling(widget: QWidget) -> list[str]:
    """The scroll areas inside the widget whose contents are wider than their view (the
    scroll bar may be turned off: its range still says so)."""
    return [f"{type(area).__name__}: {area.horizontalScrollBar().maximum()} px"
            for area in widget.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0]


def test_a_long_email_address_never_scrolls_the_details_sideways(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Amélie", last_name="Abbott-Fournier", company="Harbor Dental",
        title="Office manager", emails=[EmailInput(LONG_EMAIL)],
        phones=[PhoneInput("+1 503 555 0142")]))
    page = _contacts_page_at_1280_by_800(qtbot, open_main_window(admin_ws), contact_id)
    details = page.detail.details_tab
    assert page.detail.tabs.currentWidget() is details
    assert _problems(page) == []
    assert _sideways_scrolling(details) == []
    text = details.text
    assert text.document().size().width() <= text.viewport().width()
    assert LONG_EMAIL in text.toPlainText()  # shown whole, only broken over two lines


def _whole_in_its_cell(table: QTableView, row: int, column: int) -> str:
    """'' when the cell's text is shown whole at the cell's size (wrapped between words as
    the view wraps it), else what is missing."""
    text = str(table.model().index(row, column).data())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width, height = table.columnWidth(column) - 2 * margin - 1, table.rowHeight(row) - 1
    needed = table.fontMetrics().boundingRect(QRect(0, 0, width, 10_000),
                                              int(Qt.TextFlag.TextWordWrap), text)
    if needed.width() > width or needed.height() > height:
        return f"{text!r} needs {needed.width()}x{needed.height()}, the cell is {width}x{height}"
    return ""


# (the right-to-left pseudo-language doubles every text, the short columns' titles too)
@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_a_reminder_of_ordinary_length_is_read_whole(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = _contact_with_something_on_every_tab(admin_ws)
    reminders.add_reminder(admin_ws, contact_id, utcnow() + timedelta(days=3), ORDINARY_REMINDER)
    page = _contacts_page_at_1280_by_800(qtbot, open_main_window(admin_ws), contact_id)
    tab = page.detail.reminders_tab
    page.detail.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert _problems(page) == []
    texts = [tab.model.record(row).text for row in range(tab.model.rowCount())]
    assert ORDINARY_REMINDER in texts
    table = tab.table
    header = table.horizontalHeader()
    assert _sideways_scrolling(tab) == []
    for column in range(header.count()):  # every column in view, the text's the widest
        assert header.sectionViewportPosition(column) >= 0
        assert header.sectionViewportPosition(column) + header.sectionSize(column) \
            <= table.viewport().width()
    what = 1
    assert header.sectionSize(what) == max(header.sectionSize(c) for c in range(header.count()))
    for row in range(tab.model.rowCount()):
        for column in range(header.count()):  # the day and time too, on their two lines
            assert _whole_in_its_cell(table, row, column) == ""


SUBJECTS = ("Quote for the spring flower arrangements",  # 40 characters each
            "Follow-up on the delivery of the bouquet",
            "Invoice question about the March service")


def _table_fits(table: QTableView, stretched: int) -> list[str]:
    """What does not fit in a record tab's table: no sideways scrolling, every column in view
    with its whole title, the stretched column the widest, every cell read whole."""
    header = table.horizontalHeader()
    model = table.model()
    problems = _sideways_scrolling(table.parentWidget())
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        left = header.sectionViewportPosition(column)
        if left < 0 or left + header.sectionSize(column) > table.viewport().width():
            problems.append(f"{title}: not in view")
        if header.sectionSize(column) < header.sectionSizeHint(column):
            problems.append(f"{title}: its title is cut ({header.sectionSize(column)} px "
                            f"for {header.sectionSizeHint(column)})")
        problems += [f"{title}: {cut}" for row in range(model.rowCount())
                     if (cut := _whole_in_its_cell(table, row, column))]
    widest = max(header.sectionSize(c) for c in range(header.count()))
    if header.sectionSize(stretched) != widest:
        problems.append(f"column {stretched} is {header.sectionSize(stretched)} px, "
                        f"another {widest} px")
    return problems


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_the_timeline_reads_whole_subjects_and_titles(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = _contact_with_something_on_every_tab(admin_ws)
    for days, (kind, direction, minutes), subject in zip(
            (1, 6, 20), (("call", "out", 12), ("email", "in", None), ("note", "", None)),
            SUBJECTS, strict=True):
        communications.log_communication(admin_ws, contact_id, CommunicationInput(
            kind=kind, direction=direction, occurred_at=utcnow() - timedelta(days=days),
            duration_minutes=minutes, subject=subject))
    page = _contacts_page_at_1280_by_800(qtbot, open_main_window(admin_ws), contact_id)
    tab = page.detail.timeline_tab
    page.detail.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert _problems(page) == []
    assert sorted(tab.model.record(row).subject for row in range(tab.model.rowCount())) \
        == sorted(SUBJECTS)
    subject = 2
    assert _table_fits(tab.table, subject) == []


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_the_consent_history_fits_the_pane(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    contact_id = _contact_with_something_on_every_tab(admin_ws)
    consent.opt_in(admin_ws, contact_id, "post", "Ticked the box on the order form",
                   method="paper form", wording="Yes, send me the seasonal catalogue",
                   source="Spring fair 2026")
    consent.opt_out(admin_ws, contact_id, "phone", "Said on the phone she prefers email")
    page = _contacts_page_at_1280_by_800(qtbot, open_main_window(admin_ws), contact_id)
    tab = page.detail.consent_tab
    page.detail.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert _problems(page) == []
    assert tab.model.rowCount() == 4
    evidence = 2
    shown = [str(tab.model.index(row, evidence).data()) for row in range(4)]
    assert any("Ticked the box on the order form" in text and "seasonal catalogue" in text
               for text in shown)
    assert all(tab.model.record(row).recorded_by in shown[row] for row in range(4))
    assert _table_fits(tab.table, evidence) == []


def _timeline_of(qtbot: QtBot, ws: Workspace,
                 open_main_window: Callable[[Workspace], MainWindow], entries: int
                 ) -> ContactsTab:
    contact_id = _contact_with_something_on_every_tab(ws)
    for number in range(entries):
        communications.log_communication(ws, contact_id, CommunicationInput(
            kind="call", direction="out", occurred_at=utcnow() - timedelta(hours=number),
            duration_minutes=5, subject=SUBJECTS[number % len(SUBJECTS)]))
    page = _contacts_page_at_1280_by_800(qtbot, open_main_window(ws), contact_id)
    page.detail.tabs.setCurrentWidget(page.detail.timeline_tab)
    QApplication.processEvents()
    return page


def test_a_narrower_pane_sizes_the_timeline_rows_again(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """The rows are sized when the entries come, and again once the columns change width
    (the window made narrower): every subject still read whole, on more lines."""
    page = _timeline_of(qtbot, admin_ws, open_main_window, 12)
    window = page.window()
    table = page.detail.timeline_tab.table
    subject = 2
    wide = table.columnWidth(subject)
    assert _table_fits(table, subject) == []
    window.resize(1180, 800)  # (at 1024 its longest word no longer fits the subject column)
    qtbot.waitUntil(lambda: table.columnWidth(subject) < wide)
    QApplication.processEvents()
    assert [cut for row in range(table.model().rowCount())
            if (cut := _whole_in_its_cell(table, row, subject))] == []


def test_a_timeline_entry_is_written_out_once_however_its_rows_are_sized(
        qtbot: QtBot, admin_ws: Workspace, monkeypatch: pytest.MonkeyPatch,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """Sizing wrapped rows asks every cell for its text several times; each entry's date is
    written out once a refresh (it was eight times: 0.35 s of a 500-entry timeline's 0.5)."""
    from contactweb.ui.contacts import contact_timeline_tab

    written: list[object] = []

    def counted(moment: object) -> str:
        written.append(moment)
        return display_text.local_day_over_time(moment)

    monkeypatch.setattr(contact_timeline_tab, "local_day_over_time", counted)
    page = _timeline_of(qtbot, admin_ws, open_main_window, 30)
    tab = page.detail.timeline_tab
    tab.table.viewport().repaint()
    assert tab.model.rowCount() == 30
    assert sorted(written) == sorted(tab.model.record(row).occurred_at for row in range(30))
    written.clear()
    tab.refresh()
    QApplication.processEvents()
    tab.table.viewport().repaint()
    assert len(written) == 30
