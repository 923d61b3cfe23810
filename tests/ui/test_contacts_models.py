"""The table models of the Contacts page: Qt's model rules (qtmodeltester), paging that
never loads every row, and sorting and filtering done by the service in SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.services import demo_data
from contactweb.services.accounts import session
from contactweb.services.contacts import contact_queries
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.contacts import contact_table_model
from contactweb.ui.contacts.contact_table_model import ContactTableModel
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OperationRunner
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

Column = ContactTableModel.Column
ID_ROLE = ContactTableModel.ContactIdRole
DEMO_CONTACTS = 300


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One vault of demo contacts for the read-only tests of this module (made once)."""
    folder = tmp_path_factory.mktemp("demo") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CONTACTWEB_HOME", str(folder.parent / "home"))
        patch.setenv("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", "1")
        ws = session.create_vault(folder, "admin", PASSWORD)
        demo_data.make_demo_data(ws, DEMO_CONTACTS, seed=3)
        ws.lock()
    return folder


@pytest.fixture
def demo_ws(demo_vault: Path) -> Iterator[Workspace]:
    ws = session.sign_in(demo_vault, "admin", PASSWORD)
    yield ws
    ws.lock()


def contact_model(ws: Workspace) -> ContactTableModel:
    """The model with a runner of its own, as the Contacts page gives it the session's."""
    return ContactTableModel(ws, OperationRunner(DialogHost(), ws=ws))


def settle(qtbot: QtBot, model: ContactTableModel) -> None:
    """Wait for the reads the model started on its workers."""
    qtbot.waitUntil(lambda: not model.busy)


def ids_in_model(model: ContactTableModel) -> list[int]:
    model.ensure_rows_loaded(0, model.rowCount() - 1)
    return [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]


def test_contact_model_passes_modeltester_sorted_and_searched(
        qtbot: QtBot, qtmodeltester, demo_ws: Workspace) -> None:  # noqa: ANN001
    model = contact_model(demo_ws)
    assert model.rowCount() == DEMO_CONTACTS
    qtmodeltester.check(model)

    model.sort(Column.CITY, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(model.modelReset):
        pass
    qtmodeltester.check(model)
    expected = [r.id for r in contact_queries.list_contacts(
        demo_ws, ContactQuery(sort="city", descending=True), limit=None)]
    assert ids_in_model(model) == expected

    model.set_query(ContactQuery(search="abbott", sort="email"))
    settle(qtbot, model)
    qtmodeltester.check(model)
    expected = [r.id for r in contact_queries.list_contacts(
        demo_ws, ContactQuery(search="abbott", sort="email"), limit=None)]
    assert 0 < len(expected) < DEMO_CONTACTS and ids_in_model(model) == expected
    assert all("Abbott" in model.data(model.index(row, Column.NAME))
               for row in range(model.rowCount()))

    model.set_query(ContactQuery(tag="vip", status="active"))
    settle(qtbot, model)
    qtmodeltester.check(model)
    assert model.rowCount() == contact_queries.count_contacts(
        demo_ws, ContactQuery(tag="vip", status="active"))
    tags = [model.data(model.index(row, Column.TAGS)) for row in range(model.rowCount())]
    assert tags and all("vip" in t.split(", ") for t in tags)

    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_jumping_far_down_fetches_only_that_page(qtbot: QtBot, demo_ws: Workspace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_table_model, "PAGE_SIZE", 20)
    model = contact_model(demo_ws)
    assert model.pages_fetched == 1 and list(model._pages) == [0]

    far = model.index(DEMO_CONTACTS - 5, Column.NAME)
    assert model.data(far) == "…"  # not loaded yet: data() never waits on the vault
    assert model.data(far, ID_ROLE) is None
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.pages_fetched == 2 and sorted(model._pages) == [0, (DEMO_CONTACTS - 5) // 20]
    (expected,) = contact_queries.list_contacts(demo_ws, ContactQuery(), DEMO_CONTACTS - 5, 1)
    assert model.data(far, ID_ROLE) == expected.id
    assert model.data(far) == expected.name

    for page in range(DEMO_CONTACTS // 20):
        model.ensure_rows_loaded(page * 20, page * 20)
    assert len(model._pages) <= contact_table_model.MAX_CACHED_PAGES


def test_typing_reads_one_search_at_a_time_and_the_latest_next(
        qtbot: QtBot, demo_ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Searching on every keystroke: the queries typed while one is read are not all read;
    the latest is read next and its rows are the ones shown."""
    model = contact_model(demo_ws)
    searched: list[str] = []
    real = contact_queries.count_and_list

    def counting(ws: Workspace, query: ContactQuery, *args: int) -> object:
        searched.append(query.search)
        return real(ws, query, *args)

    monkeypatch.setattr(contact_queries, "count_and_list", counting)
    typed = ["a", "an", "ann", "anna"]
    for text in typed:
        model.set_query(ContactQuery(search=text))
    assert model.busy
    settle(qtbot, model)
    assert searched == ["a", "anna"]
    count, rows = real(demo_ws, ContactQuery(search="anna"))
    assert model.rowCount() == count
    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(len(rows))] == \
        [row.id for row in rows]


def test_refresh_keeps_rows_in_place_and_follows_changes(qtbot: QtBot,
                                                         admin_ws: Workspace) -> None:
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contacts import ContactInput

    demo_ws = admin_ws  # this test changes data: a vault of its own
    demo_data.make_demo_data(demo_ws, 30)
    model = contact_model(demo_ws)
    first_id = model.data(model.index(0, 0), ID_ROLE)
    details = contacts.get_contact(demo_ws, first_id, audit_view=False)
    changed = details.to_input()
    changed.company = "Renamed Company"
    contacts.update_contact(demo_ws, first_id, changed)
    with qtbot.assertNotEmitted(model.modelReset):  # same rows: refreshed in place
        model.refresh()
        # Until the fresh page is in, the rows on screen stay as they were.
        assert model.data(model.index(0, Column.COMPANY)) == details.company
        qtbot.waitUntil(lambda: model.data(model.index(0, Column.COMPANY)) == "Renamed Company")
    contacts.create_contact(demo_ws, ContactInput(first_name="Zed", last_name="Aaronson"))
    with qtbot.waitSignal(model.modelReset):
        model.refresh()
    assert model.rowCount() == 31
    assert model.data(model.index(0, Column.NAME)) == "Aaronson, Zed"


def test_detail_tab_models_pass_modeltester(
        qtbot: QtBot, qtmodeltester, demo_ws: Workspace,  # noqa: ANN001
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    from contactweb.services.activity import communications, reminders, sales
    from contactweb.services.activity.sales import SaleFilter

    # A demo contact with communications, sales, consent and a reminder.
    with_everything = next(
        r.contact_id for r in reminders.list_reminders(demo_ws, include_done=True)
        if r.contact_id and communications.timeline(demo_ws, r.contact_id)
        and sales.list_sales(demo_ws, SaleFilter(contact_id=r.contact_id)))
    pane = open_main_window(demo_ws).page("contacts").detail
    pane.set_contact(with_everything)
    tabs = (pane.timeline_tab, pane.sales_tab, pane.consent_tab, pane.reminders_tab)
    for tab in tabs:
        pane.tabs.setCurrentWidget(tab)
        assert tab.model.rowCount() > 0, type(tab).__name__
        qtmodeltester.check(tab.model)
    assert pane.timeline_tab.model.rowCount() == len(
        communications.timeline(demo_ws, with_everything))
    for tab in tabs:
        tab.clear()
        assert tab.model.rowCount() == 0
        qtmodeltester.check(tab.model)


def test_record_model_roles(qtmodeltester) -> None:  # noqa: ANN001
    from dataclasses import dataclass

    @dataclass
    class Item:
        id: int
        text: str
        done: bool

    model = RecordTableModel([RecordColumn("Text", lambda i: i.text),
                              RecordColumn("N", lambda i: str(i.id), align_right=True)],
                             dimmed=lambda i: i.done)
    model.set_records([Item(7, "first", False), Item(9, "second", True)])
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0)) == "second"
    assert model.data(model.index(1, 0), RecordTableModel.RecordIdRole) == 9
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "N"
