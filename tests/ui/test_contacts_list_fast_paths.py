"""The contacts list's quick paths give what the slow ones gave: a search with as many matches
as rows shown updates the rows in place (no model reset) and shows exactly the rows and texts
a fresh model shows; the selection ends where it did after a reset; the latest query always
wins; every read runs on one long-lived worker; the first screen is painted before all
contacts are counted, and the count then adds the rows without a reset; the cells are painted
from the style options Qt's own delegate makes from data()."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)
from pytestqt.qtbot import QtBot

from contactweb.services.accounts import session
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.contacts.contacts import ContactInput, PhoneInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts import contact_table_model
from contactweb.ui.contacts.contact_cell_texts import row_texts
from contactweb.ui.contacts.contact_row_delegate import ContactRowDelegate
from contactweb.ui.contacts.contact_table_model import ContactTableModel
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

Column = ContactTableModel.Column
ID_ROLE = ContactTableModel.ContactIdRole
FIRST = ("Ann", "Bob", "Cid")
LAST = ("Alpha", "Beta", "Gamma", "Delta")
VIP = {("Bob", "Alpha"), ("Ann", "Beta"), ("Cid", "Gamma")}
CLOSED = {("Cid", "Alpha"), ("Bob", "Delta")}
SEARCHES = ("", "alpha", "beta", "gamma", "delta", "ann", "bob", "cid", "a", "zzz")
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.ForegroundRole, ID_ROLE)


@pytest.fixture(scope="module")
def people_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve people whose names make searches of equal counts (made once, read only)."""
    folder = tmp_path_factory.mktemp("people") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONTACTWEB_HOME", str(folder.parent / "home"))
        patch.setenv("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", "1")
        ws = session.create_vault(folder, "admin", PASSWORD)
        for number, (last, first) in enumerate((last, first) for last in LAST
                                               for first in FIRST):
            cid = contacts.create_contact(ws, ContactInput(
                first_name=first, last_name=last, company=f"{last} Works",
                phones=[PhoneInput(f"+1 415 555 {number:04d}")],
                tags=["vip"] if (first, last) in VIP else []))
            if (first, last) in CLOSED:
                contacts.set_status(ws, cid, "closed")
        ws.lock()
    return folder


@pytest.fixture
def people_ws(people_vault: Path) -> Iterator[Workspace]:
    ws = session.sign_in(people_vault, "admin", PASSWORD)
    yield ws
    ws.lock()


def new_model(ws: Workspace, count_now: bool = True) -> ContactTableModel:
    return ContactTableModel(ws, OperationRunner(DialogHost(), ws=ws), count_now=count_now)


def settle(qtbot: QtBot, model: ContactTableModel) -> None:
    qtbot.waitUntil(lambda: not model.busy, timeout=20_000)


def shown(model: ContactTableModel) -> list[tuple[object, ...]]:
    """Every cell of every row in every role the model answers."""
    model.ensure_rows_loaded(0, model.rowCount() - 1)
    result = []
    for row in range(model.rowCount()):
        for column in Column:
            for role in ROLES:
                value = model.data(model.index(row, column), role)
                if role == Qt.ItemDataRole.ForegroundRole:
                    value = None if value is None else value.color().name()
                result.append((row, int(column), int(role), value))
    return result


def test_a_search_with_as_many_matches_updates_in_place_with_the_rows_a_reset_shows(
        qtbot: QtBot, people_ws: Workspace) -> None:
    model = new_model(people_ws)
    model.set_query(ContactQuery(search="alpha"))
    settle(qtbot, model)
    assert model.rowCount() == 3
    painted = shown(model)  # as a view paints them: the cells' texts are made now
    before = QPersistentModelIndex(model.index(1, 0))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.set_query(ContactQuery(search="beta"))
        settle(qtbot, model)
    assert before.isValid() and before.row() == 1  # rows updated, not reset
    fresh = new_model(people_ws)
    fresh.set_query(ContactQuery(search="beta"))
    settle(qtbot, fresh)
    assert shown(model) == shown(fresh) != painted
    expected = contact_queries.list_contacts(people_ws, ContactQuery(search="beta"), limit=None)
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(3)] == [c.id for c in expected]
    assert [model.data(model.index(r, Column.NAME)) for r in range(3)] == \
        ["Beta, Ann", "Beta, Bob", "Beta, Cid"]


def test_a_new_order_or_another_count_still_resets(qtbot: QtBot, people_ws: Workspace) -> None:
    model = new_model(people_ws)
    with qtbot.waitSignal(model.modelReset):  # same count, another order
        model.sort(Column.CITY, Qt.SortOrder.DescendingOrder)
    settle(qtbot, model)
    with qtbot.waitSignal(model.modelReset):  # another count
        model.set_query(ContactQuery(search="bob"))
    settle(qtbot, model)
    assert model.rowCount() == contact_queries.count_contacts(
        people_ws, ContactQuery(search="bob", sort="city", descending=True))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(queries=st.lists(st.tuples(st.sampled_from(SEARCHES), st.sampled_from(("", "vip")),
                                  st.sampled_from(("name", "company", "status")),
                                  st.booleans()), min_size=1, max_size=5),
       settle_each=st.booleans())
def test_any_typing_shows_the_latest_querys_rows_as_a_fresh_model_does(
        qtbot: QtBot, people_ws: Workspace, queries: list[tuple[str, str, str, bool]],
        settle_each: bool) -> None:
    model = new_model(people_ws)
    for search, tag, sort, descending in queries:
        model.set_query(ContactQuery(search=search, tag=tag, sort=sort, descending=descending))
        if settle_each:  # one by one, painted: each can take the in-place path
            settle(qtbot, model)
            shown(model)
    settle(qtbot, model)
    search, tag, sort, descending = queries[-1]
    last = ContactQuery(search=search, tag=tag, sort=sort, descending=descending)
    assert model.query == last
    expected = contact_queries.list_contacts(people_ws, last, limit=None)
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == \
        [c.id for c in expected]
    for row, item in enumerate(expected):  # each cell as made from the stored row
        assert tuple(model.data(model.index(row, c)) for c in Column) == row_texts(item)
    fresh = new_model(people_ws)
    fresh.set_query(last)
    settle(qtbot, fresh)
    assert shown(model) == shown(fresh)


def test_every_read_of_the_list_runs_on_one_long_lived_thread(
        qtbot: QtBot, people_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 4)
    threads: set[int] = set()
    for name in ("count_and_list", "list_contacts"):
        real = getattr(contact_queries, name)

        def recording(*args: object, _real: Callable[..., object] = real) -> object:
            threads.add(threading.get_ident())
            return _real(*args)

        monkeypatch.setattr(contact_queries, name, recording)
    model = new_model(people_ws)
    threads.clear()  # the first screen is read on this thread
    for search in ("a", "al", "alpha", "b", ""):
        model.set_query(ContactQuery(search=search))
        settle(qtbot, model)
    assert model.data(model.index(10, 0)) == "…"  # a page not read yet: read on the worker
    qtbot.waitUntil(lambda: model.data(model.index(10, 0)) != "…", timeout=20_000)
    settle(qtbot, model)
    assert len(threads) == 1 and threading.get_ident() not in threads
    assert model._reader.threads_started == 1


def test_the_first_screen_comes_before_the_count_which_adds_rows_without_a_reset(
        qtbot: QtBot, people_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 5)
    model = new_model(people_ws, count_now=False)
    assert model.counting and model.busy and model.rowCount() == 5
    first = QPersistentModelIndex(model.index(0, 0))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.counted):
        pass
    settle(qtbot, model)
    assert not model.counting and model.rowCount() == 12
    assert first.isValid() and first.row() == 0  # a selection made meanwhile stays
    assert shown(model) == shown(new_model(people_ws))
    # Fewer contacts than a screen: counted with the rows, nothing left to read.
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 50)
    assert not new_model(people_ws, count_now=False).counting


def test_a_query_typed_before_the_count_wins(qtbot: QtBot, people_ws: Workspace,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 5)
    model = new_model(people_ws, count_now=False)
    model.set_query(ContactQuery(search="alpha"))
    settle(qtbot, model)
    assert model.rowCount() == 3 and not model.counting
    assert [model.data(model.index(r, Column.NAME)) for r in range(3)] == \
        ["Alpha, Ann", "Alpha, Bob", "Alpha, Cid"]


def test_the_page_selection_after_an_in_place_search_is_as_after_a_reset(
        qtbot: QtBot, people_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    page = open_main_window(people_ws).page("contacts")
    settle(qtbot, page.model)
    assert page.count_label.text() == "12 contacts"
    page.search_edit.setText("alpha")
    qtbot.waitUntil(lambda: page.model.query.search == "alpha" and not page.model.busy)
    bob_alpha = page.model.contact_id(1)
    page.table.selectRow(1)
    assert page.detail.contact_id == bob_alpha and page.selected_contact_ids() == [bob_alpha]

    # The same count, Bob Alpha among them on another row: selected there, still shown.
    page.search_edit.blockSignals(True)  # search and tag changed in one step
    page.search_edit.setText("")
    page.search_edit.blockSignals(False)
    with qtbot.assertNotEmitted(page.model.modelReset):
        page.tag_combo.setCurrentIndex(page.tag_combo.findData("vip"))
        qtbot.waitUntil(lambda: page.model.query.tag == "vip" and not page.model.busy)
    assert page.model.rowCount() == 3 and page.model.contact_id(0) == bob_alpha
    assert page.selected_contact_ids() == [bob_alpha] and page.detail.contact_id == bob_alpha
    assert page.table.currentIndex().row() == 0

    # The same count without him: nothing selected, nobody shown, as a reset left it.
    page.tag_combo.setCurrentIndex(0)
    page.search_edit.setText("gamma")
    qtbot.waitUntil(lambda: page.model.query.search == "gamma" and not page.model.busy)
    assert page.model.rowCount() == 3
    assert page.selected_contact_ids() == [] and page.detail.contact_id is None
    assert not page.table.currentIndex().isValid()
    assert page.count_label.text() == "3 contacts"


def test_opening_the_page_reads_the_first_screen_once(
        qtbot: QtBot, people_ws: Workspace, monkeypatch: pytest.MonkeyPatch,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 5)
    reads: list[tuple[str, object]] = []
    for name in ("count_and_list", "list_contacts", "count_contacts"):
        real = getattr(contact_queries, name)

        def recording(*args: object, _real: Callable[..., object] = real,
                      _name: str = name) -> object:
            reads.append((_name, args[2] if len(args) > 2 else None))  # with the offset
            return _real(*args)

        monkeypatch.setattr(contact_queries, name, recording)
    page = open_main_window(people_ws).page("contacts")
    assert reads == [("list_contacts", 0)] and page.model.rowCount() == 5
    assert page.count_label.text() == ""  # no number until all are counted
    qtbot.waitUntil(lambda: page.count_label.text() == "12 contacts", timeout=20_000)
    settle(qtbot, page.model)
    # Counted once; the first screen never read again (further pages as they are painted).
    assert reads[:2] == [("list_contacts", 0), ("count_contacts", None)]
    assert all(read[0] == "list_contacts" and read[1] != 0 for read in reads[2:])
    assert page.model.rowCount() == 12


def _style_option(delegate: QAbstractItemDelegate, view: QTableView, index: QModelIndex,
                  alternate: bool) -> tuple[object, ...]:
    """What a delegate hands the style to paint a cell, as the view starts the option."""
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    if alternate:
        option.features |= QStyleOptionViewItem.ViewItemFeature.Alternate
    delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
    return (option.text, option.features, option.index.row(), option.index.column(),
            option.palette.brush(QPalette.ColorRole.Text).color().name(),
            option.displayAlignment, option.font.toString(), option.backgroundBrush.style(),
            option.icon.isNull(), option.checkState, option.textElideMode)


def test_the_row_delegate_gives_the_style_what_qts_own_delegate_gives(
        qtbot: QtBot, people_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cell, painted through ContactRowDelegate, gets the style option Qt's delegate
    makes from data(): texts, closed contacts in grey, alternate rows, and rows whose page
    is not read yet ("…", the page then asked for as data() asks for it)."""
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 5)
    ours, theirs = new_model(people_ws), new_model(people_ws)
    views = []
    for model in (ours, theirs):
        views.append(QTableView())
        qtbot.addWidget(views[-1])
        views[-1].setModel(model)
    delegates = {ours: ContactRowDelegate(ours, views[0]), theirs: QStyledItemDelegate(views[1])}

    def options(model: ContactTableModel) -> list[tuple[object, ...]]:
        view = views[0] if model is ours else views[1]
        return [_style_option(delegates[model], view, model.index(row, column), row % 2 == 1)
                for row in range(model.rowCount()) for column in Column]

    before = options(ours)
    assert before == options(theirs)
    assert [text for text, *_ in before[::len(Column)]] == \
        [*(ours.data(ours.index(r, Column.NAME)) for r in range(5)), *["…"] * 7]
    # Each asked for the pages it had not read (painting does; nothing else asks here).
    for model in (ours, theirs):
        qtbot.waitUntil(lambda m=model: all(m.row_data(row) for row in range(12)),
                        timeout=20_000)
    after = options(ours)
    assert after == options(theirs) != before
    grey = {option[2] for option in after if option[4] == "#808080"}
    closed = {row for row in range(12) if ours.row_data(row).status == "closed"}
    assert grey == closed and len(closed) == 2


def test_rows_that_come_to_need_a_scroll_bar_are_laid_out_for_it_before_they_are_painted(
        qtbot: QtBot, people_ws: Workspace,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    """Qt shows or hides a view's scroll bar on the next turn of the event loop; the page
    does it when the rows are in, so they are painted once, at the width they keep."""
    window = open_main_window(people_ws)
    window.resize(900, 260)  # fewer rows fit than the twelve contacts
    page = window.show_page("contacts")
    bar = page.table.verticalScrollBar()
    seen: list[tuple[str, bool, int]] = []
    page.model.loaded.connect(lambda: seen.append(
        (page.model.query.search, bar.isVisible(), page.table.viewport().width())))
    for search in ("zzz", "", "zzz"):
        page.search_edit.setText(search)
        qtbot.waitUntil(lambda s=search: bool(seen) and seen[-1][0] == s, timeout=20_000)
        settle(qtbot, page.model)
    assert [(search, visible) for search, visible, _ in seen] == \
        [("zzz", False), ("", True), ("zzz", False)]
    narrow, wide = seen[1][2], seen[0][2]
    assert narrow < wide == seen[2][2]  # the bar's width taken from the rows, and given back
