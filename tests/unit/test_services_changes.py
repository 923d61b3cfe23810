"""A write says what it changed: the services the pages write through return the `Changes`
value their operation announces, and it names exactly the kinds and contacts touched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from contactweb.models import utcnow
from contactweb.services import privacy, settings
from contactweb.services.accounts import users
from contactweb.services.activity import reminders, sales
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.changes import NOTHING, Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.privacy.retention import RetentionResult
from contactweb.services.settings import BusinessProfile
from contactweb.vault.workspace import Workspace


def test_contact_writes_name_the_contact(admin_ws: Workspace) -> None:
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada", last_name="Lovelace"))
    renamed = contacts.update_contact(admin_ws, ada, ContactInput(first_name="Augusta",
                                                                   last_name="Lovelace"))
    assert renamed == Changes(contacts=True, contact_ids=frozenset({ada}))
    closed = contacts.close_contact(admin_ws, ada)
    assert closed == Changes.for_contacts([ada])
    assert closed.concerns(ada) and not closed.concerns(ada + 1)
    assert contacts.reopen_contact(admin_ws, ada) == Changes.for_contacts([ada])
    assert contacts.get_contact(admin_ws, ada, audit_view=False).status == "active"


def test_activity_writes_name_their_kind_and_contact(admin_ws: Workspace) -> None:
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    sale_id = sales.add_sale(admin_ws, ada, SaleInput([SaleLineInput("Gears", 1, 500)]))
    assert sales.set_status(admin_ws, sale_id, "won") == Changes.about(ada, sales=True)

    about_ada = reminders.add_reminder(admin_ws, ada, utcnow() + timedelta(days=1), "Call")
    about_nobody = reminders.add_reminder(admin_ws, None, utcnow() + timedelta(days=1),
                                          "Order paper")
    done = reminders.mark_done(admin_ws, about_ada)
    assert done == Changes(reminders=True, contact_ids=frozenset({ada}))
    assert not done.contacts and done.touches_contacts()
    assert reminders.mark_done(admin_ws, about_nobody) == Changes(reminders=True)
    assert reminders.list_reminders(admin_ws) == []


def test_settings_and_users_writes_say_so(admin_ws: Workspace,
                                          user_ws: Callable[[str], Workspace]) -> None:
    assert settings.put(admin_ws, "default_region", "DE") == Changes(settings=True)
    profile = BusinessProfile(name="Analytical Engines Ltd", country="gb")
    assert settings.set_business_profile(admin_ws, profile) == Changes(settings=True)
    assert settings.business_profile(admin_ws).country == "GB"

    user_ws("staff").lock()  # the fixture adds the user
    assert users.set_role(admin_ws, "staff", "manager") == Changes(users=True)
    assert users.disable_user(admin_ws, "staff") == Changes(users=True)
    assert {u.username: (u.role, u.disabled) for u in users.list_users(admin_ws)}["staff"] == \
        ("manager", True)


def test_a_retention_run_says_what_left_the_views(admin_ws: Workspace) -> None:
    assert privacy.run_retention(admin_ws).changes == NOTHING  # nothing was due
    purged = RetentionResult(dry_run=False, recording_days=30, closed_contact_years=6,
                             outbox_days=30, contacts_purged=[7])
    assert purged.changes == Changes(contacts=True, communications=True)
    assert RetentionResult(dry_run=False, recording_days=30, closed_contact_years=6,
                           outbox_days=30, outbox_removed=2).changes.mailings
    dry = RetentionResult(dry_run=True, recording_days=30, closed_contact_years=6,
                          outbox_days=30, contacts_purged=[7])
    assert dry.changes == NOTHING


def test_a_legal_hold_names_its_contact(admin_ws: Workspace) -> None:
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    assert privacy.place_legal_hold(admin_ws, ada, "Case 2026-17") == Changes.for_contacts([ada])
    assert privacy.release_legal_hold(admin_ws, ada) == Changes.for_contacts([ada])
    assert not contacts.get_contact(admin_ws, ada, audit_view=False).legal_hold
