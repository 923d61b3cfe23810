"""Telling a lost connection to a team server from every other database error.

On a team vault the server can go away under a running desktop (a restart, the office
network, a laptop leaving the Wi-Fi). The engine's pre-ping replaces a dropped pooled
connection on its next use, so work started after the server is back simply goes through;
what fails is work that ran while it was away. That failure is said plainly, and whatever the
person typed stays where it was (a dialog stays open with its fields) to be saved again.
"""

from __future__ import annotations

import sys

# What libpq and PostgreSQL say when the connection is gone or cannot be made.
_SIGNS = ("server closed the connection", "terminating connection", "connection refused",
          "could not connect", "connection timed out", "timeout expired",
          "is not currently accepting connections", "the database system is shutting down",
          "the database system is starting up", "no route to host", "connection is closed",
          "consuming input failed", "ssl syscall error", "lost synchronization")


def is_connection_lost(exc: BaseException) -> bool:
    """True for an error that says the server is unreachable or dropped the connection."""
    # Without importing SQLAlchemy (the sign-in window asks before any database was opened):
    # an exception of its classes can only exist once its module is loaded.
    sa_exc = sys.modules.get("sqlalchemy.exc")
    dbapi_error = sa_exc.DBAPIError if sa_exc is not None else ()
    if isinstance(exc, dbapi_error) and exc.connection_invalidated:
        return True
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        module = type(current).__module__
        if (module.startswith("psycopg") or isinstance(current, dbapi_error)) and any(
                sign in str(current).lower() for sign in _SIGNS):
            return True
        current = current.__cause__ or current.__context__
    return False
