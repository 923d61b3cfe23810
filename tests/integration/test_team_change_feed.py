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
from contactweb.team.change_feed import ChangeFeed
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
        assert changes.contact_ids == frozenset()  # any contact may have changed
        add_reminder(there, cid, datetime.now() + timedelta(days=1), "call back")
        assert _next_changes(feed).reminders
        with there.session() as db:  # a transaction that writes nothing says nothing
            db.execute(text("SELECT 1"))
        assert feed.drain() == NOTHING
    finally:
        feed.close()
        there.lock()
        here.lock()
