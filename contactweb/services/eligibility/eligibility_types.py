"""What eligibility answers: reason codes, an included ``Recipient``, an ``Excluded`` contact,
the ``Selection`` a mailing is about and the ``Eligibility`` result.

Re-exported by ``contactweb.services.eligibility.eligibility``; import them from there.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple, TypeVar, overload

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models.consent import CHANNELS
from contactweb.services.mailing.postal_address import postal_lines

T = TypeVar("T")

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


def reason_text(code: str, channel: str) -> str:
    """Why a contact is left out, in the language of whoever reads the list."""
    address = {"email": _("no email address"), "post": _("no usable postal address"),
               "phone": _("no phone number"), "sms": _("no phone number")}
    opted_out = {"email": _("opted out of email"), "post": _("opted out of post"),
                 "phone": _("opted out of phone"), "sms": _("opted out of sms")}
    no_consent = {"email": _("no express consent for email"),
                  "post": _("no express consent for post"),
                  "phone": _("no express consent for phone"),
                  "sms": _("no express consent for sms")}
    return {
        ERASED: _("erased (no longer in the vault)"),
        NOT_VISIBLE: _("owner-only contact of another user, not visible to you"),
        CLOSED: _("contact is closed"),
        OPTED_OUT: opted_out.get(channel, f"opted out of {channel}"),
        NO_CONSENT: no_consent.get(channel, f"no express consent for {channel}"),
        NO_ADDRESS: address.get(channel, _("no address")),
        ADDRESS_OPTED_OUT: {"email": _("this email address (or its main mailbox) opted out"),
                            "post": _("this postal address opted out"),
                            }.get(channel, _("this phone number opted out")),
        DUPLICATE_ADDRESS: _("same email address as another recipient (one message per "
                             "address)"),
    }[code]


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise BadInput(_("Unknown channel {channel!r}; choose one of {items}.").format(
            channel=channel, items=', '.join(CHANNELS)))
    return channel


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

    def envelope_lines(self, language: str) -> tuple[str, ...]:
        """``address_lines`` with a foreign country named in ``language`` (the sending
        post's, as the UPU asks), e.g. "ALLEMAGNE" on a letter sent from France."""
        return postal_lines(*self.postal, language=language) if self.postal else ()


class Excluded(NamedTuple):
    contact_id: int
    name: str
    reason: str  # for people
    code: str  # one of REASON_CODES, for programs


def one_line_postal(street: str, city: str, postcode: str) -> str:
    """The post's ``Recipient.address``: the street's lines joined, then postcode and city.
    Trims spaces only, as SQL's trim() did when this line was made in the database."""
    return street.replace("\n", ", ").strip(" ") + ", " + (postcode + " " + city).strip(" ")


class PostalColumns:
    """Address parts in columns (street, city, region, postcode, country), as the database
    gave them: JSON arrays kept as text until an address is first read, so deciding who may
    receive post does not decode 100,000 streets it only needs to count."""

    def __init__(self) -> None:
        self._pending: list[Sequence[str | list[str]]] = []  # per batch, five columns
        self._length = 0
        self._columns: tuple[list[str], ...] | None = None

    def __len__(self) -> int:
        return self._length

    def add(self, columns: Sequence[str | list[str]], length: int) -> int:
        """Five columns of ``length`` rows, each a JSON array (text) or a list; returns the
        row number of the first."""
        first = self._length
        self._pending.append(columns)
        self._length += length
        self._columns = None
        return first

    def columns(self) -> tuple[list[str], ...]:
        if self._columns is None:
            merged: tuple[list[str], ...] = ([], [], [], [], [])
            for batch in self._pending:
                for column, values in zip(merged, batch, strict=True):
                    column += json.loads(values) if isinstance(values, str) else values
            if any(len(column) != self._length for column in merged):
                raise ValueError("address columns of different lengths")
            self._columns = merged
        return self._columns


def display_names(ids: list[int], first: list[str], last: list[str], company: list[str],
                  email: list[str]) -> list[str]:
    """The display name of each contact: first and last name (trimmed of spaces only, as SQL's
    trim()), else the company, else the email address, else "Contact <id>"."""
    return [(f + " " + la).strip(" ") or co or em or f"Contact {cid}"
            for cid, f, la, co, em in zip(ids, first, last, company, email, strict=True)]


class NameColumns:
    """The parts of the display name in columns (first name, last name, company, email), as
    the database gave them: JSON arrays kept as text and the names made only when first read.
    Deciding who may receive a mailing then builds no names it only needs to count."""

    def __init__(self) -> None:
        # Per batch: the contact ids and their four name columns, or None and names made.
        self._pending: list[tuple[list[int] | None, Sequence[str | list[str]]]] = []
        self._length = 0
        self._names: list[str] | None = None

    def add(self, ids: list[int], parts: Sequence[str | list[str]]) -> int:
        """The name parts of these contacts, row for row, each a JSON array (text) or a list;
        returns the row number of the first."""
        return self._add(ids, parts, len(ids))

    def add_names(self, names: list[str]) -> int:
        """Names already made; returns the row number of the first."""
        return self._add(None, names, len(names))

    def _add(self, ids: list[int] | None, parts: Sequence[str | list[str]], length: int) -> int:
        first = self._length
        self._pending.append((ids, parts))
        self._length += length
        self._names = None
        return first

    def names(self) -> list[str]:
        if self._names is None:
            names: list[str] = []
            for ids, parts in self._pending:
                if ids is None:
                    names += parts
                    continue
                columns = [json.loads(v) if isinstance(v, str) else v for v in parts]
                names += display_names(ids, *columns)
            if len(names) != self._length:
                raise ValueError("name columns of different lengths")
            self._names = names
        return self._names


class ListMadeWhenRead(Sequence[T]):
    """A list whose items are made all at once, the first time any is read (``_make_all``);
    it compares and prints like a list. Counting needs none of them."""

    __slots__ = ("_made",)

    def __init__(self) -> None:
        self._made: list[T] | None = None

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self._all()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return self._all() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compares like a list

    def __repr__(self) -> str:
        return repr(self._all())

    def _all(self) -> list[T]:
        if self._made is None:
            # Tens of thousands of tuples at once: without the cycle collector, which would
            # walk the whole heap several times meanwhile (none of them can form a cycle).
            collecting = gc.isenabled()
            gc.disable()
            try:
                self._made = self._make_all()
            finally:
                if collecting:
                    gc.enable()
        return self._made

    def _make_all(self) -> list[T]:
        raise NotImplementedError


class NameRows(ListMadeWhenRead[str]):
    """Names by row of a ``NameColumns``, looked up when first read."""

    __slots__ = ("_columns", "_rows")

    def __init__(self, columns: NameColumns, rows: list[int]) -> None:
        super().__init__()
        self._columns, self._rows = columns, rows

    def __len__(self) -> int:
        return len(self._rows)

    def _make_all(self) -> list[str]:
        return list(map(self._columns.names().__getitem__, self._rows))


class RecipientList(ListMadeWhenRead[Recipient]):
    """The included contacts, kept as the columns the database gave (ids, names, addresses);
    the ``Recipient`` tuples are made the first time they are read, all at once. A screen
    that shows how many of 85,000 contacts will receive a mailing then makes none.

    For post, ``postal`` holds the address parts and ``rows`` the row of those columns that is
    each recipient's address."""

    __slots__ = ("_ids", "_names", "_addresses", "_postal", "_rows", "_home")

    def __init__(self, ids: list[int] | None = None, names: Sequence[str] | None = None,
                 addresses: list[str] | None = None,
                 postal: PostalColumns | None = None, rows: list[int] | None = None,
                 home: str = "") -> None:
        super().__init__()
        self._ids = ids if ids is not None else []
        self._names = names if names is not None else []
        self._addresses = addresses
        self._postal = postal
        self._rows = rows
        self._home = home

    def __len__(self) -> int:
        return len(self._ids)

    @overload
    def __getitem__(self, index: int) -> Recipient: ...

    @overload
    def __getitem__(self, index: slice) -> list[Recipient]: ...

    def __getitem__(self, index: int | slice) -> Recipient | list[Recipient]:
        if self._made is not None:
            return self._made[index]
        if isinstance(index, slice):  # a few for a preview: no need to make them all
            return [self._make(i) for i in range(*index.indices(len(self._ids)))]
        if not -len(self._ids) <= index < len(self._ids):
            raise IndexError("recipient index out of range")
        return self._make(index % len(self._ids))

    def _make_all(self) -> list[Recipient]:
        if self._postal is None:
            return list(map(Recipient, self._ids, self._names, self._addresses or repeat("")))
        rows = self._rows if self._rows is not None else range(len(self._ids))
        parts = zip(*(map(column.__getitem__, rows) for column in self._postal.columns()),
                    strict=True)
        return [Recipient(cid, name, one_line_postal(street, city, postcode),
                          (street, city, region, postcode, country, self._home))
                for cid, name, (street, city, region, postcode, country)
                in zip(self._ids, self._names, parts, strict=True)]

    def _make(self, i: int) -> Recipient:
        if self._postal is None:
            return Recipient(self._ids[i], self._names[i],
                             self._addresses[i] if self._addresses else "")
        row = self._rows[i] if self._rows is not None else i
        street, city, region, postcode, country = (column[row]
                                                   for column in self._postal.columns())
        return Recipient(self._ids[i], self._names[i], one_line_postal(street, city, postcode),
                         (street, city, region, postcode, country, self._home))


class ExcludedList(ListMadeWhenRead[Excluded]):
    """The excluded contacts by name (then id), kept as columns (ids, names, reason codes);
    the ``Excluded`` tuples are made and sorted the first time one is read. Counting them,
    and counting them per reason, needs neither."""

    __slots__ = ("_ids", "_names", "_codes", "_channel")

    def __init__(self, channel: str, ids: list[int], names: Sequence[str], codes: list[str]
                 ) -> None:
        super().__init__()
        self._channel = channel
        self._ids, self._names, self._codes = ids, names, codes

    def __len__(self) -> int:
        return len(self._ids)

    def counts_by_code(self) -> dict[str, int]:
        found = Counter(self._codes)
        return {code: found[code] for code in REASON_CODES if code in found}

    def _make_all(self) -> list[Excluded]:
        texts = {code: reason_text(code, self._channel) for code in set(self._codes)}
        made = list(map(Excluded, self._ids, self._names, map(texts.__getitem__, self._codes),
                        self._codes))
        made.sort(key=lambda e: (e.name.casefold(), e.contact_id))
        return made


@dataclass(frozen=True)
class Selection:
    """Which contacts a mailing is about: a tag, a search, hand-picked ids, or (all empty)
    every contact. Given together they narrow each other."""

    tag: str = ""
    search: str = ""
    ids: tuple[int, ...] | None = None

    def describe(self) -> str:
        """In the reader's language: it is only ever shown, never stored."""
        parts = []
        if self.tag:
            parts.append(_("tag {tag!r}").format(tag=self.tag))
        if self.search:
            parts.append(_("search {search!r}").format(search=self.search))
        if self.ids is not None:
            parts.append(_("{count} chosen contacts").format(count=len(self.ids)))
        return ", ".join(parts) or _("all contacts")

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
    """``included`` in the order the contacts were added (sort them for display), ``excluded``
    by name. Both read like lists (a ``RecipientList`` and an ``ExcludedList``)."""

    channel: str
    included: Sequence[Recipient] = field(default_factory=list)
    excluded: Sequence[Excluded] = field(default_factory=list)

    def counts_by_reason(self) -> dict[str, int]:
        if isinstance(self.excluded, ExcludedList):
            return self.excluded.counts_by_code()
        counts: dict[str, int] = {}
        for entry in self.excluded:
            counts[entry.code] = counts.get(entry.code, 0) + 1
        return counts
