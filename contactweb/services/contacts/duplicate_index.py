"""When two contacts are probably one person: the rules, and an in-memory index that applies
them to a whole import without a query per row.

Two contacts are duplicates when they share an email address (case aside), or share a phone
number and their names do not disagree (colleagues share a switchboard number), or work for
the same company under names that differ by a typo or two.

Name similarity is difflib's ratio, as it always was; RapidFuzz decides first which pairs can
reach it. Its Indel similarity counts the longest common subsequence, which is never shorter
than the matching blocks difflib finds, so a pair below the threshold there is below it in
difflib too, and difflib (in Python, ~100x slower) only confirms the few pairs that pass.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import Indel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.models import Contact, ContactEmail, ContactPhone
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.match_keys import company_key, person_name
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.vault.workspace import Workspace

NAME_SIMILARITY = 0.85
SAME_EMAIL = "same email"
SAME_PHONE = "same phone"
SIMILAR_NAME = "similar name, same company"
#: a company with more contacts than this is only compared within its first ones
MAX_COMPARED_PER_COMPANY = 200
#: the prefilter's cut-off, a hair lower so float rounding can never drop a pair difflib keeps
_PREFILTER_CUTOFF = NAME_SIMILARITY - 1e-9
#: blocks up to this size are compared pair by pair (measured: cheaper than one batch call)
_SMALL_BLOCK = 8


def similar_names(a: str, b: str) -> bool:
    if not (a and b):
        return False
    if a == b:
        return True
    # Cheap upper bounds first: most pairs fail on length alone, most others in RapidFuzz.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < NAME_SIMILARITY:
        return False
    if not Indel.normalized_similarity(a, b, score_cutoff=_PREFILTER_CUTOFF):
        return False
    return difflib_similar(a, b)


def difflib_similar(a: str, b: str) -> bool:
    """The rule itself: difflib's ratio at least NAME_SIMILARITY."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= NAME_SIMILARITY and matcher.ratio() >= NAME_SIMILARITY


def names_agree(a: str, b: str) -> bool:
    """For a shared phone number: the same person unless both have names and they differ."""
    return not (a and b) or similar_names(a, b)


class DuplicateIndex:
    """Emails, phones and company names of the contacts a user can see, kept current as an
    import adds contacts, so that every row is checked against the vault and the rows before
    it."""

    # Kept small: an import of a million rows holds an entry per row. A contact's addresses
    # are one string (the usual single address, the same object as its key in _emails) or a
    # tuple; a phone number's owner is an id, or a list of ids when several share it.

    def __init__(self) -> None:
        self._emails: dict[str, int] = {}
        self._emails_of: dict[int, str | tuple[str, ...]] = {}  # contact -> lower case
        self._phones: dict[str, int | list[int]] = {}
        self._companies: dict[str, list[int]] = {}
        # The first MAX_COMPARED_PER_COMPANY names of each company, beside its ids, so a row
        # is compared with its company in one RapidFuzz call.
        self._company_names: dict[str, list[str]] = {}
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
            index._add_email(address, cid)
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
            ids = self._companies.setdefault(key, [])
            ids.append(cid)
            if len(ids) <= MAX_COMPARED_PER_COMPANY:
                self._company_names.setdefault(key, []).append(name)

    def _add_phone(self, number: str, cid: int) -> None:
        owners = self._phones.get(number)
        if owners is None:
            self._phones[number] = cid
        elif isinstance(owners, int):
            if owners != cid:
                self._phones[number] = [owners, cid]
        elif cid not in owners:
            owners.append(cid)

    def _owners(self, number: str) -> tuple[int, ...] | list[int]:
        owners = self._phones.get(number, ())
        return (owners,) if isinstance(owners, int) else owners

    def _add_email(self, address: str, cid: int) -> None:
        """``address`` in lower case."""
        self._emails.setdefault(address, cid)
        known = self._emails_of.get(cid)
        if known is None:
            self._emails_of[cid] = address
        elif address not in self._addresses(known):
            self._emails_of[cid] = (*self._addresses(known), address)

    @staticmethod
    def _addresses(known: str | tuple[str, ...]) -> tuple[str, ...]:
        return (known,) if isinstance(known, str) else known

    def add(self, cid: int, data: ContactInput) -> None:
        self._add_person(cid, person_name(data.first_name, data.last_name), data.company)
        for email in data.emails:
            self._add_email(email.address.lower(), cid)
        for phone in data.phones:
            self._add_phone(phone.number, cid)

    def add_values(self, cid: int, emails: Iterable[str], phones: Iterable[str]) -> None:
        """After an update added emails or phones to an existing contact."""
        for address in emails:
            self._add_email(address.lower(), cid)
        for number in phones:
            self._add_phone(number, cid)

    def confirm(self, cid: int) -> None:
        """That a contact met is still there (DuplicateLookup, whose contacts may be met in
        an earlier batch): this index loads them all in the one transaction that uses it."""

    def emails_differ(self, cid: int, data: ContactInput) -> bool:
        """Both have email addresses and share none: a matching name or phone is then more
        likely two people (colleagues, a family) than one."""
        known = self._emails_of.get(cid)
        theirs = set(self._addresses(known)) if known is not None else set()
        mine = {e.address.lower() for e in data.emails}
        return bool(theirs) and bool(mine) and not theirs & mine

    def match(self, data: ContactInput, exclude: int | None = None) -> tuple[int, str] | None:
        """The contact the data probably describes, with the reason; None if none."""
        for email in data.emails:
            cid = self._emails.get(email.address.lower())
            if cid is not None and cid != exclude:
                return cid, SAME_EMAIL
        name = person_name(data.first_name, data.last_name)
        for phone in data.phones:
            for cid in self._owners(phone.number):
                if cid != exclude and names_agree(name, self._names.get(cid, "")):
                    return cid, SAME_PHONE
        key = company_key(data.company)
        if key and name:
            cid = self._similar_in_company(key, name, exclude)
            if cid is not None:
                return cid, SIMILAR_NAME
        return None

    def _similar_in_company(self, key: str, name: str, exclude: int | None) -> int | None:
        """The first of the company's contacts (in the order they were added) whose name is
        similar, as a loop over them with similar_names would find."""
        names = self._company_names.get(key)
        if not names:
            return None
        ids = self._companies[key]
        if len(names) <= _SMALL_BLOCK:  # one call per pair beats process.extract's set-up
            for cid, other in zip(ids, names, strict=False):
                if cid != exclude and similar_names(name, other):
                    return cid
            return None
        passed = process.extract(name, names, scorer=Indel.normalized_similarity,
                                 score_cutoff=_PREFILTER_CUTOFF, limit=None)
        for position in sorted(index for _, _, index in passed):
            cid = ids[position]
            other = names[position]
            if cid != exclude and other and (other == name or difflib_similar(name, other)):
                return cid
        return None
