"""The signed-in Workspace: an unlocked vault plus the user. Services receive it explicitly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from contactweb.errors import ContactWebError, PermissionDenied
from contactweb.i18n import _
from contactweb.vault import crypto
from contactweb.vault.permissions import ROLE_TITLES, Action, allowed

# SQLAlchemy loads with the first session, not with this module: the sign-in window and
# ``contactweb --help`` name Workspace without opening a vault.
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from contactweb.vault.vault import Vault


class VaultLocked(ContactWebError):
    """The workspace was locked; sign in again."""


@dataclass(eq=False)
class Workspace:
    vault: Vault
    engine: Engine | None
    key: bytearray
    user_id: int
    username: str
    role: str
    must_change_password: bool = False
    # Shared-computer mode: no secrets in the OS keyring, nothing remembered on the machine.
    shared_computer: bool = False
    # Called after each commit of a session that may write (the integrity seal follows it).
    after_commit: Callable[[], None] | None = field(default=None, repr=False)
    _subkeys: dict[str, bytes] = field(default_factory=dict, repr=False)
    # The last changes that can be undone (contactweb/services/undo.py); locking drops them.
    undo_journal: object | None = field(default=None, repr=False)
    # Work on another thread that holds keys of its own (a backup's engine): locking makes
    # it forget them at once, not when a slow server lets it finish.
    _lock_hooks: list[Callable[[], None]] = field(default_factory=list, repr=False)
    # A team vault (contactweb/team): people are PostgreSQL login roles, and the server signs
    # the audit chain with a key the desktop never holds.
    on_team_server: ClassVar[bool] = False

    @property
    def locked(self) -> bool:
        return self.engine is None

    @contextmanager
    def session(self, readonly: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        if self.engine is None:
            raise VaultLocked(_("The vault is locked. Sign in again."))
        from sqlalchemy.orm import Session

        bind = self.engine.execution_options(readonly=True) if readonly else self.engine
        with Session(bind, expire_on_commit=False) as session:
            try:
                yield session
                if readonly:
                    session.rollback()
                else:
                    session.commit()
            except BaseException as exc:
                session.rollback()
                from contactweb.store.write_conflicts import write_conflict

                refusal = write_conflict(exc)
                if refusal is not None:  # another writer won: said plainly, nothing written
                    raise refusal from exc
                raise
        if not readonly and self.after_commit is not None:
            self.after_commit()

    def can(self, action: Action) -> bool:
        return allowed(self.role, action)

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise PermissionDenied(
                _("Your role ({role}) does not allow this ({action}).").format(
                    role=_(ROLE_TITLES[self.role]) if self.role in ROLE_TITLES else self.role,
                    action=action.value))

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def subkey(self, purpose: str) -> bytes:
        if self.engine is None:
            raise VaultLocked(_("The vault is locked. Sign in again."))
        if purpose not in self._subkeys:
            self._subkeys[purpose] = crypto.subkey(self._subkey_root(), purpose)
        return self._subkeys[purpose]

    def _subkey_root(self) -> bytes:
        """The first database key of this vault: after a re-keying (vault/rekey.py) it is kept
        inside the encrypted file, so the audit chain and the keyed-hash ledgers still verify.
        Read on a read-only connection: callers may hold a write transaction."""
        assert self.engine is not None
        from sqlalchemy import text
        from sqlalchemy.exc import OperationalError

        try:
            with self.engine.execution_options(readonly=True).connect() as conn:
                stored = conn.execute(text("SELECT value FROM settings WHERE key = :key"),
                                      {"key": "vault.subkey_root"}).scalar()
        except OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            stored = None  # a file whose schema is not created yet
        return bytes.fromhex(stored.strip('"')) if stored else bytes(self.key)

    def replace_key(self, engine: Engine, key: bytes) -> None:
        """After ``PRAGMA rekey``: the pool under the new key (the old one was disposed)."""
        self.engine = engine
        self.key[:] = key
        self._subkeys.clear()

    def raw_key(self) -> bytes:
        """For the backup engine only, which derives its own keys from it."""
        if self.engine is None:
            raise VaultLocked(_("The vault is locked. Sign in again."))
        return bytes(self.key)

    def when_locked(self, forget: Callable[[], None]) -> Callable[[], None]:
        """``forget`` runs when this workspace is locked (at once if it is); returns what
        takes it off again, for work that ended first."""
        if self.engine is None:
            forget()
            return lambda: None
        self._lock_hooks.append(forget)
        return lambda: self._lock_hooks.remove(forget) if forget in self._lock_hooks \
            else None

    def lock(self) -> None:
        """Dispose the engine (closing every pooled connection) and forget the key."""
        hooks, self._lock_hooks[:] = list(self._lock_hooks), []
        for forget in hooks:
            forget()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        for i in range(len(self.key)):
            self.key[i] = 0
        self._subkeys.clear()
        self.undo_journal = None  # its steps hold contact data
