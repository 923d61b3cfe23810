"""Staff accounts: each has a row in the vault and a key slot in ``keyslots.json``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from contactweb.errors import AuthenticationFailed, BadInput, NotFound, PermissionDenied
from contactweb.i18n import _
from contactweb.models import User
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.vault import crypto, rekey
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.passwords import check_password, generate_temporary_password
from contactweb.vault.permissions import Action
from contactweb.vault.vault import default_kdf_params, validate_role, validate_username
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str
    disabled: bool
    must_change_password: bool
    created_at: datetime


def list_users(ws: Workspace) -> list[UserView]:
    with ws.session(readonly=True) as session:
        return [UserView(u.id, u.username, u.display_name, u.role, u.disabled,
                         u.must_change_password, u.created_at)
                for u in session.execute(select(User).order_by(User.username)).scalars()]


def add_user(ws: Workspace, username: str, role: str, password: str,
             display_name: str = "", must_change: bool = True) -> int:
    """New users sign in first with the password the admin gave them, then choose their own."""
    ws.require(Action.USER_MANAGE)
    username = validate_username(username)
    validate_role(role)
    check_password(password)
    if ws.on_team_server:
        return _team_people().add_user(ws, username, role, password, display_name, must_change)
    slots = ws.vault.load_keyslots()
    with ws.session() as session:
        # Names differing only in case share a key slot id, so they count as the same name.
        taken = {name.casefold() for name in session.execute(select(User.username)).scalars()}
        if username.casefold() in taken:
            raise BadInput(_("There is already a user called {username!r}.").format(
                username=username))
        user = User(username=username, display_name=display_name or username, role=role,
                    must_change_password=must_change)
        session.add(user)
        session.flush()
        audit.record(session, ws, "user.add", "user", user.id, {"role": role})
        # The slot is written last, inside the transaction: if it fails, no user row remains.
        slots.make_slot(username, password, ws.raw_key(), default_kdf_params(), must_change)
        slots.save(ws.vault.keyslots_path)
        return user.id


def _team_people():  # noqa: ANN202 - the module, loaded only for a team vault
    """On a team vault each person is a PostgreSQL login role (``contactweb/team``)."""
    from contactweb.team import people

    return people


def _user(session, username: str) -> User:  # noqa: ANN001
    user = session.execute(select(User).where(User.username == username)).scalar()
    if user is None:
        raise NotFound(_("No user called {name!r}.").format(name=username))
    return user


def check_own_password(ws: Workspace, password: str) -> None:
    """The signed-in user proves their password again before something that cannot be undone."""
    if ws.on_team_server:
        return _team_people().check_own_password(ws, password)
    slots = ws.vault.load_keyslots()
    sid = slots.slot_id(ws.username)
    slot = slots.slots.get(sid)
    if slot is None or slot.disabled:
        raise AuthenticationFailed(_("This account has no usable key slot."))
    kek = crypto.derive_kek(password, slot.salt, slot.kdf)
    if crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid)) is None:
        raise AuthenticationFailed(_("The password is wrong."))


def change_own_password(ws: Workspace, old_password: str, new_password: str) -> None:
    """Re-wrap this user's slot only; other users are untouched."""
    check_password(new_password)
    if old_password == new_password:
        raise BadInput(_("The new password must differ from the old one."))
    if ws.on_team_server:
        return _team_people().change_own_password(ws, old_password, new_password)
    slots = ws.vault.load_keyslots()
    sid = slots.slot_id(ws.username)
    slot = slots.slots.get(sid)
    if slot is None or slot.disabled:
        raise AuthenticationFailed(_("This account has no usable key slot."))
    kek = crypto.derive_kek(old_password, slot.salt, slot.kdf)
    if crypto.unwrap_key(kek, slot.nonce, slot.wrapped, slots.associated_data(sid)) is None:
        raise AuthenticationFailed(_("The current password is wrong."))
    slots.make_slot(ws.username, new_password, ws.raw_key(), default_kdf_params())
    slots.save(ws.vault.keyslots_path)
    with ws.session() as session:
        _user(session, ws.username).must_change_password = False
        audit.record(session, ws, "user.password_change", "user", ws.user_id)
    ws.must_change_password = False


def reset_password(ws: Workspace, username: str, temporary_password: str | None = None) -> str:
    """Admin reset: a new slot with a temporary password that must be changed at sign-in."""
    ws.require(Action.USER_MANAGE)
    password = temporary_password or generate_temporary_password()
    check_password(password)
    if ws.on_team_server:
        _team_people().reset_password(ws, username, password)
        return password
    slots = ws.vault.load_keyslots()
    with ws.session() as session:
        user = _user(session, username)
        user.must_change_password = True
        user.disabled = False
        audit.record(session, ws, "user.reset", "user", user.id)
        slots.make_slot(user.username, password, ws.raw_key(), default_kdf_params(),
                        must_change=True)
        slots.save(ws.vault.keyslots_path)
    return password


def set_role(ws: Workspace, username: str, role: str) -> Changes:
    ws.require(Action.USER_MANAGE)
    validate_role(role)
    if ws.on_team_server:
        _team_people().set_role(ws, username, role)
        return Changes(users=True)
    with ws.session() as session:
        user = _user(session, username)
        if user.id == ws.user_id and role != "admin":
            raise BadInput(_("You cannot remove your own administrator role."))
        old_role = user.role
        user.role = role
        audit.record(session, ws, "user.role", "user", user.id,
                     {"role": role, "old_role": old_role})
    return Changes(users=True)


def disable_user(ws: Workspace, username: str) -> Changes:
    """The slot keeps only its password verifier: the account can no longer unwrap the key,
    even from a copy of the files, yet the person is told the account is disabled."""
    ws.require(Action.USER_MANAGE)
    if ws.on_team_server:
        _team_people().disable_user(ws, username)
        return Changes(users=True)
    slots = ws.vault.load_keyslots()
    with ws.session() as session:
        user = _user(session, username)
        if user.id == ws.user_id:
            raise PermissionDenied(_("You cannot disable your own account."))
        if user.disabled:
            raise BadInput(_("{username} is already disabled.").format(username=username))
        user.disabled = True
        audit.record(session, ws, "user.disable", "user", user.id)
        slot = slots.slots.get(slots.slot_id(user.username))
        if slot is not None:
            slot.disable()
            slots.save(ws.vault.keyslots_path)
    return Changes(users=True)


@dataclass(frozen=True)
class RekeyResult:
    # Each remaining user's temporary password, to hand over in person.
    temporary_passwords: dict[str, str] = field(default_factory=dict)

    def message(self) -> str:
        return _("The vault has a new database key: copies of its files or backups taken "
                 "before now do not open it, and it no longer opens with the old key. Backups "
                 "taken before now are still encrypted with the old key (whoever could read "
                 "them still can, up to today's data) and ContactWeb can no longer read them: "
                 "take a fresh full backup now, then delete the old ones from the "
                 "destination.")


def rekey_vault(ws: Workspace, own_password: str,
                _after_database_rekeyed: Callable[[], None] | None = None) -> RekeyResult:
    """Give the vault a new random database key, so that a disabled user who kept the old
    key (or a backup and their old password) cannot open anything written from now on.

    Design: the administrator proves their own password, which wraps the new key in their
    slot. The other users' passwords are not known here and cannot be recovered, so each
    remaining enabled user gets a new slot with a generated temporary password that must be
    changed at the next sign-in (as an admin reset does); the admin hands them over. Disabled
    slots keep only their password verifier. Crash safety and the order of the file writes
    are in ``vault/rekey.py``. Keyed hashes (audit chain, erasure ledger) keep their key.
    Nothing else may use the vault meanwhile (other windows, commands, background jobs)."""
    ws.require(Action.USER_MANAGE)
    old = ws.vault.load_keyslots()
    sid = old.slot_id(ws.username)
    slot = old.slots.get(sid)
    kek = crypto.derive_kek(own_password, slot.salt, slot.kdf) if slot else b"\0" * 32
    if slot is None or crypto.unwrap_key(kek, slot.nonce, slot.wrapped,
                                         old.associated_data(sid)) != ws.raw_key():
        raise AuthenticationFailed(_("Your password is wrong; the vault was not re-keyed."))
    with ws.session(readonly=True) as session:
        people = list(session.execute(select(User.username, User.disabled)))
    others = sorted(name for name, disabled in people
                    if not disabled and name.casefold() != ws.username.casefold())
    temporary = {name: generate_temporary_password() for name in others}
    new_key = os.urandom(crypto.KEY_BYTES)
    slots = KeySlotFile(vault_id=old.vault_id, vault_salt=old.vault_salt)
    slots.make_slot(ws.username, own_password, new_key, default_kdf_params())
    for name, password in temporary.items():
        slots.make_slot(name, password, new_key, default_kdf_params(), must_change=True)
    for name, disabled in people:
        kept = old.slots.get(old.slot_id(name))
        if disabled and kept is not None:
            kept.disable()  # the verifier only: "this account is disabled"
            slots.slots[old.slot_id(name)] = kept
    rekey.rekey(ws, new_key, slots, _after_database_rekeyed)
    with ws.session() as session:
        for name in others:
            _user(session, name).must_change_password = True
        audit.record(session, ws, "vault.rekey", "vault", "", {"users_reset": len(others)})
    return RekeyResult(temporary)
