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
import weakref
from bisect import bisect_left
from itertools import compress
from typing import NamedTuple

from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from contactweb.services.eligibility.eligibility_lowering import lowered_joined
from contactweb.services.eligibility.eligibility_sql import (
    ADDRESS_SEPARATOR,
    email_consent_columns,
)
from contactweb.services.eligibility.eligibility_types import (
    CLOSED,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
    IdsWhenRead,
)
from contactweb.vault.workspace import Workspace

# The statement's SQL by database dialect (engine) and user: what it reads of visibility
# depends on the user only, and building and compiling it cost more than a tenth of the
# decision (about 1.5 ms of 50).
_STATEMENTS: weakref.WeakKeyDictionary[Dialect, dict[tuple[bool, int], str]] = \
    weakref.WeakKeyDictionary()


class GrantedDecision(NamedTuple):
    """The contacts with express consent for email and an address (ids in id order, with
    their addresses and the mailbox each is: ``keys``, the address in lower case), and every
    other contact with its reason (ids in id order). ``sub_addressed``: some key may hold a
    "+" or white space (False: none does). ``opted_out_json``: the addresses of the contacts
    opted out of email, as a JSON array (``opted_out_email_select``). The ids are left as the
    database gave them (``IdsWhenRead``) when no one was left out of them here."""

    ids: list[int] | IdsWhenRead
    addresses: list[str]
    keys: list[str]
    sub_addressed: bool
    excluded_ids: list[int]
    excluded_codes: list[str]
    opted_out_json: str


def decide_by_email_consent(session: Session, ws: Workspace) -> GrantedDecision | None:
    """Every contact's email decision before the mailbox rules (one message per mailbox,
    none to an opted-out mailbox), or None when the contact rows' consent does not agree
    with consent_state (the caller then decides from consent_state alone)."""
    connection = session.connection()
    (ids_json, addresses_text, granted_json, opted_out_json, below_json, above_json,
     hidden_json, closed_json, no_address_json, opted_out_addresses_json) = (
        value if value is not None or number == 1 else "[]"
        for number, value in enumerate(
            connection.exec_driver_sql(_statement(connection, ws)).one()))
    addresses = addresses_text.split(ADDRESS_SEPARATOR) if addresses_text is not None else []
    count = ids_json.count(",") + 1 if ids_json.strip("[] ") else 0  # ids hold no comma
    if len(addresses) != count:
        return None  # an address holding the separator; decided the old way
    keys, sub_addressed = lowered_joined(addresses, addresses_text or "", ADDRESS_SEPARATOR)
    # No consent, unless opted out (consent_state's range, not the copy), unless the row
    # itself says why: not visible, then closed, come first; an address is asked only of
    # those with consent.
    reasons = dict.fromkeys(json.loads(below_json) + json.loads(above_json), NO_CONSENT)
    without_consent = len(reasons)
    reasons.update(dict.fromkeys(json.loads(opted_out_json), OPTED_OUT))
    if len(reasons) != without_consent:
        return None  # an opted-out contact the copy calls granted: cannot be, see above
    no_address, closed, hidden = (json.loads(column)
                                  for column in (no_address_json, closed_json, hidden_json))
    ids: list[int] | IdsWhenRead
    if ids_json == granted_json and reasons.keys() >= {*no_address, *closed, *hidden}:
        # The same text is the same ids in the same order, and no contact with consent is
        # left out for what its row says: they are all recipients so far, and their ids are
        # read when first asked for.
        reasons.update(dict.fromkeys(closed, CLOSED))
        reasons.update(dict.fromkeys(hidden, NOT_VISIBLE))
        ids = IdsWhenRead(ids_json, count)
    else:
        decoded = _decoded(json.loads(ids_json), addresses, keys,
                           None if ids_json == granted_json else granted_json, reasons,
                           no_address, closed, hidden)
        if decoded is None:
            return None
        ids, addresses, keys = decoded
    excluded_ids = sorted(reasons)
    return GrantedDecision(ids, addresses, keys, sub_addressed, excluded_ids,
                           list(map(reasons.__getitem__, excluded_ids)),
                           opted_out_addresses_json)


def _decoded(ids: list[int], addresses: list[str], keys: list[str], granted_json: str | None,
             reasons: dict[int, str], no_address: list[int], closed: list[int],
             hidden: list[int]) -> tuple[list[int], list[str], list[str]] | None:
    """The contacts with consent, in id order, less those their row leaves out (added to
    ``reasons``), when their ids are consent_state's granted ones (``granted_json``; None:
    the same text as theirs); else None."""
    if granted_json is not None:
        if sorted(json.loads(granted_json)) != sorted(ids):
            return None
        if ids != sorted(ids):  # PostgreSQL's aggregate keeps no order
            order = sorted(range(len(ids)), key=ids.__getitem__)
            ids, addresses, keys = ([column[i] for i in order]
                                    for column in (ids, addresses, keys))
    elif ids != sorted(ids):
        return None  # not expected from one range of an index; decided the old way
    flags = {contact_id: NO_ADDRESS for contact_id in no_address if _holds(ids, contact_id)}
    flags.update(dict.fromkeys(closed, CLOSED))
    flags.update(dict.fromkeys(hidden, NOT_VISIBLE))
    flagged_with_consent = [contact_id for contact_id in flags if _holds(ids, contact_id)]
    if len(flags) > len(flagged_with_consent) + len(reasons.keys() & flags.keys()):
        return None  # a flagged contact in neither array: the rows changed meanwhile
    reasons.update(flags)
    if flagged_with_consent:
        keep = [True] * len(ids)
        for contact_id in flagged_with_consent:
            keep[bisect_left(ids, contact_id)] = False
        ids, addresses, keys = (list(compress(column, keep))
                                for column in (ids, addresses, keys))
    return ids, addresses, keys


def _statement(connection: Connection, ws: Workspace) -> str:
    """``email_consent_columns(ws)`` as SQL for this connection's database, made once."""
    texts = _STATEMENTS.setdefault(connection.dialect, {})
    key = (ws.is_admin, ws.user_id)
    if key not in texts:
        texts[key] = str(email_consent_columns(ws).compile(
            dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    return texts[key]


def _holds(sorted_ids: list[int], contact_id: int) -> bool:
    at = bisect_left(sorted_ids, contact_id)
    return at < len(sorted_ids) and sorted_ids[at] == contact_id
