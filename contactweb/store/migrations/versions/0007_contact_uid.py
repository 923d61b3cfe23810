"""contact uid

Revision ID: 0007
Revises: 0006

Every contact carries the UID its vCard export names it by: the one its file had, or one
made when it was created. Contacts from before this revision get one each here, so that two
exports of the same contact always carry the same UID (khard and CardDAV servers refuse a
card without one, and take a new UID for a new contact).
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=200), nullable=True))
    connection = op.get_bind()
    contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    ids = [row.id for row in connection.execute(sa.select(contacts.c.id))]
    if ids:
        connection.execute(
            contacts.update().where(contacts.c.id == sa.bindparam("cid")).values(
                uid=sa.bindparam("new_uid")),
            [{"cid": cid, "new_uid": str(uuid.uuid4())} for cid in ids])


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch copy of the table: a copy drops and
    # renames "contacts" under the search index's triggers on the e-mail and phone tables.
    op.execute("ALTER TABLE contacts DROP COLUMN uid")
