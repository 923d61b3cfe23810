"""Keeping the history of backup runs true to what the destinations hold.

A row says "ok" when its snapshot was stored. A server can lose data afterwards (a wiped
bucket, a reformatted disk): Verify then compares the history with the server and marks each
snapshot that is gone ("missing") or damaged, and marks it "ok" again when it is back. A row of
a former destination keeps saying where its snapshot is, and restoring it reads from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from contactweb.errors import Refused
from contactweb.i18n import _
from contactweb.models import BackupRun
from contactweb.services import audit
from contactweb.services.backup.backup_target import (
    BackupTarget,
    former_target,
    target_words,
)
from contactweb.sync import VerifyReport
from contactweb.vault.workspace import Workspace

OK, MISSING, DAMAGED = "ok", "missing", "damaged"
STORED = (OK, MISSING, DAMAGED)  # rows whose run stored a snapshot


@dataclass
class HistoryCheck:
    """What Verify changed in the history."""

    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)
    found_again: list[str] = field(default_factory=list)


def stored_snapshot_ids(ws: Workspace, target: BackupTarget) -> list[str]:
    """The snapshots the history says are at ``target`` (those already marked missing are
    news no more; they turn "ok" again if Verify finds them back)."""
    with ws.session(readonly=True) as session:
        return sorted(set(session.execute(
            select(BackupRun.snapshot_id).where(BackupRun.target == target.describe()[:300],
                                                BackupRun.status.in_((OK, DAMAGED)),
                                                BackupRun.snapshot_id != "")).scalars()))


def _damaged(report: VerifyReport, snapshot_ids: list[str]) -> set[str]:
    return {sid for sid in snapshot_ids if sid not in report.missing_snapshots and any(
        sid in problem.object_name or sid in problem.message for problem in report.problems)}


def reconcile(ws: Workspace, target: BackupTarget, report: VerifyReport,
              snapshot_id: str | None) -> HistoryCheck:
    """Bring the rows of ``target`` (all, or those of ``snapshot_id``) in line with what
    Verify found on it."""
    check = HistoryCheck()
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    with ws.session() as session:
        rows = session.execute(select(BackupRun).where(
            BackupRun.target == target.describe()[:300], BackupRun.status.in_(STORED),
            BackupRun.snapshot_id != "")).scalars().all()
        rows = [r for r in rows if snapshot_id in (None, r.snapshot_id)]
        damaged = _damaged(report, [r.snapshot_id for r in rows])
        for row in rows:
            if row.snapshot_id in report.missing_snapshots:
                status, note, found = MISSING, _(
                    "No longer on the destination (Verify, {today}): it cannot be "
                    "restored.").format(today=today), check.missing
            elif row.snapshot_id in damaged:
                status, note, found = DAMAGED, _(
                    "Damaged on the destination (Verify, {today}): it cannot be "
                    "restored.").format(today=today), check.damaged
            elif row.snapshot_id in report.snapshots_checked:
                status, note, found = OK, _("Found intact again (Verify, {today}).").format(
                    today=today), check.found_again
            else:
                continue
            if row.status != status:
                row.status, row.message = status, note
                found.append(row.snapshot_id)
        if check.missing or check.damaged or check.found_again:
            audit.record(session, ws, "backup.history", "backup", "", {
                "missing": len(check.missing), "damaged": len(check.damaged),
                "found_again": len(check.found_again)})
    return check


def stored_run(ws: Workspace, snapshot_id: str) -> tuple[str, str] | None:
    """(destination, status) of the newest row that stored ``snapshot_id``."""
    with ws.session(readonly=True) as session:
        row = session.execute(
            select(BackupRun.target, BackupRun.status).where(
                BackupRun.snapshot_id == snapshot_id, BackupRun.status.in_(STORED))
            .order_by(BackupRun.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row is not None else None


def where_stored(ws: Workspace, snapshot_id: str, current: BackupTarget) -> BackupTarget:
    """The destination holding ``snapshot_id`` by the history: the current one, or a former
    one; refused, in plain words, when the history knows it is gone."""
    run = stored_run(ws, snapshot_id)
    if run is None or run[0] == current.describe()[:300]:
        target = current
    else:
        found = former_target(ws, run[0])
        if found is None:
            raise Refused(_("Backup {snapshot_id} was made to {value}, a destination this "
                            "vault no longer has the settings of. Choose another backup.").format(
                snapshot_id=snapshot_id, value=run[0]))
        target = found
    if run is not None and run[1] == MISSING:
        raise Refused(_("Backup {snapshot_id} is no longer on {value} (Verify found it so), "
                        "so it cannot be restored. Choose another backup.").format(
            snapshot_id=snapshot_id, value=target_words(target)))
    if run is not None and run[1] == DAMAGED:
        raise Refused(_("Backup {snapshot_id} is damaged on {value} (Verify found it so), "
                        "so it cannot be restored. Choose another backup.").format(
            snapshot_id=snapshot_id, value=target_words(target)))
    return target
