"""After an erasure on a team vault: the tables that held the person are rewritten without
their dead rows (``VACUUM FULL``, as ``store/disk_scrub.py`` does), which only the database
owner may do. An erasure therefore asks for it (``cw_request_scrub``), and the owner's
``contactweb team scrub PROFILE --if-requested``, run every few minutes, does it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from contactweb.store.disk_scrub import ScrubResult, scrub_database
from contactweb.team import provision
from contactweb.team.connect import connect_raw
from contactweb.team.profile import TeamProfile
from contactweb.vault.workspace import Workspace


def request(ws: Workspace) -> ScrubResult:
    """Called by the erasure service for a team workspace, after the erasing commit."""
    with ws.session() as session:
        session.execute(text("SELECT cw_request_scrub()"))
    return ScrubResult(free_pages=0, wal_fully_checkpointed=False)


def pending_since(profile: TeamProfile, owner: str, owner_password: str | None
                  ) -> datetime | None:
    with connect_raw(profile, owner, owner_password) as conn:
        row = conn.execute("SELECT requested_at, done_at FROM team_scrub").fetchone()
    if row is None or row[0] is None or (row[1] is not None and row[1] >= row[0]):
        return None
    return row[0]


def run(profile: TeamProfile, owner: str, owner_password: str | None,
        only_if_requested: bool = False) -> bool:
    """Rewrite the contact tables now; True when it ran. A request that arrives while it
    runs stays pending for the next run."""
    if only_if_requested and pending_since(profile, owner, owner_password) is None:
        return False
    with connect_raw(profile, owner, owner_password) as conn:
        started = conn.execute("SELECT clock_timestamp()::timestamp").fetchone()[0]
    engine = provision.owner_engine(profile, owner, owner_password)
    try:
        scrub_database(engine)
    finally:
        engine.dispose()
    with connect_raw(profile, owner, owner_password) as conn:
        conn.execute("INSERT INTO team_scrub (done_at) VALUES (%s) ON CONFLICT (singleton) "
                     "DO UPDATE SET done_at = excluded.done_at", (started,))
    return True
