"""Staff accounts through the services: add, list, disable, passwords, resets and roles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from contactweb.errors import AuthenticationFailed, BadInput, NotFound, PermissionDenied
from contactweb.services.accounts import session, users
from contactweb.vault import crypto
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.vault import KEYSLOTS_NAME, Vault
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS

STAFF_PW = ROLE_PASSWORDS["staff"]


def _names(ws: Workspace) -> list[str]:
    return [u.username for u in users.list_users(ws)]


def _slots(vault_dir: Path) -> KeySlotFile:
    return KeySlotFile.load(vault_dir / KEYSLOTS_NAME)


def test_add_and_list(admin_ws: Workspace, vault_dir: Path) -> None:
    uid = users.add_user(admin_ws, "wynn", "manager", STAFF_PW, display_name="Wynn Brown")
    listed = {u.username: u for u in users.list_users(admin_ws)}
    assert set(listed) == {"admin", "wynn"}
    wynn = listed["wynn"]
    assert (wynn.id, wynn.role, wynn.display_name, wynn.disabled) == (uid, "manager", "Wynn Brown",
                                                                   False)
    assert wynn.must_change_password  # new accounts choose their own password first
    ws = session.sign_in(vault_dir, "wynn", STAFF_PW)
    assert (ws.username, ws.role, ws.must_change_password) == ("wynn", "manager", True)
    ws.lock()
    # The key slot file names nobody.
    assert "wynn" not in (vault_dir / KEYSLOTS_NAME).read_text().casefold()


@pytest.mark.parametrize("name, role, password, message", [
    ("", "staff", STAFF_PW, "username"),
    ("two words", "staff", STAFF_PW, "username"),
    ("x" * 65, "staff", STAFF_PW, "username"),
    ("carl", "owner", STAFF_PW, "Unknown role"),
    ("carl", "staff", "short1!", "at least"),
    ("carl", "staff", "longbutnodigits", "digits"),
    ("admin", "staff", STAFF_PW, "already"),
    ("ADMIN", "staff", STAFF_PW, "already"),
])
def test_bad_accounts_are_refused_and_change_nothing(
        admin_ws: Workspace, vault_dir: Path, name: str, role: str, password: str,
        message: str) -> None:
    before = (vault_dir / KEYSLOTS_NAME).read_bytes()
    with pytest.raises(BadInput, match=message):
        users.add_user(admin_ws, name, role, password)
    assert _names(admin_ws) == ["admin"]
    assert (vault_dir / KEYSLOTS_NAME).read_bytes() == before


def test_names_differing_only_in_case_are_one_account(admin_ws: Workspace,
                                                      vault_dir: Path) -> None:
    users.add_user(admin_ws, "Émile", "staff", STAFF_PW, must_change=False)
    with pytest.raises(BadInput, match="already"):
        users.add_user(admin_ws, "émile", "staff", "Other-pass-42!")
    # Wildcards in a name are just characters.
    users.add_user(admin_ws, "ad_in", "staff", STAFF_PW, must_change=False)
    users.add_user(admin_ws, "a%", "staff", STAFF_PW, must_change=False)
    assert _names(admin_ws) == ["a%", "ad_in", "admin", "Émile"]
    ws = session.sign_in(vault_dir, "ÉMILE", STAFF_PW)
    assert ws.username == "Émile"
    ws.lock()
    ws = session.sign_in(vault_dir, "ADMIN", PASSWORD)
    assert (ws.username, ws.role) == ("admin", "admin")
    ws.lock()


def test_only_admins_manage_users(user_ws: Callable[..., Workspace]) -> None:
    manager = user_ws("manager")
    for call in (lambda: users.add_user(manager, "x1", "staff", STAFF_PW),
                 lambda: users.disable_user(manager, "admin"),
                 lambda: users.reset_password(manager, "admin"),
                 lambda: users.set_role(manager, "manager", "admin")):
        with pytest.raises(PermissionDenied):
            call()
    assert [u.role for u in users.list_users(manager) if u.username == "manager"] == ["manager"]


def test_disable(admin_ws: Workspace, vault_dir: Path) -> None:
    users.add_user(admin_ws, "dan", "staff", STAFF_PW, must_change=False)
    users.disable_user(admin_ws, "dan")
    assert [u.disabled for u in users.list_users(admin_ws) if u.username == "dan"] == [True]
    with pytest.raises(AuthenticationFailed, match="disabled"):
        session.sign_in(vault_dir, "dan", STAFF_PW)
    # The slot can no longer unwrap the key, even for someone holding a copy of the file.
    slots = _slots(vault_dir)
    slot = slots.slots[slots.slot_id("dan")]
    assert slot.disabled and slot.wrapped == b"" and slot.nonce == b""
    with pytest.raises(BadInput, match="already disabled"):
        users.disable_user(admin_ws, "dan")
    with pytest.raises(PermissionDenied):
        users.disable_user(admin_ws, "admin")
    with pytest.raises(NotFound):
        users.disable_user(admin_ws, "nobody")
    # A reset brings the account back, with a password to change.
    users.reset_password(admin_ws, "dan", "Temporary-pass-1")
    ws = session.sign_in(vault_dir, "dan", "Temporary-pass-1")
    assert ws.must_change_password
    ws.lock()


def test_change_own_password(user_ws: Callable[..., Workspace], vault_dir: Path) -> None:
    ws = user_ws("staff")
    other_slots = {sid: s.to_json() for sid, s in _slots(vault_dir).slots.items()
                   if sid != _slots(vault_dir).slot_id("staff")}
    with pytest.raises(AuthenticationFailed, match="current password"):
        users.change_own_password(ws, "Not-the-password-1", "Brand-new-pass-2")
    with pytest.raises(BadInput):
        users.change_own_password(ws, STAFF_PW, STAFF_PW)
    with pytest.raises(BadInput):
        users.change_own_password(ws, STAFF_PW, "weak")
    users.change_own_password(ws, STAFF_PW, "Brand-new-pass-2")
    with pytest.raises(AuthenticationFailed):
        Vault(vault_dir).sign_in("staff", STAFF_PW)
    Vault(vault_dir).sign_in("staff", "Brand-new-pass-2").lock()
    assert {sid: s.to_json() for sid, s in _slots(vault_dir).slots.items()
            if sid in other_slots} == other_slots


def test_reset_forces_a_change(admin_ws: Workspace, user_ws: Callable[..., Workspace],
                               vault_dir: Path) -> None:
    user_ws("staff").lock()
    temporary = users.reset_password(admin_ws, "staff")
    assert len(temporary) >= 12
    with pytest.raises(AuthenticationFailed):
        Vault(vault_dir).sign_in("staff", STAFF_PW)
    ws = session.sign_in(vault_dir, "staff", temporary)
    assert ws.must_change_password
    assert [u.must_change_password for u in users.list_users(admin_ws)
            if u.username == "staff"] == [True]
    users.change_own_password(ws, temporary, "Chosen-by-me-7")
    ws.lock()
    ws = session.sign_in(vault_dir, "staff", "Chosen-by-me-7")
    assert not ws.must_change_password
    ws.lock()
    assert [u.must_change_password for u in users.list_users(admin_ws)
            if u.username == "staff"] == [False]


def test_role_change(admin_ws: Workspace, user_ws: Callable[..., Workspace],
                     vault_dir: Path) -> None:
    user_ws("staff").lock()
    users.set_role(admin_ws, "staff", "manager")
    ws = session.sign_in(vault_dir, "staff", STAFF_PW)
    assert ws.role == "manager"
    ws.lock()
    with pytest.raises(BadInput):
        users.set_role(admin_ws, "staff", "superuser")
    with pytest.raises(BadInput, match="own administrator"):
        users.set_role(admin_ws, "admin", "staff")
    assert admin_ws.role == "admin"


def test_unknown_user_costs_a_key_derivation(vault_dir: Path, admin_ws: Workspace,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = crypto.derive_kek
    monkeypatch.setattr(crypto, "derive_kek",
                        lambda *a: calls.append(1) or real(*a))  # type: ignore[func-returns-value]
    with pytest.raises(AuthenticationFailed):
        Vault(vault_dir).sign_in("nobody", PASSWORD)
    unknown = len(calls)
    calls.clear()
    with pytest.raises(AuthenticationFailed):
        Vault(vault_dir).sign_in("admin", "Wrong-horse-9")
    assert unknown == len(calls) == 1
