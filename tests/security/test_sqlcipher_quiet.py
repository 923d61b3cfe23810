"""A damaged page: the command line says so in one clear message, and SQLCipher's own log
lines ("hmac check failed for pgno=...") do not reach stderr beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlcipher3

from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.vault import DB_NAME
from tests.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]
PAGE = 4096


def _damage_contacts_page(vault_dir: Path) -> None:
    ws = session.create_vault(vault_dir, "admin", PASSWORD)
    for i in range(3):
        contacts.create_contact(ws, ContactInput(first_name=f"P{i}", last_name="Quiet",
                                                 notes="n" * 100))
    key = ws.raw_key()
    session.sign_out(ws)
    conn = sqlcipher3.connect(str(vault_dir / DB_NAME))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()[0]
    conn.close()
    data = bytearray((vault_dir / DB_NAME).read_bytes())
    data[(root - 1) * PAGE + PAGE // 2] ^= 0x01
    (vault_dir / DB_NAME).write_bytes(bytes(data))


def test_damaged_page_prints_only_the_clear_message(vault_dir: Path) -> None:
    _damage_contacts_page(vault_dir)
    env = {**os.environ, "CONTACTWEB_VAULT": str(vault_dir), "CONTACTWEB_USER": "admin",
           "CONTACTWEB_PASSWORD": PASSWORD}
    run = subprocess.run([sys.executable, "-m", "contactweb", "contact", "list", "--json"],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stdout == ""
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith("contactweb: the vault database is damaged")
    assert "hmac check failed" not in run.stderr and "ERROR CORE" not in run.stderr
