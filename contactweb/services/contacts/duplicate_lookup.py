"""An import's duplicate detection asked of the vault, a batch of rows at a time, so that its
memory does not grow with the file.

``DuplicateIndex.load`` kept every visible contact's addresses, numbers, names and companies
in memory and every imported row's beside them: about 0.5 KB a contact, 650 MB at a million
rows. ``DuplicateLookup`` gives the same answers holding only what one batch of rows needs:
before the batch is decided, ``prefetch`` reads from the vault the contacts that share one of
its rows' addresses (case aside), phone numbers or companies (the first ones of each), among
the contacts that were there and those this import wrote; within the batch, contacts it adds
are kept as the index kept them. The rules and their order are DuplicateIndex's own code
(this class is one, filled per batch), so only the order of several contacts sharing a value
has to be rebuilt: the index knew them in the order it met them, which is the order of their
ids, except for values an update gave a contact during the import. Those few are remembered
(``_remembered_*``), with the names and companies an update changed (the index kept the ones
it had met). tests/unit/test_duplicate_lookup_property.py compares the two over random files.

The index compared addresses it loaded in SQL's ``lower`` and those of imported rows in
Python's; they differ only for letters outside ASCII, so an imported row's address with such
letters is remembered too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from contactweb.errors import NotFound
from contactweb.i18n import _
from contactweb.models import Contact, ContactEmail, ContactPhone
from contactweb.services.contacts.company_members import CompanyMembers
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.duplicate_index import (
    MAX_COMPARED_PER_COMPANY,
    DuplicateIndex,
)
from contactweb.services.contacts.match_keys import company_key, person_name
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.vault.workspace import Workspace

#: values per IN list (SQLite allows 32,766 parameters; PostgreSQL more)
_CHUNK = 900
# Where a contact stands in the order the index met values: the vault's contacts first, by
# id; then this import's, each new contact at its id and a value an update gave a contact
# just before the next new id (count: the order of such updates).
_Order = tuple[int, int, int, int]


class ContactVanished(NotFound):
    """A contact an entry was matched to is no longer in the vault (or no longer visible):
    another desktop deleted or merged it away while the import ran (a team server). The
    import forgets what it kept of such contacts (``forget_missing``) and decides the entry
    again."""

    def __init__(self, contact_id: int) -> None:
        super().__init__(_("No contact with id {id}.").format(id=contact_id))
        self.contact_id = contact_id


class DuplicateLookup(DuplicateIndex):
    """DuplicateIndex's ``match`` and ``emails_differ`` for the rows of one batch at a time;
    ``prefetch`` each batch before its rows are matched. ``ready`` is called before every
    query: the import's search indexer thread must have let go of the connection."""

    def __init__(self, session: Session, ws: Workspace,
                 ready: Callable[[], None] = lambda: None) -> None:
        super().__init__()
        self._session, self._ready = session, ready
        self._visible = visible_contacts(ws)
        self._visible_sql: str | None = None  # the same, as SQL text (``_rows``)
        self._marker = "?"
        self._created: list[list[int]] = []  # runs [first, last] of the ids this import made
        self._updates = 0
        # Values updates gave contacts, and imported addresses outside ASCII: key -> {id: order}
        self._remembered_emails: dict[str, dict[int, _Order]] = {}
        self._remembered_phones: dict[str, dict[int, _Order]] = {}
        # (name, company key) as the index met a contact whose update changed them
        self._met_as: dict[int, tuple[str, str]] = {}
        self._large_companies: set[str] = set()
        self._kept = CompanyMembers()  # companies read once, kept current between batches
        self.sources: dict[int, str] = {}  # the batch's contacts' ``source``

    # --- the order the index met contacts in ------------------------------------------------

    def is_created(self, contact_id: int) -> bool:
        return any(first <= contact_id <= last for first, last in reversed(self._created))

    def _order(self, contact_id: int) -> _Order:
        return (1, contact_id, 1, 0) if self.is_created(contact_id) else (0, contact_id, 0, 0)

    def _update_order(self) -> _Order:
        self._updates += 1
        last = self._created[-1][1] if self._created else 0
        return (1, last + 1, 0, self._updates)

    # --- a batch ------------------------------------------------------------------------------

    def prefetch(self, rows: Sequence[ContactInput]) -> None:
        """Forget the last batch and read what the vault knows about these rows' values."""
        self.__init_batch()
        self._ready()
        self._session.flush()  # an update's changes, for the queries below
        lowered = [[e.address.lower() for e in d.emails] for d in rows]
        self._prefetch_emails({address for addresses in lowered for address in addresses})
        # A row with an address the vault knows matches it whatever else it has (a contact
        # the batch adds never goes before one the vault has): its number and company are
        # not needed (a file imported again is all such rows).
        known = self._emails
        if known:
            rows = [d for d, addresses in zip(rows, lowered, strict=True)
                    if not any(address in known for address in addresses)]
        numbers = {p.number for d in rows for p in d.phones}
        companies = {company_key(d.company) for d in rows
                     if d.company and (d.first_name or d.last_name)} - {""}
        self._prefetch_phones(numbers)
        self._prefetch_companies(companies)

    def forget_missing(self) -> None:
        """Contacts were erased, deleted or merged away meanwhile (another desktop, a team
        server): nothing kept here may match an entry to one of them. The kept companies are
        read again; the values and names remembered for contacts the vault no longer has (or
        this user no longer sees) are dropped."""
        self._kept = CompanyMembers()
        ids = sorted(set(self._met_as).union(*self._remembered_emails.values()))
        self._ready()
        there: set[int] = set()
        for start in range(0, len(ids), _CHUNK):
            there.update(self._session.execute(select(Contact.id).where(
                Contact.id.in_(ids[start:start + _CHUNK]), self._visible)).scalars())
        for contact_id in set(ids) - there:
            self._met_as.pop(contact_id, None)
            for owners in self._remembered_emails.values():
                owners.pop(contact_id, None)

    def __init_batch(self) -> None:
        DuplicateIndex.__init__(self)
        self.sources = {}

    def _prefetch_emails(self, keys: set[str]) -> None:
        owners: dict[str, dict[int, _Order]] = {}
        for chunk in _chunks(keys):
            for contact_id, address, sql_lower, source in self._rows(
                    "SELECT contact_emails.contact_id, contact_emails.address, "
                    "lower(contact_emails.address), contacts.source FROM contact_emails "
                    "JOIN contacts ON contacts.id = contact_emails.contact_id "
                    "WHERE lower(contact_emails.address) IN ({values}) AND ({visible})", chunk):
                self.sources[contact_id] = source
                if self.is_created(contact_id):
                    key, order = address.lower(), (1, contact_id, 1, 0)
                else:
                    key, order = sql_lower, (0, contact_id, 0, 0)
                if key in keys and contact_id not in self._remembered_emails.get(key, {}):
                    owners.setdefault(key, {})[contact_id] = order
        for key in keys:  # values given by updates, in the order the index met them
            for contact_id, order in self._remembered_emails.get(key, {}).items():
                owners.setdefault(key, {})[contact_id] = order
        for key, found in owners.items():
            self._emails[key] = min(found, key=found.__getitem__)

    def _prefetch_phones(self, numbers: set[str]) -> None:
        owners: dict[str, dict[int, _Order]] = {}
        for chunk in _chunks(numbers):
            for contact_id, number, first, last, source in self._rows(
                    "SELECT contact_phones.contact_id, contact_phones.number, "
                    "contacts.first_name, contacts.last_name, contacts.source "
                    "FROM contact_phones JOIN contacts ON contacts.id = contact_phones.contact_id "
                    "WHERE contact_phones.number IN ({values}) AND ({visible})", chunk):
                self.sources[contact_id] = source
                self._names[contact_id] = self._met_as.get(
                    contact_id, (person_name(first, last), ""))[0]
                remembered = self._remembered_phones.get(number, {})
                owners.setdefault(number, {})[contact_id] = remembered.get(
                    contact_id) or self._order(contact_id)
        for number, found in owners.items():
            self._phones[number] = sorted(found, key=found.__getitem__)

    def _prefetch_companies(self, keys: set[str]) -> None:
        """The first MAX_COMPARED_PER_COMPANY contacts the index met under each company, in
        id order, with the names it met them with (an update may have changed both since).
        A company read once is kept (``CompanyMembers``) and not read again."""
        limit = MAX_COMPARED_PER_COMPANY + len(self._met_as)
        found: dict[str, dict[int, str]] = {key: {} for key in keys}
        columns = (Contact.id, Contact.first_name, Contact.last_name, Contact.company_key,
                   Contact.source)
        held = self._kept
        # (by the batch's keys: the kept companies may be tens of thousands)
        unread = {key for key in keys - self._large_companies if key not in held}
        rows: list = []
        for chunk in _chunks(unread):
            rows += self._rows(
                "SELECT contacts.id, contacts.first_name, contacts.last_name, "
                "contacts.company_key, contacts.source FROM contacts "
                "WHERE contacts.company_key IN ({values}) AND ({visible}) "
                "ORDER BY contacts.id", chunk)
        one = (select(*columns).where(Contact.company_key == bindparam("key"), self._visible)
               .order_by(Contact.id).limit(limit))
        for key in sorted(keys & self._large_companies):
            rows += self._session.execute(one, {"key": key}).all()
        for contact_id, first, last, key, source in rows:
            self.sources[contact_id] = source
            if len(found[key]) >= limit:
                self._large_companies.add(key)  # read with a LIMIT from now on
            else:
                found[key][contact_id] = person_name(first, last)
        for key in unread - self._large_companies:
            held.keep(key, found[key])
        for key in [key for key in keys if key in held]:
            ids, names = held.members(key)
            if len(ids) > limit:  # as a read would find it: too large to keep
                held.forget(key)
                self._large_companies.add(key)
            if not self._met_as and key not in self._companies:  # as they are, in id order
                self._add_company(key, ids[:MAX_COMPARED_PER_COMPANY],
                                  names[:MAX_COMPARED_PER_COMPANY])
                del found[key]
            else:
                found[key] = dict(zip(ids[:limit], names[:limit], strict=True))
        for contact_id, (name, key) in self._met_as.items():
            if key in found:
                found[key][contact_id] = name
        for key, members in found.items():
            if not members:  # a company the vault does not have yet
                continue
            kept = [(cid, name) for cid, name in sorted(members.items())
                    if self._met_as.get(cid, (name, key))[1] == key]
            for contact_id, name in kept[:MAX_COMPARED_PER_COMPANY]:
                self._add_person(contact_id, self._met_as.get(contact_id, (name, key))[0], key)

    def _add_company(self, key: str, ids: Sequence[int], names: list[str]) -> None:
        """``_add_person`` for each of a company's first contacts (at most
        MAX_COMPARED_PER_COMPANY), the company not met yet in this batch."""
        if not ids:
            return
        if company_key(key) != key:  # not a key as stored: _add_person's way
            for contact_id, name in zip(ids, names, strict=True):
                self._add_person(contact_id, name, key)
            return
        self._names.update(zip(ids, names, strict=True))
        self._companies[key] = list(ids)
        self._company_names[key] = names

    def _rows(self, sql: str, values: list[str]) -> list:
        """The rows of ``sql`` with ``{values}`` the list of values and ``{visible}`` the
        rule of which contacts the user sees, through the driver: SQLAlchemy's handling of a
        thousand parameters cost four times SQLite's lookups."""
        connection = self._session.connection()
        if self._visible_sql is None:
            self._visible_sql = str(self._visible.compile(
                dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
            self._marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        statement = sql.format(values=", ".join([self._marker] * len(values)),
                               visible=self._visible_sql)
        return connection.exec_driver_sql(statement, tuple(values)).all()

    # --- what the import does meanwhile ----------------------------------------------------

    def add(self, cid: int, data: ContactInput) -> None:
        if self._created and self._created[-1][1] + 1 == cid:
            self._created[-1][1] = cid
        else:
            self._created.append([cid, cid])
        for email in data.emails:
            if not email.address.isascii():  # SQL's lower may not find it again
                self._remembered_emails.setdefault(email.address.lower(), {}).setdefault(
                    cid, (1, cid, 1, 0))
        self.sources[cid] = data.source
        key = company_key(data.company)
        if key in self._kept:
            self._kept.add(key, cid, person_name(data.first_name, data.last_name))
        super().add(cid, data)

    def updating(self, cid: int, folded: ContactInput) -> None:
        """Before an update writes ``folded`` over contact ``cid``: what it adds is
        remembered in the order the index would have met it, and a name or company it
        changes as the index met it. Its row is held from here (the update writes it anyway):
        another desktop cannot delete it before the update is written."""
        self._ready()
        row = self._session.execute(
            select(Contact.first_name, Contact.last_name, Contact.company)
            .where(Contact.id == cid).with_for_update()).one_or_none()
        if row is None:
            raise ContactVanished(cid)
        first, last, company = row
        met = self._met_as.get(cid, (person_name(first, last), company_key(company)))
        self._names.setdefault(cid, met[0])  # a number it gains is checked against its name
        if (person_name(folded.first_name, folded.last_name), company_key(folded.company)) \
                != met:
            self._met_as[cid] = met
        emails = self._email_keys_of(cid)
        numbers = set(self._session.execute(
            select(ContactPhone.number).where(ContactPhone.contact_id == cid)).scalars())
        order = self._update_order()
        for email in folded.emails:
            key = email.address.lower()
            if key not in emails:
                self._remembered_emails.setdefault(key, {}).setdefault(cid, order)
        for phone in folded.phones:
            if phone.number not in numbers:
                self._remembered_phones.setdefault(phone.number, {}).setdefault(cid, order)

    def add_values(self, cid: int, emails: Iterable[str], phones: Iterable[str]) -> None:
        self._load_emails_of(cid)
        super().add_values(cid, emails, phones)

    def emails_differ(self, cid: int, data: ContactInput) -> bool:
        self._load_emails_of(cid)
        return super().emails_differ(cid, data)

    def source_of(self, cid: int) -> str:
        """The ``source`` of a contact this batch met (ContactVanished if it is gone)."""
        if cid not in self.sources:
            self.confirm(cid)
        return self.sources[cid]

    def confirm(self, cid: int) -> None:
        """ContactVanished unless the contact an entry matched is still in the vault. No
        query for one read or added in this batch (its row, or its addresses: a deleted
        contact has none): only a contact known from an earlier batch (a kept company, a
        remembered value) may have been deleted by another desktop since (a team server; on
        a desktop vault the import holds the write lock)."""
        if cid in self.sources or cid in self._emails_of:
            return
        self._ready()
        row = self._session.execute(
            select(Contact.source).where(Contact.id == cid, self._visible)).one_or_none()
        if row is None:
            raise ContactVanished(cid)
        self.sources[cid] = row.source

    def _load_emails_of(self, cid: int) -> None:
        if cid in self._emails_of:
            return
        for key in sorted(self._email_keys_of(cid)):
            known = self._emails_of.get(cid)
            self._emails_of[cid] = key if known is None else (*self._addresses(known), key)

    def _email_keys_of(self, cid: int) -> set[str]:
        """The contact's addresses as the index knew them: those it loaded in SQL's lower
        case, those of this import in Python's."""
        self._ready()
        keys = set()
        created = self.is_created(cid)
        for address, sql_lower in self._session.execute(
                select(ContactEmail.address, func.lower(ContactEmail.address))
                .where(ContactEmail.contact_id == cid)):
            python_lower = address.lower()
            if created or cid in self._remembered_emails.get(python_lower, {}):
                keys.add(python_lower)
            if not created:
                keys.add(sql_lower)
        return keys


def _chunks(values: Iterable[str]) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[i:i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]
