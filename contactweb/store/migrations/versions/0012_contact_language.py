"""contact language

Revision ID: 0012
Revises: 0011

A contact's language (a BCP 47 tag such as "de" or "fr-CA", from vCard LANG, a CSV column or
typed): mailings, letters and the access report speak it; empty means the business's default
language.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=35), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table (see 0007).
    op.execute("ALTER TABLE contacts DROP COLUMN language")
