"""keys an import looks duplicates up by

Revision ID: 0015
Revises: 0014

An import used to hold every contact's email addresses, phone numbers, names and companies in
memory, to check each row against all before it: 650 MB at a million rows. It now asks the
vault, a batch of rows at a time, which of the batch's addresses, numbers and companies it
knows. Phone numbers are indexed already; addresses are compared case aside, so they get an
index on ``lower(address)``; companies are compared case-folded with white space collapsed,
which no SQL function does as Python does, so each contact stores that form
(``company_key``, indexed with the id: the first contacts of a company in the order they were
added). Existing contacts get theirs here.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_CHUNK = 5000


def _company_key(company: str) -> str:
    # As services/contacts/match_keys.company_key; written out so this step never changes.
    return " ".join(company.casefold().split())


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("contacts", sa.Column("company_key", sa.Text(), nullable=False,
                                        server_default=""))
    # Only the new column changes: the search trigger would rebuild every contact's search
    # row for nothing, so it is set aside meanwhile (SQLite: dropped and put back from its
    # own SQL; PostgreSQL: disabled inside this transaction, which only the owner running
    # the upgrade can do, and no other desktop's edit can slip in under the table lock).
    postgres = bind.dialect.name == "postgresql"
    trigger = None
    if postgres:
        trigger = bind.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'contacts'::regclass "
            "AND tgname = 'contacts_search'").scalar()
        if trigger:
            bind.exec_driver_sql("ALTER TABLE contacts DISABLE TRIGGER contacts_search")
    else:
        trigger = bind.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name = 'contacts_fts_au'").scalar()
        if trigger:
            bind.exec_driver_sql("DROP TRIGGER contacts_fts_au")
    marker = "?" if bind.dialect.paramstyle == "qmark" else "%s"
    last = 0
    while True:
        rows = bind.exec_driver_sql(
            f"SELECT id, company FROM contacts WHERE id > {marker} AND company <> '' "
            f"ORDER BY id LIMIT {_CHUNK}", (last,)).all()
        if not rows:
            break
        last = rows[-1][0]
        if postgres:  # one statement a chunk: the change feed's triggers fire per statement
            bind.exec_driver_sql(
                "UPDATE contacts SET company_key = v.key FROM unnest(%s::bigint[], %s::text[]) "
                "AS v(id, key) WHERE contacts.id = v.id",
                ([contact_id for contact_id, _ in rows],
                 [_company_key(company) for _, company in rows]))
        else:
            bind.exec_driver_sql(
                f"UPDATE contacts SET company_key = {marker} WHERE id = {marker}",
                [(_company_key(company), contact_id) for contact_id, company in rows])
    if trigger and postgres:
        bind.exec_driver_sql("ALTER TABLE contacts ENABLE TRIGGER contacts_search")
    elif trigger:
        bind.exec_driver_sql(trigger)
    op.create_index("ix_contacts_company_key", "contacts", ["company_key", "id"], unique=False)
    op.create_index("ix_contact_emails_address_lower", "contact_emails",
                    [sa.text("lower(address)")], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_emails_address_lower", table_name="contact_emails")
    op.drop_index("ix_contacts_company_key", table_name="contacts")
    op.execute("ALTER TABLE contacts DROP COLUMN company_key")
