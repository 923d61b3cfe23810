"""The FTS5 MATCH subquery and the SQLite planner hints around it, kept here so the services
never write SQLite syntax."""

from __future__ import annotations

from sqlalchemy import ColumnElement, TextClause, func, text
from sqlalchemy.orm import Session

# Past this many matches, looking every match up and sorting them all costs more than walking
# the contacts in display order and keeping matches until the page is full (measured on
# 100,000 contacts: 29,000 matches took 65 ms one way and 4 ms the other).
BROAD_MATCHES = 1000


def matching_contact_ids(match_query: str) -> TextClause:
    return text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts_query").bindparams(
        fts_query=match_query)


def matches_many(session: Session, match_query: str) -> bool:
    """Whether the index matches more than BROAD_MATCHES contacts. Counting stops there, so
    this costs well under a millisecond whatever the answer."""
    count = session.execute(
        text("SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE contact_fts MATCH "
             ":fts_query LIMIT :cap)"),
        {"fts_query": match_query, "cap": BROAD_MATCHES + 1}).scalar() or 0
    return count > BROAD_MATCHES


def id_in(id_column: ColumnElement[int], ids, broad: bool) -> ColumnElement[bool]:  # noqa: ANN001
    """``id IN (ids)``. When ``broad``, ``id + 0`` keeps SQLite from driving the query from
    the id list (a lookup per match, then a sort); it walks an index and tests membership."""
    return (id_column + 0).in_(ids) if broad else id_column.in_(ids)


def usually_true(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Tell SQLite's planner a condition keeps most rows, so it walks the ORDER BY index and
    stops after a page rather than fetching every row the condition's own index finds and
    sorting them (a status filter over 100,000 contacts: 0.2 ms instead of 90 ms)."""
    return func.likely(condition)
