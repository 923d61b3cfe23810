"""The Communications and Sales pages sort by any column, search as you type and export
what they show to CSV, for roles that may export (the service refuses the others)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactweb.errors import PermissionDenied
from contactweb.models import utcnow
from contactweb.services import audit
from contactweb.services.activity import activity_export, communications, sales
from contactweb.services.activity.communications import CommunicationFilter, CommunicationInput
from contactweb.services.activity.sales import SaleFilter, SaleInput, SaleLineInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def column_texts(page, column: int) -> list[str]:  # noqa: ANN001
    model = page.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def people(ws: Workspace) -> tuple[int, int]:
    ann = contacts.create_contact(ws, ContactInput(first_name="Ann", last_name="Lee"))
    bob = contacts.create_contact(ws, ContactInput(first_name="Bob", last_name="Ray"))
    return ann, bob


def test_communications_sort_search_and_export(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost, tmp_path: Path,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    ann, bob = people(admin_ws)
    now = utcnow()
    for contact, minutes_ago, subject in ((bob, 30, "Spring order"), (ann, 20, "=1+1 invoice"),
                                          (ann, 10, "Call back")):
        communications.log_communication(admin_ws, contact, CommunicationInput(
            "call", occurred_at=now - timedelta(minutes=minutes_ago), subject=subject))
    window = open_main_window(admin_ws)
    page = window.show_page("communications")
    subject = page.model.Column.SUBJECT
    assert column_texts(page, subject) == ["Call back", "=1+1 invoice", "Spring order"]

    page.view.horizontalHeader().setSortIndicator(page.model.Column.CONTACT,
                                                  Qt.SortOrder.AscendingOrder)
    assert column_texts(page, page.model.Column.CONTACT) == ["Ann Lee", "Ann Lee", "Bob Ray"]
    page.view.horizontalHeader().setSortIndicator(subject, Qt.SortOrder.AscendingOrder)
    assert column_texts(page, subject) == ["=1+1 invoice", "Call back", "Spring order"]

    qtbot.keyClicks(page.search_edit, "ray")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert column_texts(page, subject) == ["Spring order"]
    assert "1 communication" in page.totals_label.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)

    target = tmp_path / "calls.csv"
    host.file_answers.append(str(target))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.message_label.text().startswith("Exported"), timeout=10_000)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0][:3] == ["When (UTC)", "Contact", "Kind"]
    assert [r[4] for r in rows[1:]] == ["'=1+1 invoice", "Call back", "Spring order"]
    assert audit.list_events(admin_ws, action="export")[0].details["what"] == "communications"


def test_sales_sort_search_and_export_obey_the_export_permission(
        qtbot: QtBot, admin_ws: Workspace, user_ws, host: ScriptedDialogHost,  # noqa: ANN001
        tmp_path: Path, open_main_window: Callable[[Workspace], MainWindow]) -> None:
    ann, bob = people(admin_ws)
    today = date.today()
    sales.add_sale(admin_ws, ann, SaleInput([SaleLineInput("Tulips", 3, 500)], "won", "USD",
                                            today))
    sales.add_sale(admin_ws, bob, SaleInput([SaleLineInput("Roses", 1, 9900)], "won", "USD",
                                            today))
    window = open_main_window(admin_ws)
    page = window.show_page("sales")
    total = page.model.Column.TOTAL
    page.view.horizontalHeader().setSortIndicator(total, Qt.SortOrder.AscendingOrder)
    assert column_texts(page, page.model.Column.CONTACT) == ["Ann Lee", "Bob Ray"]
    page.view.horizontalHeader().setSortIndicator(total, Qt.SortOrder.DescendingOrder)
    assert column_texts(page, page.model.Column.CONTACT) == ["Bob Ray", "Ann Lee"]
    qtbot.keyClicks(page.search_edit, "tulip")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    assert column_texts(page, page.model.Column.CONTACT) == ["Ann Lee"]

    target = tmp_path / "sales.csv"
    host.file_answers.append(str(target))
    click(qtbot, page.export_button)
    qtbot.waitUntil(lambda: page.message_label.text().startswith("Exported"), timeout=10_000)
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[1] == [today.isoformat(), "Ann Lee", "won", "3 x Tulips", "USD", "15.00",
                       "admin"]

    staff = user_ws("staff")
    assert not staff.can(activity_export.Action.EXPORT)
    with pytest.raises(PermissionDenied):
        activity_export.export_sales_csv(staff, SaleFilter(), tmp_path / "no.csv")
    with pytest.raises(PermissionDenied):
        activity_export.export_communications_csv(staff, CommunicationFilter(),
                                                  tmp_path / "no.csv")
    assert not (tmp_path / "no.csv").exists()
    window.clear()
    staff_window = open_main_window(staff)
    assert staff_window.show_page("sales").export_button.isHidden()
