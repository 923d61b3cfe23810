"""What eligibility answers: reason codes, an included ``Recipient``, an ``Excluded`` contact,
the ``Selection`` a mailing is about and the ``Eligibility`` result.

Re-exported by ``contactweb.services.eligibility.eligibility``; import them from there.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import NamedTuple, Protocol, TypeVar, overload

from contactweb.collector import no_collections
from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models.consent import CHANNELS
from contactweb.models.contact import unnamed_contact
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


def display_names(ids: list[int], first: list[str], last: list[str], company: list[str],
                  email: list[str]) -> list[str]:
    """The display name of each contact: first and last name (trimmed of spaces only, as SQL's
    trim()), else the company, else the email address, else "Contact <id>"."""
    return [(f + " " + la).strip(" ") or co or em or unnamed_contact(cid)
            for cid, f, la, co, em in zip(ids, first, last, company, email, strict=True)]


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

    def read(self) -> None:
        """Make every item now (and read what they show), not when first read."""
        self._all()

    def _all(self) -> list[T]:
        if self._made is None:
            with no_collections():  # tens of thousands of tuples at once
                self._made = self._make_all()
        return self._made

    def _make_all(self) -> list[T]:
        raise NotImplementedError


class NameLookup(Protocol):
    """Where a result reads its contacts' names (``ContactNames``)."""

    def of(self, contact_ids: Sequence[int]) -> list[str]: ...


class PostalLookup(Protocol):
    """Where a post result reads its recipients' addresses (``FirstPostalAddresses``)."""

    def of(self, contact_ids: Sequence[int]) -> list[tuple[str, str, str, str, str]]: ...


class IdsWhenRead:
    """Contact ids as the database gave them, a JSON array of ``count`` ids (a range of an
    index, so in id order as far as anyone has seen), decoded when first read: counting the
    recipients of 85,000 contacts needs none of them, decoding them costs a tenth of the
    decision. ``settled`` decodes them and puts them, and the columns that go row for row with
    them, in id order should they not be."""

    __slots__ = ("_text", "_count")

    def __init__(self, text: str, count: int) -> None:
        self._text = text
        self._count = count

    def __len__(self) -> int:
        return self._count

    def settled(self, *columns: list) -> tuple[list, ...]:
        """The ids in id order, then each of ``columns`` in the same order."""
        ids: list[int] = json.loads(self._text)
        if len(ids) != self._count:
            raise RuntimeError("the ids are not as many as they were counted")
        if ids == sorted(ids):
            return (ids, *columns)
        order = sorted(range(len(ids)), key=ids.__getitem__)
        return tuple([column[i] for i in order] for column in (ids, *columns))


class RecipientList(ListMadeWhenRead[Recipient]):
    """The included contacts, kept as the columns the decision made (ids, and for email,
    phone and sms the addresses); the ``Recipient`` tuples are made the first time they are
    read, all at once, and a slice makes only its own. ``names`` reads the names when first
    read (``ContactNames``), ``postal`` the post's addresses (street, city, region, postcode,
    country; ``home`` is the vault's own country). A screen that shows how many of 85,000
    contacts will receive a mailing then reads and makes none; ``ids`` may even be left
    undecoded until first read (``IdsWhenRead``)."""

    __slots__ = ("_ids", "_names", "_addresses", "_postal", "_home")

    def __init__(self, ids: list[int] | IdsWhenRead | None = None,
                 names: NameLookup | None = None,
                 addresses: list[str] | None = None, postal: PostalLookup | None = None,
                 home: str = "") -> None:
        super().__init__()
        self._ids = ids if ids is not None else []
        self._names = names
        self._addresses = addresses
        self._postal = postal
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
            return self._recipients(index)
        if not -len(self._ids) <= index < len(self._ids):
            raise IndexError("recipient index out of range")
        at = index % len(self._ids)
        return self._recipients(slice(at, at + 1))[0]

    def _make_all(self) -> list[Recipient]:
        return self._recipients(slice(None))

    @property
    def ids(self) -> list[int]:
        return self._settled()

    @property
    def addresses(self) -> list[str] | None:
        """Email, phone and sms: each recipient's address (None for post)."""
        self._settled()  # in the order of the ids
        return self._addresses if self._postal is None else None

    def keeping(self, keep: list[bool]) -> RecipientList:
        """The recipients for whom ``keep`` is True, still made when first read."""
        ids = self._settled()
        return RecipientList(list(compress(ids, keep)), self._names,
                             list(compress(self._addresses, keep)) if self._addresses else None,
                             self._postal, self._home)

    def _settled(self) -> list[int]:
        """The ids, decoded if they were not yet (with the addresses in their order)."""
        if isinstance(self._ids, IdsWhenRead):
            if self._addresses:
                self._ids, self._addresses = self._ids.settled(self._addresses)
            else:
                [self._ids] = self._ids.settled()
        return self._ids

    def _recipients(self, part: slice) -> list[Recipient]:
        if not range(len(self._ids))[part]:
            return []  # none asked for (a count, or a screen showing no recipient)
        ids = self._settled()[part]
        names = self._names.of(ids) if self._names is not None else [""] * len(ids)
        if self._postal is None:
            addresses = self._addresses[part] if self._addresses else repeat("")
            return list(map(Recipient, ids, names, addresses))
        home = self._home
        return [Recipient(cid, name, one_line_postal(street, city, postcode),
                          (street, city, region, postcode, country, home))
                for cid, name, (street, city, region, postcode, country)
                in zip(ids, names, self._postal.of(ids), strict=True)]


def ids_and_addresses(recipients: Sequence[Recipient]) -> Iterable[tuple[int, str]]:
    """Each recipient's contact id and address, without reading names: a ``RecipientList``
    of email, phone or sms keeps both as columns (a mailing's outbox needs no more)."""
    if isinstance(recipients, RecipientList) and recipients.addresses is not None:
        return zip(recipients.ids, recipients.addresses, strict=True)
    return ((recipient.contact_id, recipient.address) for recipient in recipients)


class ExcludedList(ListMadeWhenRead[Excluded]):
    """The excluded contacts by name (then id), kept as columns (ids, reason codes, and the
    reasons that are not the code's text, by contact id); the ``Excluded`` tuples are made,
    their names read (``names``) and sorted the first time one is read. Counting them, and
    counting them per reason, needs neither."""

    __slots__ = ("_ids", "_names", "_codes", "_channel", "_reasons")

    def __init__(self, channel: str, ids: list[int], names: NameLookup, codes: list[str],
                 reasons: dict[int, str] | None = None) -> None:
        super().__init__()
        self._channel = channel
        self._ids, self._names, self._codes = ids, names, codes
        self._reasons = reasons or {}

    def __len__(self) -> int:
        return len(self._ids)

    def counts_by_code(self) -> dict[str, int]:
        """Reason codes in the order of REASON_CODES, then any other (undeliverable)."""
        found = Counter(self._codes)
        counts = {code: found[code] for code in REASON_CODES if code in found}
        counts.update((code, n) for code, n in found.items() if code not in counts)
        return counts

    def adding(self, ids: list[int], code: str, reasons: list[str]) -> ExcludedList:
        """These excluded as well, each with its own reason."""
        return ExcludedList(self._channel, self._ids + ids, self._names,
                            self._codes + [code] * len(ids),
                            {**self._reasons, **dict(zip(ids, reasons, strict=True))})

    def _make_all(self) -> list[Excluded]:
        texts = {code: reason_text(code, self._channel)
                 for code in set(self._codes) if code in REASON_CODES}
        names = self._names.of(self._ids)
        made = list(map(Excluded, self._ids, names, map(texts.get, self._codes), self._codes))
        if self._reasons:
            made = [entry._replace(reason=self._reasons[entry.contact_id])
                    if entry.contact_id in self._reasons else entry for entry in made]
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

    def read_shown(self, first_included: int = 0) -> Eligibility:
        """Reads now what a screen shows of this result, so that showing it reads nothing
        more from the vault (a worker calls this before the UI thread gets the result):
        every excluded contact, and the names (and post's addresses) of the first
        ``first_included`` included. Returns the result itself."""
        if isinstance(self.excluded, ListMadeWhenRead):
            self.excluded.read()
        self.included[:first_included]  # noqa: B018 - read and kept, the tuples made again
        return self

    def counts_by_reason(self) -> dict[str, int]:
        if isinstance(self.excluded, ExcludedList):
            return self.excluded.counts_by_code()
        counts: dict[str, int] = {}
        for entry in self.excluded:
            counts[entry.code] = counts.get(entry.code, 0) + 1
        return counts
