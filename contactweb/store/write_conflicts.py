"""Telling a write that lost to another writer from every other database error.

On a desktop vault one connection writes at a time; another waits up to the busy timeout
(``engine.PRAGMAS``) and then SQLite says "database is locked": an import from the command
line holding the vault while the window saves, or a command started during a restore. On a
team server two desktops that lock the same rows in opposite orders deadlock, and PostgreSQL
cancels one of them. Neither is damage nor a bug: the transaction was rolled back whole, so
nothing is half-written, and the same work goes through once the other writer is done. The
person is told that, instead of "unexpected error" or "the vault database cannot be read".
"""

from __future__ import annotations

from contactweb.errors import Refused
from contactweb.i18n import _

# How long a desktop vault's writer waits for another to finish (the engine's busy timeout).
BUSY_TIMEOUT_SECONDS = 10
# SQLITE_BUSY's message. ("database table is locked", SQLITE_LOCKED, is a conflict inside one
# connection: a program error, not another writer.)
_SQLITE_BUSY = "database is locked"
# deadlock_detected, serialization_failure, lock_not_available
_POSTGRESQL_CONFLICTS = frozenset({"40P01", "40001", "55P03"})


class VaultBusy(Refused):
    """Another program or window held this desktop vault's write lock for too long."""


class ConcurrentChange(Refused):
    """The team server cancelled this transaction in favour of another desktop's."""


def write_conflict(exc: BaseException) -> Refused | None:
    """The refusal to raise in place of ``exc``, or None when it is some other error."""
    for current in _causes(exc):
        module = type(current).__module__
        if module.startswith(("sqlcipher3", "sqlite3")) and _SQLITE_BUSY in str(current):
            return VaultBusy(_(
                "Another ContactWeb window or command is changing this vault (an import, a "
                "restore…) and did not finish within {seconds} seconds. Nothing was changed: "
                "try again when it has finished.").format(
                    seconds=BUSY_TIMEOUT_SECONDS))
        if module.startswith("psycopg") and getattr(current, "sqlstate", None) \
                in _POSTGRESQL_CONFLICTS:
            return ConcurrentChange(_(
                "Another desktop was changing the same records at the same moment, so the team "
                "server did not save this. Nothing was changed: try again."))
    return None


def _causes(exc: BaseException) -> list[BaseException]:
    """The exception, what it wraps (SQLAlchemy's ``orig``), and what caused it."""
    found: list[BaseException] = []
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        wrapped = getattr(current, "orig", None)
        pending += [wrapped if isinstance(wrapped, BaseException) else None,
                    current.__cause__, current.__context__]
    return found
