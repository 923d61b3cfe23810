"""A lock held on the team server for as long as one desktop does one thing (a mailing run).

A PostgreSQL session-level advisory lock, on a connection of its own kept open for the whole
work: the server releases it when that connection ends in any way (the desktop quits, is
killed, or loses the network), so a crashed desktop never leaves it held. Advisory locks
belong to one database, so two team vaults on one server never block each other. Any login
may take one; no table or grant is involved.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, Engine, text

# The first of the two int4 keys: which application's lock this is, so another program's
# advisory locks on the same database cannot collide with ContactWeb's.
CONTACTWEB_CLASS = 0x43_57_4C_4B  # "CWLK"


def _object_key(name: str) -> int:
    """The second int4 key: a stable number for the lock's name."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:4], "big", signed=True)


class ServerLock:
    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.keys = {"cls": CONTACTWEB_CLASS, "obj": _object_key(name)}
        self._conn: Connection | None = None

    def try_acquire(self) -> bool:
        """True when this desktop now holds the lock; False when another session does."""
        conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            held = conn.execute(text("SELECT pg_try_advisory_lock(:cls, :obj)"),
                                self.keys).scalar_one()
        except BaseException:
            conn.close()
            raise
        if not held:
            conn.close()
            return False
        self._conn = conn
        return True

    def holder(self) -> str | None:
        """The login role of the session holding the lock (pg_locks and the user name of
        pg_stat_activity are readable by every login), or None when it is free."""
        with self.engine.connect() as conn:
            return conn.execute(text(
                "SELECT a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND l.classid::bigint = (:cls)::bigint & 4294967295 "
                "AND l.objid::bigint = (:obj)::bigint & 4294967295 AND l.objsubid = 2 "
                "LIMIT 1"), self.keys).scalar()

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute(text("SELECT pg_advisory_unlock(:cls, :obj)"), self.keys)
        except Exception:  # noqa: BLE001, S110 - a lost connection released it already
            pass
        finally:
            conn.close()
