"""What an eligibility result shows is read when first shown, not while deciding: names (and
for post the addresses) by contact id, in the decision's transaction while it is open, in a
session of their own once it has ended (``eligibility_names``). On random vaults (those of
test_eligibility_fast_path), against the decision before (tests/support/eligibility_before.py,
which read every name while deciding):

- the result of ``eligible_recipients``, read after its session ended, a slice and one
  recipient before the rest, and inside a caller's transaction, is the one before, whether
  the names and addresses are looked up by contact or read as every contact's;
- a mailing's outbox gets the same ids and addresses from the columns, no name read;
- a tag's or a search's consent read as the channel's whole range (past a few thousand
  contacts) decides as the range narrowed to them;
- addresses marked undeliverable leave the same recipients out, with the same evidence, as
  the rule applied to the whole lists (no names read to do it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactweb.services.eligibility import eligibility_bulk, eligibility_names
from contactweb.services.eligibility.eligibility import (
    Eligibility,
    Selection,
    eligible_in_session,
    eligible_recipients,
    ids_and_addresses,
)
from contactweb.services.eligibility.eligibility_bulk import decide
from contactweb.services.eligibility.eligibility_undeliverable import without_undeliverable
from contactweb.services.mailing import rejections
from contactweb.vault.workspace import Workspace
from tests.support.eligibility_before import decide_before
from tests.unit.test_eligibility_fast_path import (
    CONTACT,
    SELECTIONS,
    _fill_with_statements,
    _selection,
)

T0 = datetime(2026, 12, 1, 9, 0)


def _before(ws: Workspace, channel: str, selection: Selection) -> tuple[list, list]:
    with ws.session(readonly=True) as s:
        before = decide_before(s, ws, channel, selection)
        return list(before.included), list(before.excluded)


def assert_read_later_as_before(ws: Workspace, channel: str, selection: Selection) -> None:
    included, excluded = _before(ws, channel, selection)
    # Read after eligible_recipients' session ended: a slice and one recipient first (their
    # names and addresses read on their own), then the rest.
    later = eligible_recipients(ws, channel, selection)
    assert len(later.included) == len(included) and len(later.excluded) == len(excluded)
    # What a mailing's outbox takes, no name read.
    assert list(ids_and_addresses(later.included)) == [
        (recipient.contact_id, recipient.address) for recipient in included]
    later = eligible_recipients(ws, channel, selection)
    assert later.included[1:4] == included[1:4]
    if included:
        assert later.included[-1] == included[-1]
    assert list(later.included) == included
    assert list(later.excluded) == excluded
    # Read inside the caller's transaction, the excluded first.
    with ws.session(readonly=True) as s:
        inside = eligible_in_session(s, ws, channel, selection).read_shown(2)
        assert list(inside.excluded) == excluded
        assert list(inside.included) == included


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(CONTACT, min_size=1, max_size=12), kind=SELECTIONS,
       picks=st.lists(st.integers(0, 14), max_size=8))
def test_names_and_addresses_read_later_are_those_read_while_deciding_before(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], specs: list[dict],
        kind: str, picks: list[int]) -> None:
    staff = user_ws("staff")
    ids = _fill_with_statements(admin_ws, staff.user_id, specs)
    selection = _selection(kind, ids, picks)
    for ws in (admin_ws, staff):
        for channel in ("email", "post", "phone"):
            assert_read_later_as_before(ws, channel, selection)
            # However few, most of the vault's names and addresses read as every contact's.
            with mock.patch.object(eligibility_names, "_FEW", 0):
                assert_read_later_as_before(ws, channel, selection)
            # However few, a tag's or search's consent read as the channel's whole range.
            with mock.patch.object(eligibility_bulk, "_WHOLE_CONSENT_RANGE", 0), \
                    ws.session(readonly=True) as s:
                whole = decide(s, ws, channel, selection)
                before = decide_before(s, ws, channel, selection)
                assert whole.counts_by_reason() == before.counts_by_reason()
                assert list(whole.included) == list(before.included)
                assert list(whole.excluded) == list(before.excluded)


def _the_rule_on_whole_lists(ws: Workspace, selection: Selection) -> tuple[list, list]:
    """``without_undeliverable`` on plain lists (a recipient at a time, as it always did),
    after the decision before."""
    with ws.session(readonly=True) as s:
        before = decide_before(s, ws, "email", selection)
        result = without_undeliverable(s, Eligibility(
            "email", list(before.included), list(before.excluded)))
        return list(result.included), list(result.excluded)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(CONTACT, min_size=1, max_size=10), kind=SELECTIONS,
       picks=st.lists(st.integers(0, 14), max_size=8),
       marked=st.lists(st.sampled_from(["ann@example.org", "ANN@example.org",
                                        "bo@example.org", "éve@example.org",
                                        "ΟΔΟΣ@example.org", " ann@example.org"]),
                       max_size=3))
def test_undeliverable_addresses_left_out_as_by_the_rule_on_whole_lists(
        admin_ws: Workspace, user_ws: Callable[[str], Workspace], specs: list[dict],
        kind: str, picks: list[int], marked: list[str]) -> None:
    staff = user_ws("staff")
    ids = _fill_with_statements(admin_ws, staff.user_id, specs)
    with admin_ws.session() as s:
        for n, address in enumerate(marked):
            rejections.mark_undeliverable(
                s, admin_ws, address,
                rejections.from_outcome(550, f"recipient refused: 550 5.1.1 gone {n}"),
                "bounce", "test bounce", T0 + timedelta(minutes=n))
    selection = _selection(kind, ids, picks)
    for ws in (admin_ws, staff):
        included, excluded = _the_rule_on_whole_lists(ws, selection)
        with ws.session(readonly=True) as s:
            now = eligible_in_session(s, ws, "email", selection)
            assert len(now.included) == len(included)
            assert now.counts_by_reason() == Counter(entry.code for entry in excluded)
            assert list(now.included) == included
            assert list(now.excluded) == excluded


def test_undeliverable_addresses_among_many_recipients(admin_ws: Workspace,
                                                      user_ws: Callable[[str], Workspace]
                                                      ) -> None:
    """A fixed case the random vaults reach only by luck: most contacts may receive email,
    some of their addresses (in another case, one padded) are marked, others shared."""
    specs = [{"first": f"P{i}", "last": "Marked" if i % 3 else "", "company": "",
              "phone": "", "closed": i % 17 == 0,
              "owner": ("everyone", "staff", "admin", "everyone")[i % 4],
              "email": "granted" if i % 11 else "opted_out", "post": None,
              "phone_consent": None, "tagged": i % 2 == 0, "erased": False, "statement": None,
              "emails": [f"P{i % 40}@Example.org" if i % 5 else f" p{i}@example.org"],
              "addresses": []}
             for i in range(120)]
    staff = user_ws("staff")
    ids = _fill_with_statements(admin_ws, staff.user_id, specs)
    with admin_ws.session() as s:
        for n in range(0, 120, 7):
            rejections.mark_undeliverable(
                s, admin_ws, f"p{n}@example.org",
                rejections.from_outcome(550, f"recipient refused: 550 5.1.1 gone {n}"),
                "bounce", "test bounce", T0 + timedelta(minutes=n))
    for ws in (admin_ws, staff):
        for selection in (Selection(), Selection(tag="fair"), Selection(ids=tuple(ids[::-2]))):
            included, excluded = _the_rule_on_whole_lists(ws, selection)
            assert any(entry.code == "undeliverable" for entry in excluded)
            with ws.session(readonly=True) as s:
                now = eligible_in_session(s, ws, "email", selection)
                assert now.counts_by_reason() == Counter(entry.code for entry in excluded)
                assert list(now.included) == included
                assert list(now.excluded) == excluded
