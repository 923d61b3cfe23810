"""Another program writing to a desktop vault: a connection of its own that holds the write
lock until released (as an import from the command line does while the window saves)."""

from __future__ import annotations

import sqlcipher3

from contactweb.vault.workspace import Workspace

# What ContactWeb says when another program kept the write lock past the busy timeout.
BUSY_MESSAGE = "Another ContactWeb window or command is changing this vault"


class AnotherProgram:
    def __init__(self, ws: Workspace) -> None:
        self._conn = sqlcipher3.connect(str(ws.vault.db_path), isolation_level=None)
        self._conn.execute(f"PRAGMA key = \"x'{ws.raw_key().hex()}'\"")
        self._conn.execute("BEGIN IMMEDIATE")
        self._conn.execute("UPDATE contacts SET notes = 'being imported' WHERE id = 1")

    def finish(self) -> None:
        self._conn.execute("ROLLBACK")
        self._conn.close()
