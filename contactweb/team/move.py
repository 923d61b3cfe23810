"""``contactweb team move``: a desktop vault's every row onto a freshly created team vault.

Run by the database owner together with an administrator of the desktop vault (who unlocks
it). Every table is copied with its ids (audit events name records by id), attachments and
photos byte for byte, consent histories, erasure records and the audit chain verbatim. The
team vault takes the desktop vault's keyed-hash keys, so the copied chain, the erasure ledger
and the mailbox statements verify and match as before; the database key itself is not
copied (a team vault has none). Each desktop person becomes a login role in their group with
a temporary password to change at first sign-in; a disabled person's role cannot log in.
The move ends with a ``vault.move`` event, signed on the server, by the desktop
administrator who ran it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from psycopg import sql
from sqlalchemy import Connection, Engine, LargeBinary, func, select, text

from contactweb.errors import BadInput, PermissionDenied
from contactweb.i18n import _
from contactweb.models import AuditEvent, Base, User
from contactweb.services import audit
from contactweb.services.accounts import session as desktop_session
from contactweb.store.bulk_insert import SearchIndexPause, insert_rows
from contactweb.team import provision, scram
from contactweb.team.profile import TeamProfile
from contactweb.team.role_names import group_role, login_role
from contactweb.vault.passwords import generate_temporary_password
from contactweb.vault.workspace import Workspace

# Desktop-only settings: the file's seal and the key kept after a re-keying stay behind.
DESKTOP_ONLY_SETTINGS = ("vault.sealed", "vault.subkey_root")
TEAM_TABLES = ("team_keys", "team_logins", "audit_head", "team_vault")
BATCH = 2000
MAX_STATEMENT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class MoveResult:
    rows: dict[str, int]
    audit_events: int
    # Each moved person's temporary password, to hand over in person.
    temporary_passwords: dict[str, str] = field(default_factory=dict)


def move(vault_dir: Path, username: str, password: str, profile: TeamProfile, owner: str,
         owner_password: str | None) -> MoveResult:
    ws = desktop_session.sign_in(vault_dir, username, password)
    try:
        if not ws.is_admin:
            raise PermissionDenied(_("Only an administrator of the desktop vault may move it."))
        check = audit.verify(ws)
        if not check.ok:
            raise BadInput(_("The desktop vault's audit log is broken ({reason}); it is "
                             "moved only with an intact chain.").format(reason=check.reason))
        engine = provision.owner_engine(profile, owner, owner_password)
        try:
            return _copy(ws, engine, profile)
        finally:
            engine.dispose()
    finally:
        ws.lock()


def _copy(ws: Workspace, engine: Engine, profile: TeamProfile) -> MoveResult:
    rows: dict[str, int] = {}
    tables = [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]
    with engine.begin() as team:
        _require_fresh(team)
        team_admin = team.execute(text(
            "SELECT l.login_role, u.username FROM team_logins l JOIN users u ON u.id = l.user_id"
        )).one()
        team.execute(text("DELETE FROM team_logins"))
        for table in reversed(tables):
            team.execute(table.delete())
        # The search index's insert triggers wait (this transaction only); the moved
        # contacts are indexed at the end in set-based statements, not once per row.
        search = SearchIndexPause(team)
        with ws.session(readonly=True) as desktop:
            for table in tables:
                rows[table.name] = _copy_table(desktop.connection(), team, table)
            given = _ids_given(desktop.connection())
        search.resume(tuple(team.execute(text("SELECT min(id), max(id) FROM contacts")).one())
                      if rows.get("contacts") else None)
        _restart_sequences(team, tables, given)
        temporary = _logins(team, profile, team_admin)
        for purpose in provision.KEY_PURPOSES:
            team.execute(text("UPDATE team_keys SET key = :key WHERE purpose = :purpose"),
                         {"key": ws.subkey(purpose), "purpose": purpose})
        head = team.execute(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
                            ).scalar() or audit.GENESIS
        team.execute(text("UPDATE audit_head SET last_hash = :head"), {"head": head})
        _append_as_owner(team, ws.username, "vault.move", "vault", "",
                         {"rows": sum(rows.values()), "people": len(temporary) + 1})
    return MoveResult(rows, rows.get("audit_events", 0), temporary)


def _require_fresh(team: Connection) -> None:
    """Only a team vault as ``team create`` left it: its admin, no records of its own."""
    contacts = team.execute(select(func.count()).select_from(Base.metadata.tables["contacts"])
                            ).scalar()
    people = team.execute(select(func.count(User.id))).scalar()
    if contacts or people != 1:
        raise BadInput(_("This team vault is already in use (it has contacts or more people "
                         "than its first administrator); a desktop vault moves only into a "
                         "team vault just created with 'contactweb team create'."))


def _copy_table(desktop: Connection, team: Connection, table) -> int:  # noqa: ANN001
    query = select(table)
    if table.name == "settings":
        query = query.where(table.c.key.not_in(DESKTOP_ONLY_SETTINGS))
    count = 0
    columns = [column.name for column in table.c]
    binary = [i for i, column in enumerate(table.c) if isinstance(column.type, LargeBinary)]
    result = desktop.execution_options(yield_per=BATCH).execute(query)
    for batch in result.partitions(BATCH):
        for rows in _by_size([tuple(row) for row in batch], binary):
            insert_rows(team, table, columns, rows)
        count += len(batch)
    return count


def _by_size(rows: list[tuple], binary: list[int]) -> Iterator[list[tuple]]:
    """The rows in runs of at most MAX_STATEMENT_BYTES of binary values (attachments,
    photos): one insert statement carries a whole run, and the server takes no single
    value of 1 GiB or more."""
    run: list[tuple] = []
    size = 0
    for row in rows:
        row_size = sum(len(row[i] or b"") for i in binary)
        if run and size + row_size > MAX_STATEMENT_BYTES:
            yield run
            run, size = [], 0
        run.append(row)
        size += row_size
    if run:
        yield run


def _ids_given(desktop: Connection) -> dict[str, int]:
    """The highest id each desktop table ever gave (migration 0010): an erased or merged-away
    contact's id is above the rows left, and the moved audit log still names it."""
    if desktop.dialect.name != "sqlite":
        return {}
    return {name: int(seq) for name, seq in desktop.execute(
        text("SELECT name, seq FROM sqlite_sequence"))}


def _restart_sequences(team: Connection, tables: list, given: dict[str, int]) -> None:
    for table in tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            team.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"greatest(coalesce((SELECT max(id) FROM {table.name}), 0), :given) + 1, "
                "false)"), {"given": given.get(table.name, 0)})


def _logins(team: Connection, profile: TeamProfile, team_admin: tuple[str, str]
            ) -> dict[str, str]:
    """Map every moved person to a login role. The team's first administrator keeps their
    login (and password), as the desktop person of the same name or as a new admin row."""
    admin_login, admin_name = team_admin
    temporary: dict[str, str] = {}
    people = team.execute(select(User.id, User.username, User.role, User.disabled)).all()
    if not any(name.casefold() == admin_name.casefold() for _, name, _, _ in people):
        admin_id = team.execute(User.__table__.insert().values(
            username=admin_name, display_name=admin_name, role="admin").returning(User.id)
        ).scalar_one()
        people.append((admin_id, admin_name, "admin", False))
    for user_id, name, role, disabled in people:
        login = login_role(profile.namespace, name)
        if login == admin_login:
            team.execute(text("UPDATE users SET role = 'admin', disabled = false WHERE id = :id"),
                         {"id": user_id})
        else:
            password = generate_temporary_password()
            team.connection.driver_connection.execute(sql.SQL(
                "CREATE ROLE {} " + ("NOLOGIN" if disabled else "LOGIN") + " PASSWORD {} "
                "VALID UNTIL {} IN ROLE {}").format(
                    sql.Identifier(login), sql.Literal(scram.verifier(password)),
                    sql.Literal(team.execute(text("SELECT cw_temporary_until(true)")).scalar()),
                    sql.Identifier(group_role(profile.namespace, role))))
            team.execute(text("UPDATE users SET must_change_password = true WHERE id = :id"),
                         {"id": user_id})
            if not disabled:
                temporary[name] = password
        team.execute(text("INSERT INTO team_logins (login_role, user_id) VALUES (:l, :u)"),
                     {"l": login, "u": user_id})
    return temporary


def _append_as_owner(team: Connection, username: str, action: str, object_type: str,
                     object_id: str, details: dict) -> None:
    """The owner has the audit key's table; the event is chained as the server chains all."""
    team.execute(text(
        "WITH k AS (SELECT key FROM team_keys WHERE purpose = 'audit'), "
        "h AS (SELECT last_hash FROM audit_head WHERE singleton FOR UPDATE), "
        "t AS (SELECT clock_timestamp() AT TIME ZONE 'UTC' AS at), "
        "e AS (INSERT INTO audit_events (at, username, action, object_type, object_id, details, "
        "prev_hash, hash) SELECT t.at, CAST(:who AS text), CAST(:action AS text), "
        "CAST(:type AS text), CAST(:object AS text), CAST(:details AS text), h.last_hash, "
        "cw_audit_digest(k.key, h.last_hash, t.at, :who, :action, :type, :object, :details) "
        "FROM k, h, t RETURNING hash) "
        "UPDATE audit_head SET last_hash = (SELECT hash FROM e) WHERE singleton"), {
        "who": username, "action": action, "type": object_type, "object": object_id,
        "details": json.dumps(details, sort_keys=True, separators=(",", ":"))})
