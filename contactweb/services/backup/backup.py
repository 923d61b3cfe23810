"""Off-site backups of the vault: configure a destination, back up, list, verify, prune, and
the history and status shown in the application. Restore lives in ``backup_restore``.

A snapshot is the vault as it was when ``backup_now`` started: the history row and the audit
event of a run are written after it, so a restored copy holds exactly the rows of that moment.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from contactweb.errors import BadInput, ContactWebError, Refused
from contactweb.i18n import N_, _, number_text
from contactweb.models import AuditEvent, BackupRun, utcnow
from contactweb.services import audit, settings
from contactweb.services.backup.backup_history import reconcile as reconcile_history
from contactweb.services.backup.backup_history import stored_snapshot_ids
from contactweb.services.backup.backup_restore import RestoreResult, restore_backup, restore_remote
from contactweb.services.backup.backup_target import (
    SECRET_NAME,
    BackupProblem,
    BackupStopped,
    BackupTarget,
    ConfigureResult,
    configure,
    engine_for,
    folder_target,
    open_transport,
    read_target,
    remove_target,
    require_target,
    s3_target,
    target_words,
    test_connection,
    translated_errors,
)
from contactweb.services.backup.backup_transfer import (
    BASES,
    TransferBasis,
    TransferBasisNeeded,
    eea_contact_count,
    paused_notice,
    record_transfer_basis,
    transfer_basis,
    transfer_basis_needed,
)
from contactweb.services.backup.restored_copy import (
    ADOPT_HINT,
    LEDGER_IDENTITY,
    RestoredCopy,
    adopt_as_live_vault,
    adopt_as_new_vault,
    refuse_if_copy,
    restored_copy,
    vault_identity,
)
from contactweb.services.privacy.reapply import ledger_of
from contactweb.services.privacy.vault_deletion import transport_backup_deleter
from contactweb.store.engine import checkpoint
from contactweb.sync import BackupEngine, BackupResult, PruneResult, SnapshotInfo, VerifyReport
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

__all__ = [
    "ADOPT_HINT", "BASES", "SECRET_NAME", "BackupProblem", "BackupResult", "BackupRunRow", "BackupSchedule",
    "BackupStopped", "BackupTarget", "ConfigureResult", "TransferBasis",
    "TransferBasisNeeded", "backup_deleter", "paused_notice",
    "backup_history",
    "backup_now",
    "backup_schedule", "configure", "configure_folder", "configure_s3", "eea_contact_count",
    "engine_for", "last_backup_text", "list_backups", "next_backup_due", "prune_backups",
    "RestoreResult", "RestoredCopy", "adopt_as_live_vault", "adopt_as_new_vault",
    "read_target", "record_transfer_basis", "remove_target", "restored_copy",
    "restore_backup", "restore_remote", "set_backup_schedule",
    "test_connection", "transfer_basis", "transfer_basis_needed", "vault_change_marker",
    "verify_backup",
]

ProgressFn = Callable[[int, int], None]
NO_BACKUP = N_("No backup configured")  # in the active language: _(NO_BACKUP)
RETRY_AFTER_FAILURE = timedelta(hours=1)
SCHEDULE_LIMITS = {  # key: (label, minimum, maximum); the label is said as _(label)
    "backup.interval_hours": (N_("Backup interval (hours)"), 1, 24 * 365),
    "backup.keep_last": (N_("Keep the last backups"), 1, 1000),
    "backup.keep_daily": (N_("Keep daily backups"), 0, 3650),
    "backup.keep_weekly": (N_("Keep weekly backups"), 0, 520),
}
_RUNNING: set[str] = set()  # vault folders with a run in progress in this process
_RUNNING_LOCK = threading.Lock()


# --- configuration ------------------------------------------------------------------------------
def configure_s3(ws: Workspace, endpoint_url: str, bucket: str, region: str,
                 access_key_id: str, secret: str | None = None,
                 prefix: str = "contactweb") -> ConfigureResult:
    """Check (GetBucketLocation: US regions only) and store an S3 destination; ``secret``
    None keeps the stored secret key."""
    ws.require(Action.BACKUP_CONFIGURE)
    return configure(ws, s3_target(endpoint_url, bucket, region, access_key_id, prefix), secret)


def configure_folder(ws: Workspace, folder: Path | str) -> ConfigureResult:
    ws.require(Action.BACKUP_CONFIGURE)
    return configure(ws, folder_target(ws, folder))


@dataclass(frozen=True)
class BackupSchedule:
    interval_hours: int
    keep_last: int
    keep_daily: int
    keep_weekly: int


def backup_schedule(ws: Workspace) -> BackupSchedule:
    with ws.session(readonly=True) as session:
        values = [int(settings.read(session, key)) for key in SCHEDULE_LIMITS]
    return BackupSchedule(*values)


def set_backup_schedule(ws: Workspace, schedule: BackupSchedule) -> None:
    ws.require(Action.BACKUP_CONFIGURE)
    values = dict(zip(SCHEDULE_LIMITS, (schedule.interval_hours, schedule.keep_last,
                                        schedule.keep_daily, schedule.keep_weekly), strict=True))
    for key, value in values.items():  # check all before storing any
        label, low, high = SCHEDULE_LIMITS[key]
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise BadInput(_("{label} is a whole number from {low} to {high}.").format(
                label=_(label), low=number_text(low), high=number_text(high)))
    with ws.session() as session:
        before = {key.removeprefix("backup."): settings.read(session, key) for key in values}
        for key, value in values.items():
            settings.write(session, key, value)
        after = {key.removeprefix("backup."): value for key, value in values.items()}
        audit.record(session, ws, "backup.schedule", "backup", "",
                     {**after, **audit.setting_change_details(before, after)})


# --- running ----------------------------------------------------------------------------------
@contextmanager
def one_run_at_a_time(ws: Workspace) -> Iterator[None]:
    folder = str(ws.vault.folder.resolve())
    with _RUNNING_LOCK:
        if folder in _RUNNING:
            raise Refused(_("A backup of this vault is already running."))
        _RUNNING.add(folder)
    try:
        yield
    finally:
        with _RUNNING_LOCK:
            _RUNNING.discard(folder)


def backup_now(ws: Workspace, progress: ProgressFn | None = None,
               cancel: threading.Event | None = None) -> BackupResult:
    """Back up the vault now. Refused while an EEA transfer basis is missing; any failure
    is recorded as a failed run (with its message) and raised."""
    ws.require(Action.BACKUP_RUN)
    refuse_if_copy(ws)
    target = require_target(ws)
    identity = vault_identity(ws)
    concerned = transfer_basis_needed(ws)
    if concerned:
        raise TransferBasisNeeded(concerned)
    with one_run_at_a_time(ws):
        started = utcnow()
        try:
            # The run's record below audits a refusal.
            with translated_errors(None, target_words(target)):
                engine = engine_for(ws, target)
                # A lock meanwhile takes its keys away at once; its end takes them anyway.
                release = ws.when_locked(engine.forget_keys)
                try:
                    _refuse_another_vaults_set(engine, identity, target)
                    if ws.engine is not None:
                        checkpoint(ws.engine)  # a short WAL makes the copy under the lock quick
                    result = engine.backup(ws.vault.db_path, ws.vault.keyslots_path, progress,
                                           cancel, ledger={**ledger_of(ws),
                                                           LEDGER_IDENTITY: identity})
                except BaseException as exc:
                    # The frames a failure carries (kept with the job's outcome) let go of
                    # their locals, the key handed down to the engine's run among them.
                    traceback.clear_frames(exc.__traceback__)
                    raise
                finally:
                    release()
                    engine.forget_keys()
        except ContactWebError as exc:
            # Cancelled while waiting for a server: the wait's own failure is no news.
            stopped = isinstance(exc, BackupStopped) or (cancel is not None and cancel.is_set())
            status = "cancelled" if stopped else \
                "refused" if isinstance(exc, Refused) else "failed"
            region = getattr(exc.__cause__, "region", None)
            _finish_run(ws, target, started, status, message=str(exc),
                        extra={"region": region} if region else None)
            raise
        _finish_run(ws, target, started, "ok", result)
    return result


def _refuse_another_vaults_set(engine: BackupEngine, identity: str,
                               target: BackupTarget) -> None:
    """A backup set holds the snapshots of one vault: a restored copy (or any other vault
    with the same key) is refused before anything is uploaded."""
    newest = engine.newest_ledger()
    owner = newest.get(LEDGER_IDENTITY) if newest else None
    if owner and owner != identity:
        raise Refused(
            _("{value}{value2} holds the backups "
              "of another vault (the one this vault was copied from), so this backup was refused "
              "and that vault's backups are unchanged. Choose another destination, or another "
              "folder in the bucket, for this vault's backups.").format(
            value=target_words(target)[:1].upper(), value2=target_words(target)[1:]))


def _finish_run(ws: Workspace, target: BackupTarget, started: datetime, status: str,
                result: BackupResult | None = None, message: str = "",
                extra: dict[str, object] | None = None) -> None:
    if ws.locked:
        return  # signed out meanwhile: nowhere to write
    with ws.session() as session:
        session.add(BackupRun(
            started_at=started, finished_at=utcnow(), target=target.describe()[:300],
            snapshot_id=result.snapshot_id if result else "", status=status,
            bytes_uploaded=result.bytes_uploaded if result else 0, message=message))
        details: dict[str, object] = {"status": status, "kind": target.kind, **(extra or {})}
        if result is not None:
            details.update(snapshot=result.snapshot_id, bytes_uploaded=result.bytes_uploaded,
                           pages_total=result.pages_total, pages_uploaded=result.pages_uploaded,
                           packs_uploaded=result.packs_uploaded)
        action = "backup" if status == "ok" else f"backup.{status}"
        audit.record(session, ws, action, "backup", result.snapshot_id if result else "",
                     details)


def backup_deleter(ws: Workspace) -> Callable[[], int] | None:
    """For closing the account (``privacy.delete_vault``): deletes every backup object of
    this vault at the configured destination; None when no destination is configured."""
    target = read_target(ws)
    if target is None:
        return None
    with translated_errors(ws):
        transport = open_transport(ws, target)
    return transport_backup_deleter(transport, ws.vault.vault_id)


def list_backups(ws: Workspace) -> list[SnapshotInfo]:
    """Snapshots on the destination, oldest first (damaged ones show in ``verify_backup``)."""
    ws.require(Action.BACKUP_RUN)
    with translated_errors(ws):
        return engine_for(ws).list_snapshots(skip_damaged=True)


def verify_backup(ws: Workspace, snapshot_id: str | None = None,
                  read_data: bool = False) -> VerifyReport:
    """Check one snapshot (default: all); ``read_data`` downloads and checks every pack.
    Problems are in the report, each naming its object."""
    ws.require(Action.BACKUP_RUN)
    target = require_target(ws)
    expected = stored_snapshot_ids(ws, target)
    with translated_errors(ws, target_words(target)):
        report = engine_for(ws, target).verify(snapshot_id, read_data, expected)
    # The history says what the destination holds: gone or damaged rows are no longer "ok".
    reconcile_history(ws, target, report, snapshot_id)
    audit.record_now(ws, "backup.verify", "backup", snapshot_id or "", {
        "read_data": read_data, "snapshots": len(report.snapshots_checked),
        "packs": report.packs_checked, "problems": len(report.problems),
        "missing": len(report.missing_snapshots)})
    return report


def prune_backups(ws: Workspace) -> PruneResult:
    """Apply the retention settings (keep last N, daily D, weekly W) and delete the packs no
    kept snapshot needs. Anyone who may back up may apply the administrator's policy."""
    ws.require(Action.BACKUP_RUN)
    schedule = backup_schedule(ws)
    with translated_errors(ws):
        result = engine_for(ws).prune(schedule.keep_last, schedule.keep_daily,
                                      schedule.keep_weekly)
    audit.record_now(ws, "backup.prune", "backup", "", {
        "kept": len(result.snapshots_kept), "removed": len(result.snapshots_removed),
        "packs_deleted": result.packs_deleted, "packs_repacked": result.packs_repacked,
        "problems": len(result.problems)})
    return result


# --- history and status ---------------------------------------------------------------------
@dataclass(frozen=True)
class BackupRunRow:
    id: int
    started_at: datetime
    finished_at: datetime | None
    target: str
    snapshot_id: str
    status: str
    bytes_uploaded: int
    message: str


def backup_history(ws: Workspace, limit: int = 200, offset: int = 0) -> list[BackupRunRow]:
    """Runs, newest first."""
    ws.require(Action.BACKUP_RUN)
    return _runs(ws, limit, offset)


def _runs(ws: Workspace, limit: int, offset: int = 0,
          status: str | None = None) -> list[BackupRunRow]:
    stmt = select(BackupRun).order_by(BackupRun.id.desc()).limit(limit).offset(offset)
    if status is not None:
        stmt = stmt.where(BackupRun.status == status)
    with ws.session(readonly=True) as session:
        return [BackupRunRow(r.id, r.started_at, r.finished_at, r.target, r.snapshot_id,
                             r.status, r.bytes_uploaded, r.message)
                for r in session.execute(stmt).scalars()]


def _local_time(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def last_backup_text(ws: Workspace) -> str:
    """One line for the status bar: the last success, or the last failure, or why there is
    none. Shown to every role; it names no object and no contact."""
    if restored_copy(ws) is not None:
        return _("Restored copy: backups are off until an administrator adopts it")
    if read_target(ws) is None:
        return _(NO_BACKUP)
    # Only someone who can record the basis is told (the administrators' notice says more).
    if ws.can(Action.BACKUP_CONFIGURE) and transfer_basis_needed(ws):
        return _("Backups paused: the EEA transfer basis is missing (Administration → Backups)")
    last = next(iter(_runs(ws, 1)), None)
    success = last if last is not None and last.status == "ok" else \
        next(iter(_runs(ws, 1, status="ok")), None)
    if last is None:
        return _("Backup configured, not run yet")
    if last.status == "ok":
        return _("Last backup {when}").format(when=_local_time(success.started_at))
    first_line = (last.message.splitlines() or [""])[0]
    if len(first_line) > 90:
        first_line = first_line[:89] + "…"
    when = _local_time(last.started_at)
    status = _(_RUN_STATUS[last.status]) if last.status in _RUN_STATUS else last.status
    if success is None:
        return _("Backup {status} {when}: {message}").format(status=status, when=when,
                                                              message=first_line)
    return _("Backup {status} {when}: {message} (last backup {last})").format(
        status=status, when=when, message=first_line, last=_local_time(success.started_at))


# A run's stored status, as the status line says it: "Backup failed 2026-03-01 10:00: ..."
_RUN_STATUS = {"failed": N_("failed"), "refused": N_("refused"), "cancelled": N_("cancelled"),
               "missing": N_("missing")}


def next_backup_due(ws: Workspace) -> datetime | None:
    """When the next automatic backup is due (naive UTC; may be in the past), or None when
    none can run (no destination, or an EEA transfer basis is missing)."""
    if read_target(ws) is None or transfer_basis_needed(ws) or restored_copy(ws) is not None:
        return None
    interval = timedelta(hours=backup_schedule(ws).interval_hours)
    last = next(iter(_runs(ws, 1)), None)
    success = next(iter(_runs(ws, 1, status="ok")), None)
    due = success.started_at + interval if success else datetime.min
    if last is not None and last.status != "ok":
        due = max(due, last.started_at + min(interval, RETRY_AFTER_FAILURE))
    return due


def vault_change_marker(ws: Workspace) -> tuple[int, ...]:
    """Changes whenever the database or its WAL is written (sizes and modification times);
    the scheduler compares it with the one taken after its last backup."""
    if ws.on_team_server:  # no file on this computer; every change writes an audit event
        with ws.session(readonly=True) as db:
            return (db.execute(select(func.max(AuditEvent.id))).scalar() or 0,)
    marker: list[int] = []
    for path in (ws.vault.db_path, Path(f"{ws.vault.db_path}-wal")):
        try:
            stat = path.stat()
            marker += [stat.st_size, stat.st_mtime_ns]
        except FileNotFoundError:
            marker += [-1, -1]
    return tuple(marker)
