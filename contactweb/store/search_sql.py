"""The FTS5 MATCH subquery, kept here so the services never write SQLite syntax."""

from __future__ import annotations

from sqlalchemy import TextClause, text


def matching_contact_ids(match_query: str) -> TextClause:
    return text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts_query").bindparams(
        fts_query=match_query)
