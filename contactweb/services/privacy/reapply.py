"""Re-applying erasures to a restored backup before anyone uses it.

A backup taken before an erasure still holds the person. Restore calls ``reapply_erasures``
on the rebuilt database file (before it is swapped in), with the erasure fingerprints of the
vault being replaced, so that someone erased after the backup was taken is erased again.

Matching is by keyed hashes only. A restored contact is erased again when
- its row fingerprint (contact id and creation time) is one an erasure recorded: the same row;
- or one of its email addresses or phone numbers hashes to one an erasure recorded;
- or its name hashes to an erased name and it has no email address or phone number at all
  (nothing else could tell it apart). A namesake with their own address or number is kept.
A legal hold stored in the backup does not protect a match: the erasure happened later, and
erasure is refused while a hold is in place, so that hold was released before it.

Every snapshot carries the vault's ledger in its manifest (``ledger_of``): the erasure
fingerprints and the mailbox statements (opt-outs that outlive their contact). A restore
applies the ledgers of every snapshot in the backup set, so restoring an old snapshot on a
new machine still erases whoever was erased later and keeps every later opt-out.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactweb.models import Contact, ErasureRecord, MailboxStatement
from contactweb.services.privacy.purge import identity_of, purge_contact
from contactweb.store.disk_scrub import optimize_search_index, scrub_database
from contactweb.store.engine import verify_key
from contactweb.store.migrate import upgrade_to_head
from contactweb.vault.vault import Vault
from contactweb.vault.workspace import Workspace

RESTORE_ACTOR = "restore"


@dataclass(frozen=True)
class ErasureFingerprint:
    """An ErasureRecord as plain data, to carry from one database file into another."""

    erased_at: datetime
    erased_by: str
    name_hash: str
    identifier_hashes: tuple[str, ...]
    removed_counts: str

    @property
    def key(self) -> tuple:
        return (self.erased_at, self.name_hash, self.identifier_hashes)


@dataclass(frozen=True)
class StatementEntry:
    """A mailbox statement as plain data (keyed hash only)."""

    channel: str
    mailbox_hash: str
    status: str
    stated_at: datetime


@dataclass
class ReapplyResult:
    contacts_erased: list[int] = field(default_factory=list)  # ids in the restored file
    records_carried: int = 0  # fingerprints copied in from the vault being replaced
    statements_carried: int = 0  # mailbox statements newer than the restored file's


def fingerprint_of(record: ErasureRecord) -> ErasureFingerprint:
    return ErasureFingerprint(record.erased_at, record.erased_by, record.name_hash,
                              tuple(sorted(json.loads(record.identifier_hashes or "[]"))),
                              record.removed_counts)


def erasure_fingerprints(ws: Workspace) -> list[ErasureFingerprint]:
    """Every ErasureRecord of the signed-in vault (no personal data in them)."""
    with ws.session(readonly=True) as session:
        return [fingerprint_of(r) for r in session.execute(select(ErasureRecord)).scalars()]


def mailbox_statement_entries(ws: Workspace) -> list[StatementEntry]:
    with ws.session(readonly=True) as session:
        return [StatementEntry(r.channel, r.mailbox_hash, r.status, r.stated_at)
                for r in session.execute(select(MailboxStatement)).scalars()]


def ledger_of(ws: Workspace) -> dict:
    """What every snapshot carries for later restores: keyed hashes only, no personal data."""
    return {
        "erasures": [{"erased_at": fp.erased_at.isoformat(), "erased_by": fp.erased_by,
                      "name_hash": fp.name_hash, "identifier_hashes": list(fp.identifier_hashes),
                      "removed_counts": fp.removed_counts} for fp in erasure_fingerprints(ws)],
        "mailbox_statements": [[e.channel, e.mailbox_hash, e.status, e.stated_at.isoformat()]
                               for e in mailbox_statement_entries(ws)],
    }


class Carried:
    """Erasures and mailbox statements to bring into a restored file. Each ledger of a backup
    set repeats most of the one before it, so each erasure is kept once and each mailbox's
    newest statement only."""

    def __init__(self, erasures: Iterable[ErasureFingerprint] = (),
                 statements: Iterable[StatementEntry] = ()) -> None:
        self._erasures: dict[tuple, ErasureFingerprint] = {}
        self._statements: dict[tuple[str, str], StatementEntry] = {}
        for fp in erasures:
            self._erasures.setdefault(fp.key, fp)
        for entry in statements:
            self._add_statement(entry)

    @property
    def erasures(self) -> list[ErasureFingerprint]:
        return list(self._erasures.values())

    @property
    def statements(self) -> list[StatementEntry]:
        return list(self._statements.values())

    def _add_statement(self, entry: StatementEntry) -> None:
        known = self._statements.get((entry.channel, entry.mailbox_hash))
        if known is None or known.stated_at < entry.stated_at:
            self._statements[(entry.channel, entry.mailbox_hash)] = entry

    def add_ledger(self, ledger: dict) -> None:
        for item in ledger.get("erasures", []):
            fp = ErasureFingerprint(
                datetime.fromisoformat(item["erased_at"]), str(item["erased_by"]),
                str(item["name_hash"]), tuple(sorted(item["identifier_hashes"])),
                str(item["removed_counts"]))
            self._erasures.setdefault(fp.key, fp)
        for channel, mailbox_hash, status, stated_at in ledger.get("mailbox_statements", []):
            self._add_statement(StatementEntry(str(channel), str(mailbox_hash), str(status),
                                               datetime.fromisoformat(stated_at)))

    @classmethod
    def from_vault(cls, ws: Workspace) -> Carried:
        return cls(erasure_fingerprints(ws), mailbox_statement_entries(ws))


def _carry_statements(session: Session, statements: Iterable[StatementEntry]) -> int:
    """The newest statement per mailbox wins, wherever it was made."""
    carried = 0
    for entry in statements:
        row = session.get(MailboxStatement, (entry.channel, entry.mailbox_hash))
        if row is None:
            session.add(MailboxStatement(channel=entry.channel, mailbox_hash=entry.mailbox_hash,
                                         status=entry.status, stated_at=entry.stated_at))
        elif row.stated_at < entry.stated_at:
            row.status, row.stated_at = entry.status, entry.stated_at
        else:
            continue
        carried += 1
    session.flush()
    return carried


def _matches(identity_name: str, identity_ids: set[str], has_contact_details: bool,
             names: set[str], ids: set[str]) -> bool:
    if identity_ids & ids:
        return True
    return bool(identity_name) and identity_name in names and not has_contact_details


def reapply_in_session(session: Session, ws: Workspace,
                       carried: Iterable[ErasureFingerprint] = (),
                       statements: Iterable[StatementEntry] = ()) -> ReapplyResult:
    """Inside the caller's transaction: copy in missing fingerprints and newer mailbox
    statements, then erase every contact that matches any fingerprint. ``ws`` only supplies
    the keys and the audit name."""
    result = ReapplyResult()
    result.statements_carried = _carry_statements(session, statements)
    present = {fingerprint_of(r).key for r in session.execute(select(ErasureRecord)).scalars()}
    for fp in carried:
        if fp.key not in present:
            session.add(ErasureRecord(erased_at=fp.erased_at, erased_by=fp.erased_by,
                                      name_hash=fp.name_hash,
                                      identifier_hashes=json.dumps(list(fp.identifier_hashes)),
                                      removed_counts=fp.removed_counts))
            present.add(fp.key)
            result.records_carried += 1
    session.flush()
    names: set[str] = set()
    ids: set[str] = set()
    for record in session.execute(select(ErasureRecord)).scalars():
        if record.name_hash:
            names.add(record.name_hash)
        ids.update(json.loads(record.identifier_hashes or "[]"))
    if not (names or ids):
        return result
    for contact in list(session.execute(select(Contact).order_by(Contact.id)).scalars()):
        identity = identity_of(ws, contact)
        details = bool(contact.emails or contact.phones)
        if _matches(identity.name_hash, set(identity.identifier_hashes), details, names, ids):
            contact_id = contact.id
            purge_contact(session, ws, contact, RESTORE_ACTOR, "restore")
            result.contacts_erased.append(contact_id)
    # Re-erasing leaves a fresh record per contact; the carried ones already say it all.
    if result.contacts_erased:
        optimize_search_index(session)
    return result


def reapply_erasures(db_path: Path, raw_key: bytes,
                     carried: Iterable[ErasureFingerprint] = (),
                     statements: Iterable[StatementEntry] = ()) -> ReapplyResult:
    """Open the restored database file with the vault key, bring its schema up to date,
    re-apply every erasure (its own and ``carried``) and carry in newer mailbox statements,
    then scrub the file."""
    ws = Vault(Path(db_path).parent).open_with_key(raw_key, RESTORE_ACTOR)
    engine = ws.engine
    try:
        verify_key(engine)
        upgrade_to_head(engine)
        with ws.session() as session:
            result = reapply_in_session(session, ws, carried, statements)
        if result.contacts_erased or result.records_carried:
            scrub_database(engine)
        return result
    finally:
        ws.lock()


def restore_hook(ws: Workspace) -> Callable[[Path], ReapplyResult]:
    """For the restore's ``before_swap``: re-apply this vault's erasures to the restored file."""
    raw_key = ws.raw_key()
    carried = Carried.from_vault(ws)

    def before_swap(db_path: Path) -> ReapplyResult:
        return reapply_erasures(db_path, raw_key, carried.erasures, carried.statements)

    return before_swap
