"""What other desktops changed on a team vault, as the same ``Changes`` value local work reports.

Every table a view shows has a statement trigger that sends ``NOTIFY cw_changes, '<kind>'``
when a transaction writes it (PostgreSQL delivers it at commit, and folds repeats of one
payload within a transaction into one, so a bulk import is one notification, not 100,000).
A desktop listens on a connection of its own and turns what arrived into ``Changes``; the UI
announces it through the one adapter, so lists refresh exactly as after a local edit.
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


def notify_statements(tables: set[str] | frozenset[str]) -> list[str]:
    statements = [
        f"""CREATE OR REPLACE FUNCTION cw_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('{CHANNEL}', TG_ARGV[0]);
              RETURN NULL;
            END $$""",
    ]
    for table, kind in TABLE_KINDS.items():
        if table in tables:
            statements.append(
                f"CREATE OR REPLACE TRIGGER cw_notify AFTER INSERT OR UPDATE OR DELETE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION cw_notify_change('{kind}')")
    return statements


def changes_of(kinds: set[str]) -> Changes:
    """The Changes that notifications of these kinds stand for (any contact may have
    changed: a notification names no records)."""
    known = {kind for kind in kinds if kind in set(TABLE_KINDS.values())}
    return Changes(**{kind: True for kind in known}) if known else NOTHING


class ChangeFeed:
    """A listening connection of the signed-in person's own (from their engine's pool)."""

    def __init__(self, engine: Engine) -> None:
        self._pooled = engine.raw_connection()
        self._connection = self._pooled.driver_connection
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def drain(self) -> Changes:
        """Everything that arrived since the last call, without waiting."""
        kinds = {note.payload for note in self._connection.notifies(timeout=0.0)}
        return changes_of(kinds)

    def close(self) -> None:
        try:
            self._connection.execute(f"UNLISTEN {CHANNEL}")
        except Exception:  # noqa: BLE001 - a lost connection is closed all the same
            pass
        self._pooled.invalidate()  # not back into the pool: it was in autocommit, listening
