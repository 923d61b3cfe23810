"""The decision over every selected contact, for ``eligible_in_session``.

The database decides what it can per contact (eligibility_sql) and hands back whole columns;
the rules that need more than one contact at a time run here over those columns with
C-speed builtins (map, zip, itertools.compress, set operations) instead of a Python loop per
contact: for email, one message per mailbox and no message to a mailbox any opted-out
contact has; for post, the first usable address (benchmarks/bench_mailing.py measures it).
Consent is looked up in a set of the ids with express consent, and names are made from their
parts only when first read (``NameColumns``).
"""

from __future__ import annotations

import json
import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.eligibility.eligibility_sql import (
    POSTAL_PARTS,
    consent_column,
    decision_columns,
    usable_address_columns,
    usable_address_rows,
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
    NameColumns,
    NameRows,
    PostalColumns,
    RecipientList,
    Selection,
)
from contactweb.store.search_sql import json_ids
from contactweb.vault.workspace import Workspace

_ID_CHUNK = 500  # SQLite limits bound parameters per statement


class _Decision:
    """Columns gathered over the parts of a selection: the included (ids, names, addresses
    or rows of the postal columns) and the excluded (ids, names, codes). Names are rows of
    ``name_columns``, made only when first read."""

    def __init__(self, session: Session, ws: Workspace, channel: str) -> None:
        self.session = session
        self.channel = channel
        self.suppression = MailboxSuppression(session, ws, channel)
        self.ids: list[int] = []
        self.name_columns = NameColumns()
        self.names: list[int] = []
        self.addresses: list[str] = []
        self.postal = PostalColumns()
        self.rows: list[int] = []
        self.excluded_ids: list[int] = []
        self.excluded_names: list[int] = []
        self.excluded_codes: list[str] = []
        self.seen_mailboxes: set[str] = set()  # one message per address, across parts
        self.more_parts = False  # another part follows the one being added

    def exclude(self, ids: list[int], names: list[int], codes: list[str]) -> None:
        """``names``: rows of ``self.name_columns``."""
        self.excluded_ids += ids
        self.excluded_names += names
        self.excluded_codes += codes

    def add_part(self, ws: Workspace, part: Selection) -> list[int]:
        """Decide one statement's worth of contacts; returns the ids the database had."""
        ids_json, *name_parts = _json_arrays(self.session,
                                             decision_columns(ws, self.channel, part))
        flags = 4 if self.channel == "email" else 3  # only email has a "no address" array
        granted_json, *flagged_json = name_parts[-flags:]
        del name_parts[-flags:]
        ids = json.loads(ids_json)
        if not ids:
            return ids
        addresses: list[str] = []
        if self.channel == "email":  # the email name part is the address
            addresses = name_parts[3] = json.loads(name_parts[3])
        elif self.channel != "post":
            addresses = json.loads(name_parts.pop())
        first_row = self.name_columns.add(ids, name_parts)
        rows: Sequence[int] = range(first_row, first_row + len(ids))
        ids, addresses, rows = _in_id_order(ids, addresses, rows)
        found = ids
        names_in_id_order = isinstance(rows, range)  # the database gave them by id
        granted = set(json.loads(granted_json))
        keep = list(map(granted.__contains__, ids))
        codes = _row_flags(ids, flagged_json, granted, bool(part.tag or part.search.strip()))
        if self.channel not in ("email", "post"):  # the blank numbers, with consent
            codes.update((cid, NO_ADDRESS) for cid in compress(ids, map(operator.not_, addresses))
                         if cid in granted and cid not in codes)
        for contact_id in codes:
            keep[bisect_left(ids, contact_id)] = False
        if not all(keep):
            dropped = list(map(operator.not_, keep))
            dropped_ids = list(compress(ids, dropped))
            [opted_out_ids] = _columns(self.session,
                                       consent_column(self.channel, "opted_out", part))
            opted_out = set(opted_out_ids)
            self.exclude(dropped_ids, list(compress(rows, dropped)), [
                codes.get(cid) or (OPTED_OUT if cid in opted_out else NO_CONSENT)
                for cid in dropped_ids])
            ids, addresses, rows = (list(compress(column, keep)) if column else column
                                    for column in (ids, addresses, rows))
        rows = list(rows)
        if self.channel == "post":
            self._add_postal(part, ids, rows, found,
                             (first_row, ids_json) if names_in_id_order else None)
        elif self.channel == "email":
            self._add_mailboxes(ids, rows, addresses)
        else:
            keep = self.suppression.keep(addresses)
            if keep is not None:
                ids, rows, addresses = self._drop_opted_out_mailboxes(keep, ids, rows,
                                                                      addresses)
            self._add(ids, rows, addresses)
        return found

    def _drop_opted_out_mailboxes(self, keep: list[bool], *columns: list) -> list[list]:
        dropped = list(map(operator.not_, keep))
        gone = list(compress(columns[0], dropped))
        self.exclude(gone, list(compress(columns[1], dropped)), [ADDRESS_OPTED_OUT] * len(gone))
        return [list(compress(column, keep)) for column in columns]

    def _add(self, ids: list[int], names: list[int], addresses: list[str]) -> None:
        self.ids += ids
        self.names += names
        self.addresses += addresses

    def _add_mailboxes(self, ids: list[int], names: list[int], addresses: list[str]) -> None:
        """One message per mailbox (the first contact with it keeps it), and none to a
        mailbox whose owner opted out (any contact holding it, or a statement that outlived
        its contact). Only mailboxes that are shared or opted out are looked at one by one."""
        if not ids:
            return
        keys, sub_addressed = _lowered(addresses)
        unique = set(keys)
        flagged = unique & self.seen_mailboxes
        if len(unique) < len(addresses):
            flagged |= {key for key, count in Counter(keys).items() if count > 1}
        opted_out = self.suppression.opted_out_emails(unique, sub_addressed)
        flagged |= opted_out
        if not flagged:
            if self.more_parts:
                self.seen_mailboxes |= unique
            self._add(ids, names, addresses)
            return
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
            self.exclude([ids[i]], [names[i]], [code])
        self.seen_mailboxes |= unique - flagged
        self._add(*(list(compress(column, keep)) for column in (ids, names, addresses)))

    def _add_postal(self, part: Selection, ids: list[int], names: list[int],
                    found: list[int], in_order: tuple[int, str] | None) -> None:
        """Each candidate's first usable address, or NO_ADDRESS. ``found``: every contact of
        the part; ``in_order``: the row of the first of their names and their ids as the
        database gave them, when their names are in that order (None otherwise)."""
        if not ids:
            return
        contact_ids_json, *parts = _json_arrays(self.session, usable_address_columns(part))
        if in_order is not None and contact_ids_json == in_order[1]:
            # One usable address per contact, in the same order as the names (the same
            # array of ids: nothing to decode): each candidate's address is as many rows on
            # as its name.
            offset = self.postal.add(parts, len(found))  # decoded when first read
            shift = offset - in_order[0]
            rows = names if not shift else list(map(operator.add, names, repeat(shift)))
            self._add_postal_rows(ids, names, rows)
            return
        contact_ids = json.loads(contact_ids_json)
        offset = self.postal.add(parts, len(contact_ids))
        first = dict(zip(contact_ids, range(offset, offset + len(contact_ids)), strict=True))
        if len(first) < len(contact_ids):
            self._first_of_several(first, contact_ids)
        rows = list(map(first.get, ids))
        has_address = list(map(operator.is_not, rows, repeat(None)))
        if not all(has_address):
            without = list(map(operator.not_, has_address))
            missing = list(compress(ids, without))
            self.exclude(missing, list(compress(names, without)),
                         [NO_ADDRESS] * len(missing))
            ids, names, rows = (list(compress(column, has_address))
                                for column in (ids, names, rows))
        self._add_postal_rows(ids, names, rows)

    def _add_postal_rows(self, ids: list[int], names: list[int], rows: list[int]) -> None:
        """The candidates with an address (at ``rows`` of the postal columns), less those
        whose addressee at that address opted out."""
        keep = self.suppression.keep_postal(self.name_columns, names, self.postal, rows)
        if keep is not None:
            ids, names, rows = self._drop_opted_out_mailboxes(keep, ids, names, rows)
        self.ids += ids
        self.names += names
        self.rows += rows

    def _first_of_several(self, first: dict[int, int], contact_ids: list[int]) -> None:
        """Contacts with more than one usable address: their first by position, then id,
        appended to the postal columns."""
        several = [cid for cid, count in Counter(contact_ids).items() if count > 1]
        for start in range(0, len(several), _ID_CHUNK):
            firsts: dict[int, tuple[str, ...]] = {}
            for contact_id, *parts in self.session.execute(
                    usable_address_rows(several[start:start + _ID_CHUNK])):
                firsts.setdefault(contact_id, tuple(parts))  # rows come first-address first
            columns = [[parts[k] for parts in firsts.values()] for k in range(len(POSTAL_PARTS))]
            offset = self.postal.add(columns, len(firsts))
            first.update(zip(firsts, range(offset, offset + len(firsts)), strict=True))

    def result(self, home: str) -> Eligibility:
        excluded = ExcludedList(self.channel, self.excluded_ids,
                                NameRows(self.name_columns, self.excluded_names),
                                self.excluded_codes)
        names = NameRows(self.name_columns, self.names)
        if self.channel == "post":
            included = RecipientList(self.ids, names, postal=self.postal, rows=self.rows,
                                     home=home)
        else:
            included = RecipientList(self.ids, names, self.addresses)
        return Eligibility(self.channel, included, excluded)


def decide(session: Session, ws: Workspace, channel: str, selection: Selection) -> Eligibility:
    """Every selected contact, included or excluded with its reason: the included in the
    order the contacts were added (hand-picked ids: 500 at a time, in the order given), the
    excluded by name."""
    decision = _Decision(session, ws, channel)
    found: set[int] = set()
    parts = _parts(selection)
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
        first_row = decision.name_columns.add_names([f"Contact {cid}" for cid in gone])
        decision.exclude(gone, list(range(first_row, first_row + len(gone))),
                         [ERASED] * len(gone))
    home = str(settings.read(session, "default_region") or "").upper() \
        if channel == "post" else ""
    return decision.result(home)


def _lowered(addresses: list[str]) -> tuple[list[str], bool]:
    """``str.lower`` of each address, made in one call over the addresses joined by NUL:
    NUL is neither cased nor case-ignorable, so it bounds each address as the ends of a
    string do (Greek final sigma included). Addresses holding a NUL are lowered one by one.
    Second: whether any address holds a "+" or white space (a sub-address or a padding that
    may hide an opted-out mailbox; split() finds white space at C speed, and one at either end
    of the whole text, which it would drop, is looked at apart)."""
    joined = "\0".join(addresses)
    lowered = joined.lower()
    sub_addressed = "+" in lowered or lowered[:1].isspace() or lowered[-1:].isspace() or \
        len(lowered.split(maxsplit=1)) > 1
    if lowered == joined:  # already lower case, as addresses mostly are: nothing to split
        return addresses, sub_addressed
    keys = lowered.split("\0")
    return (keys if len(keys) == len(addresses) else list(map(str.lower, addresses)),
            sub_addressed)


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
    statement scans an index in that order, so this normally only confirms it."""
    ids = columns[0]
    if ids == sorted(ids):
        return columns
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return tuple(list(map(column.__getitem__, order)) if column else column
                 for column in columns)
