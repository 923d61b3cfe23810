"""Every column of the contact list is in view, its title whole, without scrolling sideways,
beside the contact's pane in a 1280x800 window (English, German, French, Spanish): the
default widths are fitted to the list's width, and fitted again as the window changes, until
the person resizes a column; from then on their widths stay, at the next start too. The
default widths (855 px) once ran past the list (about 785 px), so the Status column needed
the scroll bar. A list too narrow for every column read whole (a 1024 px window) scrolls
sideways with name, company, email and phone in view, each as wide as a phone number needs;
a wide window's width is shared out, none left empty."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contacts_tab import COLUMN_LEAST_WIDTHS, COLUMN_WIDTHS, ContactsTab
from contactweb.ui.kit.remembered_columns import fitted_widths, layouts_file, read_layouts
from contactweb.vault.workspace import Workspace
from tests.ui.test_contact_pane_fits import _contact_with_something_on_every_tab, language

# The screens, not the database, are under test; in the catalogs as built from the sources.
pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]
__all__ = ["language"]  # the fixture, shared with the pane's test


def _contacts_page(qtbot: QtBot, window: MainWindow, width: int, height: int) -> ContactsTab:
    window.resize(width, height)
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.show_contact(page.model.contact_id(0))  # the pane beside the list
    QApplication.processEvents()
    return page


def _columns_not_in_view(page: ContactsTab, columns: int = len(COLUMN_WIDTHS),
                         titles_whole: bool = True) -> list[str]:
    """What keeps the first ``columns`` columns from being read whole without scrolling."""
    table, header = page.table, page.table.horizontalHeader()
    problems = []
    if table.horizontalScrollBar().maximum() > 0 and columns == header.count():
        problems.append(f"the list scrolls sideways by {table.horizontalScrollBar().maximum()} px")
    for column in range(columns):
        title = str(page.model.headerData(column, Qt.Orientation.Horizontal))
        left = header.sectionViewportPosition(column)
        right = left + header.sectionSize(column)
        if header.isSectionHidden(column):
            problems.append(f"{title} is hidden")
        elif left < 0 or right > table.viewport().width():
            problems.append(f"{title} is at {left}..{right} in {table.viewport().width()}")
        elif titles_whole and header.sectionSize(column) < header.sectionSizeHint(column):
            problems.append(f"{title} is shortened: {header.sectionSize(column)} px for "
                            f"{header.sectionSizeHint(column)}")
        elif header.sectionSize(column) < COLUMN_LEAST_WIDTHS[column]:
            problems.append(f"{title} is squeezed to {header.sectionSize(column)} px")
    return problems


# (the right-to-left pseudo-language doubles every title: its list scrolls sideways)
@pytest.mark.parametrize("language", ["en", "de", "fr", "es"], indirect=True)
def test_every_column_is_in_view_at_1280_by_800(
        qtbot: QtBot, admin_ws: Workspace, language: str,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    _contact_with_something_on_every_tab(admin_ws)
    page = _contacts_page(qtbot, open_main_window(admin_ws), 1280, 800)
    assert page.detail.contact_id is not None
    assert _columns_not_in_view(page) == []
    assert not page.table.horizontalScrollBar().isVisible()
    # The list still has the larger share, as before.
    assert page.table.width() > 2 * page.detail_area.width()


def test_a_wide_window_shares_its_width_out_and_a_narrow_one_scrolls(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    _contact_with_something_on_every_tab(admin_ws)
    window = open_main_window(admin_ws)
    _contacts_page(qtbot, window, 1280, 800)
    page = _contacts_page(qtbot, window, 1920, 1080)  # made larger, as people do
    header = page.table.horizontalHeader()
    assert _columns_not_in_view(page) == []
    sizes = [header.sectionSize(c) for c in range(header.count())]
    assert sum(sizes) == page.table.viewport().width()  # no gap at the right
    assert all(s >= d for s, d in zip(sizes, COLUMN_WIDTHS, strict=True)), sizes

    page = _contacts_page(qtbot, window, 1024, 700)
    assert _columns_not_in_view(page, columns=4) == []  # name, company, email, phone
    assert all(header.sectionSize(c) >= COLUMN_LEAST_WIDTHS[c] for c in range(header.count()))
    page = _contacts_page(qtbot, window, 1280, 800)  # and back
    assert _columns_not_in_view(page) == []
    page.columns.set_column_shown(4, False)  # City hidden: the others take its room
    QApplication.processEvents()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert len(shown) == 6 and not page.columns.widths_chosen
    assert sum(header.sectionSize(c) for c in shown) == page.table.viewport().width()


def test_widths_the_person_chose_stay(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    _contact_with_something_on_every_tab(admin_ws)
    window = open_main_window(admin_ws)
    page = _contacts_page(qtbot, window, 1280, 800)
    header = page.table.horizontalHeader()
    assert not page.columns.widths_chosen
    header.resizeSection(0, 260)  # as a drag on the header's edge does
    chosen = [header.sectionSize(c) for c in range(header.count())]
    page = _contacts_page(qtbot, window, 1100, 760)
    assert [header.sectionSize(c) for c in range(header.count())][:-1] == chosen[:-1]
    window.close()  # the widths are written when it closes
    assert read_layouts().get("widths.contacts") == "chosen"

    again = _contacts_page(qtbot, open_main_window(admin_ws), 1280, 800)
    header = again.table.horizontalHeader()
    assert again.columns.widths_chosen and header.sectionSize(0) == 260
    again.columns.reset()  # "Reset columns" in the header's menu: fitted again
    QApplication.processEvents()
    assert not again.columns.widths_chosen and "widths.contacts" not in read_layouts()
    assert header.sectionSize(0) != 260 and _columns_not_in_view(again) == []


def test_widths_saved_before_any_were_chosen_are_fitted(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """A layout saved by an earlier version (its state holds the old 855 px) with the
    columns' order moved: the order stays, the widths are fitted."""
    _contact_with_something_on_every_tab(admin_ws)
    window = open_main_window(admin_ws)
    page = _contacts_page(qtbot, window, 1280, 800)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(1), 6)
    for column, width in enumerate((150, 120, 170, 125, 100, 120, 70)):
        page.columns._fitting = True  # as the old version's state held them
        header.resizeSection(column, width)
        page.columns._fitting = False
    page.columns.save()
    layouts = json.loads(layouts_file().read_text())
    assert "widths.contacts" not in layouts and "contacts" in layouts
    window.close()

    again = _contacts_page(qtbot, open_main_window(admin_ws), 1280, 800)
    assert again.table.horizontalHeader().visualIndex(1) == 6
    assert _columns_not_in_view(again) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 400), st.integers(0, 200)), min_size=1, max_size=12),
       st.integers(0, 3000))
def test_fitted_widths_fill_the_room_none_narrower_than_its_least(
        columns: list[tuple[int, int]], room: int) -> None:
    defaults, least = [d for d, _ in columns], [t for _, t in columns]
    widths = fitted_widths(defaults, least, room)
    assert len(widths) == len(defaults)
    assert all(w >= t for w, t in zip(widths, least, strict=True)), (widths, least)
    if sum(least) < room:
        assert sum(widths) == room  # no gap, no scrolling
    else:
        assert widths == least  # the least that is still read; the table scrolls
    if sum(defaults) <= room and all(t <= d for d, t in columns):  # none made narrower
        assert all(w >= d for w, d in zip(widths, defaults, strict=True))
    if sum(least) < room and all(t == 0 for t in least):  # in proportion to the defaults
        shares = [w / room - d / sum(defaults) for w, d in zip(widths, defaults, strict=True)]
        assert all(abs(share) <= len(widths) / room for share in shares), shares
