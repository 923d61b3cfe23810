"""An opt-out binds the mailbox, whoever holds it, and outlives the contact that made it.

Each case was a way past an opt-out, measured by what a real SMTP server received: erasing
an opted-out contact made their duplicate mailable; a one-to-one email to a second contact
holding the address (in upper case) went out without a word; a ``+tag`` sub-address of an
opted-out mailbox received the mailing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete

from contactweb.errors import BadInput, PermissionDenied
from contactweb.models import MailboxStatement, Setting
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts, duplicates
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.services.eligibility.eligibility import Selection, eligible_recipients
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.one_to_one import OptedOutOfEmail, send_one_to_one
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import (
    ContactSpec,
    add_contact,
    add_contacts,
    configure,
    smtp_server,
)


def _mail_everyone(ws: Workspace, port: int) -> None:
    configure(ws, port)
    outbox.queue_mailing(ws, Draft("Spring news", "Hello {first_name}"), Selection())
    sender.deliver_outbox(ws)


def test_erasing_an_opted_out_contact_keeps_their_duplicate_unmailable(
        admin_ws: Workspace) -> None:
    opted, duplicate, other = add_contacts(admin_ws, [
        ContactSpec("Olga", "Out", "olga@example.org", consent_email="opted_out"),
        ContactSpec("Olga", "Out", "OLGA@example.org"),
        ContactSpec("Ivo", "In", "ivo@example.org")])
    erase_contact(admin_ws, opted)
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [other]
    assert [(e.contact_id, e.code) for e in result.excluded] == [
        (duplicate, "address_opted_out")]
    with smtp_server() as (server, port):
        _mail_everyone(admin_ws, port)
    assert server.recipients() == ["ivo@example.org"]


def test_one_to_one_to_another_holder_of_an_opted_out_address_asks_first(
        admin_ws: Workspace) -> None:
    add_contact(admin_ws, "Pia", "Out", "pia@example.org", consent_email="opted_out")
    second = add_contact(admin_ws, "Pia", "Work", "PIA@EXAMPLE.ORG", consent_email="unknown")
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        with pytest.raises(OptedOutOfEmail):
            send_one_to_one(admin_ws, second, "Your order", "It ships on Monday.")
        assert server.recipients() == []
        confirmed = send_one_to_one(admin_ws, second, "Your order", "As you asked.",
                                    override=True)
    assert confirmed.overridden_opt_out
    assert server.recipients() == ["pia@example.org"]  # the server sees one mailbox


def test_one_to_one_after_the_opted_out_contact_was_erased_still_asks(
        admin_ws: Workspace) -> None:
    opted = add_contact(admin_ws, "Rui", "Out", "rui@example.org", consent_email="opted_out")
    second = add_contact(admin_ws, "Rui", "Again", "Rui@Example.org", consent_email="unknown")
    erase_contact(admin_ws, opted)
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        with pytest.raises(OptedOutOfEmail):
            send_one_to_one(admin_ws, second, "Hello", "A personal note.")
    assert server.recipients() == []


@pytest.mark.parametrize(("opted_address", "other_address"), [
    ("optout@example.com", "optout+news@example.com"),
    ("optout+shop@example.com", "OptOut@example.com"),
    ("optout+shop@example.com", "optout+news@example.com"),
])
def test_sub_addresses_of_an_opted_out_mailbox_get_nothing(
        admin_ws: Workspace, opted_address: str, other_address: str) -> None:
    opted, sub, other = add_contacts(admin_ws, [
        ContactSpec("Sam", "Out", opted_address, consent_email="opted_out"),
        ContactSpec("Sam", "Sub", other_address),
        ContactSpec("Tea", "Fine", "tea+news@example.com")])
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [other]
    assert {(e.contact_id, e.code) for e in result.excluded} == {
        (opted, "opted_out"), (sub, "address_opted_out")}
    erase_contact(admin_ws, opted)
    with smtp_server() as (server, port):
        _mail_everyone(admin_ws, port)
    assert server.recipients() == ["tea+news@example.com"]


def test_an_address_moved_off_an_opted_out_contact_stays_opted_out(
        admin_ws: Workspace) -> None:
    opted, later = add_contacts(admin_ws, [
        ContactSpec("Uma", "Out", "uma@example.org", consent_email="opted_out"),
        ContactSpec("Vic", "Later", "vic@example.org")])
    data = contacts.get_contact(admin_ws, opted, audit_view=False).to_input()
    data.emails = [EmailInput("uma.new@example.org")]
    contacts.update_contact(admin_ws, opted, data)
    data = contacts.get_contact(admin_ws, later, audit_view=False).to_input()
    data.emails = [EmailInput("uma@example.org")]
    contacts.update_contact(admin_ws, later, data)
    result = eligible_recipients(admin_ws, "email")
    assert result.included == []
    assert (later, "address_opted_out") in {(e.contact_id, e.code) for e in result.excluded}


def test_merging_away_an_opted_out_record_keeps_its_mailbox_opted_out(
        admin_ws: Workspace) -> None:
    keep, other, third = add_contacts(admin_ws, [
        ContactSpec("Wes", "Keep", "wes@example.org"),
        ContactSpec("Wes", "Other", "wes.private@example.org", consent_email="opted_out"),
        ContactSpec("Wes", "Third", "Wes.Private@example.org")])
    duplicates.merge(admin_ws, keep, other)
    erase_contact(admin_ws, keep)  # the merged record, opted out, is gone too
    result = eligible_recipients(admin_ws, "email")
    assert [(e.contact_id, e.code) for e in result.excluded] == [(third, "address_opted_out")]


def test_granting_consent_over_an_opted_out_mailbox_needs_a_manager_and_a_reason(
        admin_ws: Workspace, user_ws) -> None:  # noqa: ANN001
    opted, second = add_contacts(admin_ws, [
        ContactSpec("Xia", "Out", "xia@example.org", consent_email="opted_out"),
        ContactSpec("Xia", "Two", "xia+shop@example.org", consent_email="unknown")])
    erase_contact(admin_ws, opted)
    staff, manager = user_ws("staff"), user_ws("manager")
    with pytest.raises(PermissionDenied):
        consent.opt_in(staff, second, "email", evidence="ticked a box")
    with pytest.raises(BadInput):
        consent.opt_in(manager, second, "email", evidence="ticked a box")
    assert eligible_recipients(admin_ws, "email").included == []
    consent.opt_in(manager, second, "email", evidence="wrote to us",
                   override_reason="asked in writing to receive the news again")
    assert [r.contact_id for r in eligible_recipients(admin_ws, "email").included] == [second]


def test_phone_and_post_opt_outs_outlive_the_contact(admin_ws: Workspace) -> None:
    home = AddressInput("12 Mill Lane", "Springfield", "IL", "62701", "US")

    def person(first: str, last: str) -> int:
        contact_id = contacts.create_contact(admin_ws, ContactInput(
            first_name=first, last_name=last, phones=[PhoneInput("+1 415 555 0100")],
            addresses=[home]))
        consent.opt_in(admin_ws, contact_id, "all", evidence="signed the card")
        return contact_id

    opted, duplicate = person("Yan", "Out"), person("Yan", "Out")
    colleague = contacts.create_contact(admin_ws, ContactInput(
        first_name="Zoe", last_name="Desk", addresses=[home]))
    consent.opt_in(admin_ws, colleague, "post", evidence="signed the card")
    for channel in ("phone", "post"):
        consent.opt_out(admin_ws, opted, channel, evidence="asked on the phone")
    erase_contact(admin_ws, opted)
    phone = eligible_recipients(admin_ws, "phone")
    assert phone.included == []
    assert (duplicate, "address_opted_out") in [(e.contact_id, e.code) for e in phone.excluded]
    letters = eligible_recipients(admin_ws, "post")
    # The same addressee at the same address is refused; a colleague at that address is not.
    assert [r.contact_id for r in letters.included] == [colleague]
    assert [(e.contact_id, e.code) for e in letters.excluded] == [
        (duplicate, "address_opted_out")]


def test_opt_outs_recorded_before_the_upgrade_become_mailbox_statements(
        admin_ws: Workspace, vault_dir: Path) -> None:
    opted, duplicate = add_contacts(admin_ws, [
        ContactSpec("Ada", "Old", "ada@example.org", consent_email="opted_out"),
        ContactSpec("Ada", "Copy", "ada@example.org")])
    with admin_ws.session() as db:  # as a vault written before mailbox statements existed
        db.execute(delete(MailboxStatement))
        db.execute(delete(Setting).where(Setting.key == "mailbox_statements_backfilled"))
    admin_ws.lock()
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        erase_contact(ws, opted)
        result = eligible_recipients(ws, "email")
        assert [(e.contact_id, e.code) for e in result.excluded] == [
            (duplicate, "address_opted_out")]
    finally:
        ws.lock()


def test_command_line_erase_then_mailing_and_one_to_one(admin_ws: Workspace, cli: CliRunner,
                                                        tmp_path: Path) -> None:
    opted, duplicate, _ = add_contacts(admin_ws, [
        ContactSpec("Bea", "Out", "bea@example.org", consent_email="opted_out"),
        ContactSpec("Bea", "Copy", "BEA+news@example.org"),
        ContactSpec("Cal", "In", "cal@example.org")])
    body = tmp_path / "body.txt"
    body.write_text("Hello {first_name}\n")
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        assert cli("privacy", "erase", str(opted), "--yes").code == 0
        sent = cli("mailing", "send", "--subject", "News", "--body-file", str(body))
        assert sent.code == 0, sent.err
        refused = cli("mailing", "one-to-one", str(duplicate), "--subject", "Hi",
                      "--body-file", str(body))
    assert refused.code == 1 and "opted out of email" in refused.err
    assert server.recipients() == ["cal@example.org"]
