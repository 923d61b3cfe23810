"""Where a vault folder's database lives: ``contactweb.db`` beside the key slots (SQLCipher,
the default), or a PostgreSQL database named by ``database-server.json`` in the folder.

A vault whose database is on a PostgreSQL server keeps everything else of a vault in its
folder (key slots, sign-in back-off, the integrity seal); the 32-byte vault key the slots wrap
then keys the audit chain and the keyed-hash ledgers rather than the file. This is how the
test suite runs every service against both backends through one fixture, and the simplest
way to build a ``Workspace`` over PostgreSQL::

    from contactweb.store.vault_database import write_server_url
    write_server_url(folder, "postgresql+psycopg:///contactweb?host=/run/postgresql")
    ws = Vault.create(folder, "admin", password)      # migrates the database, adds the admin
    ws = Vault(folder).sign_in("admin", password)     # any later sign-in

The URL holds no password (refused): a login that needs one must come from somewhere that
is not a file, such as a Unix socket with peer or trust authentication, or a team sign-in
that builds its own engine with ``postgres_engine.make_postgres_engine`` and hands it to
``Workspace`` directly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from contactweb.errors import BadInput
from contactweb.i18n import _

# SQLAlchemy loads when a database is opened or named, not when a vault folder is only
# looked at (the sign-in window asks whether one exists).
if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

SERVER_FILE = "database-server.json"


def server_url(folder: Path) -> URL | None:
    """The PostgreSQL database of this vault folder, or None for its own SQLCipher file."""
    path = Path(folder) / SERVER_FILE
    if not path.exists():
        return None
    from sqlalchemy.engine import make_url

    try:
        return make_url(json.loads(path.read_text("utf-8"))["url"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadInput(_("{path} does not name a database server: {exc}").format(
            path=path, exc=exc)) from exc


def write_server_url(folder: Path, url: URL | str) -> None:
    from sqlalchemy.engine import URL, make_url

    parsed = url if isinstance(url, URL) else make_url(url)
    if parsed.password:
        raise BadInput(_("A database server's address is kept without a password."))
    if not parsed.drivername.startswith("postgresql"):
        raise BadInput(_("Only PostgreSQL servers are supported, not {drivername}.").format(
            drivername=parsed.drivername))
    Path(folder).mkdir(parents=True, exist_ok=True, mode=0o700)
    path = Path(folder) / SERVER_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"url": parsed.render_as_string(hide_password=False)}),
                         "utf-8")
    os.replace(temporary, path)


def make_vault_engine(folder: Path, db_path: Path, key: bytes) -> Engine:
    """The engine for this vault's database: SQLCipher under ``key``, or the server."""
    url = server_url(folder)
    if url is None:
        from contactweb.store.engine import make_engine

        return make_engine(db_path, key)
    from contactweb.store.postgres_engine import make_postgres_engine

    return make_postgres_engine(url)


def verify_vault_engine(folder: Path, engine: Engine) -> None:
    """SQLCipher: the key opens the file (else ``WrongKeyError``); a server: it answers."""
    if server_url(folder) is None:
        from contactweb.store.engine import verify_key

        verify_key(engine)
        return
    from contactweb.store.postgres_engine import check_connection

    check_connection(engine)
