"""The contact, communication and sales tables: the header's context menu chooses the
columns, and widths and order come back at the next start; a layout saved for other
columns is not forced on a table."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts.contact_timeline_tab import KIND_COLUMN, SUBJECT_COLUMN
from contactweb.ui.kit.remembered_columns import RememberedColumns, layouts_file
from contactweb.vault.workspace import Workspace

# page -> the attribute holding its table
TABLES = {"contacts": "table", "communications": "view", "sales": "view"}


def table_of(window: MainWindow, page_key: str) -> QTableView:
    return getattr(window.show_page(page_key), TABLES[page_key])


def header_menu_toggle(table: QTableView, title: str) -> None:
    """Right-click the header and click the column's entry, as a person would."""
    header = table.horizontalHeader()
    point = QPoint(10, header.height() // 2)
    QApplication.sendEvent(header.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, header.mapToGlobal(point)))
    columns = next(o for o in table.children() if type(o).__name__ == "RememberedColumns")
    assert columns.menu is not None, "no header menu"
    action = next(a for a in columns.menu.actions() if a.text() == title)
    columns.menu.hide()
    action.trigger()


@pytest.mark.parametrize("page_key", list(TABLES))
def test_columns_chosen_resized_and_moved_come_back_after_a_restart(
        qtbot: QtBot, admin_ws: Workspace, open_main_window: Callable[[Workspace], MainWindow],
        page_key: str) -> None:
    window = open_main_window(admin_ws)
    table = table_of(window, page_key)
    header, model = table.horizontalHeader(), table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    hidden, resized, moved = 2, 0, 1
    header_menu_toggle(table, titles[hidden])
    assert header.isSectionHidden(hidden)
    header.resizeSection(resized, 233)  # a drag on the header does the same
    header.moveSection(header.visualIndex(moved), header.count() - 1)
    assert f'"{page_key}"' in layouts_file().read_text()  # the choice is written at once
    order = [header.logicalIndex(v) for v in range(header.count())]
    window.close()  # resizing and moving are written after a pause, or when it closes

    restarted = open_main_window(admin_ws)
    again = table_of(restarted, page_key).horizontalHeader()
    assert again.isSectionHidden(hidden)
    assert again.sectionSize(resized) == 233
    assert [again.logicalIndex(v) for v in range(again.count())] == order

    header_menu_toggle(table_of(restarted, page_key), titles[hidden])  # shown again
    assert not again.isSectionHidden(hidden)


def test_the_last_column_cannot_be_hidden(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    window = open_main_window(admin_ws)
    table = table_of(window, "sales")
    header, model = table.horizontalHeader(), table.model()
    for column in range(header.count()):
        header_menu_toggle(table, model.headerData(column, Qt.Orientation.Horizontal))
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert visible == [header.count() - 1]


def test_a_layout_saved_for_other_columns_gives_way_to_the_tables_own(
        qtbot: QtBot, admin_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """The timeline had five columns (its duration one of its own), each sized to its
    contents: that saved layout brought a fifth, empty header section back, and the
    subject's room went to the old sizing."""
    old = QTableView()
    old.setModel(QStandardItemModel(0, 5))
    old.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    RememberedColumns(old, "contact timeline").save()
    assert '"contact timeline"' in layouts_file().read_text()

    window = open_main_window(admin_ws)
    page = window.show_page("contacts")
    table = page.detail.timeline_tab.table
    header = table.horizontalHeader()
    assert header.count() == table.model().columnCount() == 4
    assert header.sectionResizeMode(SUBJECT_COLUMN) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(KIND_COLUMN) == QHeaderView.ResizeMode.Fixed
    assert table.wordWrap()
