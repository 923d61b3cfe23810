"""covering indexes for mailing eligibility

Revision ID: 0004
Revises: 0003

Eligibility over 100,000 contacts read every page of the contacts table (notes, photos and
all) to use eight narrow columns; most of its time went to decrypting those pages.
``ix_contacts_mailing`` holds just those columns, in id order, so the same scan decrypts a
fraction of the pages and still meets the contacts in the order they were added.
``ix_consent_state_channel_status`` finds the contacts opted out of a channel without reading
every consent row (the mailboxes of contacts opted out of email).
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MAILING_COLUMNS = ["id", "status", "visibility", "owner_id", "first_name", "last_name",
                   "company", "primary_email"]


def upgrade() -> None:
    op.create_index("ix_contacts_mailing", "contacts", MAILING_COLUMNS, unique=False)
    op.create_index("ix_consent_state_channel_status", "consent_state",
                    ["channel", "status", "contact_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_consent_state_channel_status", table_name="consent_state")
    op.drop_index("ix_contacts_mailing", table_name="contacts")
