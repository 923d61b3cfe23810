"""reminder version

Revision ID: 0013
Revises: 0012

Reminders count their saves (``version``) and name who saved them last and when
(``updated_by``, ``updated_at``), as communications and sales do since 0011: marking one
done, snoozing or editing it from an older read is refused with who changed it and when.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False,
                                      server_default="1"))
        batch_op.add_column(sa.Column("updated_by", sa.String(length=64), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table (see 0007).
    for column in ("updated_at", "updated_by", "version"):
        op.execute(f"ALTER TABLE reminders DROP COLUMN {column}")
