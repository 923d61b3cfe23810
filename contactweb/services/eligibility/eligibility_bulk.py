"""The decision over every selected contact, for ``eligible_in_session``.

The database decides what it can per contact (eligibility_sql) and hands back whole columns;
the rules that need more than one contact at a time run here over those columns with
C-speed builtins (map, zip, itertools.compress, set operations) instead of a Python loop per
contact: for email, one message per mailbox and no message to a mailbox any opted-out
contact has; for post, the first usable address (benchmarks/bench_mailing.py measures it).
Consent is looked up in a set of the ids with express consent; names are not read while
deciding, but for the contacts shown when first read (``ContactNames``).
"""

from __future__ import annotations

import json
import operator
from bisect import bisect_left
from collections import Counter
from itertools import compress

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.eligibility.eligibility_granted import decide_by_email_consent
from contactweb.services.eligibility.eligibility_lowering import lowered as _lowered
from contactweb.services.eligibility.eligibility_names import ContactNames, FirstPostalAddresses
from contactweb.services.eligibility.eligibility_sql import (
    consent_column,
    decision_columns,
    usable_address_contacts,
)
from contactweb.services.eligibility.eligibility_suppression import MailboxSuppression
from contactweb.services.eligibility.eligibility_types import (
    ADDRESS_OPTED_OUT,
    CLOSED,
    DUPLICATE_ADDRESS,
    ERASED,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
    Eligibility,
    ExcludedList,
    IdsWhenRead,
    RecipientList,
    Selection,
)
from contactweb.store.search_sql import json_ids
from contactweb.vault.workspace import Workspace

_ID_CHUNK = 500  # SQLite limits bound parameters per statement
_WHOLE_CONSENT_RANGE = 4000  # a tag or search of more contacts reads all consent of the channel


class _Decision:
    """Columns gathered over the parts of a selection: the included (ids, addresses or rows of
    the postal columns) and the excluded (ids, codes). Names are read by contact id when
    first shown (``ContactNames``), not while deciding."""

    def __init__(self, session: Session, ws: Workspace, channel: str) -> None:
        self.session = session
        self.channel = channel
        self.suppression = MailboxSuppression(session, ws, channel)
        self.names = ContactNames(ws, session)
        self.postal = FirstPostalAddresses(ws, session)
        self.ids: list[int] | IdsWhenRead = []
        self.addresses: list[str] = []
        self.excluded_ids: list[int] = []
        self.excluded_codes: list[str] = []
        self.seen_mailboxes: set[str] = set()  # one message per address, across parts
        self.more_parts = False  # another part follows the one being added

    def exclude(self, ids: list[int], codes: list[str]) -> None:
        self.excluded_ids += ids
        self.excluded_codes += codes

    def add_part(self, ws: Workspace, part: Selection) -> list[int]:
        """Decide one statement's worth of contacts; returns the ids the database had."""
        narrowed = bool(part.tag or part.search.strip())
        ids_json, *columns = _json_arrays(self.session, decision_columns(
            ws, self.channel, part, with_consent=not narrowed))
        flags = 3 if self.channel == "email" else 2  # only email has a "no address" array
        flagged_json = columns[-flags:]
        ids = json.loads(ids_json)
        if not ids:
            return ids
        consent_scope = part
        if narrowed:
            # The consent of a tag's or a search's contacts is looked up one by one in the
            # consent index; past a few thousand, the channel's whole range costs less (a
            # tag of 33,000 contacts: 19 ms against 4). Those outside are never asked for.
            if len(ids) >= _WHOLE_CONSENT_RANGE:
                consent_scope = Selection(ids=part.ids)
            [granted_ids] = _columns(self.session,
                                     consent_column(self.channel, "granted", consent_scope))
        else:
            granted_ids = json.loads(columns[-flags - 1])
        # Email, phone and sms: each contact's address, row for row; post: none.
        addresses: list[str] = json.loads(columns[0]) if self.channel != "post" else []
        in_given_order = ids == sorted(ids)
        if not in_given_order:
            ids, addresses = _in_id_order(ids, addresses)
        found = ids
        granted = set(granted_ids)
        keep = list(map(granted.__contains__, ids))
        codes = _row_flags(ids, flagged_json, granted, narrowed)
        if self.channel not in ("email", "post"):  # the blank numbers, with consent
            codes.update((cid, NO_ADDRESS) for cid in compress(ids, map(operator.not_, addresses))
                         if cid in granted and cid not in codes)
        for contact_id in codes:
            keep[bisect_left(ids, contact_id)] = False
        if not all(keep):
            dropped_ids = list(compress(ids, map(operator.not_, keep)))
            [opted_out_ids] = _columns(self.session,
                                       consent_column(self.channel, "opted_out",
                                                      consent_scope))
            # By contact: no consent, unless opted out, unless the row itself said why.
            dropped = dict.fromkeys(dropped_ids, NO_CONSENT)
            dropped.update(dict.fromkeys(dropped.keys() & set(opted_out_ids), OPTED_OUT))
            dropped.update(codes)  # every contact with a code is among the dropped
            if len(dropped) != len(dropped_ids):
                raise RuntimeError("a contact excluded by its row is not among those selected")
            self.exclude(dropped_ids, list(dropped.values()))
            ids, addresses = (list(compress(column, keep)) if column else column
                              for column in (ids, addresses))
        if self.channel == "post":
            self._add_postal(part, ids, ids_json if in_given_order else None)
        elif self.channel == "email":
            self._add_mailboxes(ids, addresses)
        else:
            keep = self.suppression.keep(addresses)
            if keep is not None:
                ids, addresses = self._drop_opted_out_mailboxes(keep, ids, addresses)
            self.ids += ids
            self.addresses += addresses
        return found

    def add_by_email_consent(self, ws: Workspace, selection: Selection) -> bool:
        """Every contact of the vault, when the selection is that, from the email consent
        their rows carry (``decide_by_email_consent``); False when it did not decide."""
        if selection.tag or selection.search.strip() or selection.ids is not None:
            return False
        decided = decide_by_email_consent(self.session, ws)
        if decided is None:
            return False
        self.exclude(decided.excluded_ids, decided.excluded_codes)
        self.suppression.know_opted_out_emails(decided.opted_out_json)
        self._add_mailboxes(decided.ids, decided.addresses,
                            (decided.keys, decided.sub_addressed))
        return True

    def _drop_opted_out_mailboxes(self, keep: list[bool], *columns: list) -> list[list]:
        """``columns``: the ids, then what goes with them."""
        gone = list(compress(columns[0], map(operator.not_, keep)))
        self.exclude(gone, [ADDRESS_OPTED_OUT] * len(gone))
        return [list(compress(column, keep)) for column in columns]

    def _add_mailboxes(self, ids: list[int] | IdsWhenRead, addresses: list[str],
                       lowered: tuple[list[str], bool] | None = None) -> None:
        """One message per mailbox (the first contact with it keeps it), and none to a
        mailbox whose owner opted out (any contact holding it, or a statement that outlived
        its contact). Only mailboxes that are shared or opted out are looked at one by one.
        ``lowered``: ``_lowered(addresses)``, if at hand."""
        if not ids:
            return
        keys, sub_addressed = lowered or _lowered(addresses)
        unique = set(keys)
        flagged = unique & self.seen_mailboxes
        if len(unique) < len(addresses):
            flagged |= {key for key, count in Counter(keys).items() if count > 1}
        opted_out = self.suppression.opted_out_emails(unique, sub_addressed)
        flagged |= opted_out
        if not flagged:
            if self.more_parts:
                self.seen_mailboxes |= unique
            self._include(ids, addresses)
            return
        if isinstance(ids, IdsWhenRead):  # the first contact with a mailbox keeps it
            if keys is addresses:
                ids, addresses = ids.settled(addresses)
                keys = addresses
            else:
                ids, addresses, keys = ids.settled(addresses, keys)
        keep = [True] * len(keys)
        for i in [i for i, key in enumerate(keys) if key in flagged]:
            if keys[i] in opted_out:
                code = ADDRESS_OPTED_OUT
            elif keys[i] in self.seen_mailboxes:
                code = DUPLICATE_ADDRESS
            else:
                self.seen_mailboxes.add(keys[i])
                continue
            keep[i] = False
            self.exclude([ids[i]], [code])
        if self.more_parts:  # the flagged are in it already
            self.seen_mailboxes |= unique - flagged
        self._include(list(compress(ids, keep)), list(compress(addresses, keep)))

    def _include(self, ids: list[int] | IdsWhenRead, addresses: list[str]) -> None:
        """These recipients too; the first lists are taken as they are (each part's lists
        are its own, made for this decision), not copied, the ids even undecoded."""
        if self.ids:
            if isinstance(self.ids, IdsWhenRead):
                self.ids, self.addresses = self.ids.settled(self.addresses)
            if isinstance(ids, IdsWhenRead):
                ids, addresses = ids.settled(addresses)
            self.ids += ids
            self.addresses += addresses
        else:
            self.ids, self.addresses = ids, addresses

    def _add_postal(self, part: Selection, ids: list[int], ids_json: str | None) -> None:
        """The candidates with a usable address, less those whose addressee at their first
        opted out; NO_ADDRESS for the others. ``ids_json``: every contact of the part as the
        database gave them, when that was in id order (None otherwise)."""
        if not ids:
            return
        [owners_json] = _json_arrays(self.session, usable_address_contacts(part))
        if owners_json != ids_json:  # else each contact of the part has exactly one
            has_address = set(json.loads(owners_json))
            keep = list(map(has_address.__contains__, ids))
            if not all(keep):
                missing = list(compress(ids, map(operator.not_, keep)))
                self.exclude(missing, [NO_ADDRESS] * len(missing))
                ids = list(compress(ids, keep))
        keep = self.suppression.keep_postal(self.names, self.postal, ids)
        if keep is not None:
            [ids] = self._drop_opted_out_mailboxes(keep, ids)
        self.ids += ids

    def result(self, home: str) -> Eligibility:
        excluded = ExcludedList(self.channel, self.excluded_ids, self.names,
                                self.excluded_codes)
        if self.channel == "post":
            included = RecipientList(self.ids, self.names, postal=self.postal, home=home)
        else:
            included = RecipientList(self.ids, self.names, self.addresses)
        return Eligibility(self.channel, included, excluded)


def decide(session: Session, ws: Workspace, channel: str, selection: Selection) -> Eligibility:
    """Every selected contact, included or excluded with its reason: the included in the
    order the contacts were added (hand-picked ids: 500 at a time, in the order given), the
    excluded by name."""
    decision = _Decision(session, ws, channel)
    found: set[int] = set()
    parts = _parts(selection)
    if channel == "email" and decision.add_by_email_consent(ws, selection):
        parts = []
    for number, part in enumerate(parts, 1):
        decision.more_parts = number < len(parts)
        ids = decision.add_part(ws, part)
        if part.ids is not None:
            found.update(ids)
    if selection.ids is not None:
        gone = [cid for cid in dict.fromkeys(selection.ids) if cid not in found]
        if gone and (selection.tag or selection.search):
            # A chosen contact the tag or search leaves out is not in the mailing at all;
            # only one the vault no longer holds is reported as erased.
            held = set(session.execute(select(Contact.id).where(
                Contact.id.in_(json_ids(gone)))).scalars())
            gone = [cid for cid in gone if cid not in held]
        decision.exclude(gone, [ERASED] * len(gone))  # named "Contact <id>" (no row)
    home = str(settings.read(session, "default_region") or "").upper() \
        if channel == "post" else ""
    return decision.result(home)


def _parts(selection: Selection) -> list[Selection]:
    if selection.ids is None or len(selection.ids) <= _ID_CHUNK:
        return [selection]
    ids = list(dict.fromkeys(selection.ids))
    return [Selection(selection.tag, selection.search, tuple(ids[start:start + _ID_CHUNK]))
            for start in range(0, len(ids), _ID_CHUNK)]


def _json_arrays(session: Session, stmt: Select) -> list[str]:
    """The statement's one row of JSON arrays, as text."""
    return [value if value is not None else "[]"
            for value in session.connection().execute(stmt).one()]


def _row_flags(ids: list[int], flagged_json: list[str], granted: set[int], narrowed: bool
               ) -> dict[int, str]:
    """What the contact rows alone exclude (``decision_columns``: the not visible, the closed
    and, for email, those without an address), by contact id: not visible, then
    closed, come before consent, no address after it (only the contacts with consent get
    it). ``narrowed``: a tag or search chose the contacts, so the flagged sets may hold
    contacts that ``ids`` does not."""
    hidden, closed, *no_address = (json.loads(column) for column in flagged_json)
    codes = {cid: NO_ADDRESS for cid in no_address[0] if cid in granted} if no_address else {}
    codes.update(dict.fromkeys(closed, CLOSED))
    codes.update(dict.fromkeys(hidden, NOT_VISIBLE))
    if narrowed and codes:
        chosen = set(codes).intersection(ids)
        codes = {cid: code for cid, code in codes.items() if cid in chosen}
    return codes


def _columns(session: Session, stmt: Select) -> list[list]:
    """The statement's one row of JSON arrays, decoded."""
    return [json.loads(value) for value in _json_arrays(session, stmt)]


def _in_id_order(*columns: list) -> tuple[list, ...]:
    """Rows by contact id (the order contacts were added; empty columns stay empty). The
    statement scans an index in that order on SQLite, so this is for PostgreSQL."""
    ids = columns[0]
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return tuple(list(map(column.__getitem__, order)) if column else column
                 for column in columns)
