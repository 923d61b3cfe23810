"""The people of a restored team vault: their login roles, which a backup does not hold.

PostgreSQL keeps roles per server, and ``pg_dump`` of one database leaves them out, so a
restore (into a new database, perhaps on a new server) makes each person's login role
afresh, in the group of their ContactWeb role. The administrator running the restore keeps
the password they typed; every other active person gets a one-time password, shown once to
that administrator, which logs in for a week at most and must be changed at first sign-in
(``must_change_password``, as for a person an administrator adds); a disabled person gets a
role that cannot log in, and no password.

The restored vault's namespace is made from the new database's name, as ``team create``
makes it. A restore into a second database on the same server therefore gets roles of its
own beside the original vault's and never takes theirs over; roles of that namespace already
on the server (another vault's, or left behind by a deleted one) stop the restore before
anything is restored.
"""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg import sql

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.team import scram
from contactweb.team.role_names import group_role, login_role
from contactweb.vault.passwords import check_password, generate_temporary_password


@dataclass(frozen=True)
class Person:
    user_id: int
    username: str
    role: str
    disabled: bool


def roles_taken(conn: psycopg.Connection, namespace: str) -> list[str]:
    """Roles of this namespace on the server (groups ``ns_*``, logins ``ns.*``)."""
    return [name for (name,) in conn.execute(
        "SELECT rolname FROM pg_roles WHERE left(rolname, %s) IN (%s, %s) ORDER BY rolname",
        (len(namespace) + 1, namespace + "_", namespace + "."))]


def refuse_if_taken(conn: psycopg.Connection, namespace: str, database: str) -> None:
    """Before anything is restored: the owner may make the roles, and none of them exists."""
    may_create_roles = conn.execute(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
    ).fetchone()[0]
    if not may_create_roles:
        raise BadInput(_(
            "The database owner may not create roles on this server, and each person of the "
            "restored vault is a role it makes (CREATE ROLE ... CREATEROLE). Nothing was "
            "restored."))
    taken = roles_taken(conn, namespace)
    if taken:
        shown = ", ".join(taken[:3]) + (", ..." if len(taken) > 3 else "")
        raise BadInput(_(
            "This server already has roles named {namespace}_* or {namespace}.* ({roles}): "
            "another team vault uses the namespace the database name {database} gives, or "
            "they were left behind by a deleted one. Nothing was restored. Restore into a "
            "database of another name, or drop those roles first if nothing uses them.").format(
                namespace=namespace, roles=shown, database=database))


def people_of(conn: psycopg.Connection) -> list[Person]:
    return [Person(*row) for row in conn.execute(
        "SELECT id, username, role, disabled FROM users ORDER BY id")]


def people_in_dump(rows: list[dict[str, str | None]]) -> list[Person]:
    """The users table as ``dump.table_rows`` reads it from the backup file."""
    return [Person(int(row["id"] or 0), row["username"] or "", row["role"] or "",
                   row["disabled"] == "t") for row in rows]


def check_restoring_admin(people: list[Person], username: str, password: str) -> Person:
    """The person running the restore: an active administrator of the backed-up vault."""
    folded = username.strip().casefold()
    found = next((p for p in people if p.username.casefold() == folded), None)
    if found is None or found.disabled or found.role != "admin":
        raise BadInput(_(
            "{name} is not an active administrator of the backed-up vault: run the restore "
            "as one (--user), into a new empty database.").format(name=username))
    check_password(password)
    return found


def rename_namespace(conn: psycopg.Connection, namespace: str) -> None:
    """The restored database names its own namespace; the old login map goes (every login
    is made again below, after the groups exist)."""
    conn.execute("UPDATE team_vault SET namespace = %s", (namespace,))
    conn.execute("DELETE FROM team_logins")


def make_logins(conn: psycopg.Connection, namespace: str, people: list[Person],
                admin: Person, admin_password: str) -> dict[str, str]:
    """Each person's login role in their group (as the owner, in the caller's transaction);
    returns the one-time password of each active person but ``admin``."""
    until = conn.execute("SELECT cw_temporary_until(true)").fetchone()[0]
    one_time: dict[str, str] = {}
    for person in people:
        login = login_role(namespace, person.username)
        group = sql.Identifier(group_role(namespace, person.role))
        if person.disabled:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN IN ROLE {}").format(
                sql.Identifier(login), group))
            must_change = True
        elif person.user_id == admin.user_id:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(scram.verifier(admin_password)), group))
            must_change = False
        else:
            password = generate_temporary_password()
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} VALID UNTIL {} "
                                 "IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(scram.verifier(password)),
                sql.Literal(until), group))
            one_time[person.username] = password
            must_change = True
        conn.execute("UPDATE users SET must_change_password = %s WHERE id = %s",
                     (must_change, person.user_id))
        conn.execute("INSERT INTO team_logins (login_role, user_id) VALUES (%s, %s)",
                     (login, person.user_id))
    return one_time
