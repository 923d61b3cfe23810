"""The contacts of each company an import has asked the vault about, kept from one batch of
rows to the next (``DuplicateLookup``).

Without them every batch read again every earlier contact of each company its rows name: at
a million rows, 20,000 companies of about 33 people, some ten million row reads and 64 of the
152 seconds. A company is read once, then kept current as the import adds contacts to it, in
the order the vault gives them (by id). Kept compactly (ids in an array, names in one string)
and within a budget, so memory stays bounded whatever the file: past it, further companies
are read from the vault each batch, as before.
"""

from __future__ import annotations

from array import array

#: what may be kept, counted in contacts, a company counting as COMPANY_COST of them (its key
#: and containers): about 30 MB at most
BUDGET = 1_000_000
COMPANY_COST = 10
_SEPARATOR = "\0"


class CompanyMembers:
    """company key -> its visible contacts (id, name as duplicate detection compares it), in
    id order; a company the vault does not have yet is kept too (no members)."""

    def __init__(self) -> None:
        self._ids: dict[str, array] = {}
        self._names: dict[str, str] = {}  # joined by _SEPARATOR
        self._used = 0

    def __contains__(self, key: str) -> bool:
        return key in self._ids

    def members(self, key: str) -> tuple[array, list[str]]:
        ids = self._ids[key]
        return ids, self._names[key].split(_SEPARATOR) if ids else []

    def keep(self, key: str, members: dict[int, str]) -> None:
        """A company as read from the vault, all of its members (ids ascending)."""
        if key in self._ids or self._used + COMPANY_COST + len(members) > BUDGET \
                or any(_SEPARATOR in name for name in members.values()):
            return
        self._ids[key] = array("q", members)
        self._names[key] = _SEPARATOR.join(members.values())
        self._used += COMPANY_COST + len(members)

    def add(self, key: str, contact_id: int, name: str) -> None:
        """A contact the import wrote under a kept company (its id above every kept one)."""
        ids = self._ids.get(key)
        if ids is None:
            return
        if self._used >= BUDGET or _SEPARATOR in name:
            self.forget(key)  # never left without a member the vault has
            return
        self._names[key] = self._names[key] + _SEPARATOR + name if ids else name
        ids.append(contact_id)
        self._used += 1

    def forget(self, key: str) -> None:
        ids = self._ids.pop(key, None)
        if ids is not None:
            del self._names[key]
            self._used -= COMPANY_COST + len(ids)
