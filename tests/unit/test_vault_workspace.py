"""The signed-in Workspace and its engine: units of work, read-only sessions, locking, and the
write-ahead log."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from contactweb.errors import BadInput, PermissionDenied
from contactweb.models import Contact
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.store.engine import PRAGMAS, checkpoint
from contactweb.vault.permissions import PERMISSIONS, ROLES, Action, allowed
from contactweb.vault.vault import DB_NAME
from contactweb.vault.workspace import VaultLocked, Workspace
from tests.conftest import PASSWORD


def _count(ws: Workspace) -> int:
    with ws.session(readonly=True) as db:
        return db.execute(select(func.count(Contact.id))).scalar() or 0


def test_a_failed_unit_of_work_changes_nothing(admin_ws: Workspace) -> None:
    with pytest.raises(RuntimeError):
        with admin_ws.session() as db:
            db.add(Contact(first_name="Ghost"))
            db.flush()
            raise RuntimeError("boom")
    assert _count(admin_ws) == 0
    with pytest.raises(BadInput):
        contacts.create_contact(admin_ws, ContactInput(first_name="Ok", emails=[
            contacts.EmailInput("broken@")]))
    assert _count(admin_ws) == 0


def test_readonly_sessions_never_commit(admin_ws: Workspace, database_backend: str) -> None:
    # SQLite rolls the write back; PostgreSQL's READ ONLY transaction refuses it outright.
    refused = pytest.raises(DBAPIError) if database_backend == "postgresql" else nullcontext()
    with refused, admin_ws.session(readonly=True) as db:
        db.add(Contact(first_name="Sneaky"))
        db.flush()
    assert _count(admin_ws) == 0


@pytest.mark.sqlite_only  # SQLCipher's pragmas, WAL and page cache
def test_connections_carry_the_pragmas(admin_ws: Workspace) -> None:
    assert admin_ws.engine is not None
    with admin_ws.engine.connect() as conn:
        values = {name: conn.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("foreign_keys", "secure_delete", "journal_mode", "synchronous",
                               "temp_store")}
    assert values == {"foreign_keys": 1, "secure_delete": 1, "journal_mode": "wal",
                      "synchronous": 2, "temp_store": 2}
    assert len(PRAGMAS) >= 5


def test_lock_forgets_the_key_and_refuses_work(vault_dir: Path) -> None:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    key_copy = ws.raw_key()
    assert any(key_copy)
    session.sign_out(ws, "lock")
    assert ws.locked and ws.engine is None
    assert bytes(ws.key) == bytes(len(key_copy))
    for call in (ws.raw_key, lambda: ws.subkey("audit"), lambda: _count(ws)):
        with pytest.raises(VaultLocked):
            call()
    again = session.sign_in(vault_dir, "admin", PASSWORD)
    assert again.raw_key() == key_copy  # the same vault key, from the slot
    again.lock()


@pytest.mark.sqlite_only  # SQLCipher's pragmas, WAL and page cache
def test_checkpoint_folds_the_log_into_the_file(admin_ws: Workspace, vault_dir: Path) -> None:
    assert admin_ws.engine is not None
    wal = vault_dir / f"{DB_NAME}-wal"
    with admin_ws.engine.connect() as holder:  # keeps the log alive between commits
        holder.connection.dbapi_connection.execute("SELECT 1").fetchall()
        contacts.create_contact(admin_ws, ContactInput(first_name="Walter"))
        assert wal.exists() and wal.stat().st_size > 0
        assert checkpoint(admin_ws.engine) is True
        assert wal.stat().st_size == 0
    assert _count(admin_ws) == 1


def test_permissions_table() -> None:
    assert set(PERMISSIONS) == set(ROLES)
    assert PERMISSIONS["admin"] == frozenset(Action)
    ladder = [PERMISSIONS[r] for r in ("readonly", "staff", "manager", "admin")]
    assert all(low < high for low, high in zip(ladder, ladder[1:], strict=False))
    assert PERMISSIONS["readonly"] == {Action.CONTACT_VIEW, Action.REPORT_MAKE}
    assert not allowed("staff", Action.CONSENT_REVERSE_OPTOUT)
    assert allowed("manager", Action.CONSENT_REVERSE_OPTOUT)
    assert not allowed("manager", Action.USER_MANAGE)
    assert not allowed("nobody", Action.CONTACT_VIEW)


def test_require_names_the_role_and_action(user_ws) -> None:  # noqa: ANN001
    ws = user_ws("readonly")
    with pytest.raises(PermissionDenied, match=r"readonly.*contact\.edit"):
        ws.require(Action.CONTACT_EDIT)


def _driver_connection_id(ws: Workspace) -> int:
    """Which driver connection served this read (its Python id)."""
    with ws.session(readonly=True) as db:
        return id(db.connection().connection.dbapi_connection)


@pytest.mark.sqlite_only  # SQLCipher's pragmas, WAL and page cache
def test_reads_reuse_one_warm_connection_until_lock_or_erasure(admin_ws: Workspace) -> None:
    """Searches stay quick because the next read finds the pages the last one decrypted:
    calls one after another get the same connection, with the large page cache. Erasure
    and locking close the idle ones (their caches held the erased or locked data)."""
    from contactweb.services.privacy.erasure import erase_contact

    first = _driver_connection_id(admin_ws)
    assert _driver_connection_id(admin_ws) == first
    with admin_ws.session(readonly=True) as db:
        assert db.execute(text("PRAGMA cache_size")).scalar() == -65536
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Gone"))
    erase_contact(admin_ws, cid)
    assert admin_ws.engine is not None and admin_ws.engine.pool.checkedin() == 0
    engine = admin_ws.engine
    _driver_connection_id(admin_ws)
    assert engine.pool.checkedin() == 1
    admin_ws.lock()
    assert engine.pool.checkedin() == 0
