"""The one recipient-list function: who is included, who is excluded and why."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from contactweb.errors import BadInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import (
    HIDDEN_NAME,
    EligibilityChecker,
    Excluded,
    Recipient,
    Selection,
    eligible_recipients,
    is_still_eligible,
)
from contactweb.services.privacy.erasure import erase_contact
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contact, add_contacts


def _codes(result) -> dict[int, str]:  # noqa: ANN001
    return {e.contact_id: e.code for e in result.excluded}


def test_every_reason_for_email(admin_ws: Workspace) -> None:
    ok = add_contact(admin_ws, "Ada", "Able", "ada@example.org")
    opted = add_contact(admin_ws, "Bo", "Bored", "bo@example.org", consent_email="opted_out")
    never = add_contact(admin_ws, "Cy", "Quiet", "cy@example.org", consent_email="unknown")
    no_mail = add_contact(admin_ws, "Di", "Paper", None)
    closed = add_contact(admin_ws, "Ed", "Gone", "ed@example.org")
    contacts.close_contact(admin_ws, closed)
    result = eligible_recipients(admin_ws, "email")
    assert result.included == [Recipient(ok, "Ada Able", "ada@example.org")]
    assert _codes(result) == {opted: "opted_out", never: "no_consent", no_mail: "no_address",
                              closed: "closed"}
    reasons = {e.contact_id: e.reason for e in result.excluded}
    assert reasons[opted] == "opted out of email"
    assert reasons[never] == "no express consent for email"
    assert result.counts_by_reason() == {"opted_out": 1, "no_consent": 1, "no_address": 1,
                                         "closed": 1}


def test_an_opt_out_on_a_duplicate_blocks_the_shared_address(admin_ws: Workspace) -> None:
    keeper = add_contact(admin_ws, "Fay", "Twice", "Fay@Example.org")
    duplicate = add_contact(admin_ws, "Fay", "T.", "fay@example.org", consent_email="opted_out")
    result = eligible_recipients(admin_ws, "email")
    assert _codes(result) == {duplicate: "opted_out", keeper: "address_opted_out"}
    with admin_ws.session() as session:
        assert isinstance(EligibilityChecker(admin_ws, "email").check(session, keeper), Excluded)


def test_owner_only_contacts_of_others_are_excluded_without_their_name(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace]) -> None:
    manager, staff = user_ws("manager"), user_ws("staff")
    private = contacts.create_contact(manager, ContactInput(
        first_name="Secret", last_name="Person", emails=[EmailInput("s@example.org")],
        owner_only=True))
    consent.opt_in(manager, private, "email", evidence="form")
    public = add_contact(admin_ws, "Open", "Person", "o@example.org")
    as_staff = eligible_recipients(staff, "email")
    assert [r.contact_id for r in as_staff.included] == [public]
    assert as_staff.excluded == [Excluded(private, HIDDEN_NAME, as_staff.excluded[0].reason,
                                          "not_visible")]
    assert "Secret" not in repr(as_staff)
    as_owner = eligible_recipients(manager, "email")
    assert {r.contact_id for r in as_owner.included} == {private, public}


def test_hand_picked_ids_report_erased_contacts(admin_ws: Workspace) -> None:
    kept = add_contact(admin_ws, "Gil", "Stays", "gil@example.org")
    gone = add_contact(admin_ws, "Hal", "Erased", "hal@example.org")
    erase_contact(admin_ws, gone)
    result = eligible_recipients(admin_ws, "email", Selection(ids=(kept, gone, 99999)))
    assert [r.contact_id for r in result.included] == [kept]
    assert _codes(result) == {gone: "erased", 99999: "erased"}


def test_selection_by_tag_search_and_many_ids(admin_ws: Workspace) -> None:
    ids = add_contacts(admin_ws, [
        ContactSpec(f"Name{i}", "Tagged" if i % 2 else "Plain", f"n{i}@example.org",
                    tags=("fair",) if i % 2 else ()) for i in range(12)])
    tagged = [cid for i, cid in enumerate(ids) if i % 2]
    assert {r.contact_id for r in eligible_recipients(
        admin_ws, "email", Selection(tag="fair")).included} == set(tagged)
    assert {r.contact_id for r in eligible_recipients(
        admin_ws, "email", Selection(search="plain")).included} == set(ids) - set(tagged)
    assert eligible_recipients(admin_ws, "email", Selection(search='"*(')).included == []
    many = tuple(ids) + tuple(range(100_000, 100_600))  # more than one statement's worth
    result = eligible_recipients(admin_ws, "email", Selection(ids=many))
    assert {r.contact_id for r in result.included} == set(ids)
    assert len(result.excluded) == 600
    assert [r.contact_id for r in result.included] == sorted(ids)  # in the order added
    names = [e.name for e in result.excluded]
    assert names == sorted(names, key=str.casefold)  # the excluded by name


def test_post_uses_the_first_deliverable_address(admin_ws: Workspace) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Ivo", last_name="Post", addresses=[
            AddressInput("", "Only a town", "", "", "US"),
            AddressInput("7 Quay Street", "Dublin", "", "D02 X285", "IE", label="home")]))
    consent.opt_in(admin_ws, contact_id, "post", evidence="form")
    [recipient] = eligible_recipients(admin_ws, "post").included
    assert (recipient.contact_id, recipient.name, recipient.address) == (
        contact_id, "Ivo Post", "7 Quay Street, D02 X285 Dublin")
    assert recipient.address_lines == ("7 Quay Street", "DUBLIN", "D02 X285", "IRELAND")


def test_recheck_agrees_and_sees_changes(admin_ws: Workspace) -> None:
    contact_id = add_contact(admin_ws, "Jo", "Check", "jo@example.org")
    checker = EligibilityChecker(admin_ws, "email")
    with admin_ws.session() as session:
        assert checker.check(session, contact_id) == Recipient(contact_id, "Jo Check",
                                                               "jo@example.org")
        assert is_still_eligible(session, admin_ws, contact_id, "email", "jo@example.org")
        assert not is_still_eligible(session, admin_ws, contact_id, "email", "old@example.org")
    consent.opt_out(admin_ws, contact_id, "email")
    with admin_ws.session() as session:
        outcome = checker.check(session, contact_id)
        assert isinstance(outcome, Excluded) and outcome.code == "opted_out"
        assert checker.check(session, 424242).code == "erased"


def test_unknown_channel_is_bad_input(admin_ws: Workspace) -> None:
    with pytest.raises(BadInput, match="Unknown channel"):
        eligible_recipients(admin_ws, "pigeon")
