"""Eligibility over many contacts as it was decided before ``decision_columns`` (one
statement per part with the reason worked out per row, consent read apart): kept, frozen, so
that the property tests can prove the faster decision gives the very same result. It carries
one later fix of the rule itself: a padded address (" ann@example.org") is the opted-out
mailbox it names. Not used by ContactWeb itself."""

from __future__ import annotations

import json
import operator
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from itertools import compress, repeat

from sqlalchemy import Select, case, literal, not_, select
from sqlalchemy.orm import Session

from contactweb.models import Contact
from contactweb.services import settings
from contactweb.services.consent.mailbox_statements import (
    MailboxHasher,
    normalised_email,
    normalised_postal,
    opted_out_hashes,
)
from contactweb.services.eligibility.eligibility_sql import (
    POSTAL_PARTS,
    _address_column,
    _name_parts,
    _visible,
    consent_column,
    narrowed,
)
from contactweb.services.eligibility.eligibility_suppression import opted_out_emails
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
    Selection,
)
from contactweb.store.json_columns import json_array
from contactweb.store.search_sql import json_ids
from contactweb.vault.workspace import Workspace
from tests.support.eligibility_before_columns import (
    ExcludedList,
    NameColumns,
    NameRows,
    PostalColumns,
    RecipientList,
    usable_address_columns,
    usable_address_rows,
)

_ID_CHUNK = 500  # SQLite limits bound parameters per statement


def contact_columns(ws: Workspace, channel: str, selection: Selection) -> Select:
    """Every selected contact as JSON arrays, row for row: ids, the four name parts
    (``_name_parts``), for phone and sms the number (for email the address is the fourth name
    part: it is blank only where the contact is not visible and excluded anyway); then the
    ids and reasons of the contacts excluded for what the contact row alone says (not
    visible, closed, and except for post: no address). Consent is read apart
    (``consent_column``): one scan of its index instead of a lookup per contact."""
    columns = [Contact.id.label("id"),
               *(part.label(f"name_{n}") for n, part in enumerate(_name_parts(ws)))]
    whens = [] if ws.is_admin else [(not_(_visible(ws)), literal(NOT_VISIBLE))]
    whens.append((Contact.status == "closed", literal(CLOSED)))
    if channel not in ("email", "post"):
        columns.append(_address_column(channel).label("address"))
    if channel != "post":
        whens.append((_address_column(channel) == "", literal(NO_ADDRESS)))
    rows = select(*columns, case(*whens, else_=None).label("reason"))
    table = narrowed(rows, selection, Contact.id).subquery()
    flagged = table.c.reason.is_not(None)
    return select(*(json_array(column) for column in table.c if column.key != "reason"),
                  json_array(table.c.id, flagged), json_array(table.c.reason, flagged))


class MailboxSuppression:  # as it was, beside the decision it served
    """What one eligibility decision needs to know about opted-out mailboxes, read once."""

    def __init__(self, session: Session, ws: Workspace, channel: str) -> None:
        self._session = session
        self._ws = ws
        self._channel = channel
        self._hasher: MailboxHasher | None = None
        self._statements: frozenset[str] | None = None
        self._blocked: frozenset[str] | None = None
        self._orphans: frozenset[str] | None = None

    @property
    def hasher(self) -> MailboxHasher:
        if self._hasher is None:
            self._hasher = MailboxHasher(self._ws)
        return self._hasher

    def statements(self) -> frozenset[str]:
        """Hashes of the mailboxes whose newest statement on this channel is an opt-out."""
        if self._statements is None:
            self._statements = opted_out_hashes(self._session, self._channel)
        return self._statements

    def opted_out_emails(self, keys: set[str]) -> set[str]:
        """Of these lower-cased addresses, the ones whose mailbox opted out."""
        blocked = self._blocked_emails()
        found = keys & blocked
        found |= {key for key in keys if ("+" in key or key != key.strip())
                  and normalised_email(key) in blocked}
        orphans = self._orphan_statements()
        if orphans:
            hasher = self.hasher
            found |= {key for key in keys if hasher("email", key) in orphans}
        return found

    def keep(self, mailboxes: Sequence[str]) -> list[bool] | None:
        """Phone and SMS: False for each number whose newest statement is an opt-out; None
        when every number may stay."""
        statements = self.statements()
        if not statements or not mailboxes:
            return None
        hasher, channel = self.hasher, self._channel
        keep = [hasher(channel, mailbox) not in statements for mailbox in mailboxes]
        return None if all(keep) else keep

    def keep_postal(self, names: NameColumns, name_rows: list[int], postal: PostalColumns,
                    rows: list[int]) -> list[bool] | None:
        """Post: as ``keep``, for the addressee (the name at ``name_rows`` of ``names``) at
        the postal address at each row of ``postal``."""
        statements = self.statements()
        if not statements or not rows:
            return None
        street, _city, _region, postcode, country = postal.columns()
        shown = names.names()
        hasher = self.hasher
        keep = [hasher("post", normalised_postal(shown[n], street[r], postcode[r], country[r]))
                not in statements for n, r in zip(name_rows, rows, strict=True)]
        return None if all(keep) else keep

    def _blocked_emails(self) -> frozenset[str]:
        if self._blocked is None:
            self._blocked = frozenset(map(normalised_email, opted_out_emails(self._session)))
        return self._blocked

    def _orphan_statements(self) -> frozenset[str]:
        """Opt-out statements that no opted-out contact in the vault explains (their contact
        was erased, merged away or lost the address): only these need every candidate
        hashed."""
        if self._orphans is None:
            statements = self.statements()
            if statements:
                hasher = self.hasher
                statements = statements - {hasher("email", address)
                                           for address in self._blocked_emails()}
            self._orphans = statements
        return self._orphans


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
        ids_json, *name_parts, flagged_ids, flagged_codes = _json_arrays(
            self.session, contact_columns(ws, self.channel, part))
        ids = json.loads(ids_json)
        if not ids:
            return ids
        addresses: list[str] = []
        if self.channel == "email":  # the email name part is the address
            addresses = name_parts[3] = json.loads(name_parts[3])
        elif self.channel != "post":
            addresses = json.loads(name_parts.pop())
        flagged = dict(zip(json.loads(flagged_ids), json.loads(flagged_codes), strict=True))
        first_row = self.name_columns.add(ids, name_parts)
        rows = list(range(first_row, first_row + len(ids)))
        ids, addresses, rows = _in_id_order(ids, addresses, rows)
        found = ids
        [granted_ids] = _columns(self.session, consent_column(self.channel, "granted", part))
        granted = set(granted_ids)
        keep = list(map(granted.__contains__, ids))
        # Not visible and closed come before consent; no address after it.
        codes: dict[int, str] = {}
        for contact_id, code in flagged.items():
            if code != NO_ADDRESS or contact_id in granted:
                codes[contact_id] = code
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
        if self.channel == "post":
            self._add_postal(part, ids, rows)
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
        keys = _lowered(addresses)
        unique = set(keys)
        flagged = unique & self.seen_mailboxes
        if len(unique) < len(addresses):
            flagged |= {key for key, count in Counter(keys).items() if count > 1}
        opted_out = self.suppression.opted_out_emails(unique)
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

    def _add_postal(self, part: Selection, ids: list[int], names: list[int]) -> None:
        """Each candidate's first usable address, or NO_ADDRESS."""
        if not ids:
            return
        contact_ids_json, *parts = _json_arrays(self.session, usable_address_columns(part))
        contact_ids = json.loads(contact_ids_json)
        offset = self.postal.add(parts, len(contact_ids))  # decoded when first read
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


def decide_before(session: Session, ws: Workspace, channel: str, selection: Selection) -> Eligibility:
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


def _lowered(addresses: list[str]) -> list[str]:
    """``str.lower`` of each address, made in one call over the addresses joined by NUL:
    NUL is neither cased nor case-ignorable, so it bounds each address as the ends of a
    string do (Greek final sigma included). Addresses holding a NUL are lowered one by one."""
    lowered = "\0".join(addresses).lower().split("\0")
    return lowered if len(lowered) == len(addresses) else list(map(str.lower, addresses))


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
