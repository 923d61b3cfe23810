"""Restore a backup: into a new folder, in place of the current vault, or on a new machine
that has only the server settings and a user's password.

Every restore rebuilds the database beside its destination, verifies every page and runs
``integrity_check`` and ``cipher_integrity_check`` (the engine), then re-applies every
ErasureRecord (``privacy.reapply``) to the rebuilt file, and only then swaps it in. Nothing at
the destination changes unless all of that succeeded. In place, the old vault is kept aside
as ``contactweb.db.before-restore-<time>`` (and its key slots likewise).
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from contactweb.errors import AuthenticationFailed, BadInput, Refused
from contactweb.i18n import _, ngettext
from contactweb.services import audit, integrity_seal, secrets, settings
from contactweb.services.accounts import session
from contactweb.services.backup.backup_errors import where_words
from contactweb.services.backup.backup_history import where_stored
from contactweb.services.backup.backup_keyslots_check import check_keyslots_belong
from contactweb.services.backup.backup_target import (
    BackupProblem,
    BackupTarget,
    engine_for,
    open_former_engine,
    read_target,
    require_target,
    secret_name,
    target_words,
    translated_errors,
    transport_for,
)
from contactweb.services.backup.restored_copy import (
    IDENTITY_KEY,
    LEDGER_IDENTITY,
    mark_as_copy,
    vault_identity,
)
from contactweb.services.privacy.reapply import Carried, reapply_erasures
from contactweb.services.server_trust import keep as keep_trust
from contactweb.services.tls_trust import ServerTrust
from contactweb.sync import BackupEngine, list_remote_vaults, read_remote_keyslots
from contactweb.vault import crypto
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.permissions import Action
from contactweb.vault.vault import (
    DB_NAME,
    KEYSLOTS_NAME,
    WRONG_CREDENTIALS,
    Vault,
    default_kdf_params,
)
from contactweb.vault.workspace import Workspace


@dataclass
class RestoreResult:
    db_path: Path
    snapshot_id: str
    in_place: bool
    contacts_erased: int = 0  # erased again because an ErasureRecord matched them
    kept_aside: list[Path] = field(default_factory=list)  # the old vault's files (in place)
    vault_id: str = ""
    trust_note: str = ""  # restore-remote: what became of the certificate trust given


def _latest_or(engine: BackupEngine, snapshot_id: str | None) -> str:
    if snapshot_id in (None, "", "latest"):
        latest = engine.latest_snapshot_id()
        if latest is None:
            raise Refused(_("There is no backup of this vault on "
                            "{value} yet. Back up now first, or choose "
                            "the destination that holds its backups.").format(
                value=where_words(engine.transport)))
        return latest
    return snapshot_id


def _check_new_folder(dest: Path, current_vault: Path | None) -> Path:
    dest = Path(dest).expanduser().resolve()
    if dest.exists() and not dest.is_dir():
        raise BadInput(_("{dest} is a file, not a folder.").format(dest=dest))
    if current_vault is not None and dest == current_vault.resolve():
        raise BadInput(_("That is the current vault's folder: restore in place instead (the "
                         "current vault is then kept aside)."))
    if (dest / DB_NAME).exists() or (dest / KEYSLOTS_NAME).exists():
        raise BadInput(_("{dest} already holds a vault; choose an empty folder.").format(dest=dest))
    return dest


def _before_swap(key: bytes, carried: Carried, result: RestoreResult, actor: str = "",
                 finish: Callable[[Workspace], None] | None = None) -> Callable[[Path], None]:
    """Re-apply erasures to the rebuilt file; then ``finish`` runs on it, acting as
    ``actor`` (the restore's audit in place, the identity, the mark of a copy)."""

    def hook(db_path: Path) -> None:
        reapplied = reapply_erasures(db_path, key, carried.erasures, carried.statements)
        result.contacts_erased = len(reapplied.contacts_erased)
        if finish is not None:
            scratch = Vault(db_path.parent).open_with_key(key, actor)
            try:
                finish(scratch)
            finally:
                scratch.lock()

    return hook


def _take_identity(identity: str | None) -> Callable[[Workspace], None]:
    """The restored file goes on as the vault of this backup set: it carries the set's
    identity (an older snapshot may have none, or an older one)."""

    def finish(restored: Workspace) -> None:
        if identity:
            with restored.session() as session:
                settings.write(session, IDENTITY_KEY, identity)

    return finish


def _carry_backup_set_ledgers(engine: BackupEngine, carried: Carried) -> None:
    """Whatever snapshot is restored, every erasure and opt-out that any snapshot of the set
    knew is applied to it (the newest snapshot knows the most; older ones may know of
    erasures made before a later restore)."""
    for ledger in engine.ledgers():
        carried.add_ledger(ledger)


def _kept_aside(folder: Path, before: set[Path]) -> list[Path]:
    return sorted(p for p in folder.glob("*.before-restore-*") if p not in before)


def restore_backup(ws: Workspace, snapshot_id: str | None, dest: Path | None = None, *,
                   in_place: bool = False, cancel: threading.Event | None = None
                   ) -> RestoreResult:
    """Administrators only. ``snapshot_id`` None or 'latest': the newest snapshot.

    To a new folder (``dest``, which must not hold a vault). In place (``in_place=True``,
    after the person confirmed): the workspace is locked first (sign in again afterwards);
    if anything fails the current vault is untouched."""
    ws.require(Action.BACKUP_CONFIGURE)
    target = require_target(ws)
    identity = vault_identity(ws)
    key = ws.raw_key()
    carried = Carried.from_vault(ws)
    # A row of a former destination restores from there; one Verify found gone is refused.
    holder = target if snapshot_id in (None, "", "latest") else \
        where_stored(ws, snapshot_id, target)
    with translated_errors(ws, target_words(holder)):
        engine = engine_for(ws, target) if holder == target else open_former_engine(ws, holder)
        chosen = _latest_or(engine, snapshot_id)
        _carry_backup_set_ledgers(engine, carried)
        result = RestoreResult(Path(), chosen, in_place, vault_id=engine.vault_id)
        if not in_place:
            if dest is None:
                raise BadInput(_("Say where to restore to (--to PATH), or restore in place."))
            folder = _check_new_folder(dest, ws.vault.folder)
            source_folder, username = ws.vault.folder.resolve(), ws.username
            hook = _before_swap(key, carried, result, username, lambda copy: mark_as_copy(
                copy, chosen, username, source_folder, identity))
            result.db_path = engine.restore(chosen, folder, hook, cancel)
            integrity_seal.seal_restored(folder, key)
        else:
            # Refuse before locking when the snapshot cannot even be read.
            report = engine.verify(chosen, read_data=False)
            if not report.ok:
                raise BackupProblem(ngettext(
                    "This backup is damaged or incomplete ({n} part missing or failing its "
                    "check), so nothing was changed. Choose another backup; Verify shows "
                    "which ones are intact.",
                    "This backup is damaged or incomplete ({n} parts missing or failing their "
                    "check), so nothing was changed. Choose another backup; Verify shows "
                    "which ones are intact.", len(report.problems)).format(
                        n=len(report.problems)),
                    "\n".join(str(p) for p in report.problems[:20]))
            folder = ws.vault.folder
            before = set(folder.glob("*.before-restore-*"))
            def finish_in_place(restored: Workspace) -> None:
                _take_identity(identity)(restored)
                audit.record_now(restored, "backup.restore", "backup", chosen, {
                    "in_place": True, "snapshot": chosen,
                    "contacts_erased": result.contacts_erased})

            hook = _before_swap(key, carried, result, ws.username, finish_in_place)
            ws.lock()  # every connection closed before the files move
            result.db_path = engine.restore(chosen, folder, hook, cancel)
            integrity_seal.seal_restored(folder, key)
            result.kept_aside = _kept_aside(folder, before)
            return result
    audit.record_now(ws, "backup.restore", "backup", chosen,
                     {"in_place": False, "contacts_erased": result.contacts_erased})
    return result


# --- a new machine ------------------------------------------------------------------------------
def unwrap_key(keyslots: bytes, username: str, password: str) -> bytes:
    """The database key from a key slots file, with one user's password (no back-off here:
    nothing is stored on this machine yet, and every try costs a full key derivation)."""
    with tempfile.TemporaryDirectory(prefix="contactweb-keyslots-") as temp:
        path = Path(temp) / KEYSLOTS_NAME
        path.write_bytes(keyslots)
        slots = KeySlotFile.load(path)
    sid = slots.slot_id(username.strip())
    slot = slots.slots.get(sid)
    if slot is None:
        crypto.derive_kek(password, os.urandom(16), default_kdf_params())  # same cost
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    kek = crypto.derive_kek(password, slot.salt, slot.kdf)
    if slot.disabled:
        raise AuthenticationFailed(_("This account is disabled. Ask an administrator."))
    key = crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid))
    if key is None:
        raise AuthenticationFailed(WRONG_CREDENTIALS)
    return bytes(key)


def _unwrap_or_none(keyslots: bytes, username: str, password: str) -> bytes | None:
    try:
        return unwrap_key(keyslots, username, password)
    except (AuthenticationFailed, BadInput):
        return None


def restore_remote(target: BackupTarget, secret: str | None, username: str, password: str,
                   dest: Path, vault_id: str | None = None, snapshot_id: str | None = None,
                   cancel: threading.Event | None = None,
                   trust: ServerTrust | None = None) -> RestoreResult:
    """Restore on a machine that has no vault: the destination settings and a user's
    password are enough. The restored vault is signed into once (which proves the password
    opens it) to record the restore and, for S3, to store the secret key for later backups.
    ``trust``: the business's CA or a pinned certificate for the S3 server, which a new
    machine has nowhere else; kept in the restored vault when the user may configure backups."""
    folder = _check_new_folder(dest, None)
    transport = transport_for(target, secret, trust)
    with translated_errors(None, where_words(transport)):
        vault_ids = list_remote_vaults(transport)
        if vault_id is None:
            if len(vault_ids) != 1:
                found = ", ".join(vault_ids) if vault_ids else _("none")
                raise Refused(_("Say which vault to restore (--vault-id); found on "
                                "{value}: {found}.").format(
                    value=transport.describe(), found=found))
            vault_id = vault_ids[0]
        elif vault_id not in vault_ids:
            raise Refused(_("There is no vault {vault_id} on {value}.").format(
                vault_id=vault_id, value=transport.describe()))
        chosen = None if snapshot_id in (None, "", "latest") else snapshot_id
        keyslots = read_remote_keyslots(transport, vault_id, chosen)
        try:
            key = unwrap_key(keyslots, username, password)
        except AuthenticationFailed as exc:
            if str(exc) == WRONG_CREDENTIALS:  # or the key slots object is the wrong one?
                check_keyslots_belong(transport, vault_id, chosen, keyslots,
                                      lambda copy: _unwrap_or_none(copy, username, password))
            raise
        engine = BackupEngine(transport, vault_id, key)
        chosen = _latest_or(engine, chosen)
        carried = Carried()
        _carry_backup_set_ledgers(engine, carried)
        result = RestoreResult(Path(), chosen, False, vault_id=vault_id)
        newest = engine.newest_ledger() or {}
        finish = _take_identity(str(newest.get(LEDGER_IDENTITY) or ""))
        result.db_path = engine.restore(chosen, folder,
                                        _before_swap(key, carried, result, username, finish),
                                        cancel)
        integrity_seal.seal_restored(folder, key)
    ws = session.sign_in(folder, username, password)
    try:
        audit.record_now(ws, "backup.restore", "backup", chosen,
                         {"in_place": False, "remote": True,
                          "contacts_erased": result.contacts_erased})
        restored_target = read_target(ws)
        if secret and target.is_s3 and restored_target is not None and restored_target.is_s3 \
                and (restored_target.bucket, restored_target.endpoint_url) == \
                (target.bucket, target.endpoint_url):
            secrets.store_secret(ws, secret_name(ws), secret)
        if trust is not None and not trust.is_default and target.is_s3:
            result.trust_note = _keep_trust(ws, trust)
    finally:
        ws.lock()
    return result


def _keep_trust(ws: Workspace, trust: ServerTrust) -> str:
    """The trust that just worked goes into the restored vault, for the backups that follow
    (it replaces what the snapshot held: that one may be older than the server's certificate)."""
    if not ws.can(Action.BACKUP_CONFIGURE):
        return _("The certificate trust was not kept in the vault (only an administrator "
                 "may); give it again with 'contactweb backup config --trust-ca FILE'.")
    keep_trust(ws, "s3", trust)
    return _("The restored vault trusts {trust} for S3 from now on.").format(
        trust=trust.describe())
