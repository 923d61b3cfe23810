"""The email consent each contact row carries (``Contact.email_consent``, migration 0017) and
the email eligibility decided from it (``eligibility_granted``).

The copy follows consent_state through any history the services make (consent recorded,
opted out, taken back, contacts merged and unmerged, erased), and email eligibility over every
contact is decided from it, giving what the plain reference gives. A copy that says anything
else than consent_state (written past the triggers, as a key holder or an old page of the file
could) is not believed: an opted-out or never-asked contact stays excluded, with its reason.
"""

from __future__ import annotations

from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from contactweb.errors import BadInput, NotFound, Refused
from contactweb.models import Contact
from contactweb.services.consent import consent
from contactweb.services.contacts import duplicates
from contactweb.services.contacts.contacts import ContactInput, EmailInput, create_contact
from contactweb.services.eligibility import eligibility_bulk
from contactweb.services.eligibility.eligibility import (
    NO_CONSENT,
    OPTED_OUT,
    Eligibility,
    Selection,
    eligible_recipients,
)
from contactweb.services.eligibility.eligibility_granted import decide_by_email_consent
from contactweb.vault.workspace import Workspace
from tests.unit.test_eligibility_reference import assert_matches_reference

ALL = Selection()


def _copies(ws: Workspace) -> dict[int, tuple[str, str]]:
    """Each contact's copy and what consent_state says ('' when it says nothing)."""
    assert ws.engine is not None
    with ws.engine.connect() as conn:
        return {row[0]: (row[1], row[2]) for row in conn.execute(text(
            "SELECT c.id, c.email_consent, coalesce(s.status, '') FROM contacts c "
            "LEFT JOIN consent_state s ON s.contact_id = c.id AND s.channel = 'email'"))}


def _decided_from_copy(ws: Workspace) -> bool:
    with ws.session(readonly=True) as s:
        return decide_by_email_consent(s, ws) is not None


def _write_past_the_guard(ws: Workspace, statement: str) -> None:
    """What the contacts' own triggers would undo, written as a key holder could (SQLite:
    with the trigger dropped; PostgreSQL: by the owner, with it disabled), or as an old page
    of the file put back would leave it."""
    assert ws.engine is not None
    postgres = ws.engine.dialect.name == "postgresql"
    with ws.engine.begin() as conn:
        if postgres:
            conn.execute(text("ALTER TABLE contacts DISABLE TRIGGER contacts_email_consent_update"))
        else:
            conn.execute(text("DROP TRIGGER contacts_email_consent_au"))
        conn.execute(text(statement))
        if postgres:
            conn.execute(text("ALTER TABLE contacts ENABLE TRIGGER contacts_email_consent_update"))


@pytest.fixture
def four(admin_ws: Workspace) -> dict[str, int]:
    """Opted out, never asked, asked and unknown, granted; each with an address of its own."""
    ids = {name: create_contact(admin_ws, ContactInput(
        first_name=name.title(), emails=[EmailInput(f"{name}@example.org")]))
        for name in ("out", "never", "unknown", "granted")}
    consent.opt_out(admin_ws, ids["out"], "email")
    consent.opt_in(admin_ws, ids["granted"], "email", evidence="signed form")
    with admin_ws.session() as s:
        consent.apply_event(s, admin_ws, ids["unknown"], "email", "unknown")
    return ids


def test_the_copy_follows_consent_and_the_decision_reads_it(admin_ws: Workspace,
                                                            four: dict[str, int]) -> None:
    assert {cid: copy for cid, (copy, _state) in _copies(admin_ws).items()} == {
        four["out"]: "opted_out", four["never"]: "", four["unknown"]: "unknown",
        four["granted"]: "granted"}
    assert _decided_from_copy(admin_ws)
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [four["granted"]]
    assert {e.contact_id: e.code for e in result.excluded} == {
        four["out"]: OPTED_OUT, four["never"]: NO_CONSENT, four["unknown"]: NO_CONSENT}


def test_whatever_is_written_to_the_copy_is_put_back(admin_ws: Workspace,
                                                     four: dict[str, int]) -> None:
    assert admin_ws.engine is not None
    with admin_ws.engine.begin() as conn:
        conn.execute(text("UPDATE contacts SET email_consent = 'granted'"))
    with admin_ws.session() as s:
        s.add(Contact(first_name="Planted", primary_email="planted@example.org",
                      email_consent="granted"))
    copies = _copies(admin_ws)
    assert len(copies) == 5
    assert all(copy == state for copy, state in copies.values()), copies
    assert [r.contact_id for r in eligible_recipients(admin_ws, "email").included] == [
        four["granted"]]


@pytest.mark.parametrize("who", ["out", "never", "unknown"])
def test_a_copy_saying_granted_past_the_triggers_makes_no_one_eligible(
        admin_ws: Workspace, four: dict[str, int], who: str) -> None:
    _write_past_the_guard(admin_ws, f"UPDATE contacts SET email_consent = 'granted' "
                                    f"WHERE id = {four[who]}")
    assert _copies(admin_ws)[four[who]][0] == "granted"  # the copy lies ...
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [four["granted"]]
    assert {e.contact_id: e.code for e in result.excluded} == {
        four["out"]: OPTED_OUT, four["never"]: NO_CONSENT, four["unknown"]: NO_CONSENT}
    assert_matches_reference(admin_ws, "email", ALL)
    assert not _decided_from_copy(admin_ws)  # ... and is not believed


def test_a_copy_swapping_two_contacts_past_the_triggers_changes_nothing(
        admin_ws: Workspace, four: dict[str, int]) -> None:
    """Never asked said granted, granted said never asked: as many with consent as before."""
    _write_past_the_guard(admin_ws, "UPDATE contacts SET email_consent = CASE "
                                    f"WHEN id = {four['never']} THEN 'granted' ELSE '' END "
                                    f"WHERE id IN ({four['never']}, {four['granted']})")
    result = eligible_recipients(admin_ws, "email")
    assert [r.contact_id for r in result.included] == [four["granted"]]
    assert_matches_reference(admin_ws, "email", ALL)
    assert not _decided_from_copy(admin_ws)


# --- any history ----------------------------------------------------------------------------

ADDRESSES = st.sampled_from(["ann@example.org", "Ann@Example.org", "bo@example.org",
                             "bo+news@example.org", "éve@example.org", ""])
STEP = st.one_of(
    st.tuples(st.sampled_from(["opt_in", "opt_out", "unknown", "forget", "erase"]),
              st.integers(0, 7)),
    st.tuples(st.just("merge"), st.integers(0, 7), st.integers(0, 7)),
    st.tuples(st.just("unmerge"), st.just(0)))


def _apply(ws: Workspace, ids: list[int], merges: list[int], step: tuple) -> None:
    """One step of a history, as the services make it (``forget``: the contact's email
    state removed, as no service does but an old vault may hold)."""
    action, contact_id = step[0], ids[step[1] % len(ids)]
    with ws.session(readonly=True) as s:
        present = set(s.execute(text("SELECT id FROM contacts")).scalars())
    if action == "unmerge":
        if merges:
            try:
                duplicates.unmerge(ws, merges.pop())
            except (BadInput, NotFound, Refused):
                pass  # refused as the service refuses it (the kept contact is gone)
        return
    if contact_id not in present:
        return
    if action == "opt_in":
        consent.opt_in(ws, contact_id, "email", evidence="form", override_reason="asked again")
    elif action == "opt_out":
        consent.opt_out(ws, contact_id, "email")
    elif action == "unknown":
        with ws.session() as s:
            consent.apply_event(s, ws, contact_id, "email", "unknown")
    elif action == "forget":
        with ws.session() as s:
            s.execute(text("DELETE FROM consent_state WHERE contact_id = :id "
                           "AND channel = 'email'"), {"id": contact_id})
    elif action == "erase":
        with ws.session() as s:
            s.execute(text("DELETE FROM contacts WHERE id = :id"), {"id": contact_id})
    else:
        other = ids[step[2] % len(ids)]
        if other != contact_id and other in present:
            merges.append(duplicates.merge(ws, contact_id, other))


# Each kind of step at least once where it changes a contact's email state.
@example(addresses=["ann@example.org", "bo@example.org", ""],
         history=[("opt_in", 0), ("opt_in", 1), ("forget", 0), ("opt_out", 1), ("unknown", 2),
                  ("merge", 1, 2), ("unmerge", 0), ("erase", 2)],
         closed={2}, private={1})
@example(addresses=["ann@example.org", "bo@example.org"],
         history=[("opt_in", 0), ("merge", 1, 0)], closed=set(), private=set())
@example(addresses=["ann@example.org", "Ann@Example.org"],
         history=[("opt_in", 1), ("merge", 0, 1), ("opt_out", 0), ("unmerge", 0)],
         closed=set(), private=set())
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(addresses=st.lists(ADDRESSES, min_size=2, max_size=6),
       history=st.lists(STEP, max_size=12), closed=st.sets(st.integers(0, 5)),
       private=st.sets(st.integers(0, 5)))
def test_the_decision_from_the_copy_is_the_reference_after_any_history(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], addresses: list[str],
        history: list[tuple], closed: set[int], private: set[int]) -> None:
    staff = user_ws("staff")
    with admin_ws.session() as s:
        s.execute(text("DELETE FROM contacts"))
    ids = [create_contact(admin_ws, ContactInput(
        first_name=f"P{n}", emails=[EmailInput(address)] if address else [],
        owner_only=n in private)) for n, address in enumerate(addresses)]
    with admin_ws.session() as s:
        for n in closed & set(range(len(ids))):
            s.execute(text("UPDATE contacts SET status = 'closed' WHERE id = :id"),
                      {"id": ids[n]})
    merges: list[int] = []
    for step in history:
        _apply(admin_ws, ids, merges, step)
    copies = _copies(admin_ws)
    assert all(copy == state for copy, state in copies.values()), copies
    assert _decided_from_copy(admin_ws) and _decided_from_copy(staff)
    for ws in (admin_ws, staff):
        # The decision from consent_state alone (as before the copy) agrees in every part.
        assert _shown(eligible_recipients(ws, "email")) == _shown(_from_consent_state(ws))
        if not {step[0] for step in history} & {"forget", "erase", "merge", "unmerge"}:
            # The reference knows no mailbox statement that outlived what its contact held.
            assert_matches_reference(ws, "email", ALL)


def _from_consent_state(ws: Workspace) -> Eligibility:
    with mock.patch.object(eligibility_bulk, "decide_by_email_consent", return_value=None):
        return eligible_recipients(ws, "email")


def _shown(result: Eligibility) -> tuple[list, list, dict]:
    return list(result.included), list(result.excluded), result.counts_by_reason()


@pytest.mark.sqlite_only  # SQLite's query plan
def test_the_contacts_with_consent_are_one_range_of_their_index(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace]) -> None:
    """The contacts with consent, with everything the decision reads of them, come from
    ``ix_contacts_email_consent`` as a range, for an administrator and for staff (who read
    visibility and owner too), not from a scan of the table or of another index. (The
    contacts staff may not see are read as they were before, apart.)"""
    from sqlalchemy.dialects import sqlite

    from contactweb.services.eligibility.eligibility_sql import email_consent_columns

    for ws in (admin_ws, user_ws("staff")):
        statement = email_consent_columns(ws).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        with admin_ws.session(readonly=True) as s:
            plan = [str(row[-1]) for row in s.execute(text(f"EXPLAIN QUERY PLAN {statement}"))]
        assert plan[0] == "SEARCH contacts USING COVERING INDEX ix_contacts_email_consent " \
                          "(email_consent=?)", plan


ADDRESS_TEXT = st.text(st.sampled_from("aAzZ+@. \t\x1f\x00\\\"ΣσİßÉé\u0301\u00a0-"), max_size=10)


JOINED_TEXT = st.text(st.sampled_from("aAzZ+@.,; \t\n\x0b\x1f\x00\\\"ΣσİßÉé\u0301\u00a0\u212a-"),
                     max_size=10)


@settings(max_examples=300, deadline=None)
@given(addresses=st.lists(JOINED_TEXT, max_size=6))
def test_addresses_read_off_their_joined_text_as_lowered_one_by_one(
        addresses: list[str]) -> None:
    """The addresses as the decision reads them (joined by the database, split on the
    separator, believed only when that gives as many as there are contacts) are the mailboxes
    lowering each one by one gives, and any sub-address or white space is noticed."""
    import sqlite3

    from contactweb.services.eligibility.eligibility_lowering import lowered_joined
    from contactweb.services.eligibility.eligibility_sql import ADDRESS_SEPARATOR

    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE a (address TEXT)")
        conn.executemany("INSERT INTO a VALUES (?)", [(a,) for a in addresses])
        joined = conn.execute("SELECT group_concat(address, ?) FROM a",
                              (ADDRESS_SEPARATOR,)).fetchone()[0]
    read = joined.split(ADDRESS_SEPARATOR) if joined is not None else []
    if len(read) != len(addresses):
        assert any(ADDRESS_SEPARATOR in a for a in addresses)
        return  # not believed: decided from consent_state
    assert read == addresses
    keys, sub_addressed = lowered_joined(read, joined or "", ADDRESS_SEPARATOR)
    assert keys == [a.lower() for a in addresses]
    if any("+" in a or a != a.strip() or any(c.isspace() for c in a) for a in addresses):
        assert sub_addressed


@settings(max_examples=300, deadline=None)
@given(addresses=st.lists(ADDRESS_TEXT, max_size=6))
def test_opted_out_addresses_normalised_off_their_json_array_as_one_by_one(
        addresses: list[str]) -> None:
    import sqlite3

    from contactweb.services.consent.mailbox_statements import normalised_email
    from contactweb.services.eligibility.eligibility_suppression import (
        normalised_emails_of_json,
    )

    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE a (address TEXT)")
        conn.executemany("INSERT INTO a VALUES (?)", [(a,) for a in addresses])
        text_of_all = conn.execute("SELECT json_group_array(address) FROM a").fetchone()[0]
    assert normalised_emails_of_json(text_of_all) == frozenset(map(normalised_email, addresses))
