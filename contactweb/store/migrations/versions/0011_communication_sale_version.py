"""communication and sale versions

Revision ID: 0011
Revises: 0010

Communications and sales count their saves (``version``) and name who saved them last and
when (``updated_by``, ``updated_at``), as contacts do since 0009: of two people correcting
the same logged call or moving the same sale on at once, the second save is refused with who
changed it and when instead of silently overwriting the first.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("communications", "sales")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                          server_default="1"))
            batch_op.add_column(sa.Column("updated_by", sa.String(length=64), nullable=False,
                                          server_default=""))
            batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table (see 0007).
    for table in TABLES:
        for column in ("updated_at", "updated_by", "version"):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
