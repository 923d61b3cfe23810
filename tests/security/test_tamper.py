"""A single flipped bit in the vault file makes reads fail loudly, never return other data."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
import sqlalchemy.exc
import sqlcipher3

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import list_contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.vault import DB_NAME
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner

PAGE = 4096
SALT_BYTES = 16  # the start of page 1; the rest of every page is authenticated


def _vault_with_contacts(vault_dir: Path, count: int) -> bytes:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    for i in range(count):
        contacts.create_contact(ws, ContactInput(first_name=f"Person{i}", last_name="Tamper",
                                                 notes="n" * 100))
    key = ws.raw_key()
    session.sign_out(ws)  # the last connection folds the WAL into the file
    assert not (vault_dir / f"{DB_NAME}-wal").exists()
    return key


def _open(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_pages_are_authenticated(vault_dir: Path, tmp_path: Path) -> None:
    key = _vault_with_contacts(vault_dir, 20)
    original = vault_dir / DB_NAME
    conn = _open(original, key)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    assert original.stat().st_size == pages * PAGE

    rng = random.Random(7)
    copy = tmp_path / "copy.db"
    # Page 1 (past the salt), the last page, and a sample between: about 30 of some 80.
    for page in sorted({1, pages, *rng.sample(range(2, pages), 28)}):
        start = (page - 1) * PAGE + (SALT_BYTES if page == 1 else 0)
        shutil.copyfile(original, copy)
        _flip(copy, rng.randrange(start, page * PAGE))
        conn = _open(copy, key)
        try:
            with pytest.raises(sqlcipher3.DatabaseError):
                conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()


def test_flipped_byte_in_contacts_page_fails_every_reader(vault_dir: Path) -> None:
    key = _vault_with_contacts(vault_dir, 3)
    db_path = vault_dir / DB_NAME
    conn = _open(db_path, key)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    conn.close()
    _flip(db_path, (root - 1) * PAGE + PAGE // 2)

    conn = _open(db_path, key)
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT notes FROM contacts").fetchall()  # only the table holds notes
    conn.close()

    ws = session.sign_in(vault_dir, "admin", PASSWORD)  # users and schema pages are intact
    try:
        with pytest.raises(sqlalchemy.exc.DatabaseError):
            list_contacts(ws)
    finally:
        ws.lock()

    result = CliRunner(vault_dir, "admin", PASSWORD)("contact", "list", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "damaged" in result.err and "Traceback" not in result.err
