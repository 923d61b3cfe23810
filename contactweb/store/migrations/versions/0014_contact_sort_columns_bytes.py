"""contact sort columns in byte order on PostgreSQL

Revision ID: 0014
Revises: 0013

The contact list sorts its text columns by their bytes on both backends (``byte_order`` in
``store/dialect_sql.py``: SQLite's own order, ``COLLATE "C"`` on PostgreSQL), so that a team
server created with a linguistic collation lists contacts as the desktop vault does. On such
a server the columns' indexes were built in the database's collation and could not serve that
order: the first page of 100,000 contacts took a sort of every row (48 ms instead of under
one). Giving the columns the "C" collation rebuilds their indexes in byte order; equality is
unchanged (PostgreSQL compares deterministic collations byte for byte), and no row is
rewritten. Nothing changes on SQLite, whose BINARY order is already byte order.
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SORT_COLUMNS = {"sort_name": 420, "company": 200, "primary_email": 320, "primary_phone": 40,
                "city": 200, "status": 16}


def _set_collation(collation: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, length in SORT_COLUMNS.items():
        op.execute(f'ALTER TABLE contacts ALTER COLUMN {column} TYPE varchar({length}) '
                   f'COLLATE {collation}')


def upgrade() -> None:
    _set_collation('"C"')


def downgrade() -> None:
    _set_collation('"default"')
