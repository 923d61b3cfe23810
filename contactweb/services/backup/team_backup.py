"""Backups of a team vault: a ``pg_dump`` taken on this desktop as the database owner,
encrypted here by the sync engine and sent to the vault's configured destination (the same
US-region S3 bucket or folder as a desktop vault's); restore into a new database with every
erasure of the backup set applied again before anyone signs in.

The key: a team vault has no database key on any desktop (``raw_key`` refuses), and a key
kept by the server would be lost with it. A backup passphrase, typed by whoever runs the
backup and needed again to restore, gives the 32-byte key by Argon2id; the salt and cost are
stored in clear beside each snapshot (where a desktop snapshot keeps its key slots) with a
verifier, so a wrong passphrase is refused before anything is decrypted or uploaded.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.errors import BadInput, Refused
from contactweb.i18n import _
from contactweb.models import BackupRun, utcnow
from contactweb.services import audit
from contactweb.services.backup.backup_target import (
    BackupStopped,
    BackupTarget,
    open_transport,
    require_target,
    target_words,
    translated_errors,
)
from contactweb.services.backup.backup_transfer import TransferBasisNeeded, transfer_basis_needed
from contactweb.services.privacy.reapply import Carried, ledger_of, reapply_in_session
from contactweb.sync.backup import raise_if_cancelled
from contactweb.sync.crypto import BackupKeys
from contactweb.sync.engine import DEFAULT_PACK_TARGET_SIZE
from contactweb.sync.errors import MissingObject
from contactweb.sync.file_backup import backup_file, restore_file
from contactweb.sync.page_index import PageIndexCache
from contactweb.sync.remote import read_remote_keyslots
from contactweb.sync.repository import BackupRepository
from contactweb.sync.results import BackupResult
from contactweb.sync.transport import Transport
from contactweb.vault import crypto
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

KEY_FORMAT = "contactweb-team-backup-key"
MIN_PASSPHRASE = 12
PASSPHRASE_ENV = "CONTACTWEB_BACKUP_PASSPHRASE"
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class TeamRestoreResult:
    snapshot_id: str
    profile_path: Path
    contacts_erased: int
    # Each active person's one-time password but the restoring administrator's (their login
    # roles are made afresh: a backup holds no roles), to hand over once, in person.
    one_time_passwords: dict[str, str] = field(default_factory=dict)


# --- the key ------------------------------------------------------------------------------
def _describe_key(vault_id: str, salt: bytes, params: crypto.KdfParams, kek: bytes) -> bytes:
    return json.dumps({"format": KEY_FORMAT, "vault_id": vault_id, "kdf": params.as_dict(),
                       "salt": base64.b64encode(salt).decode(),
                       "verifier": crypto.password_verifier(kek)}).encode()


def _key_from(description: bytes, passphrase: str) -> bytes:
    document = json.loads(description)
    if document.get("format") != KEY_FORMAT:
        raise BadInput(_("These backups are not a team vault's (no backup passphrase)."))
    kek = crypto.derive_kek(passphrase, base64.b64decode(document["salt"]),
                            crypto.KdfParams.from_dict(document["kdf"]))
    if crypto.password_verifier(kek) != document["verifier"]:
        raise Refused(_("Wrong backup passphrase: it is the one typed at this team vault's "
                        "first backup."))
    return kek


def _key_and_description(transport: Transport, vault_id: str,
                         passphrase: str) -> tuple[bytes, bytes]:
    """The existing backup set's key (checked), or a new salt for the first backup."""
    try:
        description = read_remote_keyslots(transport, vault_id)
    except (MissingObject, LookupError):
        description = None
    if description is None:
        if len(passphrase) < MIN_PASSPHRASE:
            raise BadInput(_("Choose a backup passphrase of at least {min_passphrase} "
                             "characters; it is needed again to restore, so keep it apart "
                             "from the server.").format(min_passphrase=MIN_PASSPHRASE))
        salt, params = os.urandom(16), crypto.KdfParams()
        kek = crypto.derive_kek(passphrase, salt, params)
        return kek, _describe_key(vault_id, salt, params, kek)
    return _key_from(description, passphrase), description


def check_passphrase(transport: Transport, vault_id: str, passphrase: str) -> None:
    """Refused when it is not the backup set's passphrase (a new set: when it is too short),
    before anything is dumped or uploaded."""
    _key_and_description(transport, vault_id, passphrase)


def _repository(transport: Transport, vault_id: str, key: bytes) -> BackupRepository:
    return BackupRepository(transport, vault_id, BackupKeys.from_db_key(key))


# --- backing up ---------------------------------------------------------------------------
def backup_team_now(ws: Workspace, owner: str, owner_password: str | None,
                    passphrase: str, progress: ProgressFn | None = None,
                    cancel: threading.Event | None = None) -> BackupResult:
    """As a signed-in administrator (the run is theirs in the history and audit) with the
    database owner's credentials for the dump. ``progress`` hears the steps (checking the
    destination, the dump, the upload); ``cancel`` stops it before the upload commits."""
    from contactweb.services.backup.backup import one_run_at_a_time
    from contactweb.team import dump

    ws.require(Action.BACKUP_RUN)
    if not ws.on_team_server:
        raise BadInput(_("This is a desktop vault: 'contactweb backup now' backs it up."))
    target = require_target(ws)
    concerned = transfer_basis_needed(ws)
    if concerned:
        raise TransferBasisNeeded(concerned)
    step = progress or (lambda _done, _total: None)
    with one_run_at_a_time(ws):
        started = utcnow()
        try:
            with translated_errors(None, target_words(target)):
                step(0, 3)
                transport = open_transport(ws, target)
                transport.check_region()  # refused before the dump is even taken
                key, description = _key_and_description(transport, ws.vault.vault_id,
                                                        passphrase)
                repository = _repository(transport, ws.vault.vault_id, key)
                ledger = ledger_of(ws)  # read before the dump: it knows these erasures
                with tempfile.TemporaryDirectory(prefix="contactweb-team-dump-") as folder:
                    dumped = Path(folder) / "team.dump"
                    step(1, 3)
                    dump.dump(ws.profile, owner, owner_password,  # type: ignore[attr-defined]
                              dumped)
                    raise_if_cancelled(cancel)
                    step(2, 3)
                    result = backup_file(repository, PageIndexCache(repository, None), dumped,
                                         description, ledger, cancel=cancel,
                                         pack_target_size=DEFAULT_PACK_TARGET_SIZE)
                    step(3, 3)
        except Exception as exc:
            stopped = isinstance(exc, BackupStopped) or (cancel is not None and cancel.is_set())
            status = "cancelled" if stopped else \
                "refused" if isinstance(exc, Refused) else "failed"
            _record(ws, target, started, status, message=str(exc))
            raise
        _record(ws, target, started, "ok", result)
    return result


def _record(ws: Workspace, target: BackupTarget, started: object, status: str,
            result: BackupResult | None = None, message: str = "") -> None:
    if ws.locked:
        return  # signed out meanwhile: nowhere to write
    with ws.session() as session:
        session.add(BackupRun(started_at=started, finished_at=utcnow(),
                              target=target.describe()[:300],
                              snapshot_id=result.snapshot_id if result else "", status=status,
                              bytes_uploaded=result.bytes_uploaded if result else 0,
                              message=message[:2000]))
        details: dict[str, object] = {"status": status, "kind": target.kind, "team": True}
        if result is not None:
            details.update(snapshot=result.snapshot_id, bytes_uploaded=result.bytes_uploaded)
        audit.record(session, ws, "backup" if status == "ok" else f"backup.{status}",
                     "backup", result.snapshot_id if result else "", details)


# --- restoring ----------------------------------------------------------------------------
def restore_team_backup(transport: Transport, vault_id: str, snapshot_id: str | None,
                        passphrase: str, url: str, owner_password: str | None,
                        admin_username: str, admin_password: str, *, profile_name: str,
                        ca_file: str = "", sslmode: str = "verify-full") -> TeamRestoreResult:
    """Into the new, empty database ``url`` names (``postgresql://OWNER@HOST/DB``, made by
    its owner as for ``team create``): the dump restored as the owner under the namespace
    the new database's name gives, the grants and policies applied for this server's roles,
    each person's login role made (``team.restored_people``: ``admin_username``, an
    administrator of the backed-up vault, with ``admin_password``, the others with one-time
    passwords), a profile written, then, signed in as that administrator, every erasure any
    snapshot of the set knew is applied again, and the tables scrubbed."""
    import getpass

    from contactweb.team import dump, provision, restored_people, scrub, team_session
    from contactweb.team import profile as profiles
    from contactweb.team.connect import connect_raw
    from contactweb.team.profile import SYSTEM_CAS, ServerAddress
    from contactweb.team.role_names import namespace_for

    transport.check_region()
    key = _key_from(read_remote_keyslots(transport, vault_id), passphrase)
    repository = _repository(transport, vault_id, key)
    snapshots = repository.list_snapshot_ids()
    if not snapshots:
        raise Refused(_("No backup of team vault {vault_id} there.").format(vault_id=vault_id))
    snapshot_id = snapshot_id or snapshots[-1]
    carried = Carried()
    for ledger_snapshot in reversed(snapshots):
        carried.add_ledger(repository.read_manifest(ledger_snapshot).ledger)

    address = ServerAddress.parse(url)
    owner = address.owner or getpass.getuser()
    if profiles.profile_path(profile_name).exists():
        raise BadInput(_("There is already a team profile called {profile_name!r}.").format(
            profile_name=profile_name))
    ca_path = None if ca_file in ("", SYSTEM_CAS) else Path(ca_file)
    draft = address.profile(profile_name, sslmode,
                            str(ca_path.resolve()) if ca_path else ca_file)
    namespace = namespace_for(draft.database)
    with connect_raw(draft, owner, owner_password) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                              ).fetchone()[0]
        if not tables:
            restored_people.refuse_if_taken(conn, namespace, draft.database)
    if tables:
        raise BadInput(_("The database {database!r} is not empty: restore into a new "
                         "database, so that nothing of the one you have is lost.").format(
            database=draft.database))
    with tempfile.TemporaryDirectory(prefix="contactweb-team-restore-") as folder:
        dumped = Path(folder) / "team.dump"
        restore_file(repository, snapshot_id, dumped)
        # Refused before the new database is touched: the one running it must be able to
        # sign in to the restored vault (its logins are made below).
        restored_people.check_restoring_admin(
            restored_people.people_in_dump(dump.table_rows(dumped, "users")),
            admin_username, admin_password)
        dump.restore(draft, owner, owner_password, dumped)
    with connect_raw(draft, owner, owner_password) as conn:
        people = restored_people.people_of(conn)
        admin = restored_people.check_restoring_admin(people, admin_username, admin_password)
        restored_people.rename_namespace(conn, namespace)
    restored = profiles.TeamProfile(name=profile_name, host=draft.host, port=draft.port,
                                    database=draft.database, namespace=namespace,
                                    sslmode=draft.sslmode, ca_file=draft.ca_file)
    provision.upgrade(restored, owner, owner_password)
    with connect_raw(restored, owner, owner_password) as conn:
        one_time = restored_people.make_logins(conn, namespace, people, admin, admin_password)
    path = profiles.save(restored, ca_path)
    ws = team_session.sign_in(profiles.load(path), admin_username, admin_password)
    try:
        with ws.session() as session:
            reapplied = reapply_in_session(session, ws, carried.erasures, carried.statements)
            audit.record(session, ws, "restore", "backup", snapshot_id,
                         {"team": True, "contacts_erased": len(reapplied.contacts_erased),
                          "one_time_password_for": sorted(one_time)})
    finally:
        ws.lock()
    if reapplied.contacts_erased or reapplied.records_carried:
        scrub.run(restored, owner, owner_password)
    return TeamRestoreResult(snapshot_id, path, len(reapplied.contacts_erased), one_time)


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None
