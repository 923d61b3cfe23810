"""contact website

Revision ID: 0008
Revises: 0007

A contact's web site has a field of its own, shown and edited with the contact and written
to vCard URL and the CSV formats' web-site column. Until now a website from an imported file
was kept as a "Website: …" line in the notes; those lines stay where they are (an export
still writes them as websites).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("website", sa.String(length=500), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table (see 0007).
    op.execute("ALTER TABLE contacts DROP COLUMN website")
