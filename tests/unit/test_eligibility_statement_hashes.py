"""The opted-out contacts' addresses hashed once per open vault: an email decision keeps their
keyed hashes for the next (``eligibility_suppression._ADDRESS_HASHES``), yet each decision
still refuses exactly the mailboxes opted out then: an opt-out statement that outlived its
contact (erased) binds whoever holds the mailbox next, even when its address was hashed by an
earlier decision while the contact was still there. Locking forgets the hashes."""

from __future__ import annotations

from sqlalchemy import text

from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.services.eligibility import eligibility_suppression
from contactweb.services.eligibility.eligibility import (
    ADDRESS_OPTED_OUT,
    OPTED_OUT,
    eligible_recipients,
)
from contactweb.vault.workspace import Workspace


def _contact(ws: Workspace, name: str, address: str, granted: bool) -> int:
    contact_id = create_contact(ws, ContactInput(first_name=name,
                                                 emails=[EmailInput(address)]))
    if granted:
        consent.opt_in(ws, contact_id, "email", evidence="signed form")
    else:
        consent.opt_out(ws, contact_id, "email")
    return contact_id


def _decided(ws: Workspace) -> tuple[list[int], dict[int, str]]:
    result = eligible_recipients(ws, "email")
    return [r.contact_id for r in result.included], {e.contact_id: e.code
                                                     for e in result.excluded}


def test_an_opt_out_outliving_its_contact_binds_after_its_address_was_hashed(
        admin_ws: Workspace) -> None:
    bo = _contact(admin_ws, "Bo", "bo@example.org", granted=True)
    again = _contact(admin_ws, "Ann at work", "Ann@Example.org", granted=True)
    assert _decided(admin_ws) == ([bo, again], {})
    ann = _contact(admin_ws, "Ann", "ann@example.org", granted=False)
    assert _decided(admin_ws) == ([bo], {ann: OPTED_OUT, again: ADDRESS_OPTED_OUT})
    assert "ann@example.org" in eligibility_suppression._ADDRESS_HASHES[admin_ws]
    with admin_ws.session() as s:  # erased: her statement stays, no opted-out contact has it
        s.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": ann})
    assert _decided(admin_ws) == ([bo], {again: ADDRESS_OPTED_OUT})
    cy = _contact(admin_ws, "Cy", "cy@example.org", granted=True)
    assert _decided(admin_ws) == ([bo, cy], {again: ADDRESS_OPTED_OUT})


def test_locking_forgets_the_hashed_addresses(admin_ws: Workspace) -> None:
    _contact(admin_ws, "Ann", "ann@example.org", granted=False)
    _contact(admin_ws, "Bo", "bo@example.org", granted=True)
    _decided(admin_ws)
    known = eligibility_suppression._ADDRESS_HASHES[admin_ws]
    assert set(known) == {"ann@example.org"}
    admin_ws.lock()
    assert known == {}
