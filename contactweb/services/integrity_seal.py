"""A seal kept beside the vault file, so that changes made outside ContactWeb are noticed.

SQLCipher authenticates each page, but an older copy of a page is still a valid page: anyone
who can write to the vault folder and kept an older ``contactweb.db`` can put back a single
page and turn an opt-out into consent, or cut the newest audit events off the chain. The seal
(``integrity.json``, beside the database) records the head of the audit chain and digests of
what must never silently move backwards: the opt-outs, the mailbox statements and the erasure
records. It is authenticated with a key derived from the vault key, rewritten after every
change ContactWeb commits, and checked at every sign-in and by ``audit verify``.

A seal that is merely behind (ContactWeb committed, then stopped before rewriting it) is
recognised: its audit head is still in the chain and every later event verifies, which only
ContactWeb can produce. Anything else is reported as "changed outside ContactWeb", with what
differs. The vault records that it has a seal, so deleting the file is noticed too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.errors import Refused
from contactweb.i18n import N_, _
from contactweb.models import AuditEvent, ConsentState, ErasureRecord, MailboxStatement, Setting
from contactweb.models.consent import CHANNELS
from contactweb.services import audit
from contactweb.vault.atomic import write_json_atomic
from contactweb.vault.vault import Vault
from contactweb.vault.workspace import Workspace

SEAL_FILE_NAME = "integrity.json"
SEALED_SETTING = "vault.sealed"
_FORMAT = "contactweb-integrity-seal"


class VaultChangedOutside(Refused):
    """The vault file no longer matches its seal: something other than ContactWeb changed it."""

    def __init__(self, differences: list[str]) -> None:
        super().__init__(_(
            "This vault was changed outside ContactWeb: {differences}. Nothing in it is trusted "
            "until an administrator has looked: restore a backup, or, if the change is known "
            "and wanted, accept it with 'contactweb vault accept-outside-changes'.").format(
                differences="; ".join(differences)))
        self.differences = differences


@dataclass(frozen=True)
class SealState:
    audit_head_id: int
    audit_head_hash: str
    opted_out: str  # digest of every opted-out consent state
    statements: str  # digest of every mailbox statement
    erasures: str  # digest of every erasure record
    counts: tuple[int, int, int]  # opted-out states, statements, erasure records


def _digest(values: object) -> str:
    return hashlib.sha256(json.dumps(values, default=str).encode()).hexdigest()


def current_state(session: Session) -> SealState:
    """Aggregates the database computes from its indexes, so a seal costs a few milliseconds
    whatever the vault's size. A replayed page changes them: an opt-out turned back into
    consent changes that channel's opted-out count and sum of contact ids; an opt-out
    statement put back to an older grant changes the count per status (a statement put back
    to an older one of the same status changes nothing that matters); a removed erasure
    record changes their count and ids."""
    head = session.execute(select(AuditEvent.id, AuditEvent.hash)
                           .order_by(AuditEvent.id.desc()).limit(1)).first()
    # Read from the (channel, status, contact) index alone, without the table rows.
    opted_out = session.execute(
        select(ConsentState.channel, func.count(), func.sum(ConsentState.contact_id))
        .where(ConsentState.channel.in_(CHANNELS), ConsentState.status == "opted_out")
        .group_by(ConsentState.channel).order_by(ConsentState.channel)).all()
    statements = session.execute(
        select(MailboxStatement.status, func.count(), func.max(MailboxStatement.stated_at))
        .group_by(MailboxStatement.status).order_by(MailboxStatement.status)).all()
    erasures = session.execute(select(func.count(), func.sum(ErasureRecord.id),
                                      func.max(ErasureRecord.id))).one()
    return SealState(head.id if head else 0, head.hash if head else "",
                     _digest([list(r) for r in opted_out]), _digest([list(r) for r in statements]),
                     _digest(list(erasures)),
                     (sum(int(r[1]) for r in opted_out), sum(int(r[1]) for r in statements),
                      int(erasures[0])))


def _mac(ws: Workspace, state: SealState) -> str:
    body = json.dumps([_FORMAT, asdict(state)], sort_keys=True)
    return hmac.new(ws.subkey("integrity-seal"), body.encode(), hashlib.sha256).hexdigest()


def seal_path(ws: Workspace) -> Path:
    return ws.vault.folder / SEAL_FILE_NAME


_writing = threading.local()


def follow_commits(ws: Workspace) -> None:
    """From now on, rewrite the seal after every commit of this workspace."""
    ws.after_commit = lambda: write_seal(ws)


def write_seal(ws: Workspace) -> None:
    """Record the vault as it is now (after a commit, a restore, an accepted change)."""
    if getattr(_writing, "active", False):
        return  # the commit of the marker below
    _writing.active = True
    try:
        _write_seal(ws)
    finally:
        _writing.active = False


def _write_seal(ws: Workspace) -> None:
    with ws.session(readonly=True) as session:
        sealed_before = session.get(Setting, SEALED_SETTING) is not None
        state = current_state(session)
    if not sealed_before:  # the marker is no part of the state: the state still holds
        with ws.session() as session:
            session.merge(Setting(key=SEALED_SETTING, value="true"))
    document = _document(ws, state)
    if sealed_before and _stored_document(ws) == document:
        # A commit that changed nothing the seal covers (signing in commits two or three):
        # the file already says exactly this, and rewriting it costs two fsyncs.
        return
    write_json_atomic(seal_path(ws), document)


def _document(ws: Workspace, state: SealState) -> dict:
    """The seal file's content for ``state``, as read back from the file."""
    return json.loads(json.dumps({"format": _FORMAT, "version": 1, "state": asdict(state),
                                  "mac": _mac(ws, state)}))


def _stored_document(ws: Workspace) -> object:
    try:
        return json.loads(seal_path(ws).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _read_seal(ws: Workspace) -> tuple[SealState | None, object, str]:
    """The stored state and the file's whole content, or None and why it cannot be
    believed."""
    path = seal_path(ws)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        state = SealState(**{**document["state"], "counts": tuple(document["state"]["counts"])})
    except FileNotFoundError:
        return None, None, _("the integrity seal {file} is missing").format(
            file=SEAL_FILE_NAME)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, None, _("the integrity seal {file} is unreadable ({error})").format(
            file=SEAL_FILE_NAME, error=type(exc).__name__)
    if not hmac.compare_digest(str(document.get("mac", "")), _mac(ws, state)):
        return None, None, _("the integrity seal {file} was altered").format(
            file=SEAL_FILE_NAME)
    return state, document, ""


def differences(ws: Workspace) -> list[str]:
    """What no longer matches the seal; empty when the vault is as ContactWeb left it."""
    return _compared(ws)[0]


def _compared(ws: Workspace) -> tuple[list[str], bool]:
    """``differences``, and whether the seal already says exactly how the vault is."""
    if ws.on_team_server:
        return [], False  # no file to copy back: the server's roles and policies guard it
    with ws.session(readonly=True) as session:
        marked = session.get(Setting, SEALED_SETTING) is not None
        if not marked and not seal_path(ws).exists():
            return [], False  # sealed for the first time at this sign-in
        now = current_state(session)
        sealed, document, problem = _read_seal(ws)
        if sealed is None:
            return [problem], False
        if now == sealed:
            return [], marked and document == _document(ws, now)
        if now.audit_head_id > sealed.audit_head_id and _continues(session, ws, sealed):
            return [], False  # ContactWeb committed more after its last seal
        return _describe(sealed, now), False


def _continues(session: Session, ws: Workspace, sealed: SealState) -> bool:
    """True when the sealed head is still in the chain and every later event verifies."""
    prev = session.execute(select(AuditEvent.hash).where(
        AuditEvent.id == sealed.audit_head_id)).scalar()
    if prev is None or prev != sealed.audit_head_hash:
        return False
    later = session.execute(select(AuditEvent).where(AuditEvent.id > sealed.audit_head_id)
                            .order_by(AuditEvent.id)).scalars()
    return audit.chain_continues(ws, prev, later)


# Whole sentences per kind, so that each language words its own.
_DIFFERING = (
    ("opted_out", 0, N_("the opt-outs differ from what ContactWeb recorded ({now} now, "
                        "{sealed} sealed)")),
    ("statements", 1, N_("the mailbox opt-out statements differ from what ContactWeb "
                         "recorded ({now} now, {sealed} sealed)")),
    ("erasures", 2, N_("the erasure records differ from what ContactWeb recorded ({now} now, "
                       "{sealed} sealed)")),
)


def _describe(sealed: SealState, now: SealState) -> list[str]:
    found: list[str] = []
    if (now.audit_head_id, now.audit_head_hash) != (sealed.audit_head_id,
                                                    sealed.audit_head_hash):
        if now.audit_head_id < sealed.audit_head_id:
            found.append(_("the audit log ends at event {now}, but ContactWeb last wrote "
                           "event {sealed} (events were removed)").format(
                now=now.audit_head_id, sealed=sealed.audit_head_id))
        else:
            found.append(_("the audit log's newest event {now} is not the one ContactWeb "
                           "wrote").format(now=now.audit_head_id))
    for attribute, index, sentence in _DIFFERING:
        if getattr(now, attribute) != getattr(sealed, attribute):
            found.append(_(sentence).format(now=now.counts[index],
                                            sealed=sealed.counts[index]))
    return found


def check(ws: Workspace) -> None:
    """At sign-in: refuse a vault changed outside ContactWeb; seal one that has no seal yet
    (created before seals existed)."""
    found, up_to_date = _compared(ws)
    if found:
        raise VaultChangedOutside(found)
    if not up_to_date:  # else writing it again would change nothing
        write_seal(ws)


def seal_restored(folder: Path, key: bytes) -> None:
    """A restored vault was checked against its backup's authenticated manifest and had the
    erasures re-applied: seal it as it now is (an in-place restore replaces the old seal)."""
    scratch = Vault(folder).open_with_key(key, "restore")
    try:
        write_seal(scratch)
    finally:
        scratch.lock()
