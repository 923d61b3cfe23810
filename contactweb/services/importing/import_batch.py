"""The write side of every new contact: its rows are built here and nowhere else, for a
contact typed in (a batch of one, ``insert_one``) or for an import or a bulk creation (a
thousand at a time, ``add``); and erased people recognised without reading every erasure
record once per row.

tests/unit/test_contacts_bulk.py compares the rows of both ways of writing.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from contactweb.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ErasureRecord,
    Tag,
    contact_tags,
    utcnow,
)
from contactweb.models.contact import new_uid
from contactweb.services.contacts.contacts import ContactInput
from contactweb.services.contacts.match_keys import company_key
from contactweb.services.importing.import_validation import fast_national_digits
from contactweb.services.privacy.erasure_match import identity_hashes, keyed_hash, name_key
from contactweb.store.bulk_insert import (
    SearchIndexPause,
    insert_rows,
    next_contact_id,
)
from contactweb.vault.workspace import Workspace

BATCH_SIZE = 1000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Every column of contacts, in the order NewContactBatch.flush writes them (a new column
# in the model without a value here fails the insert, which a test runs).
_CONTACT_COLUMNS = (
    "id", "prefix", "first_name", "middle_name", "last_name", "suffix", "sort_name",
    "company", "title", "birthday", "notes", "primary_email", "primary_phone", "city",
    "owner_id", "visibility", "status", "closed_at", "source", "photo", "photo_mime",
    "legal_hold", "legal_hold_reason", "created_at", "updated_at", "uid", "website", "language",
    "company_key")


class ErasureIndex:
    """The keyed hashes of every erased person, read once, and again only when records were
    added since (``refresh``) (see erasure_match.find_match, whose answer this gives: the
    oldest matching record)."""

    def __init__(self, session: Session, ws: Workspace) -> None:
        self._ws = ws
        self._by_hash: dict[str, int] = {}
        self._by_name: dict[str, int] = {}
        self._read: tuple[int, int | None] = (0, None)  # how many records, the newest id
        self.refresh(session)

    def refresh(self, session: Session) -> bool:
        """Read the records again if some were added since (then True): another desktop (a
        team server) or window may erase someone while a long import runs, and that person's
        later entries must be refused too. Counted as well: ids may be committed out of
        order."""
        count, newest = session.execute(select(func.count(), func.max(ErasureRecord.id))).one()
        read = (int(count), newest)
        if read == self._read:
            return False
        self._read = read
        self._by_hash.clear()
        self._by_name.clear()
        for record in session.execute(select(ErasureRecord).order_by(ErasureRecord.id)).scalars():
            if record.name_hash:
                self._by_name.setdefault(record.name_hash, record.id)
            for value in json.loads(record.identifier_hashes or "[]"):
                self._by_hash.setdefault(value, record.id)
        return True

    def match(self, data: ContactInput) -> int | None:
        if not (self._by_hash or self._by_name):
            return None
        found = []
        name = name_key(data.first_name, data.last_name)
        if name and (hit := self._by_name.get(keyed_hash(self._ws, "name", name))):
            found.append(hit)
        for value in identity_hashes(self._ws, [e.address for e in data.emails],
                                     [p.number for p in data.phones]):
            if hit := self._by_hash.get(value):
                found.append(hit)
        return min(found) if found else None

    def match_beyond(self, data: ContactInput, held: ContactInput) -> int | None:
        """``match`` by the values of ``data`` that an existing contact (``held``) does not
        have: its name unless it is the contact's, the addresses and numbers the contact
        lacks. None when what matched an erased person is all the contact's own (a namesake,
        an address they share)."""
        found = []
        name = name_key(data.first_name, data.last_name)
        if name and name != name_key(held.first_name, held.last_name) \
                and (hit := self._by_name.get(keyed_hash(self._ws, "name", name))):
            found.append(hit)
        own = set(identity_hashes(self._ws, [e.address for e in held.emails],
                                  [p.number for p in held.phones]))
        for value in identity_hashes(self._ws, [e.address for e in data.emails],
                                     [p.number for p in data.phones]):
            if value not in own and (hit := self._by_hash.get(value)):
                found.append(hit)
        return min(found) if found else None


_Write = tuple[Table, tuple[str, ...], list[tuple]]  # a table, its columns, rows of values


def _contact_values(d: ContactInput, owner_id: int, now: datetime,
                    uid: str | None = None) -> tuple:
    """A new contact's row, in the order of ``_CONTACT_COLUMNS`` after the id; ``uid``: the
    one it gets when it has none (``new_uid``'s when not given)."""
    return (d.prefix, d.first_name, d.middle_name, d.last_name, d.suffix,
            sort_name(d), d.company, d.title, d.birthday, d.notes,
            d.emails[0].address if d.emails else "",
            d.phones[0].number if d.phones else "",
            d.addresses[0].city if d.addresses else "", owner_id,
            "owner" if d.owner_only else "everyone", "active", None, d.source, d.photo,
            d.photo_mime, False, "", now, now, d.uid or uid or new_uid(), d.website, d.language,
            company_key(d.company))


# the RFC 4122 variant's first hex digit for each first digit of random bytes
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def new_uids(count: int) -> list[str]:
    """``count`` random version-4 UUIDs written as ``new_uid`` writes one (what
    ``str(uuid.UUID(bytes=..., version=4))`` makes of 16 random bytes), from one read of the
    system's randomness for them all rather than one each."""
    digits = os.urandom(16 * count).hex()
    return [f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
            for h in (digits[i:i + 32] for i in range(0, 32 * count, 32))]


def sort_name(data: ContactInput) -> str:
    """As contacts._apply computes it."""
    return " ".join(
        (data.last_name or data.company or data.first_name
         or (data.emails[0].address if data.emails else "")).casefold().split()
        + data.first_name.casefold().split())


#: how soon a thread waiting for the GIL gets it while a batch is written (Python's default
#: is 5 ms): the writer thread takes the GIL back after each of its statements
_WRITING_SWITCH_INTERVAL = 0.0005


class _QuickHandovers:
    """Python's switch interval shortened while any batch's writer thread runs, and put back
    when the last one ends. Each statement the writer runs ends with it waiting for the GIL
    the caller's thread holds (reading and checking rows): at the default interval that is up
    to 5 ms each, several times a batch, which left the writer behind the reader."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._writers = 0
        self._before = 0.0

    def start(self) -> None:
        with self._lock:
            if not self._writers:
                self._before = sys.getswitchinterval()
                sys.setswitchinterval(min(self._before, _WRITING_SWITCH_INTERVAL))
            self._writers += 1

    def end(self) -> None:
        with self._lock:
            self._writers -= 1
            if not self._writers:
                sys.setswitchinterval(self._before)


_QUICK_HANDOVERS = _QuickHandovers()


class NewContactBatch:
    """Validated new contacts, given their ids up front and written in batches. The ids are
    safe to choose: a write session holds SQLite's write lock from its first statement.

    A batch is written, and then indexed for search, on a thread of its own while the caller
    reads and checks the next rows: SQLite runs each statement without the GIL, and the rows
    go a thousand to a statement (``insert_rows``), so the writer takes the GIL back a few
    times a batch, not once a row (the inserts and the index are about a third of a
    100,000-row import; a team server does that work in its own process). One batch at most
    is in flight (bounded memory), and the connection is only ever used by one thread at a
    time: the caller's thread waits for the writer (``wait``) before it touches the session
    again, and ``stop`` before the transaction ends, whether it commits or rolls back. Here,
    the caller's thread reaches the connection only through ``_own_connection``, which
    waits. An error of the writer's is raised by that wait."""

    def __init__(self, session: Session, ws: Workspace, size: int | None = None) -> None:
        self._connection = session.connection()  # on this thread: _own_connection()
        self._owner_id = ws.user_id
        self._size = size or BATCH_SIZE
        self._pending: list[tuple[int, ContactInput, int]] = []  # id, contact, owner
        self._tags: dict[str, list[tuple[int, str]]] = {}
        self._tag_ids: dict[str, int] = {}  # a tag name as written -> _tag_id's answer
        # Chosen at the first ``add`` (on PostgreSQL that locks the table for the
        # transaction; a contact written with ``insert_one`` gets its id from the database).
        self.next_id = self.first_id = 0
        self._pause: SearchIndexPause | None = None  # from the first batch written
        self._writer: ThreadPoolExecutor | None = None  # from the first batch written
        self._writing: Future[None] | None = None
        self.read_tags()

    def add(self, data: ContactInput, owner_id: int | None = None) -> int:
        """Queue a contact (owned by the signed-in user unless ``owner_id`` says otherwise);
        returns the id it will have."""
        if not self.next_id:
            self.next_id = self.first_id = next_contact_id(self._own_connection())
        contact_id = self.next_id
        self.next_id += 1
        self._pending.append((contact_id, data, owner_id or self._owner_id))
        if len(self._pending) >= self._size:
            self.flush()
        return contact_id

    def is_pending(self, contact_id: int) -> bool:
        return bool(self._pending) and contact_id >= self._pending[0][0]

    def wait(self) -> None:
        """Until the batch on the writer's thread is written and indexed; its error, if any,
        is raised here. Afterwards the connection is the caller's thread's again."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.result()

    def _own_connection(self) -> Connection:
        """The connection, once the writer has let go of it."""
        self.wait()
        return self._connection

    def stop(self) -> None:
        """Wait for the writer and end it (an error of its own is left to ``wait``: this
        runs while another error may be on its way out)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.exception()
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None
            _QUICK_HANDOVERS.end()

    def flush(self) -> None:
        if not self._pending:
            return
        # The rows are made while the writer may still hold the connection.
        now = utcnow()
        contacts = [(cid, *_contact_values(d, owner, now, uid)) for (cid, d, owner), uid
                    in zip(self._pending, new_uids(len(self._pending)), strict=True)]
        writes = self._child_writes([(cid, d) for cid, d, _owner in self._pending])
        self._pending = []
        if self._pause is None:
            self._pause = SearchIndexPause(self._own_connection())
        writes.insert(0, (Contact.__table__, _CONTACT_COLUMNS, contacts))
        self.wait()  # one batch in flight
        if self._writer is None:
            self._writer = ThreadPoolExecutor(1, thread_name_prefix="contactweb-write")
            _QUICK_HANDOVERS.start()
        self._writing = self._writer.submit(self._write_and_index, writes, contacts[0][0],
                                            contacts[-1][0])

    def _write_and_index(self, writes: list[_Write], first: int, last: int) -> None:
        """On the writer's thread: a batch's rows, then its contacts' search index."""
        for table, columns, rows in writes:
            insert_rows(self._connection, table, columns, rows)
        self._pause.index_new(first, last)

    def insert_one(self, data: ContactInput, owner_id: int | None = None) -> int:
        """Write one contact at once, the rows built as ``add`` builds them, its id given by
        the database (no table lock for one row) and its search row by the index's triggers,
        as for any edit. Returns its id."""
        values = _contact_values(data, owner_id or self._owner_id, utcnow())
        contact_id = self._own_connection().execute(insert(Contact.__table__).values(
            dict(zip(_CONTACT_COLUMNS[1:], values, strict=True)))).inserted_primary_key[0]
        self._write(self._child_writes([(contact_id, data)]))
        return contact_id

    def _child_writes(self, contacts: list[tuple[int, ContactInput]]) -> list[_Write]:
        """The emails', phones', addresses' and tags' rows of these contacts."""
        tag_id = self._tag_id
        emails, phones, addresses, tags = [], [], [], []
        for cid, d in contacts:
            emails += [(cid, e.label, e.address, i) for i, e in enumerate(d.emails)]
            phones += [(cid, p.label, p.number, fast_national_digits(p.number), i)
                       for i, p in enumerate(d.phones)]
            addresses += [(cid, a.label, a.street, a.city, a.region, a.postcode, a.country, i)
                          for i, a in enumerate(d.addresses)]
            if d.tags:  # most contacts have none
                tags += [(cid, t) for t in dict.fromkeys(tag_id(name) for name in d.tags)]
        return [(ContactEmail.__table__, ("contact_id", "label", "address", "position"), emails),
                (ContactPhone.__table__, ("contact_id", "label", "number", "national_digits",
                                          "position"), phones),
                (ContactAddress.__table__, ("contact_id", "label", "street", "city", "region",
                                            "postcode", "country", "position"), addresses),
                (contact_tags, ("contact_id", "tag_id"), tags)]

    def _write(self, writes: list[_Write]) -> None:
        for table, columns, rows in writes:
            insert_rows(self._own_connection(), table, columns, rows)

    def close(self, session: Session, changed_ids: set[int]) -> None:
        """Write what is left and index it for search; ``changed_ids``: contacts that
        existed before and were changed meanwhile (an update from the file)."""
        self.flush()
        self.wait()
        self.stop()
        if self._pause is not None:
            session.flush()  # the ORM's own changes first, so the index sees them
            new = (self.first_id, self.next_id - 1) if self.next_id > self.first_id else None
            self._pause.resume(new, changed_ids)
            self._pause = None

    def read_tags(self) -> None:
        """(Re)read the vault's tags: at the start, and after an edit through the ORM (an
        update from the file) made a tag, which the rows written here must then link to
        rather than insert again."""
        self._tags.clear()
        self._tag_ids.clear()
        tags = self._own_connection().execute(select(Tag.id, Tag.name).order_by(Tag.id))
        for tag_id, name in tags:
            self._tags.setdefault(name.casefold(), []).append((tag_id, name))

    def before_update(self, tag_names: list[str]) -> None:
        """An update through the ORM is about to link these tags. A name no tag has yet may
        be carried by a contact queued here, earlier in the file: written first, it makes
        the tag with its spelling, as the same edits one by one would."""
        if self._pending and any(self._existing_tag(name) is None for name in tag_names):
            self.flush()

    def _existing_tag(self, name: str) -> int | None:
        """The tag contacts._tags would pick: one whose name matches in SQLite's lower()
        (ASCII letters only) and in Python's casefold(); the newest if several do."""
        known = self._tag_ids.get(name)
        if known is not None:
            return known
        wanted = name.lower()
        for tag_id, existing in reversed(self._tags.get(name.casefold(), [])):
            if existing.translate(_ASCII_LOWER) == wanted:
                self._tag_ids[name] = tag_id
                return tag_id
        return None

    def _tag_id(self, name: str) -> int:
        """``_existing_tag``'s, or a new tag of this name."""
        tag_id = self._existing_tag(name)
        if tag_id is not None:
            return tag_id
        tag_id = self._own_connection().execute(
            insert(Tag.__table__).values(name=name)).inserted_primary_key[0]
        self._tags.setdefault(name.casefold(), []).append((tag_id, name))
        self._tag_ids.clear()  # a new tag may be the newest match of a name looked up before
        return tag_id
