"""mailbox statements: opt-outs that outlive the contact

Revision ID: 0005
Revises: 0004

An opt-out used to live only on the contact: erasing or merging that contact made every other
contact with the same address mailable again. ``mailbox_statements`` keeps the newest statement
per channel and mailbox as a keyed hash (no personal data). Existing opt-outs are carried over
by the service the first time the vault is opened after the upgrade (the keys are not
available to a migration).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailbox_statements",
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("mailbox_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("stated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "mailbox_hash", name=op.f("pk_mailbox_statements")),
    )


def downgrade() -> None:
    op.drop_table("mailbox_statements")
