"""Consent statements that belong to a mailbox, not to a contact record.

An opt-out is the person's word about their mailbox: it must bind every contact that holds the
same email address (in any case, with or without a ``+tag`` sub-address), the same phone
number, or the same name at the same postal address (a street address alone is shared by a
household or a whole office, so for post the mailbox is the addressee), and it must outlive the contact that made it (erased,
merged away, or the address moved to another record). ``mailbox_statements`` keeps the newest
statement per channel and mailbox as a keyed BLAKE2b hash of the normalised mailbox: no
personal data, like the erasure ledger.

Every consent event records its statement here (``consent.apply_event``); taking a mailbox
away from an opted-out contact (edit, merge, erasure) records it first (``seal_opt_outs``).
Eligibility, the send-time re-check and one-to-one email refuse a mailbox whose newest
statement is an opt-out.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.models import (
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    MailboxStatement,
    Setting,
    utcnow,
)
from contactweb.services.eligibility.eligibility_types import display_names
from contactweb.store.json_columns import json_arrays
from contactweb.vault.workspace import Workspace

OPTED_OUT = "opted_out"
GRANTED = "granted"
_KIND_OF_CHANNEL = {"email": "email", "phone": "phone", "sms": "phone", "post": "post"}
_BACKFILL_SETTING = "mailbox_statements_backfilled"


def normalised_email(address: str) -> str:
    """Lower case, and without a ``+tag`` sub-address: ``Ann+News@Example.com`` and
    ``ann@example.com`` reach the same person, so they are one mailbox for consent. Erring
    towards one mailbox can only withhold a message, never send one."""
    # lower(), not casefold(): eligibility lowers 100,000 addresses in one call and compares
    # them as sets, so both sides must fold the same way ("Straße" stays "straße").
    local, at, domain = address.strip().lower().rpartition("@")
    if not at:
        return address.strip().lower()
    return f"{local.split('+', 1)[0] or local}@{domain}"


def normalised_postal(name: str, street: str, postcode: str, country: str) -> str:
    """The addressee: the name as shown on an envelope, at the street, postcode and
    country."""
    return " ".join(f"{name}\n{street} {postcode} {country}".casefold().split())


def mailbox_key(channel: str, value: str) -> str:
    kind = _KIND_OF_CHANNEL[channel]
    if kind == "email":
        return "email:" + normalised_email(value)
    if kind == "phone":
        return "phone:" + "".join(c for c in value if c.isdigit() or c == "+")
    return "post:" + value


class MailboxHasher:
    """Keyed hashes of mailboxes. Keyed BLAKE2b is a MAC in one C call; eligibility may
    hash every candidate of a 100,000-contact mailing."""

    def __init__(self, ws: Workspace) -> None:
        self._base = hashlib.blake2b(key=ws.subkey("mailbox-statements"), digest_size=16)

    def __call__(self, channel: str, value: str) -> str:
        digest = self._base.copy()
        digest.update(mailbox_key(channel, value).encode())
        return digest.hexdigest()

    def postal(self, name: str, street: str, postcode: str, country: str) -> str:
        return self("post", normalised_postal(name, street, postcode, country))


def contact_mailboxes(session: Session, contact_id: int, channel: str) -> list[str]:
    """The contact's mailboxes on ``channel``, as ``mailbox_key`` takes them."""
    kind = _KIND_OF_CHANNEL[channel]
    if kind == "email":
        return list(session.execute(select(ContactEmail.address)
                                    .where(ContactEmail.contact_id == contact_id)).scalars())
    if kind == "phone":
        return list(session.execute(select(ContactPhone.number)
                                    .where(ContactPhone.contact_id == contact_id)).scalars())
    contact = session.get(Contact, contact_id)
    if contact is None:
        return []
    [name] = display_names([contact.id], [contact.first_name], [contact.last_name],
                           [contact.company], [contact.primary_email])
    rows = session.execute(select(ContactAddress.street, ContactAddress.postcode,
                                  ContactAddress.country)
                           .where(ContactAddress.contact_id == contact_id)).all()
    return [normalised_postal(name, *row) for row in rows if row.street.strip()]


def record(session: Session, ws: Workspace, channel: str, mailboxes: Iterable[str],
           status: str, reverses_opt_out: bool = False) -> None:
    """Make ``status`` the newest statement of each mailbox on ``channel``. A grant replaces
    an opt-out only as a deliberate reversal (a manager's, with a reason): a grant that
    merely comes along (a merge, an import, a contact created with consent) leaves it."""
    if status not in (OPTED_OUT, GRANTED):
        return
    hasher = MailboxHasher(ws)
    when = utcnow()
    for mailbox_hash in {hasher(channel, m) for m in mailboxes if m.strip()}:
        row = session.get(MailboxStatement, (channel, mailbox_hash))
        if row is None:
            session.add(MailboxStatement(channel=channel, mailbox_hash=mailbox_hash,
                                         status=status, stated_at=when))
        elif status == OPTED_OUT or row.status == GRANTED or reverses_opt_out:
            row.status, row.stated_at = status, when
    session.flush()


def record_for_contact(session: Session, ws: Workspace, contact_id: int, channel: str,
                       status: str, reverses_opt_out: bool = False) -> None:
    record(session, ws, channel, contact_mailboxes(session, contact_id, channel), status,
           reverses_opt_out)


def seal_opt_outs(session: Session, ws: Workspace, contact_id: int) -> None:
    """Before the contact's mailboxes change hands or disappear: each mailbox it holds on a
    channel it opted out of keeps that opt-out as its newest statement."""
    channels = session.execute(select(ConsentState.channel).where(
        ConsentState.contact_id == contact_id, ConsentState.status == OPTED_OUT)).scalars()
    for channel in channels:
        record_for_contact(session, ws, contact_id, channel, OPTED_OUT)


def opted_out_hashes(session: Session, channel: str) -> frozenset[str]:
    """The mailboxes whose newest statement on the channel is an opt-out, by hash. Read as
    one JSON array: there is a row for every opt-out ever recorded (10,000 of them cost more
    as ORM rows than the rest of an eligibility decision)."""
    rows = select(MailboxStatement.mailbox_hash.label("mailbox_hash")).where(
        MailboxStatement.channel == channel, MailboxStatement.status == OPTED_OUT).subquery()
    return frozenset(json.loads(session.execute(json_arrays([rows.c.mailbox_hash])).scalar()
                                or "[]"))


def is_opted_out_hash(session: Session, channel: str, mailbox_hash: str) -> bool:
    row = session.get(MailboxStatement, (channel, mailbox_hash))
    return row is not None and row.status == OPTED_OUT


def backfill(session: Session, ws: Workspace) -> None:
    """Once per vault, after the upgrade that added the table: the opt-outs recorded before
    it become mailbox statements too (a migration has no key to hash with)."""
    if session.get(Setting, _BACKFILL_SETTING) is not None:
        return
    rows = session.execute(select(ConsentState.contact_id, ConsentState.channel)
                           .where(ConsentState.status == OPTED_OUT)).all()
    for contact_id, channel in rows:
        record_for_contact(session, ws, contact_id, channel, OPTED_OUT)
    session.add(Setting(key=_BACKFILL_SETTING, value="1"))
