"""Email eligibility over every contact, deciding only the contacts with consent one by one.

Each contact row carries a copy of its email consent status (``Contact.email_consent``,
migration 0017, kept by triggers), indexed with what eligibility reads: the contacts with
consent come from the database as one range, with their addresses, and the others as short
arrays of ids. Python then decodes and looks at 85,000 ids and addresses instead of 100,000
of each plus the consent range, and no longer sorts the consent out per contact.

The copy is trusted only where it says exactly what ``consent_state`` says: its ids with
consent must be the channel's granted range of consent_state, id for id; otherwise (a copy
changed outside ContactWeb, a row put back from an old page of the file) the decision is
made from consent_state alone, as before (``_Decision.add_part``). Why the others are
excluded is read from consent_state too: opted out is its opted-out range, which the
integrity seal covers, so a stale or altered copy can make no one eligible and change no
reason.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from itertools import compress
from typing import NamedTuple

from sqlalchemy.orm import Session

from contactweb.services.eligibility.eligibility_sql import email_consent_columns
from contactweb.services.eligibility.eligibility_types import (
    CLOSED,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
)
from contactweb.vault.workspace import Workspace


class GrantedDecision(NamedTuple):
    """The contacts with express consent for email and an address (ids in id order, with
    their addresses), and every other contact with its reason (ids in id order).
    ``addresses_json``: the JSON array the addresses were decoded from (every one of them
    is in it; it may hold a few more, and in another order)."""

    ids: list[int]
    addresses: list[str]
    excluded_ids: list[int]
    excluded_codes: list[str]
    addresses_json: str


def decide_by_email_consent(session: Session, ws: Workspace) -> GrantedDecision | None:
    """Every contact's email decision before the mailbox rules (one message per mailbox,
    none to an opted-out mailbox), or None when the contact rows' consent does not agree
    with consent_state (the caller then decides from consent_state alone)."""
    (ids_json, addresses_json, granted_json, opted_out_json, below_json, above_json,
     hidden_json, closed_json, no_address_json) = (
        value if value is not None else "[]"
        for value in session.connection().execute(email_consent_columns(ws)).one())
    ids: list[int] = json.loads(ids_json)
    addresses: list[str] = json.loads(addresses_json)
    if len(addresses) != len(ids):
        return None
    if ids_json != granted_json:  # the same text is the same ids in the same order
        if sorted(json.loads(granted_json)) != sorted(ids):
            return None
        if ids != sorted(ids):  # PostgreSQL's aggregate keeps no order
            order = sorted(range(len(ids)), key=ids.__getitem__)
            ids, addresses = [ids[i] for i in order], [addresses[i] for i in order]
    elif ids != sorted(ids):
        return None  # not expected from one range of an index; decided the old way
    others = json.loads(below_json) + json.loads(above_json)
    opted_out = json.loads(opted_out_json)
    # No consent, unless opted out (consent_state's range, not the copy), unless the row
    # itself says why: not visible, then closed, come first; an address is asked only of
    # those with consent.
    reasons = dict.fromkeys(others, NO_CONSENT)
    for contact_id in opted_out:
        if contact_id not in reasons:
            return None  # an opted-out contact the copy calls granted: cannot be, see above
        reasons[contact_id] = OPTED_OUT
    flags = {contact_id: NO_ADDRESS for contact_id in json.loads(no_address_json)
             if _holds(ids, contact_id)}
    flags.update(dict.fromkeys(json.loads(closed_json), CLOSED))
    flags.update(dict.fromkeys(json.loads(hidden_json), NOT_VISIBLE))
    flagged_with_consent = [contact_id for contact_id in flags if _holds(ids, contact_id)]
    if len(flags) > len(flagged_with_consent) + len(reasons.keys() & flags.keys()):
        return None  # a flagged contact in neither array: the rows changed meanwhile
    reasons.update(flags)
    if flagged_with_consent:
        keep = [True] * len(ids)
        for contact_id in flagged_with_consent:
            keep[bisect_left(ids, contact_id)] = False
        ids, addresses = list(compress(ids, keep)), list(compress(addresses, keep))
    excluded_ids = sorted(reasons)
    return GrantedDecision(ids, addresses, excluded_ids,
                           list(map(reasons.__getitem__, excluded_ids)), addresses_json)


def _holds(sorted_ids: list[int], contact_id: int) -> bool:
    at = bisect_left(sorted_ids, contact_id)
    return at < len(sorted_ids) and sorted_ids[at] == contact_id
