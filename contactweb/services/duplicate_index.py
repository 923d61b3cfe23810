"""When two contacts are probably one person: the rules, and an in-memory index that applies
them to a whole import without a query per row.

Two contacts are duplicates when they share an email address (case aside), or share a phone
number and their names do not disagree (colleagues share a switchboard number), or work for
the same company under names that differ by a typo or two.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.models import Contact, ContactEmail, ContactPhone
from contactweb.services.contacts import ContactInput
from contactweb.services.visibility import visible_contacts
from contactweb.vault.workspace import Workspace

NAME_SIMILARITY = 0.85
SAME_EMAIL = "same email"
SAME_PHONE = "same phone"
SIMILAR_NAME = "similar name, same company"
#: a company with more contacts than this is only compared within its first ones
MAX_COMPARED_PER_COMPANY = 200


def person_name(first: str, last: str) -> str:
    return " ".join(f"{first} {last}".casefold().split())


def company_key(company: str) -> str:
    return " ".join(company.casefold().split())


def similar_names(a: str, b: str) -> bool:
    if not (a and b):
        return False
    if a == b:
        return True
    # Cheap upper bounds first: most pairs fail on length alone.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < NAME_SIMILARITY:
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= NAME_SIMILARITY and matcher.ratio() >= NAME_SIMILARITY


def names_agree(a: str, b: str) -> bool:
    """For a shared phone number: the same person unless both have names and they differ."""
    return not (a and b) or similar_names(a, b)


class DuplicateIndex:
    """Emails, phones and company names of the contacts a user can see, kept current as an
    import adds contacts, so that every row is checked against the vault and the rows before
    it."""

    def __init__(self) -> None:
        self._emails: dict[str, int] = {}
        self._phones: dict[str, list[int]] = {}
        self._companies: dict[str, list[int]] = {}
        self._names: dict[int, str] = {}

    @classmethod
    def load(cls, session: Session, ws: Workspace) -> DuplicateIndex:
        index = cls()
        visible = visible_contacts(ws)
        for cid, first, last, company in session.execute(
                select(Contact.id, Contact.first_name, Contact.last_name, Contact.company)
                .where(visible).order_by(Contact.id)):
            index._add_person(cid, person_name(first, last), company)
        for cid, address in session.execute(
                select(ContactEmail.contact_id, func.lower(ContactEmail.address))
                .join(Contact, Contact.id == ContactEmail.contact_id).where(visible)
                .order_by(ContactEmail.contact_id)):
            index._emails.setdefault(address, cid)
        for cid, number in session.execute(
                select(ContactPhone.contact_id, ContactPhone.number)
                .join(Contact, Contact.id == ContactPhone.contact_id).where(visible)
                .order_by(ContactPhone.contact_id)):
            index._add_phone(number, cid)
        return index

    def _add_person(self, cid: int, name: str, company: str) -> None:
        self._names[cid] = name
        key = company_key(company)
        if key:
            self._companies.setdefault(key, []).append(cid)

    def _add_phone(self, number: str, cid: int) -> None:
        owners = self._phones.setdefault(number, [])
        if cid not in owners:
            owners.append(cid)

    def add(self, cid: int, data: ContactInput) -> None:
        self._add_person(cid, person_name(data.first_name, data.last_name), data.company)
        for email in data.emails:
            self._emails.setdefault(email.address.lower(), cid)
        for phone in data.phones:
            self._add_phone(phone.number, cid)

    def add_values(self, cid: int, emails: Iterable[str], phones: Iterable[str]) -> None:
        """After an update added emails or phones to an existing contact."""
        for address in emails:
            self._emails.setdefault(address.lower(), cid)
        for number in phones:
            self._add_phone(number, cid)

    def match(self, data: ContactInput, exclude: int | None = None) -> tuple[int, str] | None:
        """The contact the data probably describes, with the reason; None if none."""
        for email in data.emails:
            cid = self._emails.get(email.address.lower())
            if cid is not None and cid != exclude:
                return cid, SAME_EMAIL
        name = person_name(data.first_name, data.last_name)
        for phone in data.phones:
            for cid in self._phones.get(phone.number, ()):
                if cid != exclude and names_agree(name, self._names.get(cid, "")):
                    return cid, SAME_PHONE
        key = company_key(data.company)
        if key and name:
            for cid in self._companies.get(key, ())[:MAX_COMPARED_PER_COMPANY]:
                if cid != exclude and similar_names(name, self._names.get(cid, "")):
                    return cid, SIMILAR_NAME
        return None
