"""The search index's MATCH subquery and the planner hints around it, kept here so the services
never write SQLite or PostgreSQL syntax.

On SQLite the index is FTS5 (``fts.py``); on PostgreSQL it is the ``contact_search`` table
(``pg_search.py``), whose ``contactweb_search_match`` function reads the same match query and
gives the same rows."""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, Select, TextClause, select, text
from sqlalchemy.orm import Session

from contactweb.store.dialect_sql import (
    POSTGRESQL,
    dialect_name,
    dialect_text,
    json_id_list,
    likely,
    probed,
)
from contactweb.store.driver_rows import driver_rows, driver_scalars, prepared
from contactweb.store.fts import TERMS_TABLE, build_expanded_match_query, build_match_query

# Past this many matches, looking every match up and sorting them all costs more than walking
# the contacts in display order and keeping matches until the page is full. Measured on
# 100,000 contacts: 29,000 matches took 65 ms one way and 4 ms the other; a surname with
# 1,100 matches 2 ms looked up but 5 to 7 ms walked (its names sit together in the order).
BROAD_MATCHES = 2000


_MATCHING = dialect_text(
    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts_query",
    "SELECT contactweb_search_match(:fts_query)")
_FEW_MATCHING = prepared(dialect_text(
    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts_query LIMIT :cap",
    "SELECT contactweb_search_match(:fts_query) LIMIT :cap"))
_FEW_MATCHING_AS_JSON = prepared(text(
    "SELECT count(*), json_group_array(rowid) FROM "
    "(SELECT rowid FROM contact_fts WHERE contact_fts MATCH :fts_query LIMIT :cap)"))
_COUNT_MATCHING = prepared(dialect_text(
    "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH :fts_query",
    "SELECT count(*) FROM contactweb_search_match(:fts_query)"))


# The index terms from :word up to :beyond, one seek each (fts5vocab's "instance" kind reads
# from where a term begins; its "row" kind would first count each term's documents, 15 ms
# for a common word at a million contacts). A term followed by '0' is the least string past
# every term that starts with it and is longer: a token holds no byte below '0' (ASCII
# letters and digits, and UTF-8 bytes from 0x80).
_TERMS_STARTING_WITH = prepared(text(f"""
WITH RECURSIVE found(term, n) AS (
  SELECT (SELECT term FROM temp.{TERMS_TABLE} WHERE term >= :word AND term < :beyond LIMIT 1), 1
  UNION ALL
  SELECT (SELECT term FROM temp.{TERMS_TABLE}
          WHERE term >= found.term || '0' AND term < :beyond LIMIT 1), n + 1
  FROM found WHERE term IS NOT NULL AND n < :most)
SELECT term FROM found WHERE term IS NOT NULL"""))


# The two-character prefixes of the index terms longer than :letter that start with it, one
# seek each: the first from the letter followed by '0' (past the letter itself, whose every
# instance a seek from the letter would read), then from the letter and the last prefix's
# second character's successor (code point order is UTF-8's byte order, the terms' order).
_SECOND_LETTERS = prepared(text(f"""
WITH RECURSIVE found(prefix, n) AS (
  SELECT (SELECT substr(term, 1, 2) FROM temp.{TERMS_TABLE}
          WHERE term >= :letter || '0' AND term < :beyond LIMIT 1), 1
  UNION ALL
  SELECT (SELECT substr(term, 1, 2) FROM temp.{TERMS_TABLE}
          WHERE term >= :letter || char(unicode(substr(found.prefix, 2, 1)) + 1)
            AND term < :beyond LIMIT 1), n + 1
  FROM found WHERE prefix IS NOT NULL AND n < :most)
SELECT prefix FROM found WHERE prefix IS NOT NULL"""))


def search_match(session: Session, user_text: str) -> str | None:
    """The match query for what a user typed (``fts.build_match_query``), on SQLite with its
    longer words spelled out as the index terms they start, and a word of one letter as the
    two-letter prefixes it starts (``build_expanded_match_query``:
    the same rows, cheaper to find and count). PostgreSQL's search function reads the plain
    form."""
    if dialect_name(session) == POSTGRESQL:
        return build_match_query(user_text)
    return build_expanded_match_query(
        user_text,
        lambda word, beyond, most: driver_scalars(
            session, _TERMS_STARTING_WITH, {"word": word, "beyond": beyond, "most": most}),
        lambda letter, most: driver_scalars(session, _SECOND_LETTERS, {
            "letter": letter, "beyond": chr(ord(letter) + 1), "most": most}))


def matching_contact_ids(match_query: str) -> TextClause:
    return _MATCHING.bindparams(fts_query=match_query)


def few_matches(session: Session, match_query: str) -> list[int] | None:
    """The ids the index matches, or None when there are more than BROAD_MATCHES (reading
    stops there)."""
    ids = driver_scalars(session, _FEW_MATCHING,
                         {"fts_query": match_query, "cap": BROAD_MATCHES + 1})
    return None if len(ids) > BROAD_MATCHES else ids


def few_matches_json(session: Session, match_query: str) -> str | None:
    """``few_matches`` as a JSON array (for ``json_text_ids``). On SQLite the array is made by
    the statement that reads the ids (``json_group_array``), with their number: the ids never
    become Python objects, 0.2 to 0.45 ms less a search at 100,000 contacts."""
    if dialect_name(session) == POSTGRESQL:
        ids = few_matches(session, match_query)
        return None if ids is None else json.dumps(ids)
    count, ids_json = driver_rows(session, _FEW_MATCHING_AS_JSON,
                                  {"fts_query": match_query, "cap": BROAD_MATCHES + 1})[0]
    return None if count > BROAD_MATCHES else ids_json


def matches_read_first(session: Session) -> bool:
    """Whether a narrow search's page, its matches already counted, is to be read from the
    ids the index gives (``few_matches_json``) rather than from the MATCH subquery. On SQLite the
    subquery drives the page's statement (each match looked up by its id, then sorted), which
    spares reading up to 2,000 ids into Python and parsing them back from JSON (Okafo, 1,043
    matches: 1.57 -> 1.06 ms of SQL). PostgreSQL keeps the ids its plans were chosen for."""
    return dialect_name(session) == POSTGRESQL


def count_matches(session: Session, match_query: str) -> int:
    return driver_scalars(session, _COUNT_MATCHING, {"fts_query": match_query})[0]


def json_ids(ids: list[int]) -> Select:
    """``SELECT value FROM json_each('[...]')``: a list of ids as one bound parameter. An
    expanding IN of a few hundred ids cost SQLAlchemy ten times what SQLite spends on it."""
    return json_text_ids(json.dumps(ids))


def json_text_ids(json_text: str) -> Select:
    """``json_ids`` for ids already written as a JSON array."""
    return select(json_id_list(json_text).table_valued("value").c.value)


def id_in(id_column: ColumnElement[int], ids, broad: bool) -> ColumnElement[bool]:  # noqa: ANN001
    """``id IN (ids)``. When ``broad``, ``id + 0`` keeps SQLite from driving the query from
    the id list (a lookup per match, then a sort); it walks an index and tests membership.
    PostgreSQL does the same with the ids in a hash table (``probed``)."""
    return probed((id_column + 0).in_(ids)) if broad else id_column.in_(ids)


def usually_true(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Tell SQLite's planner a condition keeps most rows, so it walks the ORDER BY index and
    stops after a page rather than fetching every row the condition's own index finds and
    sorting them (a status filter over 100,000 contacts: 0.2 ms instead of 90 ms)."""
    return likely(condition)


_TAGS = "SELECT ct.contact_id, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
_TAGS_OF_IDS = prepared(dialect_text(
    _TAGS + "WHERE ct.contact_id IN (SELECT value FROM json_each(:ids)) ORDER BY t.name",
    # An array the planner sees whole: the primary key finds the page's rows, and the row
    # policy's contact lookup runs for those only. Joined with a JSON list of unknown length
    # under the policy, the plan read every tag link and every visible contact (390 ms at
    # 100,000 contacts as a staff login, most of it in JIT compilation).
    _TAGS + "WHERE ct.contact_id = ANY(CAST(:ids AS INTEGER[])) ORDER BY t.name"))


def tags_of_contacts(session: Session, ids: list[int]) -> list[tuple[int, str]]:
    """(contact id, tag name) for the contacts ``ids``, ordered by name. Plain SQL: built
    with the expression language, this query cost more to prepare than to answer."""
    return driver_rows(session, _TAGS_OF_IDS, {
        "ids": ids if dialect_name(session) == POSTGRESQL else json.dumps(ids)})
