"""``contactweb team create``: make an empty PostgreSQL database into a team vault.

Run as the database's owner (a role with CREATEROLE that owns the database): the schema from
the same Alembic migrations as a desktop vault, the group roles with their GRANTs, the row
policies and server functions (``server_security.py``), the keys, and the first
administrator as a login role. Nothing of the owner's password is kept anywhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping, Set

import psycopg
from psycopg import sql

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.store.migrate import upgrade_to_head
from contactweb.team import scram
from contactweb.team.connect import connect_raw, explain
from contactweb.team.profile import TeamProfile
from contactweb.team.role_names import group_role, login_role
from contactweb.team.server_functions import GENESIS
from contactweb.team.server_security import security_statements
from contactweb.vault import crypto
from contactweb.vault.passwords import check_password
from contactweb.vault.vault import validate_username

KEY_PURPOSES = ("audit", "erasure", "mailbox-statements")


def owner_engine(profile: TeamProfile, owner: str, owner_password: str | None):  # noqa: ANN201
    """An SQLAlchemy engine as the owner, for the migrations."""
    from sqlalchemy import create_engine

    options = profile.connect_options()
    if owner_password is not None:
        options["password"] = owner_password
    return create_engine("postgresql+psycopg://", connect_args={"user": owner, **options},
                         pool_size=1)


def table_columns(conn: psycopg.Connection) -> dict[str, frozenset[str]]:
    rows = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = 'public'").fetchall()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return {name: frozenset(columns) for name, columns in tables.items()}


def apply_security(conn: psycopg.Connection, profile: TeamProfile,
                   tables: Mapping[str, Set[str]] | None = None) -> None:
    conn.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    for statement in security_statements(profile.namespace, profile.database,
                                         tables if tables is not None else table_columns(conn)):
        conn.execute(statement)


def store_keys(conn: psycopg.Connection, subkey_root: bytes) -> None:
    """The keyed-hash keys, derived as a desktop vault derives them from its first key (so a
    moved vault's chain and ledgers still verify)."""
    conn.execute("DELETE FROM team_keys")
    for purpose in KEY_PURPOSES:
        conn.execute("INSERT INTO team_keys (purpose, key) VALUES (%s, %s)",
                      (purpose, crypto.subkey(subkey_root, purpose)))


def add_login(conn: psycopg.Connection, profile: TeamProfile, user_id: int, username: str,
              role: str, password: str) -> str:
    """The person's login role, in their group, mapped to their user row (as the owner)."""
    login = login_role(profile.namespace, username)
    conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
        sql.Identifier(login), sql.Literal(scram.verifier(password)),
        sql.Identifier(group_role(profile.namespace, role))))
    conn.execute("INSERT INTO team_logins (login_role, user_id) VALUES (%s, %s)",
                 (login, user_id))
    return login


def upgrade(profile: TeamProfile, owner: str, owner_password: str | None) -> bool:
    """Bring a team vault to this ContactWeb's schema, then its roles, policies, functions
    and notifications (a new table gets its grants); True when a migration ran."""
    engine = owner_engine(profile, owner, owner_password)
    try:
        migrated = upgrade_to_head(engine)
    finally:
        engine.dispose()
    with connect_raw(profile, owner, owner_password) as conn:
        apply_security(conn, profile)
    return migrated


def create(profile: TeamProfile, owner: str, owner_password: str | None, admin_username: str,
           admin_password: str) -> None:
    """Prepare the empty database ``profile`` names, as ``owner``."""
    username = validate_username(admin_username)
    check_password(admin_password)
    with connect_raw(profile, owner, owner_password) as conn:
        may_create_roles, owns = conn.execute(
            "SELECT r.rolcreaterole OR r.rolsuper, d.datdba = r.oid FROM pg_roles r, "
            "pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"
        ).fetchone()
        if not (may_create_roles and owns):
            raise BadInput(_("{owner} must own the database {database!r} and may "
                             "create roles (CREATE ROLE ... CREATEROLE; CREATE DATABASE ... "
                             "OWNER ...): each person of the team vault is a role it makes.").format(
                owner=owner, database=profile.database))
        existing = {name for (name,) in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        if "team_vault" in existing:
            raise BadInput(_("The database {database!r} is already a team vault.").format(
                database=profile.database))
        # Only the migrations of an earlier attempt (stopped before the roles were made,
        # which roll back together) may be there: they are simply carried on.
        if existing and "alembic_version" not in existing:
            raise BadInput(_("The database {database!r} is not empty ({count} "
                             "tables); a team vault is made in an empty database.").format(
                database=profile.database, count=len(existing)))
        taken = conn.execute("SELECT count(*) FROM pg_roles WHERE rolname LIKE %s",
                             (profile.namespace + "\\_%",)).fetchone()[0]
        if taken:
            raise BadInput(_("This server already has roles named {namespace}_*: "
                             "another team vault uses that name. Choose another database name.").format(
                namespace=profile.namespace))
    engine = owner_engine(profile, owner, owner_password)
    try:
        upgrade_to_head(engine)
    except Exception as exc:
        orig = getattr(exc, "orig", None)
        if isinstance(orig, psycopg.OperationalError):
            raise explain(orig, profile) from None
        raise
    finally:
        engine.dispose()
    with connect_raw(profile, owner, owner_password) as conn:
        apply_security(conn, profile)
        store_keys(conn, os.urandom(crypto.KEY_BYTES))
        conn.execute("INSERT INTO audit_head (last_hash) VALUES (%s)", (GENESIS,))
        conn.execute("INSERT INTO team_vault (namespace, vault_id) VALUES (%s, %s)",
                     (profile.namespace, uuid.uuid4().hex))
        user_id = conn.execute(
            "INSERT INTO users (username, display_name, role, disabled, must_change_password, "
            "created_at) VALUES (%s, %s, 'admin', false, false, "
            "clock_timestamp() AT TIME ZONE 'UTC') RETURNING id",
            (username, username)).fetchone()[0]
        add_login(conn, profile, user_id, username, "admin", admin_password)
