"""The columns the eligibility decision before ``decision_columns`` kept its results in
(names from their parts, postal addresses as JSON arrays, the recipients and the excluded
made from them),
and the statements that read its postal addresses: frozen with ``eligibility_before``, so
that the property tests compare the decision now with the very decision it replaced. Not
used by ContactWeb itself."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from itertools import repeat
from typing import overload

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from contactweb.models import ContactAddress
from contactweb.services.eligibility.eligibility_sql import POSTAL_PARTS, _usable, narrowed
from contactweb.services.eligibility.eligibility_types import (
    REASON_CODES,
    Excluded,
    ListMadeWhenRead,
    Recipient,
    Selection,
    display_names,
    one_line_postal,
    reason_text,
)
from contactweb.store.json_columns import json_arrays


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


def usable_address_columns(selection: Selection) -> Select:
    """The usable postal addresses of the selected contacts as JSON arrays, row for row:
    contact ids, then POSTAL_PARTS."""
    address = aliased(ContactAddress)
    columns = [address.contact_id, *(getattr(address, part) for part in POSTAL_PARTS)]
    rows = select(*(column.label(column.key) for column in columns)).where(_usable(address))
    table = narrowed(rows, selection, address.contact_id).subquery()
    return json_arrays(table.c)


def usable_address_rows(contact_ids: list[int]) -> Select:
    """The usable addresses of these contacts, each contact's first (by position, then id)
    first: contact id, then POSTAL_PARTS."""
    address = aliased(ContactAddress)
    return (select(address.contact_id, *(getattr(address, part) for part in POSTAL_PARTS))
            .where(_usable(address), address.contact_id.in_(contact_ids))
            .order_by(address.contact_id, address.position, address.id))


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
