"""People of a team vault: the same user services as a desktop vault, where a key slot
becomes a PostgreSQL login role in its group.

The administrator's desktop sends only SCRAM verifiers; the server's people functions
(owned by the database owner, callable by the admin group only) create and alter the login
roles, so an administrator needs no CREATEROLE of their own and cannot make a role outside
this vault. ``services/accounts/users.py`` calls these for a team workspace.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from contactweb.errors import AuthenticationFailed, BadInput, NotFound, PermissionDenied
from contactweb.i18n import _
from contactweb.models import User
from contactweb.services import audit
from contactweb.team import scram
from contactweb.team.connect import connect_raw
from contactweb.team.role_names import login_role
from contactweb.team.team_workspace import TeamWorkspace


def _user(session: Session, username: str) -> User:
    user = session.execute(select(User).where(User.username == username)).scalar()
    if user is None:
        raise NotFound(_("No user called {username!r}.").format(username=username))
    return user


def _refused(exc: DBAPIError) -> Exception:
    if getattr(exc.orig, "sqlstate", "") == "42501":
        return PermissionDenied(_("The team server refused: {error}").format(error=exc.orig))
    if getattr(exc.orig, "sqlstate", "") == "42710":  # duplicate_object: the login exists
        return BadInput(_("That name is already taken on this team server."))
    return exc


def add_user(ws: TeamWorkspace, username: str, role: str, password: str, display_name: str,
             must_change: bool) -> int:
    with ws.session() as session:
        taken = {name.casefold() for name in session.execute(select(User.username)).scalars()}
        if username.casefold() in taken:
            raise BadInput(_("There is already a user called {username!r}.").format(
                username=username))
        try:
            user_id = session.execute(text(
                "SELECT cw_person_add(:name, :display, :role, :login, :verifier, :must)"), {
                "name": username, "display": display_name or username, "role": role,
                "login": login_role(ws.profile.namespace, username),
                "verifier": scram.verifier(password), "must": must_change}).scalar_one()
        except DBAPIError as exc:
            raise _refused(exc) from exc
        audit.record(session, ws, "user.add", "user", user_id, {"role": role})
        return int(user_id)


def set_role(ws: TeamWorkspace, username: str, role: str) -> None:
    with ws.session() as session:
        user = _user(session, username)
        if user.id == ws.user_id and role != "admin":
            raise BadInput(_("You cannot remove your own administrator role."))
        old_role = user.role
        session.execute(text("SELECT cw_person_set_role(:id, :role)"),
                        {"id": user.id, "role": role})
        audit.record(session, ws, "user.role", "user", user.id,
                     {"role": role, "old_role": old_role})


def disable_user(ws: TeamWorkspace, username: str) -> None:
    """The login role can no longer log in (NOLOGIN); the user row stays for the records."""
    with ws.session() as session:
        user = _user(session, username)
        if user.id == ws.user_id:
            raise PermissionDenied(_("You cannot disable your own account."))
        if user.disabled:
            raise BadInput(_("{username} is already disabled.").format(username=username))
        session.execute(text("SELECT cw_person_disable(:id)"), {"id": user.id})
        audit.record(session, ws, "user.disable", "user", user.id)


def reset_password(ws: TeamWorkspace, username: str, password: str) -> None:
    with ws.session() as session:
        user = _user(session, username)
        session.execute(text("SELECT cw_person_reset(:id, :verifier)"),
                        {"id": user.id, "verifier": scram.verifier(password)})
        audit.record(session, ws, "user.reset", "user", user.id)


def check_own_password(ws: TeamWorkspace, password: str) -> None:
    """Proved by logging in once more as oneself (the server checks it, nobody else can)."""
    try:
        connect_raw(ws.profile, login_role(ws.profile.namespace, ws.username), password).close()
    except AuthenticationFailed:
        raise AuthenticationFailed(_("The password is wrong.")) from None


def change_own_password(ws: TeamWorkspace, old_password: str, new_password: str) -> None:
    try:
        check_own_password(ws, old_password)
    except AuthenticationFailed:
        raise AuthenticationFailed(_("The current password is wrong.")) from None
    with ws.session() as session:
        session.execute(text("SELECT cw_change_own_password(:verifier)"),
                        {"verifier": scram.verifier(new_password)})
        audit.record(session, ws, "user.password_change", "user", ws.user_id)
    ws.must_change_password = False

