"""delivery retries and undeliverable addresses

Revision ID: 0006
Revises: 0005

A temporary refusal (4xx, a lost connection) is tried again later: ``next_attempt_at`` on the
outbox row keeps the time, so a restart neither forgets the wait nor cuts it short. A
permanent refusal of an address (5xx while sending, or a bounce that arrives later) is kept in
``undeliverable_addresses`` with the evidence; mailing eligibility leaves the address out.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
    op.create_table(
        "undeliverable_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("address_key", sa.String(length=320), nullable=False),
        sa.Column("reply_code", sa.Integer(), nullable=False),
        sa.Column("status_code", sa.String(length=16), nullable=False),
        sa.Column("diagnostic", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("observed_at", sa.DateTime(), nullable=False),
        sa.Column("marked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_undeliverable_addresses_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undeliverable_addresses")),
    )
    with op.batch_alter_table("undeliverable_addresses", schema=None) as batch_op:
        batch_op.create_index("ix_undeliverable_contact_address", ["contact_id", "address_key"],
                              unique=True)
        batch_op.create_index(batch_op.f("ix_undeliverable_addresses_address_key"),
                              ["address_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("undeliverable_addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_undeliverable_addresses_address_key"))
        batch_op.drop_index("ix_undeliverable_contact_address")
    op.drop_table("undeliverable_addresses")
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("next_attempt_at")
