"""LISTEN/NOTIFY on a team vault: what one desktop commits reaches another's change feed as
the same Changes value a local edit reports."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from sqlalchemy import text

from contactweb.services.accounts import users
from contactweb.services.activity.reminders import add_reminder
from contactweb.services.changes import NOTHING, Changes
from contactweb.services.contacts.contacts import ContactInput, create_contact
from contactweb.team import team_session
from contactweb.team.change_feed import MAX_NAMED, ChangeFeed, changes_of
from tests.support.team_vaults import TeamVaultFixture, team_vault  # noqa: F401


def _next_changes(feed: ChangeFeed) -> Changes:
    """Polls until something arrives (a readiness wait, not a timing assertion)."""
    for _ in range(200):
        changes = feed.drain()
        if not changes.empty():
            return changes
        time.sleep(0.05)
    return NOTHING


def test_another_desktops_commit_reaches_this_ones_feed(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    here = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(here, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    there = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    feed = ChangeFeed(here.engine)
    try:
        cid = create_contact(there, ContactInput(first_name="Ann", last_name="Lee"))
        changes = _next_changes(feed)
        assert changes.contacts and changes.audit and not changes.reminders
        assert changes.contact_ids == frozenset({cid})  # a shared contact is named
        add_reminder(there, cid, datetime.now() + timedelta(days=1), "call back")
        assert _next_changes(feed).reminders
        with there.session() as db:  # a transaction that writes nothing says nothing
            db.execute(text("SELECT 1"))
        assert feed.drain() == NOTHING
    finally:
        feed.close()
        there.lock()
        here.lock()


def test_a_change_names_the_shared_contacts_it_touched(
        team_vault: TeamVaultFixture) -> None:  # noqa: F811
    """A contact open on this desktop reloads only when another desktop's change concerns it;
    a private contact is never named (every listener receives every notification), and a
    change to many contacts says "any contact"."""
    from contactweb.models import Contact
    from contactweb.services.activity.communications import (
        CommunicationInput,
        log_communication,
    )
    from contactweb.services.contacts.contacts import close_contact

    here = team_session.sign_in(team_vault.profile, "boss", team_vault.admin_password)
    users.add_user(here, "kim", "staff", "Kim-pass-42!xx", must_change=False)
    there = team_session.sign_in(team_vault.profile, "kim", "Kim-pass-42!xx")
    ann = create_contact(there, ContactInput(first_name="Ann", last_name="Lee"))
    bob = create_contact(there, ContactInput(first_name="Bob", last_name="Ray"))
    feed = ChangeFeed(here.engine)
    try:
        close_contact(there, ann)
        changes = _next_changes(feed)
        assert changes.contacts and changes.contact_ids == frozenset({ann})
        assert changes.concerns(ann) and not changes.concerns(bob)
        log_communication(there, bob, CommunicationInput(kind="call", direction="in",
                                                         subject="called back"))
        changes = _next_changes(feed)
        assert changes.communications and changes.contact_ids == frozenset({bob})
        assert not changes.concerns(ann)

        secret = create_contact(there, ContactInput(first_name="Sue", last_name="Quiet",
                                                    owner_only=True))
        changes = _next_changes(feed)
        assert changes.contacts and changes.contact_ids == frozenset()  # any contact
        assert changes.concerns(ann) and changes.concerns(secret)
        log_communication(there, secret, CommunicationInput(kind="note", direction="out",
                                                            subject="private"))
        assert _next_changes(feed).contact_ids == frozenset()

        with there.session() as db:  # one transaction about more than MAX_NAMED contacts
            db.add_all([Contact(first_name=f"Many{i}", last_name="People")
                        for i in range(MAX_NAMED + 5)])
        changes = _next_changes(feed)
        assert changes.contacts and changes.contact_ids == frozenset()
    finally:
        feed.close()
        there.lock()
        here.lock()


def test_notifications_read_as_changes() -> None:
    assert changes_of({"contacts:3,4", "audit"}) == Changes(
        contacts=True, audit=True, contact_ids=frozenset({3, 4}))
    assert changes_of({"contacts:3", "consent:5"}).contact_ids == frozenset({3, 5})
    assert changes_of({"contacts:3", "communications"}).contact_ids == frozenset()
    assert changes_of({"contacts", "contacts:3"}).contact_ids == frozenset()
    many = ",".join(str(i) for i in range(MAX_NAMED + 1))
    assert changes_of({f"contacts:{many}"}).contact_ids == frozenset()
    assert changes_of({"nonsense:1"}) == NOTHING
