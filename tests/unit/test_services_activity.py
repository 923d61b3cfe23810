"""Communications, attachments, sales, reminders and consent through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from contactweb.errors import BadInput, NotFound
from contactweb.models import utcnow
from contactweb.services import audit
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.activity.sales import SaleFilter, SaleInput, SaleLineInput, parse_money
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.workspace import Workspace


@pytest.fixture
def cid(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))


def test_communications_and_attachments(admin_ws: Workspace, cid: int) -> None:
    when = datetime(2026, 3, 1, 14, 30)
    first = communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="call", direction="in", occurred_at=when, duration_minutes=12, subject=" Hello ",
        attachments=[AttachmentInput("call.ogg", b"\x00audio" * 100, kind="recording"),
                     AttachmentInput("../../etc/quote.pdf", b"%PDF-1.4 quote")]))
    second = communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="note", direction="out", occurred_at=when + timedelta(days=1), body="later"))
    entries = communications.timeline(admin_ws, cid)
    assert [e.id for e in entries] == [second, first]  # newest first
    call = entries[1]
    assert (call.subject, call.duration_minutes, call.user, call.contact_name) == (
        "Hello", 12, "admin", "Ann Lee")
    by_name = {a.filename: a for a in call.attachments}
    assert set(by_name) == {"call.ogg", "quote.pdf"}  # no folders from the given name
    recording = by_name["call.ogg"]
    assert recording.kind == "recording" and recording.mime == "audio/ogg"
    assert recording.retain_until == (when + timedelta(days=90)).date()
    assert by_name["quote.pdf"].retain_until is None
    info, data = communications.attachment_data(admin_ws, recording.id)
    assert data == b"\x00audio" * 100 and info.size == 600
    opened = audit.list_events(admin_ws, action="attachment.open")
    assert [(e.object_id, e.details) for e in opened] == [(str(cid), {"attachment": recording.id})]
    with pytest.raises(NotFound):
        communications.attachment_data(admin_ws, 999)


@pytest.mark.parametrize("data, message", [
    (CommunicationInput(kind="fax"), "Unknown kind"),
    (CommunicationInput(kind="call", direction="sideways"), "Direction"),
    (CommunicationInput(kind="call", duration_minutes=-1), "Duration"),
    (CommunicationInput(kind="call", duration_minutes=24 * 60 + 1), "Duration"),
    (CommunicationInput(kind="call", attachments=[AttachmentInput("a", b"", kind="video")]),
     "recording or a document"),
])
def test_bad_communications_are_refused(admin_ws: Workspace, cid: int, data: CommunicationInput,
                                        message: str) -> None:
    with pytest.raises(BadInput, match=message):
        communications.log_communication(admin_ws, cid, data)
    assert communications.timeline(admin_ws, cid) == []


def test_money_and_sales(admin_ws: Workspace, cid: int) -> None:
    assert parse_money("19.99") == 1999 and parse_money("1,234.50") == 123450
    assert parse_money("0") == 0
    for bad in ("abc", "-1", "1.999", "1e13", "1e30", "NaN", "-Infinity", "sNaN", ""):
        with pytest.raises(BadInput):
            parse_money(bad)
    sales.add_sale(admin_ws, cid, SaleInput([SaleLineInput("Widget", 3, 1999)], "won",
                                            sale_date=date(2026, 1, 5)))
    sales.add_sale(admin_ws, cid, SaleInput(
        [SaleLineInput("Widget", 1), SaleLineInput("Gadget", 2, 500)], "invoiced",
        currency="eur", sale_date=date(2026, 2, 1)))
    quote = sales.add_sale(admin_ws, cid, SaleInput([SaleLineInput("Widget", 10, 100)],
                                                    sale_date=date(2026, 3, 1)))
    listed = sales.list_sales(admin_ws)  # newest first
    assert [(s.total_cents, s.currency, s.status) for s in listed] == [
        (1000, "USD", "quote"), (2999, "EUR", "invoiced"), (5997, "USD", "won")]
    assert [ln.product for ln in listed[1].lines] == ["Widget", "Gadget"]
    assert sales.totals_by_currency(admin_ws) == {"USD": 5997, "EUR": 1999 + 1000}
    sales.set_status(admin_ws, quote, "won")
    assert sales.totals_by_currency(admin_ws)["USD"] == 5997 + 1000
    assert sales.totals_by_currency(admin_ws, SaleFilter(since=date(2026, 1, 10)),
                                    statuses=()) == {"EUR": 2999, "USD": 1000}
    for bad, message in ((SaleInput([]), "at least one line"),
                         (SaleInput([SaleLineInput("X", 0, 1)]), "Quantity"),
                         (SaleInput([SaleLineInput(" ", 1, 1)]), "product"),
                         (SaleInput([SaleLineInput("X", 1, 1)], currency="dollars"), "currency"),
                         (SaleInput([SaleLineInput("X", 1, 1)], status="maybe"), "status")):
        with pytest.raises(BadInput, match=message):
            sales.add_sale(admin_ws, cid, bad)
    assert len(sales.list_sales(admin_ws)) == 3


def test_reminders(admin_ws: Workspace, user_ws: Callable[..., Workspace], cid: int) -> None:
    user_ws("staff").lock()
    now = utcnow()
    overdue = reminders.add_reminder(admin_ws, cid, now - timedelta(hours=2), "Call back")
    later = reminders.add_reminder(admin_ws, None, now + timedelta(days=3), "Plan", "staff")
    soon = reminders.add_reminder(admin_ws, cid, now + timedelta(hours=3), "Send quote")
    due = reminders.due_and_overdue(admin_ws, now)
    assert [r.id for r in due] == [overdue, soon]
    assert due[0].overdue(now) and not due[1].overdue(now)
    assert [r.assignee for r in reminders.list_reminders(admin_ws)] == ["admin", "admin", "staff"]
    new_due = reminders.snooze(admin_ws, overdue, timedelta(hours=1))
    assert new_due >= now + timedelta(minutes=59)
    reminders.mark_done(admin_ws, soon)
    assert [r.id for r in reminders.list_reminders(admin_ws)] == [overdue, later]
    assert len(reminders.list_reminders(admin_ws, include_done=True)) == 3
    with pytest.raises(BadInput, match="text"):
        reminders.add_reminder(admin_ws, cid, now, "  ")
    with pytest.raises(BadInput, match="No active user"):
        reminders.add_reminder(admin_ws, cid, now, "x", "ghost")
    with pytest.raises(NotFound):
        reminders.mark_done(admin_ws, 999)


def test_consent_history_newest_wins(admin_ws: Workspace, cid: int) -> None:
    assert consent.status_by_channel(admin_ws, cid) == dict.fromkeys(
        ("email", "post", "phone", "sms"), "unknown")
    with pytest.raises(BadInput, match="evidence"):
        consent.opt_in(admin_ws, cid, "email", evidence=" ")
    with pytest.raises(BadInput, match="Unknown channel"):
        consent.opt_out(admin_ws, cid, "pigeon")
    consent.opt_in(admin_ws, cid, "all", evidence="signed form", method="paper",
                   wording="Yes, keep me informed")
    assert set(consent.opt_out(admin_ws, cid, "sms", evidence="texted STOP")) == {"sms"}
    status = consent.status_by_channel(admin_ws, cid)
    assert status == {"email": "granted", "post": "granted", "phone": "granted",
                      "sms": "opted_out"}
    history = consent.history(admin_ws, cid)
    assert (history[0].channel, history[0].status, history[0].evidence) == (
        "sms", "opted_out", "texted STOP")
    assert len(history) == 5 and all(e.recorded_by == "admin" for e in history)
    assert {e.wording for e in history if e.status == "granted"} == {"Yes, keep me informed"}
