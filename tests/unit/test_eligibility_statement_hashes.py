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


def test_candidates_compared_with_an_outliving_opt_out_are_hashed_once_per_open_vault(
        admin_ws: Workspace, monkeypatch) -> None:  # noqa: ANN001 - pytest's monkeypatch
    """With a statement whose contact is gone, every candidate is compared with it: their
    hashes are kept, so the next decision hashes only addresses it has not seen, and still
    refuses whoever holds the opted-out mailbox next, as the first decision would."""
    ann = _contact(admin_ws, "Ann", "ann@example.org", granted=False)
    with admin_ws.session() as s:  # erased: her statement stays, no opted-out contact has it
        s.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": ann})
    bo = _contact(admin_ws, "Bo", "bo@example.org", granted=True)
    cy = _contact(admin_ws, "Cy", "Cy@Example.org", granted=True)
    hashed: list[str] = []
    hash_of = eligibility_suppression.MailboxHasher.__call__

    def counted(hasher, channel: str, value: str) -> str:  # noqa: ANN001
        hashed.append(value)
        return hash_of(hasher, channel, value)

    monkeypatch.setattr(eligibility_suppression.MailboxHasher, "__call__", counted)
    hashed.clear()
    assert _decided(admin_ws) == ([bo, cy], {})
    assert sorted(hashed) == ["bo@example.org", "cy@example.org"]
    hashed.clear()
    assert _decided(admin_ws) == ([bo, cy], {})
    assert hashed == []  # nothing new to compare
    again = _contact(admin_ws, "Ann again", "ann.new@example.org", granted=True)
    with admin_ws.session() as s:  # she takes up her old mailbox (granting it is refused)
        for table, column, key in (("contact_emails", "address", "contact_id"),
                                   ("contacts", "primary_email", "id")):
            s.execute(text(f"UPDATE {table} SET {column} = 'ANN@example.org' "
                           f"WHERE {key} = :id"), {"id": again})
    dee = _contact(admin_ws, "Dee", "dee@example.org", granted=True)
    hashed.clear()  # (granting consent looks at statements too)
    assert _decided(admin_ws) == ([bo, cy, dee], {again: ADDRESS_OPTED_OUT})
    assert sorted(hashed) == ["ann@example.org", "dee@example.org"]
    remembered = eligibility_suppression._ADDRESS_HASHES[admin_ws]
    assert "bo@example.org" in remembered
    admin_ws.lock()
    assert remembered == {} and remembered.address_of == {}
