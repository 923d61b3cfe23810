"""The fictional demo data offered by the first-run wizard (made by a service, no Qt)."""

from __future__ import annotations

import threading

import pytest

from contactweb.models.consent import CHANNELS
from contactweb.services import demo_data
from contactweb.services.activity import communications, reminders, sales
from contactweb.services.consent import consent
from contactweb.services.contacts import contact_queries, contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.demo_data import DemoDataCancelled
from contactweb.ui.contacts.consent_dialog import METHODS
from contactweb.vault.workspace import Workspace


def test_demo_contacts_come_with_history(admin_ws: Workspace) -> None:
    done: list[tuple[int, int]] = []
    summary = demo_data.make_demo_data(admin_ws, 120, progress=lambda d, t: done.append((d, t)))
    assert summary.contacts == 120 and done[-1] == (120, 120)
    assert contact_queries.count_contacts(admin_ws, ContactQuery(tag="demo")) == 120
    rows = contact_queries.list_contacts(admin_ws, ContactQuery(), limit=None)
    assert all(r.email.endswith(("@example.com", "@example.org", "@example.net")) for r in rows)
    assert all(r.phone.startswith(("+1", "+442079460")) for r in rows)
    assert len({r.email for r in rows}) == 120
    details = contacts.get_contact(admin_ws, rows[0].id, audit_view=False)
    assert details.addresses and details.source == "demo"

    logged = communications.count_by_kind(admin_ws, communications.CommunicationFilter())
    assert sum(logged.values()) == summary.communications > 0
    assert len(sales.list_sales(admin_ws)) == summary.sales > 0
    assert len(reminders.list_reminders(admin_ws, include_done=True)) == summary.reminders > 0
    # Each contact's current consent is its newest demo event, per channel.
    states = [consent.status_by_channel(admin_ws, r.id) for r in rows]
    assert {s for state in states for s in state.values()} == {"granted", "opted_out",
                                                              "unknown"}
    history = [entry for r in rows for entry in consent.history(admin_ws, r.id)]
    assert len(history) == summary.consent_events
    # Every way the demo says consent was given or refused is one the consent dialog offers,
    # so it is shown in the reader's language, not as typed.
    assert {entry.method for entry in history} <= set(METHODS)
    assert all(set(state) == set(CHANNELS) for state in states)


def test_cancelled_demo_data_adds_nothing(admin_ws: Workspace) -> None:
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        cancel.set()  # stop after the first report

    with pytest.raises(DemoDataCancelled):
        demo_data.make_demo_data(admin_ws, 200, progress=progress, cancel=cancel)
    assert contact_queries.count_contacts(admin_ws) == 0
