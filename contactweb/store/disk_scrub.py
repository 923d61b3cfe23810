"""Leaving no copy of deleted rows anywhere in the database file after an erasure.

``secure_delete`` (set on every connection by the engine) zeroes deleted cells, but copies can
survive elsewhere: old FTS5 segments, index keys kept as dividers in interior b-tree pages,
sampled keys in ``sqlite_stat4``, and old page images in the WAL. Rebuilding the search index,
re-running ANALYZE when statistics exist, VACUUM (which rewrites every table and index and
leaves no free pages) and a truncating checkpoint remove them all.

On PostgreSQL (a team vault) a DELETE leaves the row as a dead tuple in the table's pages and
its keys in the indexes until they are reused. ``VACUUM FULL`` of every table of the vault
writes each table and its indexes anew, without the dead tuples, and drops the old files. What it cannot reach: the write-ahead log keeps the deleted values until the server
recycles those segments (after the next checkpoints, normally minutes; longer where WAL is
archived or replicated), and the server's own backups keep them for as long as they are kept.
``VACUUM FULL`` locks each table while it is rewritten (a second or so for 100,000 contacts).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from contactweb.store.dialect_sql import POSTGRESQL, dialect_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScrubResult:
    free_pages: int
    wal_fully_checkpointed: bool


def optimize_search_index(session: Session) -> None:
    """Merge every FTS5 segment into one, so no old segment still holds a deleted term.
    (PostgreSQL's search table is a plain table: ``scrub_database`` rewrites it.)"""
    if dialect_name(session) == POSTGRESQL:
        return
    session.execute(text("INSERT INTO contact_fts(contact_fts) VALUES('optimize')"))


def scrub_database(engine: Engine, attempts: int = 5) -> ScrubResult:
    """Run after the erasing transaction committed. Takes seconds on a large vault."""
    if engine.dialect.name == POSTGRESQL:
        return _vacuum_contact_tables(engine)
    raw = engine.raw_connection()
    try:
        # The engine's connections run in autocommit (isolation_level None), which VACUUM needs.
        cursor = raw.cursor()
        has_stat4 = cursor.execute(
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat4'").fetchone()[0]
        if has_stat4:
            cursor.execute("ANALYZE")
        cursor.execute("VACUUM")
        fully = False
        for attempt in range(attempts):
            busy, _log_frames, _done = cursor.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                fully = True
                break
            # Another connection is reading an older snapshot; give it a moment to finish.
            time.sleep(0.2 * (attempt + 1))
        if not fully:
            log.warning("the write-ahead log could not be fully checkpointed after an erasure; "
                        "it will be at the next checkpoint")
        free_pages = cursor.execute("PRAGMA freelist_count").fetchone()[0]
        cursor.close()
        return ScrubResult(int(free_pages), fully)
    finally:
        raw.close()


def _vacuum_contact_tables(engine: Engine) -> ScrubResult:
    """PostgreSQL: rewrite every table of the vault (see the module's docstring). Every one,
    not a list: an erasure reaches tags, attachments and merge records through other columns
    than contact_id, and a table added later is covered without anyone remembering."""
    with engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename")).scalars().all()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for table in tables:
            conn.exec_driver_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
    # WAL is the server's to recycle; the values stay there until it does.
    return ScrubResult(0, False)
