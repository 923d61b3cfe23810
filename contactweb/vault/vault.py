"""A vault is a folder: ``contactweb.db`` (SQLCipher 4) and ``keyslots.json``."""

from __future__ import annotations

import hmac
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from contactweb.errors import AuthenticationFailed, BadInput
from contactweb.i18n import N_, _, ngettext
from contactweb.store.vault_database import (
    make_vault_engine,
    server_url,
    verify_vault_engine,
    write_server_url,
)
from contactweb.vault import crypto
from contactweb.vault.backoff import SignInBackoff
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.passwords import check_password
from contactweb.vault.permissions import ROLES
from contactweb.vault.workspace import Workspace

# SQLAlchemy, the models and the migrations load when a vault is opened, not when one is
# only looked for: the sign-in window asks whether a vault exists before anyone signs in.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

DB_NAME = "contactweb.db"
KEYSLOTS_NAME = "keyslots.json"
BACKOFF_NAME = "signin-state.json"
WRONG_CREDENTIALS = N_("Wrong username or password.")


def default_kdf_params() -> crypto.KdfParams:
    # Test suites create hundreds of slots; they opt into a cheap KDF explicitly.
    if os.environ.get("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS") == "1":
        return crypto.KdfParams(memory_kib=1024, iterations=1, parallelism=1)
    return crypto.KdfParams()


def _load_database_layer() -> None:
    """What unwrapping the key and opening the workspace (``_open_workspace``) import,
    loaded ahead of them."""
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import sqlalchemy.orm  # noqa: F401

    import contactweb.models  # noqa: F401
    import contactweb.store.engine  # noqa: F401
    import contactweb.store.migrate  # noqa: F401


class Vault:
    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / DB_NAME
        self.keyslots_path = self.folder / KEYSLOTS_NAME
        self.backoff = SignInBackoff(self.folder / BACKOFF_NAME, clock)

    def exists(self) -> bool:
        return self.keyslots_path.exists() and (self.db_path.exists()
                                                or server_url(self.folder) is not None)

    def make_engine(self, key: bytes) -> Engine:
        """This vault's database: its SQLCipher file under ``key``, or the PostgreSQL
        database its folder names (``store/vault_database.py``)."""
        return make_vault_engine(self.folder, self.db_path, key)

    def open_with_key(self, key: bytes, actor: str) -> Workspace:
        """A workspace over this folder's database with a key already known and nobody
        signed in: a restore or a seal acting for the vault, audited as ``actor``, with an
        administrator's rights. The caller locks it when done."""
        return Workspace(vault=self, engine=self.make_engine(bytes(key)),
                         key=bytearray(key), user_id=0, username=actor, role="admin")

    def load_keyslots(self) -> KeySlotFile:
        return KeySlotFile.load(self.keyslots_path)

    @property
    def vault_id(self) -> str:
        return self.load_keyslots().vault_id

    @classmethod
    def create(cls, folder: Path, admin_username: str, admin_password: str,
               display_name: str = "", server: URL | str | None = None) -> Workspace:
        """Make a new vault with one admin and return that admin's workspace. ``server``:
        an empty PostgreSQL database to hold the data instead of a SQLCipher file (a URL
        without a password, see ``store/vault_database.py``)."""
        vault = cls(folder)
        if vault.keyslots_path.exists() or vault.db_path.exists():
            raise BadInput(_("A vault already exists at {folder}").format(folder=vault.folder))
        username = validate_username(admin_username)
        check_password(admin_password)
        vault.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if server is not None:
            write_server_url(vault.folder, server)
        else:
            # Owner-only from the first byte; SQLite gives the -wal and -shm files the same
            # mode.
            vault.db_path.touch(mode=0o600)
        from contactweb.models import User
        from contactweb.store.migrate import upgrade_to_head

        key = bytearray(os.urandom(crypto.KEY_BYTES))
        engine = vault.make_engine(bytes(key))
        upgrade_to_head(engine)
        with engine.begin() as conn:
            conn.execute(User.__table__.insert().values(
                username=username, display_name=display_name or username, role="admin"))
        engine.dispose()
        slots = KeySlotFile.new()
        slots.make_slot(username, admin_password, bytes(key), default_kdf_params())
        slots.save(vault.keyslots_path)
        return vault._open_workspace(key, username)

    def sign_in(self, username: str, password: str,
                meanwhile: Callable[[], object] | None = None) -> Workspace:
        """Unlock with a user's password. Every failure costs one full key derivation.
        While the key is derived, this thread loads the database layer and runs
        ``meanwhile`` (a caller's own loading), for a known name or not alike."""

        def loading() -> None:
            _load_database_layer()
            if meanwhile is not None:
                meanwhile()

        slots = self.load_keyslots()
        sid = slots.slot_id(username.strip())
        wait = self.backoff.seconds_left(sid)
        if wait > 0:
            raise AuthenticationFailed(
                ngettext("Too many failed sign-ins. Try again in {n} second.",
                         "Too many failed sign-ins. Try again in {n} seconds.",
                         int(wait) + 1).format(n=int(wait) + 1), wait)
        slot = slots.slots.get(sid)
        if slot is None:
            # Same work as a real slot, so timing does not reveal which names exist.
            crypto.derive_kek_while(password, os.urandom(16), default_kdf_params(), loading)
            self._fail(sid)
        kek = crypto.derive_kek_while(password, slot.salt, slot.kdf, loading)
        if slot.disabled:
            if hmac.compare_digest(crypto.password_verifier(kek), slot.verifier):
                self.backoff.reset(sid)
                raise AuthenticationFailed(_("This account is disabled. Ask an administrator."))
            self._fail(sid)
        key = crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid))
        if key is None:
            self._fail(sid)
        self.backoff.reset(sid)
        try:
            return self._open_workspace(bytearray(key), username.strip())
        except BadInput:
            from contactweb.vault import rekey

            if not rekey.pending_path(self).exists():
                raise
            # A re-keying was killed after PRAGMA rekey, before its slots replaced these.
            new_key = rekey.finish_interrupted(self, username.strip(), password)
            if new_key is None:
                raise BadInput(_("A re-keying of this vault was interrupted. The administrator "
                                 "who started it signs in once to finish it, then gives the "
                                 "others their new passwords (user reset).")) from None
            return self._open_workspace(bytearray(new_key), username.strip())

    def _fail(self, sid: str) -> None:
        wait = self.backoff.record_failure(sid)
        suffix = " " + ngettext("Wait {n} second before the next try.",
                                "Wait {n} seconds before the next try.",
                                int(wait)).format(n=int(wait)) if wait else ""
        raise AuthenticationFailed(_(WRONG_CREDENTIALS) + suffix, wait)

    def _open_workspace(self, key: bytearray, username: str) -> Workspace:
        from sqlalchemy import select

        from contactweb.models import User
        from contactweb.store.engine import WrongKeyError
        from contactweb.store.migrate import upgrade_to_head

        engine = self.make_engine(bytes(key))
        try:
            verify_vault_engine(self.folder, engine)
        except WrongKeyError as exc:
            raise BadInput(_("The vault database at {db_path} cannot be read: {exc}").format(
                db_path=self.db_path, exc=exc)) from exc
        upgrade_to_head(engine)
        with engine.execution_options(readonly=True).connect() as conn:
            # Slot ids fold case, so sign-in does too: "ADMIN" is the account "admin". The
            # table, not the mapped class: a Core select needs no mapper configuration.
            user = next((u for u in conn.execute(select(User.__table__))
                         if u.username.casefold() == username.casefold()), None)
        if user is None or user.disabled:
            engine.dispose()
            raise AuthenticationFailed(_("This account is disabled. Ask an administrator."))
        slots = self.load_keyslots()
        slot = slots.slots.get(slots.slot_id(username))
        return Workspace(
            vault=self, engine=engine, key=key, user_id=user.id, username=user.username,
            role=user.role, must_change_password=bool(slot and slot.must_change),
        )


def validate_username(username: str) -> str:
    name = username.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise BadInput(_("A username is 1 to 64 characters with no spaces."))
    return name


def validate_role(role: str) -> str:
    if role not in ROLES:
        raise BadInput(_("Unknown role {role!r}; choose one of {items}.").format(
            role=role, items=', '.join(ROLES)))
    return role
