"""Mailboxes that opted out, for eligibility over many contacts.

A mailbox is refused when a contact holding it is opted out of the channel (email: compared
lower-cased and without a ``+tag`` sub-address), or when its newest mailbox statement is an
opt-out (``mailbox_statements``: statements that outlived their contact). Hashing a mailbox
costs a keyed BLAKE2b call, so for email every candidate is hashed only when some opted-out
statement is not already explained by an opted-out contact still in the vault.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Iterable, Sequence, Set

from sqlalchemy.orm import Session

from contactweb.services.consent.mailbox_statements import (
    MailboxHasher,
    is_opted_out_hash,
    normalised_email,
    normalised_postal,
    opted_out_hashes,
)
from contactweb.services.eligibility.eligibility_names import ContactNames, FirstPostalAddresses
from contactweb.services.eligibility.eligibility_sql import opted_out_email_column
from contactweb.vault.workspace import Workspace

# The keyed hashes of email addresses (``_KeyedHashes``) by workspace, kept from one decision
# to the next while the vault is open, forgotten when it is locked; past this many addresses
# (about 15 MB) they are forgotten and hashed again as needed.
_ADDRESS_HASHES: weakref.WeakKeyDictionary[Workspace, _KeyedHashes] = \
    weakref.WeakKeyDictionary()
MOST_REMEMBERED_ADDRESSES = 300_000


def opted_out_emails(session: Session) -> list[str]:
    return json.loads(_opted_out_emails_json(session))


def _opted_out_emails_json(session: Session) -> str:
    return session.connection().execute(opted_out_email_column()).scalar() or "[]"


def normalised_emails_of_json(addresses_json: str) -> frozenset[str]:
    """``normalised_emails`` of the addresses in a JSON array. When its text is ASCII
    without a "+", a space or an escape (white space of any other kind is escaped), the
    addresses need only lowering, done to the text as a whole."""
    if addresses_json.isascii() and not any(
            mark in addresses_json for mark in ("+", " ", "\\")):
        return frozenset(json.loads(addresses_json.lower()))
    return normalised_emails(json.loads(addresses_json))


def normalised_emails(addresses: list[str]) -> frozenset[str]:
    """``normalised_email`` of each address. Without a "+" and in ASCII that is lower case
    without surrounding spaces: lowered in one call over the addresses joined by NUL."""
    joined = "\0".join(addresses)
    if "+" not in joined and joined.isascii():
        keys = joined.lower().split("\0")
        if len(keys) == len(addresses):
            return frozenset(map(str.strip, keys))
    return frozenset(map(normalised_email, addresses))


def mailbox_opted_out(session: Session, ws: Workspace, channel: str,
                      mailboxes: Iterable[str]) -> bool:
    """True when any of ``mailboxes`` (email addresses, phone numbers, or addressees as
    ``contact_mailboxes`` gives them) must not be written to on ``channel``: a contact
    holding it opted out, or its newest statement is an opt-out."""
    mailboxes = [m for m in mailboxes if m.strip()]
    if not mailboxes:
        return False
    if channel == "email":
        blocked = set(map(normalised_email, opted_out_emails(session)))
        if any(normalised_email(m) in blocked for m in mailboxes):
            return True
    hasher = MailboxHasher(ws)
    return any(is_opted_out_hash(session, channel, hasher(channel, m)) for m in mailboxes)


class MailboxSuppression:
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

    def opted_out_emails(self, keys: set[str], sub_addressed: bool = True) -> set[str]:
        """Of these lower-cased addresses, the ones whose mailbox opted out.
        ``sub_addressed`` False: none of the keys holds a "+" or white space (no need to look
        at each). A padded address (" ann@example.org", stored by a path that did
        not trim it) is the opted-out mailbox it names."""
        blocked = self._blocked_emails()
        found = keys & blocked
        if sub_addressed:
            found |= {key for key in keys if ("+" in key or key != key.strip())
                  and normalised_email(key) in blocked}
        orphans = self._orphan_statements()
        if orphans:
            found |= _address_hashes(self._ws).holding(keys, orphans, self.hasher)
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

    def keep_postal(self, names: ContactNames, postal: FirstPostalAddresses,
                    contact_ids: list[int]) -> list[bool] | None:
        """Post: as ``keep``, for each contact (its name) at its first usable postal address;
        both are read only when some statement on post is an opt-out."""
        statements = self.statements()
        if not statements or not contact_ids:
            return None
        hasher = self.hasher
        keep = [hasher("post", normalised_postal(name, street, postcode, country))
                not in statements
                for name, (street, _city, _region, postcode, country)
                in zip(names.of(contact_ids), postal.of(contact_ids), strict=True)]
        return None if all(keep) else keep

    def know_opted_out_emails(self, addresses_json: str) -> None:
        """The addresses of the contacts opted out of email (``opted_out_email_select`` as a
        JSON array), read by the caller in its own statement: not read again."""
        self._blocked = normalised_emails_of_json(addresses_json)

    def _blocked_emails(self) -> frozenset[str]:
        if self._blocked is None:
            self._blocked = normalised_emails_of_json(_opted_out_emails_json(self._session))
        return self._blocked

    def _orphan_statements(self) -> frozenset[str]:
        """Opt-out statements that no opted-out contact in the vault explains (their contact
        was erased, merged away or lost the address): only these need every candidate
        hashed."""
        if self._orphans is None:
            statements = self.statements()
            if statements:
                blocked = self._blocked_emails()
                known = _address_hashes(self._ws)
                known.remember(blocked, self.hasher)
                statements = statements.difference(map(known.__getitem__, blocked))
            self._orphans = statements
        return self._orphans


class _KeyedHashes(dict[str, str]):
    """Email addresses (lower case) and their keyed hashes, and the address of each hash,
    for one open vault. Each email decision hashes the opted-out contacts' addresses to find
    the opt-out statements they leave unexplained (10,000 addresses: about 15 ms), and with
    such a statement (an opted-out contact erased or merged away, common in a vault in use)
    every candidate's address to compare with it (85,000: about 85 of a decision's 115 ms).
    Only addresses not hashed before are hashed now."""

    def __init__(self) -> None:
        super().__init__()
        self.address_of: dict[str, str] = {}

    def remember(self, addresses: Set[str], hasher: MailboxHasher) -> None:
        """Hash those of ``addresses`` not hashed yet."""
        new = addresses - self.keys()
        if len(self) + len(new) > MOST_REMEMBERED_ADDRESSES:
            self.clear()  # mostly addresses of contacts long gone: start again
            new = addresses
        for address in new:
            digest = self[address] = hasher("email", address)
            self.address_of[digest] = address

    def holding(self, keys: Set[str], statements: frozenset[str],
                hasher: MailboxHasher) -> set[str]:
        """Of ``keys``, those whose keyed hash is in ``statements``."""
        self.remember(keys, hasher)
        return {key for digest in statements
                if (key := self.address_of.get(digest)) is not None and key in keys}

    def clear(self) -> None:
        super().clear()
        self.address_of.clear()


def _address_hashes(ws: Workspace) -> _KeyedHashes:
    """The addresses hashed for this workspace so far (``_ADDRESS_HASHES``)."""
    known = _ADDRESS_HASHES.get(ws)
    if known is None:
        known = _ADDRESS_HASHES[ws] = _KeyedHashes()
        ws.when_locked(known.clear)
    return known
