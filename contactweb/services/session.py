"""Signing in and out, with the audit trail that goes with it."""

from __future__ import annotations

from pathlib import Path

from contactweb.services import audit, mailbox_statements
from contactweb.vault.vault import Vault
from contactweb.vault.workspace import Workspace


def sign_in(vault_dir: Path, username: str, password: str) -> Workspace:
    ws = Vault(vault_dir).sign_in(username, password)
    with ws.session() as db:
        mailbox_statements.backfill(db, ws)
    audit.record_now(ws, "signin", "user", ws.user_id)
    return ws


def create_vault(vault_dir: Path, admin_username: str, admin_password: str) -> Workspace:
    ws = Vault.create(vault_dir, admin_username, admin_password)
    audit.record_now(ws, "vault.create", "user", ws.user_id)
    return ws


def sign_out(ws: Workspace, reason: str = "signout") -> None:
    """``reason`` is 'signout', 'lock' or 'idle'; recorded before the key is dropped."""
    if not ws.locked:
        audit.record_now(ws, reason, "user", ws.user_id)
    ws.lock()
