"""No id is handed out twice: a contact (or communication, merge, reminder...) that is erased,
purged or merged away leaves its id to the audit log, the undo journal, merge records and
erasure receipts, so a new row taking it would make them name the wrong person. Runs on both
backends (SQLite needs AUTOINCREMENT for this; PostgreSQL's sequences never go back)."""

from __future__ import annotations

import datetime

from sqlalchemy import func, select

from contactweb.models import Communication, Contact, MergeRecord, Reminder
from contactweb.services.activity import communications, reminders
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.contacts import contacts, contacts_bulk, duplicates
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.services.privacy import erase_contact, run_retention
from contactweb.vault.workspace import Workspace


def person(first: str, last: str = "Tester") -> ContactInput:
    return ContactInput(first_name=first, last_name=last)


def test_erasing_the_newest_contact_leaves_its_id_unused(admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, person("Ann"))
    newest = contacts.create_contact(admin_ws, person("Bob"))
    erase_contact(admin_ws, newest)
    assert contacts.create_contact(admin_ws, person("Cat")) > newest
    erase_contact(admin_ws, newest + 1)
    # The bulk path chooses its ids itself: it must look past them too.
    assert contacts_bulk.create_many(admin_ws, [person("Dan"), person("Eve")]) == [
        newest + 2, newest + 3]


def test_purging_the_newest_contact_leaves_its_id_unused(admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, person("Ann"))
    newest = contacts.create_contact(admin_ws, person("Bob"))
    contacts.close_contact(admin_ws, newest)
    later = datetime.datetime.now(datetime.UTC).replace(tzinfo=None) + datetime.timedelta(
        days=365 * 30)
    assert run_retention(admin_ws, now=later).contacts_purged == [newest]
    assert contacts.create_contact(admin_ws, person("Cat")) == newest + 1


def test_merging_away_the_newest_contact_leaves_its_id_unused(admin_ws: Workspace) -> None:
    keep = contacts.create_contact(admin_ws, person("Ann", "Lee"))
    other = contacts.create_contact(admin_ws, person("Ann", "Lee"))
    merge_id = duplicates.merge(admin_ws, keep, other)
    new = contacts.create_contact(admin_ws, person("Cat"))
    assert new == other + 1
    # The merge can still be undone: its merged-away contact's id was never taken.
    assert duplicates.unmerge(admin_ws, merge_id) == (keep, other)
    with admin_ws.session(readonly=True) as session:
        assert session.get(Contact, new).first_name == "Cat"


def test_a_purged_merge_record_leaves_its_id_unused(admin_ws: Workspace) -> None:
    keep = contacts.create_contact(admin_ws, person("Ann", "Lee"))
    first = duplicates.merge(admin_ws, keep, contacts.create_contact(admin_ws, person("Ann")))
    erase_contact(admin_ws, keep)  # takes its merge records with it
    a = contacts.create_contact(admin_ws, person("Bob", "Lee"))
    second = duplicates.merge(admin_ws, a, contacts.create_contact(admin_ws, person("Bob")))
    assert second == first + 1
    with admin_ws.session(readonly=True) as session:
        assert session.execute(select(func.count()).select_from(MergeRecord)).scalar() == 1


def test_deleting_the_newest_communication_or_reminder_leaves_its_id_unused(
        admin_ws: Workspace) -> None:
    cid = contacts.create_contact(admin_ws, person("Ann", "Lee"))
    call = CommunicationInput(kind="call", subject="Call", body="Spoke.")
    communications.log_communication(admin_ws, cid, call)
    newest = communications.log_communication(admin_ws, cid, call)
    communications.delete_communication(admin_ws, newest)
    assert communications.log_communication(admin_ws, cid, call) == newest + 1
    due = datetime.datetime(2030, 1, 1, 9)
    other = contacts.create_contact(admin_ws, ContactInput(
        first_name="Bob", emails=[EmailInput("bob@example.com")]))
    reminder = reminders.add_reminder(admin_ws, other, due, "Follow up")
    erase_contact(admin_ws, other)  # its reminder and communications go with it
    with admin_ws.session(readonly=True) as session:
        assert session.get(Reminder, reminder) is None
        assert session.get(Communication, newest + 1) is not None
    third = contacts.create_contact(admin_ws, person("Cat"))
    assert third == other + 1
    assert reminders.add_reminder(admin_ws, third, due, "Call back") == reminder + 1
