"""A mailing on a team vault, sent by a manager's login role: the row policies let through
exactly the work a manager does (eligibility, the outbox, the timeline), another person's
private contact is not a recipient, and the audit chain stays intact."""

from __future__ import annotations

from contactweb.services import audit
from contactweb.services.accounts import users
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.message import Draft
from contactweb.team import team_session
from tests.support.mailing_server import ContactSpec, add_contacts, configure, smtp_server
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def test_a_manager_sends_a_mailing_on_a_team_vault(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    admin = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(admin, "mia", "manager", "Mia-pass-42!xx", must_change=False)
    users.add_user(admin, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    kim = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    mia = team_session.sign_in(team_vault.profile, "mia", "Mia-pass-42!xx")
    try:
        add_contacts(kim, [ContactSpec("Ann", "Lee", "ann@example.org"),
                           ContactSpec("Bo", "Out", "bo@example.org", consent_email="opted_out")])
        with kim.session() as db:  # kim's private contact, who said yes to email too
            private = contacts.create_in_session(db, kim, ContactInput(
                first_name="Private", last_name="Friend", owner_only=True,
                emails=[EmailInput("friend@example.org")]))
            consent.apply_event(db, kim, private, "email", "granted", method="test",
                                evidence="asked in person")
        with smtp_server() as (server, port):
            configure(admin, port)
            queued = outbox.queue_mailing(mia, Draft("News", "Hello {first_name}"), Selection())
            report = sender.deliver_outbox(mia, [queued.mailing_id])
        assert server.recipients() == ["ann@example.org"]
        assert report.sent == 1
        verified = audit.verify(admin)
        assert verified.ok, verified.reason
    finally:
        mia.lock()
        kim.lock()
        admin.lock()
