"""Signing in and out, with the audit trail that goes with it.

The services these steps use (and SQLAlchemy under them) are imported inside the functions:
a sign-in loads them while the password's key is derived, on another core when one is free,
instead of before it (with a core free, a command-line listing is about 50 ms shorter)."""

from __future__ import annotations

from pathlib import Path

from contactweb.vault.permissions import Action
from contactweb.vault.vault import Vault
from contactweb.vault.workspace import Workspace


def _load_services() -> None:
    from contactweb.services import audit, integrity_seal  # noqa: F401
    from contactweb.services.consent import mailbox_statements  # noqa: F401


def sign_in(vault_dir: Path, username: str, password: str,
            check_seal: bool = True) -> Workspace:
    """``check_seal`` False only to look at a vault whose seal may not match (``audit
    verify``, accepting the change): nothing is written then, so that the look itself adds
    no event that could make the old seal seem merely behind."""
    ws = Vault(vault_dir).sign_in(username, password, meanwhile=_load_services)
    from contactweb.services import audit, integrity_seal
    from contactweb.services.consent import mailbox_statements

    if not check_seal:
        return ws
    try:
        integrity_seal.check(ws)  # before anything is written or believed
        integrity_seal.follow_commits(ws)
        with ws.session() as db:
            mailbox_statements.backfill(db, ws)
        audit.record_now(ws, "signin", "user", ws.user_id)
    except BaseException:
        ws.lock()  # not signed in (another program busy writing, say): no key left open
        raise
    return ws


def create_vault(vault_dir: Path, admin_username: str, admin_password: str,
                 region: str | None = None, server: str | None = None) -> Workspace:
    """A new vault with its first administrator. ``region`` (a country code, checked before
    anything is made) is where phone numbers without a country code are read; None leaves
    it unset. ``server``: an empty PostgreSQL database for the data (``Vault.create``)."""
    from contactweb.services import audit, integrity_seal, settings
    from contactweb.services.consent import mailbox_statements
    from contactweb.services.setting_rules import parse_region

    if region is not None:
        region = parse_region(region)
    ws = Vault.create(vault_dir, admin_username, admin_password, server=server)
    integrity_seal.follow_commits(ws)
    with ws.session() as db:
        mailbox_statements.backfill(db, ws)  # nothing to carry over: only marks it done
        if region is not None:
            settings.write(db, "default_region", region)
    audit.record_now(ws, "vault.create", "user", ws.user_id)
    return ws


def accept_outside_changes(ws: Workspace) -> list[str]:
    """An administrator looked at what changed outside ContactWeb and keeps it: the change
    is audited (what differed, no personal data) and the vault sealed as it now is."""
    from contactweb.services import audit, integrity_seal

    ws.require(Action.USER_MANAGE)
    found = integrity_seal.differences(ws)
    if found:
        integrity_seal.follow_commits(ws)
        audit.record_now(ws, "vault.outside_changes_accepted", "vault", "",
                         {"differences": found})
    return found


def sign_out(ws: Workspace, reason: str = "signout") -> None:
    """``reason`` is 'signout', 'lock' or 'idle'; recorded before the key is dropped."""
    from contactweb.services import audit

    if not ws.locked:
        audit.record_now(ws, reason, "user", ws.user_id)
    ws.lock()
