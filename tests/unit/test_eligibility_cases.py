"""Eligibility after the things people really do, through the services: opting out and back
in with an override, consent on one channel, closing, erasing, owner-only contacts seen by
staff, postal addresses with parts missing. Each case has its expected reason per channel,
and the whole vault must match the plain reference. Also: the lists eligibility returns read
like lists, and a vault written before migration 0004 gets its indexes and the same answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from alembic import command
from sqlalchemy import inspect, update

from contactweb.errors import PermissionDenied
from contactweb.models import Contact
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput
from contactweb.services.eligibility.eligibility import (
    ALL_CONTACTS,
    HIDDEN_NAME,
    EligibilityChecker,
    Excluded,
    Recipient,
    RecipientList,
    Selection,
    eligible_recipients,
)
from contactweb.services.eligibility.eligibility_bulk import _lowered
from contactweb.services.integrity_seal import SEAL_FILE_NAME
from contactweb.services.privacy.erasure import erase_contact
from contactweb.store.migrate import alembic_config, current_revision, head_revision
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.unit.test_eligibility_reference import assert_matches_reference

EVIDENCE = "signed the form at the fair"


def _contact(ws: Workspace, first: str, email: str | None = None,
             addresses: tuple[AddressInput, ...] = (), owner_only: bool = False) -> int:
    return contacts.create_contact(ws, ContactInput(
        first_name=first, last_name="Case", emails=[EmailInput(email)] if email else [],
        addresses=list(addresses), owner_only=owner_only))


def _codes(ws: Workspace, channel: str, selection: Selection = ALL_CONTACTS
           ) -> dict[int, str | None]:
    """contact id -> reason code, None for included."""
    result = eligible_recipients(ws, channel, selection)
    codes: dict[int, str | None] = {r.contact_id: None for r in result.included}
    codes.update({e.contact_id: e.code for e in result.excluded})
    return codes


HOME = AddressInput("1 Main St", "Springfield", "IL", "62701", "US")


@pytest.fixture
def people(admin_ws: Workspace, user_ws: Callable[[str], Workspace]) -> dict[str, int]:
    manager, staff = user_ws("manager"), user_ws("staff")
    ids = {
        "back_in": _contact(admin_ws, "BackIn", "back@example.org", (HOME,)),
        "still_out": _contact(admin_ws, "StillOut", "out@example.org", (HOME,)),
        "email_only": _contact(admin_ws, "EmailOnly", "only@example.org", (HOME,)),
        "closed": _contact(admin_ws, "Closed", "closed@example.org", (HOME,)),
        "erased": _contact(admin_ws, "Erased", "erased@example.org", (HOME,)),
        "private": _contact(manager, "Private", "private@example.org", (HOME,), owner_only=True),
        "orphan": _contact(admin_ws, "Orphan", "orphan@example.org", (HOME,), owner_only=True),
        "street_only": _contact(admin_ws, "StreetOnly", "street@example.org",
                                (AddressInput("9 Lone Rd", "", "", "", "US"),)),
        "postcode_only": _contact(admin_ws, "PostcodeOnly", "pc@example.org",
                                  (AddressInput("", "", "", "62701", "US"),
                                   AddressInput("5 Elm Row", "", "", "62702", "US"))),
        "no_email": _contact(admin_ws, "NoEmail", None, (HOME,)),
    }
    for name, contact_id in ids.items():
        owner = manager if name == "private" else admin_ws
        consent.opt_in(owner, contact_id, "all", evidence=EVIDENCE)
    consent.opt_out(staff, ids["back_in"], "all")
    consent.opt_in(manager, ids["back_in"], "email", evidence=EVIDENCE,
                   override_reason="asked to be added back, by phone")
    consent.opt_out(staff, ids["still_out"], "email")
    with pytest.raises(PermissionDenied):  # staff cannot reverse an opt-out
        consent.opt_in(staff, ids["still_out"], "email", evidence=EVIDENCE,
                       override_reason="said yes at the counter")
    consent.opt_out(admin_ws, ids["email_only"], "post")
    contacts.close_contact(admin_ws, ids["closed"])
    erase_contact(admin_ws, ids["erased"])
    with admin_ws.session() as s:  # an owner-only contact whose owner is gone (old data)
        s.execute(update(Contact).where(Contact.id == ids["orphan"]).values(owner_id=None))
    return ids


# name -> (email as admin, post as admin, email as staff)
EXPECTED = {
    "back_in": (None, "opted_out", None),
    "still_out": ("opted_out", None, "opted_out"),
    "email_only": (None, "opted_out", None),
    "closed": ("closed", "closed", "closed"),
    "private": (None, None, "not_visible"),
    "orphan": (None, None, "not_visible"),
    "street_only": (None, "no_address", None),
    "postcode_only": (None, None, None),
    "no_email": ("no_address", None, "no_address"),
}


def test_each_case_gets_its_reason(admin_ws: Workspace, user_ws: Callable[[str], Workspace],
                                   people: dict[str, int]) -> None:
    staff = user_ws("staff")
    email, post, staff_email = (_codes(admin_ws, "email"), _codes(admin_ws, "post"),
                                _codes(staff, "email"))
    for name, (on_email, on_post, for_staff) in EXPECTED.items():
        contact_id = people[name]
        assert (email[contact_id], post[contact_id], staff_email[contact_id]) == (
            on_email, on_post, for_staff), name
    assert people["erased"] not in email  # gone: not listed, unless picked by id
    assert _codes(admin_ws, "email", Selection(ids=(people["erased"],))) == {
        people["erased"]: "erased"}
    # Picked ids with a search: one the search leaves out is simply not in the mailing.
    picked = (people["erased"], people["closed"], people["back_in"])
    assert _codes(admin_ws, "email", Selection(search="BackIn", ids=picked)) == {
        people["back_in"]: None, people["erased"]: "erased"}
    hidden = [e for e in eligible_recipients(staff, "email").excluded if e.code == "not_visible"]
    assert {e.name for e in hidden} == {HIDDEN_NAME}
    [labelled] = [r for r in eligible_recipients(admin_ws, "post").included
                  if r.contact_id == people["postcode_only"]]
    assert labelled.address == "5 Elm Row, 62702"  # the first address has no street


def test_cases_match_the_reference_for_every_role(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], people: dict[str, int]
) -> None:
    picked = Selection(ids=tuple(reversed(people.values())))
    for ws in (admin_ws, user_ws("manager"), user_ws("staff")):
        for channel in ("email", "post", "phone", "sms"):
            for selection in (Selection(), picked, Selection(search="case")):
                assert_matches_reference(ws, channel, selection)


def test_send_time_check_refuses_a_re_cased_opted_out_mailbox(admin_ws: Workspace) -> None:
    """ÉVE@ (opted out) and ÉVE@ on a duplicate: SQL's lower() leaves É alone, and the
    re-check once compared a Python-lowered address with SQL-lowered ones and let it pass."""
    keeper = _contact(admin_ws, "Eve", "ÉVE@example.org")
    duplicate = _contact(admin_ws, "Eve2", "ÉVE@example.org")
    for contact_id in (keeper, duplicate):
        consent.opt_in(admin_ws, contact_id, "email", evidence=EVIDENCE)
    assert _codes(admin_ws, "email") == {keeper: None, duplicate: "duplicate_address"}
    consent.opt_out(admin_ws, duplicate, "email")
    assert _codes(admin_ws, "email") == {keeper: "address_opted_out", duplicate: "opted_out"}
    with admin_ws.session(readonly=True) as s:
        outcome = EligibilityChecker(admin_ws, "email").check(s, keeper)
    assert isinstance(outcome, Excluded) and outcome.code == "address_opted_out"


def test_a_padded_copy_of_an_opted_out_mailbox_is_left_out(admin_ws: Workspace) -> None:
    """The services trim every address, but a row written another way (a team database
    reached with psql, an old vault) may hold " ann@example.org": the list, and so every
    export and label run built on it, leaves it out as the opted-out mailbox it names, as the
    check before each message does."""
    opted = _contact(admin_ws, "Ann", "ann@example.org")
    padded = _contact(admin_ws, "Ann2", "other@example.org")
    for contact_id in (opted, padded):
        consent.opt_in(admin_ws, contact_id, "email", evidence=EVIDENCE)
    consent.opt_out(admin_ws, opted, "email")
    with admin_ws.session() as s:
        s.execute(update(Contact).where(Contact.id == padded)
                  .values(primary_email=" Ann@Example.org\t"))
    assert _codes(admin_ws, "email") == {opted: "opted_out", padded: "address_opted_out"}
    with admin_ws.session(readonly=True) as s:
        outcome = EligibilityChecker(admin_ws, "email").check(s, padded)
    assert isinstance(outcome, Excluded) and outcome.code == "address_opted_out"


def test_recipients_and_excluded_read_like_lists(admin_ws: Workspace,
                                                 people: dict[str, int]) -> None:
    result = eligible_recipients(admin_ws, "post")
    made = list(result.included)
    assert len(result.included) == len(made) == 5
    assert result.included[0] == made[0] and result.included[-1] == made[-1]
    assert result.included[1:3] == made[1:3] and result.included[::-1] == made[::-1]
    assert result.included == made and result.included != made[:-1]
    assert list(result.included) == made  # read twice: the same
    assert repr(result.included) == repr(made)
    with pytest.raises(IndexError):
        result.included[5]
    assert isinstance(made[0], Recipient) and made[0].address_lines
    assert [e.name for e in result.excluded] == sorted(
        (e.name for e in result.excluded), key=str.casefold)
    assert result.excluded[0] == list(result.excluded)[0]
    empty = RecipientList()
    assert len(empty) == 0 and not empty and empty == [] and list(empty) == []


def test_mailboxes_lowered_together_match_lowered_one_by_one() -> None:
    # Greek capital sigma lowers to final sigma only at the end of a word: the end of each
    # address must count as an end even next to the following one. An address holding the
    # joining character (NUL) must not shift the others.
    addresses = ["a@ΟΔΟΣ", "Σb@x", "ΑΣ", "Σ", "c@x'Σ", "Σ\u0301d", "İ@x", "E@X"]
    assert _lowered(addresses)[0] == [a.lower() for a in addresses]
    assert _lowered(["A\0Σ", "B@X"])[0] == ["a\0σ", "b@x"]
    assert _lowered([])[0] == []


def test_a_vault_at_0003_gets_the_indexes_and_the_same_answers(
        admin_ws: Workspace, vault_dir, people: dict[str, int]) -> None:  # noqa: ANN001
    # Read while the vault is open: a result's names are read when first shown.
    before = {channel: (list(result.included), list(result.excluded))
              for channel in ("email", "post")
              for result in [eligible_recipients(admin_ws, channel)]}
    config = alembic_config()
    with admin_ws.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
        # A vault of that age had no seal, nor mailbox statements to backfill yet.
        conn.exec_driver_sql("DELETE FROM settings WHERE key IN ('vault.sealed', "
                             "'mailbox_statements_backfilled')")
    (vault_dir / SEAL_FILE_NAME).unlink()
    assert current_revision(admin_ws.engine) == "0003"
    assert "ix_contacts_mailing" not in _indexes(admin_ws, "contacts")
    assert "ix_consent_state_channel_status" not in _indexes(admin_ws, "consent_state")
    admin_ws.lock()

    upgraded = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        assert current_revision(upgraded.engine) == head_revision()
        assert "ix_contacts_mailing" in _indexes(upgraded, "contacts")
        assert "ix_consent_state_channel_status" in _indexes(upgraded, "consent_state")
        for channel, (included, excluded) in before.items():
            now = eligible_recipients(upgraded, channel)
            assert list(now.included) == included
            assert list(now.excluded) == excluded
    finally:
        upgraded.lock()


def _indexes(ws: Workspace, table: str) -> set[str]:
    return {index["name"] for index in inspect(ws.engine).get_indexes(table)}
