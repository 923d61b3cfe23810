"""What other desktops changed on a team vault, as the same ``Changes`` value local work reports.

Every table a view shows has statement triggers that send ``NOTIFY cw_changes, '<kind>'``
when a transaction writes it (PostgreSQL delivers it at commit, and folds repeats of one
payload within a transaction into one, so a bulk import is one notification, not 100,000).
A desktop listens on a connection of its own and turns what arrived into ``Changes``; the UI
announces it through the one adapter, so lists refresh exactly as after a local edit.

A write about a few shared contacts names them (``'<kind>:12,40'``, read from the
statement's transition tables), so a contact open on another desktop reloads only when it is
concerned. Every listener of the vault receives every notification, so a private contact is
never named (nor one whose contact is gone): such a write, one naming more than
``MAX_NAMED`` contacts, or any past that many in one transaction, says "any contact".
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Engine

from contactweb.services.changes import NOTHING, Changes

CHANNEL = "cw_changes"
# Which kind of change a write to each table is (the Changes flag it sets).
TABLE_KINDS: Mapping[str, str] = {
    "contacts": "contacts", "contact_emails": "contacts", "contact_phones": "contacts",
    "contact_addresses": "contacts", "contact_tags": "contacts", "tags": "contacts",
    "consent_events": "consent", "consent_state": "consent",
    "communications": "communications", "attachments": "communications",
    "sales": "sales", "sale_lines": "sales", "products": "sales",
    "reminders": "reminders", "users": "users", "settings": "settings",
    "backup_runs": "backups", "mailings": "mailings", "outbox_messages": "mailings",
    "audit_events": "audit",
}
# The column naming the contact a row is about; a table missing here names none (a tag
# renamed touches every contact holding it).
CONTACT_COLUMNS: Mapping[str, str] = {
    "contacts": "id", "contact_emails": "contact_id", "contact_phones": "contact_id",
    "contact_addresses": "contact_id", "contact_tags": "contact_id",
    "consent_events": "contact_id", "consent_state": "contact_id",
    "communications": "contact_id", "sales": "contact_id", "reminders": "contact_id",
}
CONTACT_KINDS = frozenset({"contacts", "consent", "communications", "sales", "reminders"})
MAX_NAMED = 50
_EVENTS = {"insert": "NEW TABLE AS new_rows", "update": "OLD TABLE AS old_rows NEW TABLE AS "
           "new_rows", "delete": "OLD TABLE AS old_rows"}


# Runs as the person writing, so the contacts it looks at are those they see. The count of
# contacts named so far in the transaction is a transaction-local setting.
_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cw_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := TG_ARGV[0]; col text := TG_ARGV[1]; ids bigint[]; private boolean;
  named integer := coalesce(nullif(current_setting('cw.named_contacts', true), ''), '0')::int;
  written text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                             WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                             ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
BEGIN
  IF col IS NULL THEN
    PERFORM pg_notify('{CHANNEL}', kind);
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT array_agg(x) FROM (SELECT DISTINCT %I AS x FROM (%s) w '
                 'WHERE %I IS NOT NULL LIMIT {MAX_NAMED + 1}) d', col, written, col) INTO ids;
  IF ids IS NULL THEN
    RETURN NULL;  -- no row written: nothing changed
  END IF;
  IF TG_TABLE_NAME = 'contacts' THEN  -- the rows say it, even of a contact just deleted
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM (%s) w '
                   'WHERE visibility IS DISTINCT FROM ''everyone'')', written) INTO private;
  ELSE
    private := EXISTS (SELECT 1 FROM unnest(ids) AS i(id) WHERE NOT EXISTS (
      SELECT 1 FROM contacts c WHERE c.id = i.id AND c.visibility = 'everyone'));
  END IF;
  IF private OR named + cardinality(ids) > {MAX_NAMED} THEN
    PERFORM pg_notify('{CHANNEL}', kind);
  ELSE
    PERFORM set_config('cw.named_contacts', (named + cardinality(ids))::text, true);
    PERFORM pg_notify('{CHANNEL}', kind || ':' || array_to_string(ids, ','));
  END IF;
  RETURN NULL;
END $$"""


def notify_statements(tables: set[str] | frozenset[str]) -> list[str]:
    statements = [_NOTIFY_FUNCTION]
    for table, kind in TABLE_KINDS.items():
        if table not in tables:
            continue
        column = CONTACT_COLUMNS.get(table)
        arguments = f"'{kind}', '{column}'" if column else f"'{kind}'"
        statements.append(f"DROP TRIGGER IF EXISTS cw_notify ON {table}")  # older versions'
        for event, transition in _EVENTS.items():
            referencing = f"REFERENCING {transition} " if column else ""
            statements.append(
                f"CREATE OR REPLACE TRIGGER cw_notify_{event} AFTER {event.upper()} ON {table} "
                f"{referencing}FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_change({arguments})")
    return statements


def changes_of(payloads: set[str]) -> Changes:
    """The Changes these notifications stand for: the contacts they name, or any contact
    when one of them about contacts names none."""
    kinds: set[str] = set()
    named: set[int] = set()
    anywhere = False
    for payload in payloads:
        kind, _, listed = payload.partition(":")
        if kind not in set(TABLE_KINDS.values()):
            continue
        kinds.add(kind)
        if kind in CONTACT_KINDS:
            ids = {int(part) for part in listed.split(",") if part.isdigit()}
            named |= ids
            anywhere = anywhere or not ids
    if not kinds:
        return NOTHING
    narrow = named and not anywhere and len(named) <= MAX_NAMED
    return Changes(contact_ids=frozenset(named) if narrow else frozenset(),
                   **{kind: True for kind in kinds})


class ChangeFeed:
    """A listening connection of the signed-in person's own (from their engine's pool)."""

    def __init__(self, engine: Engine) -> None:
        self._pooled = engine.raw_connection()
        self._connection = self._pooled.driver_connection
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def drain(self) -> Changes:
        """Everything that arrived since the last call, without waiting."""
        payloads = {note.payload for note in self._connection.notifies(timeout=0.0)}
        return changes_of(payloads)

    def close(self) -> None:
        try:
            self._connection.execute(f"UNLISTEN {CHANNEL}")
        except Exception:  # noqa: BLE001 - a lost connection is closed all the same
            pass
        self._pooled.invalidate()  # not back into the pool: it was in autocommit, listening
