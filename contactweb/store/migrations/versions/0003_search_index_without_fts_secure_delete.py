"""search index without FTS5 secure-delete

Revision ID: 0003
Revises: 0002

With FTS5's own secure-delete on, every change to a contact or its emails, phones or tags
rewrote index pages in place: creating one contact cost about 2 ms of trigger work, ten times
the cost without it. Erasure does not depend on it: it merges every index segment
('optimize'), then VACUUMs with the connection-level secure_delete pragma, which removes the
deleted terms from the file (store/disk_scrub.py).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # an FTS5 option; PostgreSQL has no FTS5
        op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES('secure-delete', 0)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("INSERT INTO contact_fts(contact_fts, rank) VALUES('secure-delete', 1)")
