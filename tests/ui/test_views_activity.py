"""Today, Communications and Sales pages against a real vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from contactweb.models import utcnow
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.activity.communication_table_model import CommunicationTableModel
from contactweb.ui.activity.communications_tab import CommunicationsTab
from contactweb.ui.activity.reminder_table_model import ReminderTableModel
from contactweb.ui.activity.sale_table_model import SaleTableModel
from contactweb.ui.activity.sales_tab import SalesTab
from contactweb.ui.activity.today_tab import TodayTab
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import finish_operations


def add_contact(ws: Workspace, first: str, last: str) -> int:
    return contacts.create_contact(ws, ContactInput(first_name=first, last_name=last))


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, text: str, *args: object) -> None:  # noqa: N802
        self.messages.append((title, text))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


# -- Today -----------------------------------------------------------------------------------

def test_reminder_model_passes_modeltester(admin_ws: Workspace, qtmodeltester) -> None:
    ann = add_contact(admin_ws, "Ann", "Lee")
    reminders.add_reminder(admin_ws, ann, utcnow() - timedelta(hours=1), "Call back")
    reminders.add_reminder(admin_ws, None, utcnow() + timedelta(hours=2), "Order paper")
    model = ReminderTableModel(admin_ws)
    model.refresh()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_today_shows_overdue_and_mark_done_removes_it(admin_ws: Workspace, qtbot,
                                                      bridge: WorkspaceBridge) -> None:
    ann = add_contact(admin_ws, "Ann", "Lee")
    overdue_id = reminders.add_reminder(admin_ws, ann, utcnow() - timedelta(hours=2),
                                        "Send the quote")
    later_id = reminders.add_reminder(admin_ws, None, utcnow() + timedelta(hours=3),
                                      "Order paper")
    tab = TodayTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.reminder_model
    rows = {model.data(model.index(r, 0), ReminderTableModel.ReminderIdRole):
            model.data(model.index(r, 0), ReminderTableModel.OverdueRole)
            for r in range(model.rowCount())}
    assert rows == {overdue_id: True, later_id: False}
    first = model.index(0, ReminderTableModel.Column.DUE)
    assert model.data(first).startswith("Overdue since")
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, ReminderTableModel.Column.CONTACT)) == "Ann Lee"
    assert "1 overdue" in tab.summary_label.text()

    tab.reminder_view.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    finish_operations(qtbot)  # the list reloads from the announced Changes

    open_ids = [r.id for r in reminders.list_reminders(admin_ws)]
    assert open_ids == [later_id]
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), ReminderTableModel.ReminderIdRole) == later_id


def test_snooze_moves_the_reminder(admin_ws: Workspace, qtbot, bridge: WorkspaceBridge) -> None:
    reminder_id = reminders.add_reminder(admin_ws, None, utcnow() - timedelta(minutes=30),
                                         "Water the plants")
    tab = TodayTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.reminder_view.selectRow(0)
    before = utcnow()
    tab.snooze_actions["1 hour"].trigger()
    finish_operations(qtbot)
    (moved,) = reminders.list_reminders(admin_ws)
    assert moved.id == reminder_id
    assert before + timedelta(minutes=59) <= moved.due_at <= utcnow() + timedelta(hours=1)
    assert tab.reminder_model.data(tab.reminder_model.index(0, 0),
                                   ReminderTableModel.OverdueRole) is False
    tab.reminder_view.selectRow(0)
    tab.snooze_actions["Tomorrow"].trigger()
    finish_operations(qtbot)
    (moved_again,) = reminders.list_reminders(admin_ws)
    assert moved_again.due_at - moved.due_at == timedelta(days=1)
    assert tab.reminder_model.rowCount() == 0  # beyond today's horizon now


def test_tray_notification_when_a_reminder_falls_due(admin_ws: Workspace, qtbot,
                                                     bridge: WorkspaceBridge) -> None:
    ann = add_contact(admin_ws, "Ann", "Lee")
    start = utcnow()
    clock = Clock(start)
    reminders.add_reminder(admin_ws, ann, start - timedelta(hours=1), "Already overdue")
    reminders.add_reminder(admin_ws, ann, start + timedelta(minutes=5), "Call about renewal")
    tray = FakeTray()
    tab = TodayTab(admin_ws, bridge, check_interval_ms=10, clock=clock)
    qtbot.addWidget(tab)
    tab.set_tray_icon(tray)
    tab.refresh()
    tab.check_due_reminders()
    assert tray.messages == []  # overdue at start: shown on the page, not announced

    clock.now = start + timedelta(minutes=6)
    with qtbot.waitSignal(tab.reminderNotification, timeout=5000):
        pass  # the timer's own check finds it
    assert tray.messages == [("Reminder due", "Call about renewal (Ann Lee)")]
    tab.check_due_reminders()
    assert len(tray.messages) == 1  # announced once


def test_notification_names_no_contact_in_shared_mode_and_none_when_signed_out(
        admin_ws: Workspace, qtbot, bridge: WorkspaceBridge) -> None:
    ann = add_contact(admin_ws, "Ann", "Lee")
    start = utcnow()
    clock = Clock(start)
    reminders.add_reminder(admin_ws, ann, start + timedelta(minutes=1), "Call Ann Lee")
    reminders.add_reminder(admin_ws, ann, start + timedelta(minutes=3), "Visit Ann")
    tray = FakeTray()
    tab = TodayTab(admin_ws, bridge, check_interval_ms=3_600_000, clock=clock)
    qtbot.addWidget(tab)
    tab.set_tray_icon(tray)
    tab.refresh()
    admin_ws.shared_computer = True
    clock.now = start + timedelta(minutes=2)
    tab.check_due_reminders()
    ((title, text),) = tray.messages
    assert "Ann" not in title + text and "Lee" not in title + text and "Call" not in text
    assert "reminder is due" in text

    admin_ws.lock()
    tab.clear()
    clock.now = start + timedelta(minutes=4)
    tab.check_due_reminders()
    assert len(tray.messages) == 1
    assert tab.reminder_model.rowCount() == 0 and tab.activity_model.rowCount() == 0


def test_recent_activity_lists_latest_communications(admin_ws: Workspace, qtbot,
                                                     bridge: WorkspaceBridge) -> None:
    ann = add_contact(admin_ws, "Ann", "Lee")
    bob = add_contact(admin_ws, "Bob", "Ray")
    communications.log_communication(admin_ws, ann, CommunicationInput(
        "call", occurred_at=utcnow() - timedelta(days=2), subject="Older call"))
    communications.log_communication(admin_ws, bob, CommunicationInput(
        "email", occurred_at=utcnow() - timedelta(hours=1), subject="Newer email"))
    tab = TodayTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    model = tab.activity_model
    subjects = [model.data(model.index(r, CommunicationTableModel.Column.SUBJECT))
                for r in range(model.rowCount())]
    assert subjects == ["Newer email", "Older call"]


# -- Communications --------------------------------------------------------------------------

def _at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


@pytest.fixture
def logged(admin_ws: Workspace, user_ws) -> Workspace:
    """March 2024: 3 calls and 1 email by admin, 1 meeting by staff; January 2024: 2 notes."""
    staff = user_ws("staff")
    ann = add_contact(admin_ws, "Ann", "Lee")
    bob = add_contact(admin_ws, "Bob", "Ray")
    for day in (4, 12, 20):
        communications.log_communication(admin_ws, ann, CommunicationInput(
            "call", occurred_at=_at(date(2024, 3, day)), subject=f"Call {day}"))
    communications.log_communication(admin_ws, bob, CommunicationInput(
        "email", occurred_at=_at(date(2024, 3, 15)), subject="Offer"))
    communications.log_communication(staff, bob, CommunicationInput(
        "meeting", occurred_at=_at(date(2024, 3, 16)), subject="Visit"))
    for day in (10, 11):
        communications.log_communication(admin_ws, ann, CommunicationInput(
            "note", occurred_at=_at(date(2024, 1, day)), subject=f"Note {day}"))
    return admin_ws


def test_communication_model_pages_and_passes_modeltester(logged: Workspace,
                                                          qtmodeltester) -> None:
    model = CommunicationTableModel(logged, page_size=3)
    model.refresh()
    assert model.rowCount() == 3 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    assert model.data(model.index(0, CommunicationTableModel.Column.SUBJECT)) == "Call 20"
    qtmodeltester.check(model)


def test_communications_filters_change_rows_and_totals(logged: Workspace, qtbot,
                                                       bridge: WorkspaceBridge) -> None:
    tab = CommunicationsTab(logged, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.period_filter.set_custom_range(date(2024, 3, 1), date(2024, 3, 31))
    assert tab.model.rowCount() == 5
    assert tab.totals == {"call": 3, "email": 1, "meeting": 1}
    assert "5 communications" in tab.totals_label.text()
    assert "Calls: 3" in tab.totals_label.text()

    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("call"))
    assert tab.model.rowCount() == 3
    assert tab.totals == {"call": 3}

    tab.kind_combo.setCurrentIndex(0)
    tab.user_combo.setCurrentIndex(tab.user_combo.findData("staff"))
    assert tab.model.rowCount() == 1
    assert tab.model.data(tab.model.index(0, CommunicationTableModel.Column.SUBJECT)) == "Visit"
    assert tab.totals == {"meeting": 1}

    tab.user_combo.setCurrentIndex(0)
    tab.period_filter.set_custom_range(date(2024, 1, 1), date(2024, 1, 10))
    assert tab.model.rowCount() == 1 and tab.totals == {"note": 1}
    tab.period_filter.set_period(Period.ALL_TIME)
    tab.period_filter.periodChanged.emit()
    assert tab.model.rowCount() == 7 and sum(tab.totals.values()) == 7

    tab.clear()
    assert tab.model.rowCount() == 0 and tab.totals_label.text() == ""


def test_period_ranges() -> None:
    today = date(2024, 3, 14)  # a Thursday
    ranges = {p: PeriodFilterWidget.range_for(p, today) for p in Period}
    assert ranges[Period.THIS_WEEK] == (date(2024, 3, 11), date(2024, 3, 18))
    assert ranges[Period.THIS_MONTH] == (date(2024, 3, 1), date(2024, 4, 1))
    assert ranges[Period.LAST_MONTH] == (date(2024, 2, 1), date(2024, 3, 1))
    assert ranges[Period.THIS_YEAR] == (date(2024, 1, 1), date(2025, 1, 1))
    assert ranges[Period.ALL_TIME] == (None, None)
    assert PeriodFilterWidget.range_for(Period.LAST_MONTH, date(2024, 1, 5)) == (
        date(2023, 12, 1), date(2024, 1, 1))
    assert PeriodFilterWidget.range_for(Period.THIS_MONTH, date(2024, 12, 31)) == (
        date(2024, 12, 1), date(2025, 1, 1))


# -- Sales -----------------------------------------------------------------------------------

@pytest.fixture
def sold(admin_ws: Workspace, user_ws) -> Workspace:
    staff = user_ws("staff")
    ann = add_contact(admin_ws, "Ann", "Lee")

    def sale(ws: Workspace, day: date, status: str, cents: int, currency: str = "USD",
             qty: int = 1) -> None:
        sales.add_sale(ws, ann, SaleInput([SaleLineInput("Widget", qty, cents)], status,
                                          currency, day))

    sale(admin_ws, date(2024, 3, 2), "won", 10_000, qty=2)       # USD 200.00
    sale(admin_ws, date(2024, 3, 9), "invoiced", 5_050)         # USD 50.50
    sale(admin_ws, date(2024, 3, 10), "quote", 99_900)          # USD 999.00 (quote)
    sale(staff, date(2024, 3, 20), "won", 7_000, "EUR")         # EUR 70.00
    sale(admin_ws, date(2023, 11, 1), "won", 123_400)           # USD 1,234.00 last year
    return admin_ws


def test_sale_model_pages_and_passes_modeltester(sold: Workspace, qtmodeltester) -> None:
    model = SaleTableModel(sold, page_size=2)
    model.refresh()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    assert model.data(model.index(0, SaleTableModel.Column.TOTAL)) == "EUR 70.00"
    qtmodeltester.check(model)


def test_sales_filters_change_rows_and_totals(sold: Workspace, qtbot,
                                              bridge: WorkspaceBridge) -> None:
    tab = SalesTab(sold, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.period_filter.set_custom_range(date(2024, 3, 1), date(2024, 3, 31))
    assert tab.model.rowCount() == 4 and tab.sale_count == 4
    assert tab.totals == {"USD": 25_050, "EUR": 7_000}  # won and invoiced only
    assert "USD 250.50" in tab.totals_label.text() and "EUR 70.00" in tab.totals_label.text()

    tab.status_combo.setCurrentIndex(tab.status_combo.findData("quote"))
    assert tab.model.rowCount() == 1 and tab.totals == {"USD": 99_900}

    tab.status_combo.setCurrentIndex(0)
    tab.user_combo.setCurrentIndex(tab.user_combo.findData("staff"))
    assert tab.model.rowCount() == 1 and tab.totals == {"EUR": 7_000}

    tab.user_combo.setCurrentIndex(0)
    tab.period_filter.set_custom_range(date(2023, 1, 1), date(2023, 12, 31))
    assert tab.model.rowCount() == 1 and tab.totals == {"USD": 123_400}


def test_readonly_user_cannot_change_reminders(admin_ws: Workspace, user_ws, qtbot,
                                               bridge: WorkspaceBridge) -> None:
    reminders.add_reminder(admin_ws, None, utcnow() - timedelta(hours=1), "Audit the books")
    readonly = user_ws("readonly")
    tab = TodayTab(readonly, bridge)
    qtbot.addWidget(tab)
    tab.refresh()
    assert tab.reminder_model.rowCount() == 1
    assert not tab.done_button.isEnabled()
    tab.reminder_view.selectRow(0)
    tab.mark_selected_done()  # even if called, the service refuses and says why
    finish_operations(qtbot)
    assert "does not allow" in tab.message_label.text()
    assert len(reminders.list_reminders(admin_ws)) == 1
