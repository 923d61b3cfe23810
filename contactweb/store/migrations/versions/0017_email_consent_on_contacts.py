"""email consent kept on the contact row

Revision ID: 0017
Revises: 0016

Email eligibility over 100,000 contacts read every contact's id and address and then kept
those in the channel's consent range, in Python. Each contact now carries its current email
consent status (``email_consent``: granted, opted_out, unknown, or '' when never asked), in
an index with the id and what eligibility reads, so the contacts with consent are one range
of it, in id order.

The column is a copy of ``consent_state``, and only the database writes it: triggers on
consent_state set it whenever a contact's email state is added, changed, moved (a merge) or
removed, and a trigger on contacts replaces whatever else is written to it (an edit, an old
snapshot put back, ``psql``) with what consent_state says. On PostgreSQL both run as the
owner (SECURITY DEFINER), so a member's own login, under the row policies, cannot make it lie;
on SQLite eligibility uses it only where it agrees exactly with consent_state.

Existing contacts get theirs here (the search triggers set aside meanwhile, as in 0015). From
now on a contact's search document is rebuilt on an update that changes its email consent
only when a column the document reads changed too: a consent recorded (an import's, a move's
or a restore's consent rows too) costs no rebuild of the search row (SQLite: a WHEN on
``contacts_fts_au``; PostgreSQL: ``contacts_search`` keeps inserts and deletes, and
``contacts_search_update`` takes the updates, with that WHEN).

Eligibility also reads every address of the opted-out contacts (an opt-out reaches the
mailbox, whoever else holds it): the index of contact_emails by contact now holds the address
too, so that read no longer visits the table's rows (10,000 opted-out contacts: 4.8 ms of SQL,
3.2 ms with it).
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_STATUS_OF = ("coalesce((SELECT s.status FROM consent_state s WHERE s.contact_id = {contact} "
              "AND s.channel = 'email'), '')")

# SQLite. An update of contacts from these triggers does not fire them again
# (recursive_triggers is off), and the guard's WHEN leaves a correct value alone.
_SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER consent_state_email_ai AFTER INSERT ON consent_state
        WHEN NEW.channel = 'email' BEGIN
          UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='contacts.id')}
          WHERE id = NEW.contact_id;
        END""",
    f"""CREATE TRIGGER consent_state_email_au AFTER UPDATE ON consent_state
        WHEN NEW.channel = 'email' OR OLD.channel = 'email' BEGIN
          UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='contacts.id')}
          WHERE id IN (OLD.contact_id, NEW.contact_id);
        END""",
    f"""CREATE TRIGGER consent_state_email_ad AFTER DELETE ON consent_state
        WHEN OLD.channel = 'email' BEGIN
          UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='contacts.id')}
          WHERE id = OLD.contact_id;
        END""",
    f"""CREATE TRIGGER contacts_email_consent_ai AFTER INSERT ON contacts
        WHEN NEW.email_consent <> '' BEGIN
          UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='NEW.id')}
          WHERE id = NEW.id;
        END""",
    f"""CREATE TRIGGER contacts_email_consent_au AFTER UPDATE OF email_consent ON contacts
        WHEN NEW.email_consent IS NOT {_STATUS_OF.format(contact='NEW.id')} BEGIN
          UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='NEW.id')}
          WHERE id = NEW.id;
        END""",
)
_SQLITE_TRIGGER_NAMES = ("consent_state_email_ai", "consent_state_email_au",
                         "consent_state_email_ad", "contacts_email_consent_ai",
                         "contacts_email_consent_au")

# PostgreSQL: as the owner, whoever writes; a contact's row is touched only when its status
# really changes (its search document is refreshed by that update).
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"
_POSTGRES_STATEMENTS = (
    f"""CREATE OR REPLACE FUNCTION contactweb_email_consent_follow() RETURNS trigger
        LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE v_status text;
        BEGIN
          IF TG_OP <> 'INSERT' AND OLD.channel = 'email' THEN
            v_status := {_STATUS_OF.format(contact='OLD.contact_id')};
            UPDATE contacts SET email_consent = v_status
              WHERE id = OLD.contact_id AND email_consent IS DISTINCT FROM v_status;
          END IF;
          IF TG_OP <> 'DELETE' AND NEW.channel = 'email' THEN
            v_status := {_STATUS_OF.format(contact='NEW.contact_id')};
            UPDATE contacts SET email_consent = v_status
              WHERE id = NEW.contact_id AND email_consent IS DISTINCT FROM v_status;
          END IF;
          RETURN NULL;
        END $$""",
    f"""CREATE OR REPLACE FUNCTION contactweb_email_consent_guard() RETURNS trigger
        LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
          NEW.email_consent := {_STATUS_OF.format(contact='NEW.id')};
          RETURN NEW;
        END $$""",
    "CREATE TRIGGER consent_state_email_consent AFTER INSERT OR UPDATE OR DELETE "
    "ON consent_state FOR EACH ROW EXECUTE FUNCTION contactweb_email_consent_follow()",
    "CREATE TRIGGER contacts_email_consent_insert BEFORE INSERT ON contacts FOR EACH ROW "
    "WHEN (NEW.email_consent <> '') EXECUTE FUNCTION contactweb_email_consent_guard()",
    "CREATE TRIGGER contacts_email_consent_update BEFORE UPDATE OF email_consent ON contacts "
    "FOR EACH ROW EXECUTE FUNCTION contactweb_email_consent_guard()",
)


# The contacts columns the search document reads (store/fts.py, store/pg_search.py).
_DOCUMENT_COLUMNS = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                     "title", "notes")


def _document_may_change(distinct: str) -> str:
    """True for an update that leaves email_consent alone (as every update did before) or
    changes a column of the search document."""
    same = "IS NOT DISTINCT FROM" if distinct == "IS DISTINCT FROM" else "IS"
    return " OR ".join([f"OLD.email_consent {same} NEW.email_consent",
                        *(f"OLD.{column} {distinct} NEW.{column}"
                          for column in _DOCUMENT_COLUMNS)])


_SQLITE_SEARCH_UPDATE = "AFTER UPDATE ON contacts BEGIN"
_SQLITE_SEARCH_UPDATE_WHEN = f"AFTER UPDATE ON contacts WHEN {_document_may_change('IS NOT')} BEGIN"
_POSTGRES_SEARCH_SPLIT = (
    "DROP TRIGGER contacts_search ON contacts",
    "CREATE TRIGGER contacts_search AFTER INSERT OR DELETE ON contacts "
    "FOR EACH ROW EXECUTE FUNCTION contactweb_search_on_contact()",
    "CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts FOR EACH ROW "
    f"WHEN ({_document_may_change('IS DISTINCT FROM')}) "
    "EXECUTE FUNCTION contactweb_search_on_contact()",
)
_POSTGRES_SEARCH_JOIN = (
    "DROP TRIGGER contacts_search_update ON contacts",
    "DROP TRIGGER contacts_search ON contacts",
    "CREATE TRIGGER contacts_search AFTER INSERT OR UPDATE OR DELETE ON contacts "
    "FOR EACH ROW EXECUTE FUNCTION contactweb_search_on_contact()",
)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.execute("ALTER TABLE contacts ADD COLUMN email_consent VARCHAR(16) NOT NULL DEFAULT ''")
    # Only the new column changes: the search trigger would rebuild every contact's search
    # row for nothing (see 0015).
    if postgres:
        trigger = bind.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'contacts'::regclass "
            "AND tgname = 'contacts_search'").scalar()
        if trigger:
            bind.exec_driver_sql("ALTER TABLE contacts DISABLE TRIGGER contacts_search")
        bind.exec_driver_sql(
            "UPDATE contacts SET email_consent = s.status FROM consent_state s "
            "WHERE s.contact_id = contacts.id AND s.channel = 'email'")
        if trigger:
            bind.exec_driver_sql("ALTER TABLE contacts ENABLE TRIGGER contacts_search")
            for statement in _POSTGRES_SEARCH_SPLIT:
                bind.exec_driver_sql(statement)
    else:
        trigger = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'contacts_fts_au'").scalar()
        if trigger:
            bind.exec_driver_sql("DROP TRIGGER contacts_fts_au")
        bind.exec_driver_sql(
            f"UPDATE contacts SET email_consent = {_STATUS_OF.format(contact='contacts.id')} "
            "WHERE id IN (SELECT contact_id FROM consent_state WHERE channel = 'email')")
        if trigger:
            bind.exec_driver_sql(trigger.replace(_SQLITE_SEARCH_UPDATE,
                                                 _SQLITE_SEARCH_UPDATE_WHEN, 1))
    op.create_index("ix_contacts_email_consent", "contacts",
                    ["email_consent", "id", "primary_email", "visibility", "owner_id"],
                    unique=False)
    for statement in _POSTGRES_STATEMENTS if postgres else _SQLITE_TRIGGERS:
        bind.exec_driver_sql(statement)
    op.create_index("ix_contact_emails_contact_address", "contact_emails",
                    ["contact_id", "address"], unique=False)
    op.drop_index("ix_contact_emails_contact_id", table_name="contact_emails")


def downgrade() -> None:
    bind = op.get_bind()
    op.create_index("ix_contact_emails_contact_id", "contact_emails", ["contact_id"],
                    unique=False)
    op.drop_index("ix_contact_emails_contact_address", table_name="contact_emails")
    if bind.dialect.name == "postgresql":
        for statement in (
                "DROP TRIGGER IF EXISTS contacts_email_consent_update ON contacts",
                "DROP TRIGGER IF EXISTS contacts_email_consent_insert ON contacts",
                "DROP TRIGGER IF EXISTS consent_state_email_consent ON consent_state",
                "DROP FUNCTION IF EXISTS contactweb_email_consent_guard()",
                "DROP FUNCTION IF EXISTS contactweb_email_consent_follow()"):
            bind.exec_driver_sql(statement)
        if bind.exec_driver_sql("SELECT 1 FROM pg_trigger WHERE tgrelid = 'contacts'::regclass "
                                "AND tgname = 'contacts_search_update'").scalar():
            for statement in _POSTGRES_SEARCH_JOIN:
                bind.exec_driver_sql(statement)
    else:
        for name in _SQLITE_TRIGGER_NAMES:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        trigger = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'contacts_fts_au'").scalar()
        if trigger and _SQLITE_SEARCH_UPDATE_WHEN in trigger:
            bind.exec_driver_sql("DROP TRIGGER contacts_fts_au")
            bind.exec_driver_sql(trigger.replace(_SQLITE_SEARCH_UPDATE_WHEN,
                                                 _SQLITE_SEARCH_UPDATE, 1))
    op.drop_index("ix_contacts_email_consent", table_name="contacts")
    op.execute("ALTER TABLE contacts DROP COLUMN email_consent")
