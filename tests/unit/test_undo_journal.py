"""Undo and redo of the last changes go through the services: the data comes back as it
was, each undo is audited and permission-checked like the change, an opt-out is never
undone without a reason, and locking leaves nothing to undo."""

from __future__ import annotations

import pytest

from contactweb.errors import BadInput
from contactweb.models import utcnow
from contactweb.services import audit, undo
from contactweb.services.activity import communications
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contact_queries, contacts, duplicates
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.vault.workspace import Workspace


def _contact(ws: Workspace, first: str = "Ada", tags: list[str] | None = None) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name=first, last_name="Lovelace", company="Engines",
        emails=[EmailInput(f"{first.lower()}@example.com")], tags=tags or ["math"]))


def test_an_edit_with_its_tags_is_undone_and_redone(admin_ws: Workspace) -> None:
    contact_id = _contact(admin_ws)
    edited = contacts.get_contact(admin_ws, contact_id).to_input()
    edited.company, edited.tags = "Analytical Engines Ltd", ["math", "vip"]
    contacts.update_contact(admin_ws, contact_id, edited)
    journal = undo.journal(admin_ws)
    assert journal.next_undo().text == "contact edit"

    changes = journal.undo(admin_ws)
    assert changes.concerns(contact_id)
    back = contacts.get_contact(admin_ws, contact_id)
    assert (back.company, back.tags) == ("Engines", ["math"])
    assert journal.next_undo() is None and journal.next_redo().text == "contact edit"
    assert audit.list_events(admin_ws, limit=5)[1].action == "contact.update"  # audited

    journal.redo(admin_ws)
    again = contacts.get_contact(admin_ws, contact_id)
    assert (again.company, sorted(again.tags)) == ("Analytical Engines Ltd", ["math", "vip"])
    with pytest.raises(BadInput):
        journal.redo(admin_ws)  # nothing left to redo


def test_close_reopen_and_a_new_change_drops_the_redo(admin_ws: Workspace) -> None:
    contact_id = _contact(admin_ws)
    contacts.close_contact(admin_ws, contact_id)
    journal = undo.journal(admin_ws)
    journal.undo(admin_ws)
    assert contacts.get_contact(admin_ws, contact_id).status == "active"
    assert journal.next_redo() is not None
    contacts.update_contact(admin_ws, contact_id, ContactInput(first_name="Augusta"))
    assert journal.next_redo() is None  # a new change: what was undone stays undone


def test_an_opt_in_is_taken_back_but_an_opt_out_is_not_undoable(admin_ws: Workspace) -> None:
    contact_id = _contact(admin_ws)
    consent.opt_in(admin_ws, contact_id, "email", "Signed the form at the fair")
    assert consent.status_by_channel(admin_ws, contact_id)["email"] == "granted"
    journal = undo.journal(admin_ws)
    journal.undo(admin_ws)
    assert consent.status_by_channel(admin_ws, contact_id)["email"] == "unknown"
    journal.redo(admin_ws)
    assert consent.status_by_channel(admin_ws, contact_id)["email"] == "granted"

    consent.opt_out(admin_ws, contact_id, "email", evidence="Phoned to say no")
    # The opt-out recorded no step: Undo now offers the opt-in before it, which the
    # opt-out since then makes impossible (it would drop a "no").
    assert journal.next_undo().text == "opt-in"
    with pytest.raises(Exception, match="changed since"):
        journal.undo(admin_ws)
    assert consent.status_by_channel(admin_ws, contact_id)["email"] == "opted_out"


def test_a_deleted_communication_comes_back_with_its_attachment(admin_ws: Workspace) -> None:
    contact_id = _contact(admin_ws)
    when = utcnow().replace(microsecond=0)
    entry_id = communications.log_communication(admin_ws, contact_id, CommunicationInput(
        "call", "in", occurred_at=when, duration_minutes=7, subject="Order",
        body="Wants 3 boxes", attachments=[AttachmentInput("note.txt", b"3 boxes")]))
    communications.delete_communication(admin_ws, entry_id)
    assert communications.timeline(admin_ws, contact_id) == []
    undo.journal(admin_ws).undo(admin_ws)
    [back] = communications.timeline(admin_ws, contact_id)
    assert (back.kind, back.direction, back.subject, back.body, back.duration_minutes) == \
        ("call", "in", "Order", "Wants 3 boxes", 7)
    assert back.occurred_at.replace(tzinfo=None) == when.replace(tzinfo=None)
    [attachment] = back.attachments
    assert communications.attachment_data(admin_ws, attachment.id)[1] == b"3 boxes"
    undo.journal(admin_ws).redo(admin_ws)
    assert communications.timeline(admin_ws, contact_id) == []


def test_a_merge_is_undone_through_unmerge(admin_ws: Workspace) -> None:
    keep = _contact(admin_ws, "Ada")
    other = _contact(admin_ws, "Augusta")
    duplicates.merge(admin_ws, keep, other)
    assert contact_queries.count_contacts(admin_ws) == 1
    undo.journal(admin_ws).undo(admin_ws)
    assert contact_queries.count_contacts(admin_ws) == 2
    assert contacts.get_contact(admin_ws, keep).first_name == "Ada"
    undo.journal(admin_ws).redo(admin_ws)
    assert contact_queries.count_contacts(admin_ws) == 1


def test_locking_leaves_nothing_to_undo(admin_ws: Workspace) -> None:
    contacts.close_contact(admin_ws, _contact(admin_ws))
    assert undo.journal(admin_ws).next_undo() is not None
    admin_ws.lock()
    assert admin_ws.undo_journal is None
