"""Group roles, GRANTs and row-level security of a team vault: the database's own wall.

The service checks stay; these make the same rules hold for a person who connects with
``psql`` and their own password. The four group roles nest (readonly < staff < manager <
admin), each person's login role is a member of exactly one, and all share the member group,
which may connect. Rules per table:

- contacts: an owner-only contact is visible only to its owner and to administrators; every
  row hanging off a contact (emails, phones, addresses, tags, communications and their
  attachments, consent, sales and their lines, reminders, outbox messages, merges, drafts)
  follows its contact.
- drafts: each person's own only, administrators included.
- settings: stored secrets (``secret.*``) only for managers and administrators; a staff
  member or a manager writes only the few settings their own work keeps (a backup run's
  basis, letter templates, the retention run), the rest is the administrators'.
- audit_events: no one but the owner may insert, update or delete; events are appended
  through ``cw_audit_append``. Administrators read every event; managers their own and those
  about contacts they can see (an access report lists them); others their own.
- users: read by every member (names on records); changed only through the people functions.
- consent: an opt-out is turned back only by a manager or an administrator (a trigger on the
  current state and the mailbox statements); history entries are never rewritten.
- erasure_records: insert-only. Legal holds: placed and released by administrators only, and
  a held contact is deleted by no member (a trigger).
- team_keys, team_logins, audit_head, team_scrub: the owner's alone.
- Who reads each table at all is ``READERS`` (the lowest role; the roles nest): what the
  application shows that role. Mailings and their outbox are the senders' (managers'); merge
  history, backup runs, erasure records and mailbox statements are staff work. A merge
  snapshot follows both contacts it holds, as they were; an outbox row follows its contact.
  A table with no decision there is the owner's alone.

Everything here is safe to run again (after a migration adds a table, for one).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

from contactweb.models import Base
from contactweb.team.change_feed import notify_statements
from contactweb.team.role_names import all_groups, group_role, owner_group
from contactweb.team.server_functions import RETIRED_FUNCTIONS, function_statements

OWNER_ONLY_DDL = (
    """CREATE TABLE IF NOT EXISTS team_keys (
         purpose text PRIMARY KEY, key bytea NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS team_logins (
         login_role text PRIMARY KEY,
         user_id integer NOT NULL UNIQUE REFERENCES users (id))""",
    """CREATE TABLE IF NOT EXISTS audit_head (
         singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
         last_hash text NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS team_vault (
         singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
         namespace text NOT NULL, vault_id text NOT NULL)""",
    # Only the owner may VACUUM: an erasure asks for the rewrite, the owner's scrub does it.
    """CREATE TABLE IF NOT EXISTS team_scrub (
         singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
         requested_at timestamp, done_at timestamp)""",
)
OWNER_ONLY = ("team_keys", "team_logins", "audit_head", "team_scrub")
# The vault's namespace and id, and its schema revision: every member reads them at sign-in.
MEMBER_READS_ONLY = ("team_vault", "alembic_version")

# The lowest role that reads each table (None: the owner's alone), as the application lets
# that role read it; row policies below narrow it further. A table missing here (a later
# migration's) is granted to no one until it is decided.
_ANYONE = ("users", "contacts", "contact_emails", "contact_phones", "contact_addresses",
           "tags", "contact_tags", "communications", "attachments", "consent_events",
           "consent_state", "undeliverable_addresses", "reminders", "products", "sales",
           "sale_lines", "settings", "drafts", "audit_events", "contact_search",
           *MEMBER_READS_ONLY)
# Staff work: a backup run (and its history), merging (its history and snapshots), an
# import (checked against the erasure ledger), recording consent (the mailbox statements).
_STAFF_READ = ("backup_runs", "merge_records", "erasure_records", "mailbox_statements")
# Mailings, their recipients and delivery records: only those who may send them.
_MANAGER_READ = ("mailings", "outbox_messages")
READERS: dict[str, str | None] = {
    **{name: "readonly" for name in _ANYONE}, **{name: "staff" for name in _STAFF_READ},
    **{name: "manager" for name in _MANAGER_READ}, **{name: None for name in OWNER_ONLY},
}
# Narrower than a table's readers: a staff member's merge moves the merged contact's outbox
# rows to the kept contact, so they see which rows those are, and nothing of them.
COLUMN_GRANTS = {"outbox_messages": ("staff", "SELECT (id, contact_id), UPDATE (contact_id)")}

STAFF_WRITES = (
    "contacts", "contact_emails", "contact_phones", "contact_addresses", "tags",
    "contact_tags", "communications", "attachments", "consent_events", "consent_state",
    "undeliverable_addresses", "reminders", "products", "sales", "sale_lines",
    "merge_records", "mailbox_statements", "backup_runs", "settings",
)
MANAGER_WRITES = ("mailings", "outbox_messages", "erasure_records")
EVERYONE_WRITES = ("drafts",)  # each person's own rows (policy below)
NOBODY_WRITES = ("audit_events", "users")  # through the server functions only
# Narrower than the table's group writes: a consent history entry is never rewritten (a merge
# moves it to the kept contact; an unmerge takes back what the merge added), an erasure
# record is never changed or removed.
PRIVILEGES = {"consent_events": "INSERT, DELETE, UPDATE (contact_id)",
              "erasure_records": "INSERT"}
# An opt-out (a contact's current state, or a mailbox's statement) is reversed by a manager
# or an administrator only, as the consent service rules; a trigger holds it on the server.
OPT_OUT_TABLES = ("consent_state", "mailbox_statements")

# The identity functions are wrapped in scalar subqueries so PostgreSQL runs each once per
# statement (an InitPlan) instead of once per row: a staff member's list of 100,000
# contacts would otherwise call them 200,000 times.
_ADMIN = "(SELECT cw_is_admin())"
_ME = "(SELECT cw_me())"
_MY_NAME = "(SELECT cw_my_username())"
_MANAGER = "(SELECT cw_has_role('manager'))"
_CONTACT_VISIBLE = f"({_ADMIN} OR visibility = 'everyone' OR owner_id = {_ME})"


def _follows_contact(column: str) -> str:
    return f"({column} IS NULL OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = {column}))"


def _snapshot_visible(side: str) -> str:
    """A merge snapshot holds both contacts as they were: an owner-only one (the merged-away
    contact is gone, the kept one may since have been shared) stays its owner's."""
    fields = f"snapshot::jsonb -> '{side}' -> 'fields'"
    return (f"(coalesce({fields} ->> 'visibility', 'everyone') = 'everyone' OR "
            f"({fields} ->> 'owner_id')::integer = {_ME})")


ROW_POLICIES: dict[str, str] = {
    "contacts": _CONTACT_VISIBLE,
    "attachments": "(EXISTS (SELECT 1 FROM communications m WHERE m.id = communication_id))",
    "sale_lines": "(EXISTS (SELECT 1 FROM sales s WHERE s.id = sale_id))",
    "merge_records": (f"({_ADMIN} OR ({_follows_contact('kept_contact_id')} AND "
                      f"{_snapshot_visible('keep')} AND {_snapshot_visible('other')}))"),
    "drafts": f"(user_id = {_ME} AND {_follows_contact('contact_id')})",
    "settings": f"(key NOT LIKE 'secret.%' OR {_ADMIN} OR {_MANAGER})",
    "audit_events": (
        f"({_ADMIN} OR username = {_MY_NAME} OR ({_MANAGER} AND "
        "object_type = 'contact' AND "
        "EXISTS (SELECT 1 FROM contacts c WHERE c.id = CASE WHEN object_id ~ '^[0-9]{1,9}$' "
        "THEN object_id::integer END)))"),
}


# Settings the services write for a staff member or a manager (a backup run, the letter
# templates of a post mailing, the retention run); every other setting is an
# administrator's to change, from the application or from psql.
_SETTINGS_STAFF_WRITE = ("'backup.transfer_basis'", "'backup.identity'",
                         "'mailbox_statements_backfilled'")
_SETTINGS_WRITERS = (
    f"({_ADMIN} OR key IN ({', '.join(_SETTINGS_STAFF_WRITE)}) OR ({_MANAGER} AND "
    "(key LIKE 'retention.%' OR key LIKE 'mailing.letter\\_%')))")


def _settings_writers(member: str) -> list[str]:
    """Restrictive policies: a write must also pass these, whatever else allows it."""
    statements = []
    for command, clause in (("INSERT", f"WITH CHECK {_SETTINGS_WRITERS}"),
                            ("UPDATE", f"USING {_SETTINGS_WRITERS} "
                                       f"WITH CHECK {_SETTINGS_WRITERS}"),
                            ("DELETE", f"USING {_SETTINGS_WRITERS}")):
        name = f"cw_writers_{command.lower()}"
        statements += [f"DROP POLICY IF EXISTS {name} ON settings",
                       f'CREATE POLICY {name} ON settings AS RESTRICTIVE FOR {command} '
                       f'TO "{member}" {clause}']
    return statements


def _row_policy(name: str, columns: Set[str]) -> str | None:
    if name in ROW_POLICIES:
        return ROW_POLICIES[name]
    if "contact_id" in columns:
        return _follows_contact("contact_id")
    return None


# The search table's triggers remove a contact's document after the contact row, when the
# row policy can no longer see it: they run as the owner (who owns the table) instead of a
# function telling any member whether a contact id exists, private ones included.
SEARCH_TRIGGER_FUNCTIONS = ("contactweb_search_on_contact()", "contactweb_search_on_child()")


def _search_trigger_statements(tables: Set[str]) -> list[str]:
    if "contact_search" not in tables:
        return []
    return [f"ALTER FUNCTION {name} SECURITY DEFINER SET search_path = public, pg_temp"
            for name in SEARCH_TRIGGER_FUNCTIONS]


def _sequence_usage(table: str, role: str) -> str:
    """nextval on the table's id sequence, if it has one, for those who add its rows."""
    return f"""DO $$ DECLARE seq text := pg_get_serial_sequence('public.{table}', 'id');
               BEGIN
                 IF seq IS NOT NULL THEN
                   EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', seq, '{role}');
                 END IF;
               END $$"""


def role_statements(namespace: str) -> list[str]:
    """The group roles (NOLOGIN), nested; created only when missing."""
    member = owner_group(namespace)
    statements = [
        f"""DO $$ BEGIN
              IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
                CREATE ROLE "{name}" NOLOGIN;
              END IF;
            END $$""" for name in all_groups(namespace)]
    readonly, staff, manager, admin = (group_role(namespace, r)
                                       for r in ("readonly", "staff", "manager", "admin"))
    statements += [f'GRANT "{member}" TO "{readonly}"', f'GRANT "{readonly}" TO "{staff}"',
                   f'GRANT "{staff}" TO "{manager}"', f'GRANT "{manager}" TO "{admin}"']
    return statements


def grant_statements(namespace: str, database: str,
                     tables: Mapping[str, Set[str]]) -> list[str]:
    """``tables``: every table of the schema with its column names."""
    member = owner_group(namespace)
    staff, manager, admin = (group_role(namespace, r) for r in ("staff", "manager", "admin"))
    statements = [
        f'REVOKE ALL ON DATABASE "{database}" FROM PUBLIC',
        f'GRANT CONNECT ON DATABASE "{database}" TO "{member}"',
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f'GRANT USAGE ON SCHEMA public TO "{member}"',
        *OWNER_ONLY_DDL,
        *(f"REVOKE ALL ON {name} FROM PUBLIC" for name in OWNER_ONLY),
        *(f"REVOKE ALL ON {name} FROM PUBLIC" for name in MEMBER_READS_ONLY),
        *(f'GRANT SELECT ON {name} TO "{member}"' for name in MEMBER_READS_ONLY),
        # Sequences: taken back from every group (older versions granted them to all
        # members), then USAGE (nextval) per table below to those who add its rows. No one
        # reads (SELECT) or sets (UPDATE) one: a readonly person burns no id and learns no
        # count; a bulk insert moves one on through cw_sequence_past_rows.
        *(f'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "{group}"'
          for group in all_groups(namespace)),
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC",
    ]
    for name, columns in sorted(tables.items()):
        if name in OWNER_ONLY or name in MEMBER_READS_ONLY:
            continue
        # Revoked from every group first, so running this again after a decision narrowed
        # (or a table none was made for yet) takes back what an older version granted.
        statements += [f"REVOKE ALL ON {name} FROM PUBLIC",
                       *(f'REVOKE ALL ON {name} FROM "{group}"'
                         for group in all_groups(namespace))]
        reader = READERS.get(name)
        if reader is None:
            continue
        statements.append(f'GRANT SELECT ON {name} TO "{group_role(namespace, reader)}"')
        if name in COLUMN_GRANTS:
            role, privileges = COLUMN_GRANTS[name]
            statements.append(f'GRANT {privileges} ON {name} TO "{group_role(namespace, role)}"')
        writes = PRIVILEGES.get(name, "INSERT, UPDATE, DELETE")
        writer = None
        if name in NOBODY_WRITES:
            pass
        elif name in EVERYONE_WRITES:
            writer = member
        elif name in MANAGER_WRITES:
            writer = manager
        elif name in STAFF_WRITES or name not in Base.metadata.tables:
            # The search index (kept by triggers) is written by whoever writes contacts.
            writer = staff
        else:
            writer = admin
        if writer is not None:
            statements.append(f'GRANT {writes} ON {name} TO "{writer}"')
            if "id" in columns and "INSERT" in writes:
                statements.append(_sequence_usage(name, writer))
        if name == "contacts":
            statements.append(
                "CREATE OR REPLACE TRIGGER cw_guard_legal_hold BEFORE INSERT OR UPDATE OR "
                "DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION cw_guard_legal_hold()")
        if name in OPT_OUT_TABLES:
            statements.append(
                f"CREATE OR REPLACE TRIGGER cw_guard_opt_out BEFORE UPDATE OR DELETE ON {name} "
                "FOR EACH ROW EXECUTE FUNCTION cw_guard_opt_out()")
        policy = _row_policy(name, columns)
        if policy is not None:
            statements += [
                f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS cw_visible ON {name}",
                f'CREATE POLICY cw_visible ON {name} TO "{member}" '
                f"USING {policy} WITH CHECK {policy}",
                f"DROP POLICY IF EXISTS cw_orphan_delete ON {name}",  # of older versions
            ]
        if name == "settings":
            statements += _settings_writers(member)
    # After the loop: revoking a table's privileges above revokes its column privileges too.
    statements.append(f'GRANT UPDATE (display_name) ON users TO "{admin}"')
    return statements


def security_statements(namespace: str, database: str,
                        tables: Mapping[str, Set[str]]) -> list[str]:
    """Everything, in order: roles, the owner's tables and functions, grants, and the change
    notifications other desktops listen to."""
    return [*role_statements(namespace), *OWNER_ONLY_DDL, *function_statements(namespace),
            *grant_statements(namespace, database, tables), *_search_trigger_statements(tables),
            *RETIRED_FUNCTIONS,
            *notify_statements(frozenset(tables))]
