"""Email eligibility over every contact leaves the recipients' ids as the database gave them
(``IdsWhenRead``) when no contact with consent was left out while deciding, and decodes them
when first read: a count reads none, and whatever is read is in id order with each
recipient's own address. Left out for its row (closed, no address, not visible to staff) or
for its mailbox (shared, opted out), the ids are decoded while deciding, as before; either way
the result is the reference's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.services.eligibility.eligibility import (
    CLOSED,
    DUPLICATE_ADDRESS,
    NO_CONSENT,
    Recipient,
    Selection,
    eligible_recipients,
)
from contactweb.services.eligibility.eligibility_granted import decide_by_email_consent
from contactweb.services.eligibility.eligibility_types import IdsWhenRead, RecipientList
from contactweb.vault.workspace import Workspace
from tests.unit.test_eligibility_reference import assert_matches_reference

ALL = Selection()


class _Names:
    def of(self, contact_ids: list[int]) -> list[str]:
        return [f"name {cid}" for cid in contact_ids]


def test_ids_read_out_of_order_are_put_in_id_order_with_their_own_addresses() -> None:
    listed = RecipientList(IdsWhenRead("[30, 10, 20]", 3), _Names(), ["c@x", "a@x", "b@x"])
    assert len(listed) == 3
    assert listed.ids == [10, 20, 30]
    assert listed.addresses == ["a@x", "b@x", "c@x"]
    assert list(listed) == [Recipient(10, "name 10", "a@x"), Recipient(20, "name 20", "b@x"),
                            Recipient(30, "name 30", "c@x")]
    # Asked for its addresses first, a list gives them in the order of its ids too.
    assert RecipientList(IdsWhenRead("[2,1]", 2), _Names(), ["b@x", "a@x"]).addresses == [
        "a@x", "b@x"]
    assert RecipientList(IdsWhenRead("[2,1]", 2), _Names(), ["b@x", "a@x"])[0] == Recipient(
        1, "name 1", "a@x")
    kept = RecipientList(IdsWhenRead("[2,1,3]", 3), _Names(), ["b@x", "a@x", "c@x"]).keeping(
        [True, False, True])
    assert list(kept) == [Recipient(1, "name 1", "a@x"), Recipient(3, "name 3", "c@x")]


def test_counting_the_recipients_decodes_no_id() -> None:
    listed = RecipientList(IdsWhenRead("not decoded", 2), _Names(), ["a@x", "b@x"])
    assert len(listed) == 2 and bool(listed)
    assert listed[:0] == [] and listed[5:] == []
    with pytest.raises(ValueError):  # the text is decoded only when an id is read
        listed.ids  # noqa: B018
    with pytest.raises(RuntimeError):  # fewer ids than were counted
        RecipientList(IdsWhenRead("[1]", 2), _Names(), ["a@x", "b@x"]).ids  # noqa: B018


def _contacts(ws: Workspace, addresses: list[str]) -> list[int]:
    ids = [create_contact(ws, ContactInput(first_name=f"P{n}", emails=[EmailInput(address)]))
           for n, address in enumerate(addresses)]
    for contact_id in ids:
        consent.opt_in(ws, contact_id, "email", evidence="signed form")
    return ids


def _decided_ids(ws: Workspace) -> object:
    with ws.session(readonly=True) as s:
        decided = decide_by_email_consent(s, ws)
    assert decided is not None
    return decided.ids


def test_ids_are_left_undecoded_only_when_no_one_with_consent_is_left_out(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace]) -> None:
    ids = _contacts(admin_ws, ["ann@example.org", "bo@example.org", "cy@example.org"])
    never = create_contact(admin_ws, ContactInput(first_name="Never",
                                                  emails=[EmailInput("nev@example.org")]))
    assert isinstance(_decided_ids(admin_ws), IdsWhenRead)
    result = eligible_recipients(admin_ws, "email")
    assert [(r.contact_id, r.address) for r in result.included] == list(zip(
        ids, ["ann@example.org", "bo@example.org", "cy@example.org"], strict=True))
    assert {e.contact_id: e.code for e in result.excluded} == {never: NO_CONSENT}
    assert_matches_reference(admin_ws, "email", ALL)

    # A contact without consent closed, or hidden from staff: still no one with consent
    # left out for its row.
    with admin_ws.session() as s:
        s.execute(text("UPDATE contacts SET status = 'closed' WHERE id = :id"), {"id": never})
    assert isinstance(_decided_ids(admin_ws), IdsWhenRead)
    assert_matches_reference(admin_ws, "email", ALL)

    # One with consent closed: left out while deciding, the ids decoded then.
    with admin_ws.session() as s:
        s.execute(text("UPDATE contacts SET status = 'closed' WHERE id = :id"), {"id": ids[1]})
    assert _decided_ids(admin_ws) == [ids[0], ids[2]]
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [ids[0], ids[2]]
    assert {e.contact_id: e.code for e in result.excluded} == {never: CLOSED, ids[1]: CLOSED}
    assert_matches_reference(admin_ws, "email", ALL)
    assert_matches_reference(user_ws("staff"), "email", ALL)


@pytest.mark.parametrize("shared", ["ann@example.org", "Ann@Example.org"])
def test_a_shared_mailbox_goes_to_the_first_contact_with_it_when_ids_were_not_decoded(
        admin_ws: Workspace, shared: str) -> None:
    """Found sharing a mailbox after the ids were left undecoded: they are decoded, and the
    contact added first keeps it."""
    ids = _contacts(admin_ws, ["ann@example.org", "bo@example.org", shared])
    assert isinstance(_decided_ids(admin_ws), IdsWhenRead)
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == ids[:2]
    assert {e.contact_id: e.code for e in result.excluded} == {ids[2]: DUPLICATE_ADDRESS}
    assert_matches_reference(admin_ws, "email", ALL)
