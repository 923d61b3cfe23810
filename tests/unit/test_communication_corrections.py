"""A logged communication can be corrected and deleted, audited and with the permission
that logging needs; a note has no direction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from contactweb.errors import NotFound, PermissionDenied, Refused
from contactweb.services import audit
from contactweb.services.activity import communications
from contactweb.services.activity.communications import AttachmentInput, CommunicationInput
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.privacy import place_legal_hold
from contactweb.vault.workspace import Workspace


@pytest.fixture
def cid(admin_ws: Workspace) -> int:
    return contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))


def _call(admin_ws: Workspace, cid: int) -> int:
    return communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="call", direction="in", occurred_at=datetime(2026, 3, 1, 14, 30),
        duration_minutes=12, subject="Quote", body="asked for a quote",
        attachments=[AttachmentInput("quote.pdf", b"%PDF-1.4")]))


def test_a_correction_keeps_attachments_adds_new_ones_and_is_audited(
        admin_ws: Workspace, cid: int) -> None:
    entry_id = _call(admin_ws, cid)
    assert communications.update_communication(admin_ws, entry_id, CommunicationInput(
        kind="meeting", direction="out", occurred_at=datetime(2026, 3, 2, 9, 0),
        duration_minutes=45, subject="Quote, in person", body="met at the shop",
        attachments=[AttachmentInput("notes.txt", b"minutes")])) == cid
    entry = communications.get_communication(admin_ws, entry_id)
    assert (entry.kind, entry.direction, entry.occurred_at, entry.duration_minutes,
            entry.subject, entry.body) == ("meeting", "out", datetime(2026, 3, 2, 9, 0), 45,
                                           "Quote, in person", "met at the shop")
    assert sorted(a.filename for a in entry.attachments) == ["notes.txt", "quote.pdf"]
    event = audit.list_events(admin_ws, action="communication.update")[0]
    assert event.object_id == str(cid)
    assert event.details == {"communication": entry_id, "attachments_added": 1, "fields": [
        "body", "direction", "duration_minutes", "kind", "occurred_at", "subject"]}
    assert audit.verify(admin_ws).ok


def test_deleting_removes_it_with_its_attachments_and_is_audited(
        admin_ws: Workspace, cid: int) -> None:
    entry_id = _call(admin_ws, cid)
    assert communications.delete_communication(admin_ws, entry_id) == cid
    assert communications.timeline(admin_ws, cid) == []
    with pytest.raises(NotFound):
        communications.get_communication(admin_ws, entry_id)
    event = audit.list_events(admin_ws, action="communication.delete")[0]
    assert event.details == {"communication": entry_id, "kind": "call", "attachments": 1}
    assert "Quote" not in str(event.details)  # no personal data in the audit log


def test_correcting_and_deleting_need_what_logging_needs(
        admin_ws: Workspace, cid: int, user_ws: Callable[[str], Workspace]) -> None:
    entry_id = _call(admin_ws, cid)
    readonly = user_ws("readonly")
    with pytest.raises(PermissionDenied):
        communications.update_communication(readonly, entry_id, CommunicationInput("note"))
    with pytest.raises(PermissionDenied):
        communications.delete_communication(readonly, entry_id)
    staff = user_ws("staff")
    communications.update_communication(staff, entry_id, CommunicationInput(
        "call", "in", subject="Quote (corrected)"))
    assert communications.get_communication(admin_ws, entry_id).subject == "Quote (corrected)"


def test_a_contact_under_legal_hold_keeps_its_communications(
        admin_ws: Workspace, cid: int) -> None:
    entry_id = _call(admin_ws, cid)
    place_legal_hold(admin_ws, cid, "litigation")
    with pytest.raises(Refused, match="legal hold"):
        communications.delete_communication(admin_ws, entry_id)
    assert [e.id for e in communications.timeline(admin_ws, cid)] == [entry_id]


def test_a_note_has_no_direction(admin_ws: Workspace, cid: int) -> None:
    note = communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="note", direction="out", body="prefers mornings"))
    assert communications.get_communication(admin_ws, note).direction == ""
    call = _call(admin_ws, cid)
    communications.update_communication(admin_ws, call, CommunicationInput(
        kind="note", direction="in", body="was a note after all"))
    assert communications.get_communication(admin_ws, call).direction == ""


def test_a_note_logged_with_a_direction_before_is_shown_without_one(
        admin_ws: Workspace, cid: int) -> None:
    from contactweb.models import Communication

    note = communications.log_communication(admin_ws, cid, CommunicationInput(
        kind="note", body="from an older version"))
    with admin_ws.session() as session:  # as an older version stored every note
        session.get(Communication, note).direction = "out"
    assert communications.timeline(admin_ws, cid)[0].direction == ""
