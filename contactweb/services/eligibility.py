"""Who may receive a mailing: the only place in ContactWeb that builds a recipient list.

A mailing (email or post, to more than one contact) goes only to contacts with express consent
on that channel and no opt-out. ``eligible_recipients`` returns the included contacts and every
excluded one with its reason; email mailings, letters, labels and exports for mailing all call
it, and the email sender re-checks each message with ``EligibilityChecker`` just before it goes.

Everything is decided in one SQL statement over the current consent state (``consent_state``),
never by ranking consent history rows, so 100,000 contacts take a fraction of a second.
"""

from __future__ import annotations

import gc
import json
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import (
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from contactweb.errors import BadInput
from contactweb.models import (
    ConsentEvent,
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    Tag,
    contact_tags,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import settings
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.visibility import visible_contacts
from contactweb.store.fts import build_match_query
from contactweb.store.search_sql import matching_contact_ids
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# Reason codes, most fundamental first: a contact gets the first that applies.
ERASED = "erased"
NOT_VISIBLE = "not_visible"
CLOSED = "closed"
OPTED_OUT = "opted_out"
NO_CONSENT = "no_consent"
NO_ADDRESS = "no_address"
ADDRESS_OPTED_OUT = "address_opted_out"
DUPLICATE_ADDRESS = "duplicate_address"
REASON_CODES = (ERASED, NOT_VISIBLE, CLOSED, OPTED_OUT, NO_CONSENT, NO_ADDRESS,
                ADDRESS_OPTED_OUT, DUPLICATE_ADDRESS)

HIDDEN_NAME = "(owner-only contact)"
_ID_CHUNK = 500  # SQLite limits bound parameters per statement


def reason_text(code: str, channel: str) -> str:
    address = {"email": "no email address", "post": "no usable postal address",
               "phone": "no phone number", "sms": "no phone number"}
    return {
        ERASED: "erased (no longer in the vault)",
        NOT_VISIBLE: "owner-only contact of another user, not visible to you",
        CLOSED: "contact is closed",
        OPTED_OUT: f"opted out of {channel}",
        NO_CONSENT: f"no express consent for {channel}",
        NO_ADDRESS: address.get(channel, "no address"),
        ADDRESS_OPTED_OUT: "another contact with this email address opted out",
        DUPLICATE_ADDRESS: "same email address as another recipient (one message per address)",
    }[code]


class Recipient(NamedTuple):
    """An included contact. ``address`` is the email address (or phone number); for post it is
    the address on one line, ``postal`` its parts (street, city, region, postcode, country,
    home country) and ``address_lines`` the lines printed on an envelope."""

    contact_id: int
    name: str
    address: str
    postal: tuple[str, ...] = ()

    @property
    def address_lines(self) -> tuple[str, ...]:
        # Formatted when asked (labels, letters), not for all 100,000 in a count.
        return postal_lines(*self.postal) if self.postal else ()


class Excluded(NamedTuple):
    contact_id: int
    name: str
    reason: str  # for people
    code: str  # one of REASON_CODES, for programs


@dataclass(frozen=True)
class Selection:
    """Which contacts a mailing is about: a tag, a search, hand-picked ids, or (all empty)
    every contact. Given together they narrow each other."""

    tag: str = ""
    search: str = ""
    ids: tuple[int, ...] | None = None

    def describe(self) -> str:
        parts = []
        if self.tag:
            parts.append(f"tag {self.tag!r}")
        if self.search:
            parts.append(f"search {self.search!r}")
        if self.ids is not None:
            parts.append(f"{len(self.ids)} chosen contacts")
        return ", ".join(parts) or "all contacts"

    def to_json(self) -> str:
        return json.dumps({"tag": self.tag, "search": self.search,
                           "ids": list(self.ids) if self.ids is not None else None})

    @classmethod
    def from_json(cls, text: str) -> Selection:
        data = json.loads(text or "{}")
        ids = data.get("ids")
        return cls(data.get("tag", ""), data.get("search", ""),
                   tuple(ids) if ids is not None else None)


ALL_CONTACTS = Selection()


@dataclass
class Eligibility:
    channel: str
    included: list[Recipient] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)

    def counts_by_reason(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entry in self.excluded:
            counts[entry.code] = counts.get(entry.code, 0) + 1
        return counts


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise BadInput(f"Unknown channel {channel!r}; choose one of {', '.join(CHANNELS)}.")
    return channel


def eligible_recipients(ws: Workspace, channel: str, selection: Selection = ALL_CONTACTS
                        ) -> Eligibility:
    """Every selected contact, included or excluded with its reason. The included come in
    the order the contacts were added (sort them for display); the excluded by name."""
    ws.require(Action.CONTACT_VIEW)
    check_channel(channel)
    with ws.session(readonly=True) as session:
        return eligible_in_session(session, ws, channel, selection)


def eligible_in_session(session: Session, ws: Workspace, channel: str,
                        selection: Selection) -> Eligibility:
    home = str(settings.read(session, "default_region") or "").upper()
    result = Eligibility(channel)
    found: set[int] = set()
    seen_addresses: set[str] = set()
    # 100,000 rows become 100,000 tuples here: skip the cycle collector while they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for part in _parts(selection):
            rows = _fetch(session, _statement(ws, channel, part))
            if part.ids is not None:
                found.update(row[_ID] for row in rows)
            _classify_rows(result, rows, home, frozenset(), seen_addresses)
    finally:
        if collecting:
            gc.enable()
    if selection.ids is not None:
        result.excluded += [Excluded(cid, f"Contact {cid}", reason_text(ERASED, channel), ERASED)
                            for cid in dict.fromkeys(selection.ids) if cid not in found]
    result.excluded.sort(key=lambda e: (e.name.casefold(), e.contact_id))
    return result


def _classify_rows(result: Eligibility, rows: list[tuple], home: str,
                   opted_out_addresses: frozenset[str], seen_addresses: set[str]) -> None:
    """Split rows into included and excluded. The reason is decided in SQL; here only the
    per-mailbox rules for email (``opted_out_addresses``, when the statement did not check
    them, and one message per address) need Python. Comprehensions, not calls per row:
    this runs over every selected contact."""
    channel = result.channel
    texts = {code: reason_text(code, channel) for code in REASON_CODES}
    included = [row for row in rows if row[_REASON] is None]
    result.excluded += [_excluded(row, row[_REASON], texts) for row in rows
                        if row[_REASON] is not None]
    if channel == "post":
        result.included += [Recipient(r[_ID], r[_NAME], r[_ADDRESS], (*r[4:9], home))
                            for r in included]
        return
    if channel == "email":
        keys = [row[_ADDRESS].lower() for row in included]
        if opted_out_addresses or len(set(keys)) < len(keys) or seen_addresses & set(keys):
            kept = []
            for row, key in zip(included, keys, strict=True):
                code = ADDRESS_OPTED_OUT if key in opted_out_addresses else \
                    DUPLICATE_ADDRESS if key in seen_addresses else None
                if code is None:
                    seen_addresses.add(key)
                    kept.append(row)
                else:
                    result.excluded.append(_excluded(row, code, texts))
            included = kept
        else:
            seen_addresses.update(keys)
    result.included += [Recipient(r[_ID], r[_NAME], r[_ADDRESS]) for r in included]


def _excluded(row: tuple, code: str, texts: dict[str, str]) -> Excluded:
    return Excluded(row[_ID], HIDDEN_NAME if code == NOT_VISIBLE else row[_NAME], texts[code],
                    code)


def _parts(selection: Selection) -> list[Selection]:
    if selection.ids is None or len(selection.ids) <= _ID_CHUNK:
        return [selection]
    ids = list(dict.fromkeys(selection.ids))
    return [Selection(selection.tag, selection.search, tuple(ids[start:start + _ID_CHUNK]))
            for start in range(0, len(ids), _ID_CHUNK)]


def _fetch(session: Session, stmt: Select) -> list[tuple]:
    """Plain tuples from the driver: SQLAlchemy's row objects would double the time for
    100,000 rows, and these columns need no conversion."""
    result = session.connection().execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


# Column positions in the statement's rows.
_ID, _NAME, _ADDRESS, _REASON = 0, 1, 2, 3


def _display_name():  # noqa: ANN202
    full = func.trim(Contact.first_name + literal(" ") + Contact.last_name)
    return func.coalesce(func.nullif(full, ""), func.nullif(Contact.company, ""),
                         func.nullif(Contact.primary_email, ""),
                         literal("Contact ") + cast(Contact.id, String))


def _statement(ws: Workspace, channel: str, selection: Selection,
               one_contact: bool = False) -> Select:
    """With ``one_contact`` the statement is for the contact in the ``contact_id`` parameter
    (built once, executed per message)."""
    consent = aliased(ConsentState)
    visible = visible_contacts(ws)
    columns = [Contact.id, _display_name().label("name")]
    if channel == "post":
        address = aliased(ContactAddress)
        has_address = address.id.is_not(None)
        one_line = func.trim(func.replace(address.street, "\n", ", ")) + literal(", ") + \
            func.trim(address.postcode + literal(" ") + address.city)
        columns.append(func.coalesce(one_line, "").label("address"))
        post_columns = [address.street, address.city, address.region, address.postcode,
                        address.country]
    else:
        column = Contact.primary_email if channel == "email" else Contact.primary_phone
        has_address = column != ""
        columns.append(column.label("address"))
        post_columns = []
    whens = [
        (not_(visible), literal(NOT_VISIBLE)),
        (Contact.status == "closed", literal(CLOSED)),
        (consent.status == "opted_out", literal(OPTED_OUT)),
        (or_(consent.status.is_(None), consent.status != "granted"), literal(NO_CONSENT)),
        (not_(has_address), literal(NO_ADDRESS)),
    ]
    if channel == "email" and not one_contact:
        # The opted-out mailboxes are gathered once per statement (one contact at a time,
        # EligibilityChecker keeps them in memory instead).
        whens.append((func.lower(Contact.primary_email).in_(_opted_out_email_select()),
                      literal(ADDRESS_OPTED_OUT)))
    reason = case(*whens, else_=None).label("reason")
    stmt = (select(*columns, reason, *post_columns)
            .outerjoin(consent, and_(consent.contact_id == Contact.id, consent.channel == channel)))
    if channel == "post":
        stmt = stmt.outerjoin(address, address.id == _first_usable_address())
    if one_contact:
        return stmt.where(Contact.id == bindparam("contact_id"))
    return _narrowed(stmt, selection)


def _first_usable_address():  # noqa: ANN202
    """The contact's lowest-positioned address the post can deliver to (one indexed lookup
    per contact; a window over all addresses costs twice as much)."""
    candidate = aliased(ContactAddress)
    return (select(candidate.id)
            .where(candidate.contact_id == Contact.id, func.trim(candidate.street) != "",
                   or_(func.trim(candidate.city) != "", func.trim(candidate.postcode) != ""))
            .order_by(candidate.position, candidate.id).limit(1)
            .correlate(Contact).scalar_subquery())


def _narrowed(stmt: Select, selection: Selection) -> Select:
    if selection.search.strip():
        match = build_match_query(selection.search)
        stmt = stmt.where(false()) if match is None else stmt.where(
            Contact.id.in_(matching_contact_ids(match)))
    if selection.tag:
        stmt = stmt.where(Contact.id.in_(
            select(contact_tags.c.contact_id).join(Tag, Tag.id == contact_tags.c.tag_id)
            .where(Tag.name == selection.tag)))
    if selection.ids is not None:
        stmt = stmt.where(Contact.id.in_(selection.ids))
    return stmt


def _opted_out_email_select() -> Select:
    """Addresses (lower case) that belong to any contact opted out of email. Duplicated
    contacts share addresses, and an opt-out must reach the address, not just the record."""
    return select(func.lower(ContactEmail.address)).where(ContactEmail.contact_id.in_(
        select(ConsentState.contact_id).where(ConsentState.channel == "email",
                                              ConsentState.status == "opted_out")))


def _opted_out_emails(session: Session) -> frozenset[str]:
    return frozenset(session.execute(_opted_out_email_select()).scalars())


class EligibilityChecker:
    """Re-checks one contact just before its message goes, with the same rules as
    ``eligible_recipients``. The set of opted-out addresses is cached and reloaded whenever a
    consent event was recorded since (one indexed lookup per check)."""

    def __init__(self, ws: Workspace, channel: str) -> None:
        self.ws = ws
        self.channel = check_channel(channel)
        self._addresses: frozenset[str] = frozenset()
        self._last_event: int | None = -1
        self._statement = _statement(ws, channel, Selection(), one_contact=True)
        self._home: str | None = None

    def check(self, session: Session, contact_id: int) -> Recipient | Excluded:
        if self.channel == "email":
            last = session.execute(select(func.max(ConsentEvent.id))).scalar()
            if last != self._last_event:
                self._addresses = _opted_out_emails(session)
                self._last_event = last
        if self._home is None:
            self._home = str(settings.read(session, "default_region") or "").upper()
        result = Eligibility(self.channel)
        rows = session.execute(self._statement, {"contact_id": contact_id}).all()
        _classify_rows(result, [tuple(row) for row in rows], self._home, self._addresses, set())
        if result.included:
            return result.included[0]
        if result.excluded:
            return result.excluded[0]
        return Excluded(contact_id, f"Contact {contact_id}", reason_text(ERASED, self.channel),
                        ERASED)


def is_still_eligible(session: Session, ws: Workspace, contact_id: int, channel: str,
                      address: str) -> bool:
    """True when the contact may still receive a mailing on this channel at this address."""
    outcome = EligibilityChecker(ws, channel).check(session, contact_id)
    return isinstance(outcome, Recipient) and outcome.address.lower() == address.lower()


__all__ = [
    "ALL_CONTACTS", "Eligibility", "EligibilityChecker", "Excluded", "REASON_CODES", "Recipient", "Selection",
    "eligible_in_session", "eligible_recipients", "is_still_eligible", "reason_text",
]
