"""One import's entries decided and written: each entry cleaned, its duplicates looked up
in the vault a batch at a time, then skipped, folded into the contact it matches or written
as a new contact a batch at a time; erased people and the file's opt-outs recorded at the
end. Shared by the one-transaction import (``importer``) and the batched one
(``import_in_batches``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy.orm import Session

from contactweb.errors import BadInput, NotFound
from contactweb.formats.interchange import ContactRecord, ImportProblem
from contactweb.i18n import _
from contactweb.models.consent import CHANNELS
from contactweb.services import audit, settings
from contactweb.services.consent import consent
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_fold import fold
from contactweb.services.contacts.contacts import ContactInput, details_of
from contactweb.services.contacts.contacts import _apply as apply_contact
from contactweb.services.contacts.duplicate_index import SAME_EMAIL
from contactweb.services.contacts.duplicate_lookup import ContactVanished, DuplicateLookup
from contactweb.services.importing.import_batch import ErasureIndex, NewContactBatch
from contactweb.services.importing.import_consent import ConsentFromFile
from contactweb.services.importing.import_validation import validated_contact
from contactweb.services.importing.record_mapping import clean_input
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.models import Contact
    from contactweb.services.importing.importer import ImportReport

#: entries read before their duplicates are looked up in the vault, all in one go
LOOKUP_BATCH = 1000


class _Entry(NamedTuple):
    """What deciding an entry reads of its record (``source``, ``consent``): the records of
    a batch waiting for their duplicates to be looked up are not kept whole."""

    source: str
    consent: dict[str, str]


class ImportRun:
    def __init__(self, session: Session, ws: Workspace, report: ImportReport,
                 on_duplicate: str, choices: dict[str, str], confirm_erased: bool,
                 consent_from_file: ConsentFromFile) -> None:
        self._session, self.ws, self.report = session, ws, report
        self.consent_from_file = consent_from_file
        self.on_duplicate, self.choices = on_duplicate, choices
        self.confirm_erased = confirm_erased
        self.region = settings.read(session, "default_region") or "US"
        # Asked of the vault a batch of entries at a time (the indexer must be done first).
        self.duplicates = DuplicateLookup(session, ws, lambda: self.batch.wait())
        self.pending: list[tuple[_Entry, ContactInput, int]] = []
        self.erasures = ErasureIndex(session, ws)
        # Written on this thread (on another, the driver would take the GIL back for every
        # row it binds) and indexed for search on one of its own (NewContactBatch).
        self.batch = NewContactBatch(session, ws)
        self.returning_erased: list[tuple[int, int]] = []  # (contact id, erasure record id)
        # Every contact this import brought back so (opted out of everything): a later entry
        # of the same person may be folded into them, or skipped as them.
        self.brought_back: set[int] = set()
        self.updated: set[int] = set()
        self.updated_in_batch: set[int] = set()  # to index again when the batch is written
        # The entry a contact made by this import came from is its ``source`` in the vault,
        # unless that had to be cut short (or was empty): then it is here.
        self.other_sources: dict[int, str] = {}

    @property
    def session(self) -> Session:
        """The import's session, once the search indexer has let go of its connection: every
        use goes through here, so none can forget to wait for it."""
        self.batch.wait()
        return self._session

    def import_one(self, record: ContactRecord) -> None:
        if not record.has_content():
            self.report.problems.append(ImportProblem(record.source, _("empty entry skipped")))
            return
        notes: list[ImportProblem] = []
        try:
            clean = clean_input(record, self.region, notes)
        except BadInput as exc:
            self.report.bad_rows.append(ImportProblem(record.source, str(exc)))
            return
        self.report.problems.extend(notes)
        # Decided with the rest of its batch: (what the decision reads of the entry (not the
        # whole record: a stream holds few), its contact, where its notes end)
        entry = _Entry(record.source, record.consent)
        self.pending.append((entry, clean, len(self.report.problems)))
        if len(self.pending) >= LOOKUP_BATCH:
            self._decide_pending()

    def _decide_pending(self) -> None:
        """Decide the entries read so far, their duplicates looked up in one go; the notes
        a decision makes go where deciding at once would have put them (after the entry's
        own), and the new contacts are written while the next entries are read."""
        pending, self.pending = self.pending, []
        if not pending:
            return
        if self.erasures.refresh(self.session):  # someone erased meanwhile is refused too
            self.duplicates.forget_missing()  # and matches no entry
        self.duplicates.prefetch([clean for _record, clean, _end in pending])
        said = []
        for number, (record, clean, _end) in enumerate(pending):
            own: list[ImportProblem] = []
            try:
                self._decide(record, clean, own)
            except ContactVanished:  # raised before the entry wrote or reported anything
                self._forget_vanished([clean for _record, clean, _end in pending[number:]])
                self._decide(record, clean, own)
            said.append(own)
        if any(said):
            problems = self.report.problems
            ends = [end for _record, _clean, end in pending] + [len(problems)]
            tail = []
            for number, own in enumerate(said):
                tail += own
                tail += problems[ends[number]:ends[number + 1]]
            problems[ends[0]:] = tail
        self.batch.flush()

    def _forget_vanished(self, rows: list[ContactInput]) -> None:
        """The contact an entry matched is gone: another desktop deleted or merged it away
        since an earlier batch (a team server, READ COMMITTED). What the lookup kept of such
        contacts is forgotten and the batch's remaining ``rows`` looked up again, the new
        contacts decided so far written first so they are found as before: the entry is then
        decided as if the contact had never been there."""
        self.batch.flush()
        self.duplicates.forget_missing()
        self.duplicates.prefetch(rows)

    def _decide(self, record: _Entry, clean: ContactInput,
                problems: list[ImportProblem]) -> None:
        existing = self.duplicates.match(clean)
        choice = self.choices.get(record.source, self.on_duplicate)
        erasure = self.erasures.match(clean)  # (no hashing while nobody was ever erased)
        if existing is not None and choice != "create" and erasure is not None \
                and existing[0] not in self.brought_back \
                and self._erased_beyond(existing[0], clean):
            # An erased person resembling the contact, not the contact: never folded into it
            # nor skipped as it, whether erased people are confirmed or not (with them, they
            # come back as a contact of their own, opted out of everything, below).
            if existing[1] == SAME_EMAIL:
                # Except with an address the contact holds: by the import's own rule the
                # entry is then that contact, and added as someone else with it, their
                # opt-outs would bar the address for the contact too (an opt-out binds the
                # mailbox). Refused even when confirmed, and said why.
                self.report.erased_matches.append(record.source)
                problems.append(ImportProblem(record.source, _(
                    "matches a person who was erased but has an email address of contact "
                    "{id}: not imported, even when confirmed, as their opt-outs would also "
                    "bar that address for contact {id}; if they came back themselves, add "
                    "them by hand").format(id=existing[0])))
                return
            existing = None
        earlier = self._created_source(existing[0]) if existing is not None else None
        if earlier is not None:
            self.report.repeated_in_file[record.source] = earlier
        # Someone who only resembles a contact (a similar name at the same company, a shared
        # number) but has other email addresses is more likely a second person (a colleague,
        # a family) than the same one: added apart and listed, unless chosen otherwise.
        # Folded, two people's details would be one contact's, for mailings and for an
        # erasure; two contacts are merged with one click if they were one person.
        if existing is not None and choice != "create" and record.source not in self.choices \
                and existing[1] != SAME_EMAIL \
                and self.duplicates.emails_differ(existing[0], clean):
            self.report.distinct_emails.append((record.source, *existing))
            existing = None
        if existing is not None and choice != "create":
            contact_id, reason = existing
            if choice == "skip":
                self.duplicates.confirm(contact_id)  # (a query only if met in an earlier batch)
                self.report.skipped_duplicates.append((record.source, contact_id, reason))
            else:
                self._update(contact_id, clean)
            self.consent_from_file.note(record, contact_id, problems)
            return
        if erasure is not None and not self.confirm_erased:
            self.report.erased_matches.append(record.source)
            return
        contact_id = self.batch.add(clean)
        self.duplicates.add(contact_id, clean)
        if clean.source != record.source:
            self.other_sources[contact_id] = record.source
        self.report.created.append(contact_id)
        self.consent_from_file.note(record, contact_id, problems)
        if erasure is not None:
            self.returning_erased.append((contact_id, erasure))
            self.brought_back.add(contact_id)

    def _erased_beyond(self, contact_id: int, entry: ContactInput) -> bool:
        """Whether the entry matches an erased person by a value the contact it resembles
        does not have (a name other than theirs, another address or number): written into
        it, that would be back in the vault, found by search, on a contact that may be
        mailed. What matched may also be all the contact's own (a namesake of the erased
        person, an address both had): the entry is then the contact's. Read only for an
        entry some erasure record matches."""
        _contact, held = self._matched_contact(contact_id)
        return self.erasures.match_beyond(entry, held) is not None

    def _matched_contact(self, contact_id: int) -> tuple[Contact, ContactInput]:
        """The contact an entry matched, and what it holds (ContactVanished if another
        desktop deleted it since the lookup met it)."""
        if self.batch.is_pending(contact_id):
            self.batch.flush()
        try:
            contact = load_visible_contact(self.session, self.ws, contact_id)
        except NotFound:
            raise ContactVanished(contact_id) from None
        return contact, details_of(self.session, contact).to_input()

    def _created_source(self, contact_id: int) -> str | None:
        """The entry of this file a contact was made from; None for one made before."""
        if not self.duplicates.is_created(contact_id):
            return None
        if contact_id in self.other_sources:
            self.duplicates.confirm(contact_id)  # still there: nothing is reported otherwise
            return self.other_sources[contact_id]
        return self.duplicates.source_of(contact_id)

    def _update(self, contact_id: int, new: ContactInput) -> None:
        """Add what the file knows and the vault does not; never overwrite what is there.
        (An entry that would give the contact an erased person's name, address or number
        never gets here: ``_erased_beyond``.)"""
        contact, current = self._matched_contact(contact_id)
        folded, changed = fold(current, new)
        if changed:  # (ContactVanished, nothing written, if it went meanwhile)
            self.duplicates.updating(contact_id, folded)
        self.updated_in_batch.add(contact_id)
        if contact_id not in self.updated:
            self.updated.add(contact_id)
            self.report.updated.append(contact_id)
        if not changed:
            return
        self.batch.before_update(folded.tags)
        apply_contact(self.session, self.ws, contact, validated_contact(folded, self.region))
        if any(tag.id is None for tag in contact.tags):
            # A tag made by this update: the new contacts' rows must link to it, not make
            # it again (UNIQUE tags.name, or a second tag differing in case).
            self.session.flush()
            self.batch.read_tags()
        self.duplicates.add_values(contact_id, [e.address for e in folded.emails],
                                   [p.number for p in folded.phones])
        audit.record(self.session, self.ws, "contact.update", "contact", contact_id,
                     {"source": "import"})

    def finish(self) -> None:
        self._decide_pending()
        self.batch.close(self.session, self.updated_in_batch)
        # Someone who was erased and came back starts opted out of everything.
        for contact_id, erasure_id in self.returning_erased:
            for channel in CHANNELS:
                consent.apply_event(self.session, self.ws, contact_id, channel, "opted_out",
                                    method="previously erased", source=f"erasure {erasure_id}")
        self.report.opt_outs += self.consent_from_file.record(self.session, self.ws)

    def commit_and_go_on(self) -> None:
        """Commit what ``finish`` wrote; the entries that follow start a new batch, with ids
        of their own (another desktop may have written in between)."""
        self.session.commit()
        self.returning_erased = []
        self.updated_in_batch = set()
        self.batch = NewContactBatch(self.session, self.ws)
