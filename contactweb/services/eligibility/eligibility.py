"""Who may receive a mailing: the only place in ContactWeb that builds a recipient list.

A mailing (email or post, to more than one contact) goes only to contacts with express consent
on that channel and no opt-out. ``eligible_recipients`` returns the included contacts and every
excluded one with its reason; email mailings, letters, labels and exports for mailing all call
it, and the email sender re-checks each message with ``EligibilityChecker`` just before it goes.

Everything is decided over the current consent state (``consent_state``), never by ranking
consent history rows. The SQL is in ``eligibility_sql``; the decision over many contacts,
which gets whole columns back from the database, in ``eligibility_bulk``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.models import ConsentEvent
from contactweb.models.contact import unnamed_contact
from contactweb.services import settings
from contactweb.services.consent.mailbox_statements import (
    MailboxHasher,
    is_opted_out_hash,
    normalised_email,
)
from contactweb.services.eligibility.eligibility_bulk import decide
from contactweb.services.eligibility.eligibility_sql import one_contact_statement
from contactweb.services.eligibility.eligibility_suppression import (
    mailbox_opted_out,
    opted_out_emails,
)
from contactweb.services.eligibility.eligibility_types import (
    ADDRESS_OPTED_OUT,
    ALL_CONTACTS,
    CLOSED,
    DUPLICATE_ADDRESS,
    ERASED,
    HIDDEN_NAME,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
    REASON_CODES,
    Eligibility,
    Excluded,
    ExcludedList,
    Recipient,
    RecipientList,
    Selection,
    check_channel,
    ids_and_addresses,
    reason_text,
)
from contactweb.services.eligibility.eligibility_undeliverable import (
    undeliverable_or,
    without_undeliverable,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


def eligible_recipients(ws: Workspace, channel: str, selection: Selection = ALL_CONTACTS
                        ) -> Eligibility:
    """Every selected contact, included or excluded with its reason. The included come in
    the order the contacts were added (sort them for display); the excluded by name. Their
    names (and post's addresses) are read from the vault when first read (the vault must
    still be open then; ``Eligibility.read_shown`` reads what a screen shows at once)."""
    ws.require(Action.CONTACT_VIEW)
    check_channel(channel)
    with ws.session(readonly=True) as session:
        return eligible_in_session(session, ws, channel, selection)


def eligible_in_session(session: Session, ws: Workspace, channel: str,
                        selection: Selection) -> Eligibility:
    """As ``eligible_recipients``, inside the caller's transaction (one consistent view)."""
    return without_undeliverable(session, decide(session, ws, check_channel(channel), selection))


class EligibilityChecker:
    """Re-checks one contact just before its message goes, with the same rules as
    ``eligible_recipients``. The opted-out contacts' mailboxes are cached and reloaded
    whenever a consent event was recorded since; the mailbox statements are looked up per
    check (one primary-key read), so an address that just changed hands is still caught."""

    def __init__(self, ws: Workspace, channel: str) -> None:
        self.ws = ws
        self.channel = check_channel(channel)
        self._blocked: frozenset[str] = frozenset()
        self._last_event: int | None = -1
        self._statement = one_contact_statement(ws, channel)
        self._home: str | None = None
        self._hasher = MailboxHasher(ws)

    def check(self, session: Session, contact_id: int) -> Recipient | Excluded:
        if self.channel == "email":
            last = session.execute(select(func.max(ConsentEvent.id))).scalar()
            if last != self._last_event:
                self._blocked = frozenset(map(normalised_email, opted_out_emails(session)))
                self._last_event = last
        if self._home is None:
            self._home = str(settings.read(session, "default_region") or "").upper()
        row = session.execute(self._statement, {"contact_id": contact_id}).first()
        if row is None:
            return Excluded(contact_id, unnamed_contact(contact_id),
                            reason_text(ERASED, self.channel), ERASED)
        found_id, name, address, code, *postal = row
        if code is None and self._mailbox_opted_out(session, name, address, postal):
            code = ADDRESS_OPTED_OUT
        if code is not None:
            return Excluded(found_id, name, reason_text(code, self.channel), code)
        return undeliverable_or(session, Recipient(found_id, name, address, (
            *postal, self._home) if postal else ()), self.channel)

    def _mailbox_opted_out(self, session: Session, name: str, address: str,
                           postal: list[str]) -> bool:
        if self.channel == "email" and normalised_email(address) in self._blocked:
            return True
        if self.channel == "post":
            street, _city, _region, postcode, country = postal
            mailbox_hash = self._hasher.postal(name, street, postcode, country)
        else:
            mailbox_hash = self._hasher(self.channel, address)
        return is_opted_out_hash(session, self.channel, mailbox_hash)


def is_still_eligible(session: Session, ws: Workspace, contact_id: int, channel: str,
                      address: str) -> bool:
    """True when the contact may still receive a mailing on this channel at this address."""
    outcome = EligibilityChecker(ws, channel).check(session, contact_id)
    return isinstance(outcome, Recipient) and outcome.address.lower() == address.lower()


__all__ = [
    "ADDRESS_OPTED_OUT", "ALL_CONTACTS", "CLOSED", "DUPLICATE_ADDRESS", "ERASED", "HIDDEN_NAME",
    "NOT_VISIBLE", "NO_ADDRESS", "NO_CONSENT", "OPTED_OUT", "REASON_CODES", "Eligibility",
    "EligibilityChecker", "Excluded", "ExcludedList", "Recipient", "RecipientList", "Selection",
    "check_channel", "eligible_in_session", "eligible_recipients", "ids_and_addresses",
    "is_still_eligible", "mailbox_opted_out", "reason_text",
]
