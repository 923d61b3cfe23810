"""contact version

Revision ID: 0009
Revises: 0008

Each contact counts its saves (``version``) and names who saved it last (``updated_by``), so
that of two people editing the same contact at once the second save is refused with who
changed it and when, instead of silently overwriting the first (several desktops share a
team vault; two windows can do the same on one computer).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                      server_default="1"))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=64), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table (see 0007).
    op.execute("ALTER TABLE contacts DROP COLUMN updated_by")
    op.execute("ALTER TABLE contacts DROP COLUMN version")
