"""The search index's own rows, for tests that compare what two ways of writing contacts
left in it: FTS5's columns on SQLite, the token document on PostgreSQL."""

from __future__ import annotations

from sqlalchemy.orm import Session

from contactweb.store import fts


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def index_rows_sql(session: Session, where_id: str | None = None) -> str:
    """``SELECT <contact id>, <indexed text...>`` over every index row, or the row whose id
    is the bind parameter named ``where_id``."""
    if dialect_of(session) == "postgresql":
        sql = "SELECT contact_id, document FROM contact_search"
        return sql + (f" WHERE contact_id = :{where_id}" if where_id else "")
    sql = "SELECT rowid, names, company, emails, phones, notes, tags FROM contact_fts"
    return sql + (f" WHERE rowid = :{where_id}" if where_id else "")


def expected_rows_sql(session: Session) -> str:
    """What the index's triggers would write for every contact."""
    if dialect_of(session) == "postgresql":
        return "SELECT id, contactweb_search_document(id) FROM contacts"
    return fts._ROW_SELECT.format(cid="c.id")


def index_text_sql(session: Session) -> str:
    """The indexed text of the one contact whose id is the bind parameter ``id``."""
    if dialect_of(session) == "postgresql":
        return "SELECT document FROM contact_search WHERE contact_id = :id"
    return "SELECT names, company, emails, phones, notes, tags FROM contact_fts WHERE rowid = :id"
