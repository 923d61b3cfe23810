"""The names and postal addresses in an eligibility result, read when first shown rather than
while deciding.

Who may receive a mailing is decided without names (a contact's name changes nothing about
whether it may be written to, post's opted-out addressees aside), and for post with only
which contacts have a usable address. The names of 100,000 contacts cost as much to read as
the rest of the decision, their addresses more, and most uses show only some of them: how
many will receive it, a few for a preview, the excluded ones. ``ContactNames`` and
``FirstPostalAddresses`` read those of the contacts asked for, in one statement per request,
inside the decision's own transaction while that is still open (as they were decided), in a
read-only session of their own afterwards (as they are then).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from contactweb.models import Contact
from contactweb.models.contact import unnamed_contact
from contactweb.services.eligibility.eligibility_sql import name_columns, usable_address_parts
from contactweb.services.eligibility.eligibility_types import display_names
from contactweb.vault.workspace import Workspace

PostalParts = tuple[str, str, str, str, str]  # street, city, region, postcode, country
NO_POSTAL_ADDRESS: PostalParts = ("", "", "", "", "")
_FEW = 2000  # fewer contacts than this are always looked up one by one
T = TypeVar("T")


class _ReadLater(Generic[T]):
    """Reads by contact id, in the decision's transaction while it is open, else in a
    read-only session of its own. Asked for most of the vault's contacts at once (a mailing
    to all of them goes through every name), it reads every contact's instead: one scan of
    an index or table costs about half as much as looking each one up."""

    def __init__(self, ws: Workspace, session: Session | None) -> None:
        self._ws = ws
        self._session = session
        self._known: dict[int, T] = {}

    def of(self, contact_ids: Sequence[int]) -> list[T]:
        """What is read of these contacts, in the same order, each read once and kept."""
        known = self._known
        missing = set(contact_ids).difference(known)
        if missing:
            self._read_into(known, missing)
            known.update((cid, self._absent(cid)) for cid in missing.difference(known))
        return list(map(known.__getitem__, contact_ids))

    def _read_into(self, known: dict[int, T], missing: set[int]) -> None:
        raise NotImplementedError

    def _absent(self, contact_id: int) -> T:
        """What a contact not found when read is given."""
        raise NotImplementedError

    def _read(self, missing: set[int], statement: Callable[[list[int] | None], Select]
              ) -> list[list]:
        """``statement(ids)``'s one row of JSON arrays, decoded: for ``missing`` (sorted), or
        for every contact (None) when those are most of them."""
        session = self._session
        if session is not None and session.in_transaction():
            return self._columns(session, missing, statement)
        # The decision's session has ended (eligible_recipients returns after it).
        with self._ws.session(readonly=True) as own:
            return self._columns(own, missing, statement)

    @staticmethod
    def _columns(session: Session, missing: set[int],
                 statement: Callable[[list[int] | None], Select]) -> list[list]:
        chosen: list[int] | None = sorted(missing)
        if len(missing) >= _FEW and len(missing) * 5 >= 3 * session.execute(
                select(func.count()).select_from(Contact)).scalar_one():
            chosen = None
        row = session.connection().execute(statement(chosen)).one()
        return [json.loads(value) if value is not None else [] for value in row]


class ContactNames(_ReadLater[str]):
    """Display names by contact id (``display_names``; ``HIDDEN_NAME`` for an owner-only
    contact this user may not see), read when first asked for and kept. A contact no longer
    in the vault is "Contact <id>", as an erased one is named in the result."""

    def _read_into(self, known: dict[int, str], missing: set[int]) -> None:
        found = self._read(missing, lambda ids: name_columns(self._ws, ids))
        known.update(zip(found[0], display_names(*found), strict=True))

    def _absent(self, contact_id: int) -> str:
        return unnamed_contact(contact_id)


class FirstPostalAddresses(_ReadLater[PostalParts]):
    """Each contact's first usable postal address (lowest position, then id: the one
    eligibility sends to) as its parts, read when first asked for and kept. A contact that
    has none when read (it lost it since the decision) gets blank parts."""

    def _read_into(self, known: dict[int, PostalParts], missing: set[int]) -> None:
        owners, positions, ids, *parts = self._read(missing, usable_address_parts)
        rows = zip(*parts, strict=True)
        if len(set(owners)) == len(owners):  # one each, as most contacts have
            known.update(zip(owners, rows, strict=True))
        else:  # the first of each: put last, so that it is the one kept
            ranked = sorted(zip(owners, positions, ids, rows, strict=True), reverse=True)
            known.update((owner, row) for owner, _position, _id, row in ranked)

    def _absent(self, contact_id: int) -> PostalParts:
        return NO_POSTAL_ADDRESS
