"""One-to-one email from a contact's page, merged contacts in a queued mailing, and two
contacts sharing one address: each person gets one message."""

from __future__ import annotations

import pytest

from contactweb.services.activity import communications
from contactweb.services.consent import consent
from contactweb.services.contacts import duplicates
from contactweb.services.eligibility.eligibility import Selection, eligible_recipients
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.one_to_one import OptedOutOfEmail, send_one_to_one
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import (
    ContactSpec,
    add_contact,
    add_contacts,
    configure,
    smtp_server,
)


def test_one_to_one_warns_on_opt_out_and_sends_only_when_confirmed(admin_ws: Workspace) -> None:
    ok = add_contact(admin_ws, "Ola", "Direct", "ola@example.org", consent_email="unknown")
    opted = add_contact(admin_ws, "Per", "Stopped", "per@example.org", consent_email="opted_out")
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        result = send_one_to_one(admin_ws, ok, "Your order", "It ships on Monday.")
        assert result.to_address == "ola@example.org" and not result.overridden_opt_out
        with pytest.raises(OptedOutOfEmail) as warning:
            send_one_to_one(admin_ws, opted, "Your invoice", "Attached as discussed.")
        assert warning.value.contact_id == opted and "opted out of email" in str(warning.value)
        assert server.recipients() == ["ola@example.org"]  # nothing went to the opted-out one
        confirmed = send_one_to_one(admin_ws, opted, "Your invoice", "As discussed.",
                                    override=True)
        assert confirmed.overridden_opt_out
    assert server.recipients() == ["ola@example.org", "per@example.org"]
    assert server.received[0].message["Message-ID"] == result.message_id
    assert "It ships on Monday." in server.received[0].text()
    timeline = communications.timeline(admin_ws, ok)
    assert [(e.kind, e.direction, e.subject, e.body) for e in timeline] == [
        ("email", "out", "Your order", "It ships on Monday.")]
    assert consent.status_by_channel(admin_ws, opted)["email"] == "opted_out"  # unchanged


def test_shared_address_gets_one_message(admin_ws: Workspace) -> None:
    first, second = add_contacts(admin_ws, [
        ContactSpec("Ann", "Shared", "office@example.org"),
        ContactSpec("Bob", "Shared", "Office@example.org")])
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [first]
    assert [(e.contact_id, e.code) for e in result.excluded] == [(second, "duplicate_address")]


def test_contacts_merged_while_a_mailing_waits_get_one_message(admin_ws: Workspace) -> None:
    keep, other = add_contacts(admin_ws, [ContactSpec("Cy", "Twin", "cy@example.org"),
                                          ContactSpec("Cy", "Twin", "cy.twin@example.org")])
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        queued = outbox.queue_mailing(admin_ws, Draft("Hi", "News"), Selection())
        assert queued.queued == 2
        duplicates.merge(admin_ws, keep, other)  # the other's outbox row moves to keep
        report = sender.deliver_outbox(admin_ws, [queued.mailing_id])
    assert server.recipients() == ["cy@example.org"]
    assert report.sent == 1 and [e.code for e in report.excluded] == ["already_received"]
