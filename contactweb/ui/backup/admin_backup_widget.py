"""Administration → Backups: the destination (S3 or folder) with "Test connection", the
schedule and retention, the EEA transfer-basis question when it is needed, "Back up now" with
progress and Cancel, Verify, Restore to a folder, Prune, and the history of runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.backup import backup, team_backup_secrets
from contactweb.services.backup.backup import BackupSchedule, RestoreResult
from contactweb.services.changes import Changes
from contactweb.sync import BackupResult, PruneResult, VerifyReport
from contactweb.ui.backup.backup_history_table_model import BackupHistoryTableModel
from contactweb.ui.backup.backup_target_widget import BackupTargetWidget
from contactweb.ui.backup.backup_transfer_basis_widget import BackupTransferBasisWidget
from contactweb.ui.backup.restored_copy_widget import RestoredCopyWidget
from contactweb.ui.backup.team_backup_widget import TeamBackupWidget
from contactweb.ui.backup.transfer_basis_dialog import TransferBasisDialog
from contactweb.ui.kit.outcome_line import FAILED_STYLE, OK_STYLE, OutcomeLine
from contactweb.ui.kit.regional_formats import number_text
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


class AdminBackupWidget(QWidget):
    jobFinished = Signal(str)  # 'backup', 'verify', 'restore' or 'prune', whatever the outcome

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._dialogs = bridge.dialogs
        self._operations = bridge.operations  # the session's: locking waits for its jobs
        self.copy_widget = RestoredCopyWidget(workspace, bridge)
        self.copy_widget.adopted.connect(self._adopted)
        self.copy_widget.liveReplaced.connect(bridge.vaultReplaced.emit)
        self.target_widget = BackupTargetWidget(workspace, bridge)
        self.target_widget.targetSaved.connect(self._target_saved)
        self.basis_widget = BackupTransferBasisWidget(workspace, self._operations)

        self.interval_spin = self._spin(1, 24 * 365, self.tr(" hours"))
        self.keep_last_spin = self._spin(1, 1000)
        self.keep_daily_spin = self._spin(0, 3650)
        self.keep_weekly_spin = self._spin(0, 520)
        self.schedule_button = QPushButton(self.tr("Save schedule"))
        self.schedule_button.clicked.connect(self.save_schedule)
        self.schedule_label = QLabel()
        schedule_box = QGroupBox(self.tr("Schedule and retention"))
        form = QFormLayout(schedule_box)
        form.addRow(self.tr("Back up every:"), self.interval_spin)
        form.addRow(self.tr("Keep the last:"), self.keep_last_spin)
        form.addRow(self.tr("Keep one a day for:"), self.keep_daily_spin)
        form.addRow(self.tr("Keep one a week for:"), self.keep_weekly_spin)
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.schedule_button)
        schedule_row.addWidget(self.schedule_label, 1)
        form.addRow(schedule_row)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("Check the selected backup (or all of them)"))
        self.verify_button.clicked.connect(self.verify)
        self.read_data_check = QCheckBox(self.tr("download and check every chunk"))
        self.restore_button = QPushButton(self.tr("Restore to a folder…"))
        self.restore_button.clicked.connect(self._restore_clicked)
        self.prune_button = QPushButton(self.tr("Prune old backups…"))
        self.prune_button.clicked.connect(self._prune_clicked)
        actions = QHBoxLayout()
        for widget in (self.backup_button, self.verify_button, self.read_data_check,
                       self.restore_button, self.prune_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        self.outcome = OutcomeLine(self._dialogs, self.tr("Backup details"))
        self.message_label = self.outcome.label
        self.details_button = self.outcome.details_button

        self.model = BackupHistoryTableModel(workspace, self)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Backup history"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            BackupHistoryTableModel.Column.MESSAGE, QHeaderView.ResizeMode.Stretch)

        # A team vault is backed up by pg_dump with a passphrase, not page by page with the
        # database key: Verify, Prune and Restore to a folder are the desktop vault's.
        self.team_widget: TeamBackupWidget | None = None
        if workspace.on_team_server:
            self.team_widget = TeamBackupWidget(workspace, bridge, self.selected_snapshot)
            self.team_widget.outcome.connect(self.show_message)
            for widget in (self.verify_button, self.read_data_check, self.restore_button,
                           self.prune_button):
                widget.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.copy_widget)
        layout.addWidget(self.target_widget)
        if self.team_widget is not None:
            layout.addWidget(self.team_widget)
        layout.addWidget(self.basis_widget)
        layout.addWidget(schedule_box)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.view, 1)

    @staticmethod
    def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    # --- page interface ------------------------------------------------------------------
    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self.copy_widget.refresh()
        self._detach_if_copy()
        self.target_widget.load()
        if self.team_widget is not None:
            self.team_widget.refresh()
        self.basis_widget.refresh()
        schedule = backup.backup_schedule(self._workspace)
        self.interval_spin.setValue(schedule.interval_hours)
        self.keep_last_spin.setValue(schedule.keep_last)
        self.keep_daily_spin.setValue(schedule.keep_daily)
        self.keep_weekly_spin.setValue(schedule.keep_weekly)
        self.refresh_history()

    def clear(self) -> None:
        self.target_widget.clear()
        self.model.clear()
        self.outcome.clear()
        self.schedule_label.clear()

    def _detach_if_copy(self) -> None:
        """A restored copy has no destination until it is adopted: nothing to back up to."""
        is_copy = self.copy_widget.copy is not None
        for button in (self.backup_button, self.verify_button, self.restore_button,
                       self.prune_button):
            button.setEnabled(not is_copy)
        self.backup_button.setToolTip(self.tr("Adopt this restored copy first") if is_copy else "")
        self.target_widget.setEnabled(not is_copy)

    def _adopted(self) -> None:
        self.refresh()
        self.show_message(self.tr("This vault is now a vault of its own. Choose a destination for "
                                  "its backups (not the live vault's)."), True)

    def _target_saved(self) -> None:
        self.basis_widget.refresh()

    def save_schedule(self) -> None:
        schedule = BackupSchedule(self.interval_spin.value(), self.keep_last_spin.value(),
                                  self.keep_daily_spin.value(), self.keep_weekly_spin.value())
        try:
            backup.set_backup_schedule(self._workspace, schedule)
        except ContactWebError as exc:
            self.schedule_label.setStyleSheet(FAILED_STYLE)
            self.schedule_label.setText(str(exc))
            return
        self.schedule_label.setStyleSheet(OK_STYLE)
        self.schedule_label.setText(self.tr("Saved."))

    def refresh_history(self) -> None:
        """Reload the runs, keeping the selected backup selected."""
        chosen = self.selected_snapshot()
        self.model.refresh()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if chosen and self.model.data(index, BackupHistoryTableModel.SnapshotIdRole) == chosen:
                self.view.selectRow(row)
                break

    def selected_snapshot(self) -> str | None:
        """The backup of the selected history row; None: the newest (or all, to verify)."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], BackupHistoryTableModel.SnapshotIdRole) or None

    # --- long actions, on a worker ----------------------------------------------------
    def _start(self, name: str, title: str, text: str, job: Callable[..., Any],
               done: Callable[[Any], tuple[str, bool]], cancellable: bool = False,
               background: bool = False,
               details: Callable[[Any], str] | None = None) -> None:
        """``done(result)`` gives the message and whether it is good news. ``background``:
        no modal progress; the status bar shows it and its Cancel lets go at once."""
        for button in (self.backup_button, self.verify_button, self.restore_button,
                       self.prune_button):
            button.setEnabled(False)
        worker = self._operations.operation(
            self, lambda ctx: job(ctx.progress, ctx.cancel), changes=Changes(backups=True)
        ).changes_on_failure(Changes(backups=True))  # a failed run is the status bar's news
        if background:
            worker.in_background(text, abandonable=True)
            self.outcome.show_note(self.tr("{text} You can go on working; the status bar shows its progress.").format(text=text))
        else:
            worker.with_progress(title, text, cancellable)
        worker.success(
            lambda result: self._finished(name, *done(result),
                                          details(result) if details else "")).failure(
            lambda _exc: self._finished(name, worker.error, False,
                                        worker.error_details)).on_cancel(
            lambda: self._finished(name, self.tr("Stopped. The earlier backups are unchanged."),
                                   False))
        worker.run()

    def _finished(self, name: str, message: str, ok: bool, details: str = "") -> None:
        for button in (self.backup_button, self.verify_button, self.restore_button,
                       self.prune_button):
            button.setEnabled(True)
        if not self._workspace.locked:
            self._detach_if_copy()
            self.show_message(message, ok, details)
            self.refresh_history()
        self.jobFinished.emit(name)

    def show_message(self, message: str, ok: bool, details: str = "") -> None:
        """The outcome in plain words; the technical text behind "Details…"."""
        self.outcome.show_outcome(message, ok, details)

    def back_up_now(self) -> None:
        ws = self._workspace
        if not self._basis_recorded_if_needed():
            return
        if self.team_widget is not None:
            # Asked once on this computer; without them there is nothing to run. What is kept
            # was read in the background; not known yet, the run itself says if it is missing.
            if self.team_widget.kept_known and self.team_widget.kept_owner is None and \
                    not self.team_widget.ask_secrets():
                return

            def team_job(progress: Callable[[int, int], None],
                         cancel: threading.Event) -> BackupResult:
                return team_backup_secrets.backup_with_kept_secrets(ws, progress, cancel)

            self._start("backup", self.tr("Back up now"),
                        self.tr("Backing up the team vault…"), team_job,
                        _team_backup_text, cancellable=True, background=True)
            return

        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> BackupResult:
            return backup.backup_now(ws, progress, cancel)

        self._start("backup", self.tr("Back up now"), self.tr("Backing up the vault…"), job,
                    _backup_text,
                    cancellable=True, background=True)

    def _basis_recorded_if_needed(self) -> bool:
        """Backups paused for the EEA transfer basis: an administrator records it here and
        now; False (and why) when it stays missing."""
        self.basis_widget.refresh()
        if not self.basis_widget.concerned:
            return True
        if self._workspace.can(Action.BACKUP_CONFIGURE):
            dialog = TransferBasisDialog(self._workspace, self._operations, self)
            recorded = bool(self._dialogs.exec_dialog(dialog))
            dialog.deleteLater()
            self.basis_widget.refresh()
            if recorded:
                return True
        self.show_message(str(backup.TransferBasisNeeded(self.basis_widget.concerned)), False)
        return False

    def verify(self) -> None:
        ws, snapshot, read_data = self._workspace, self.selected_snapshot(), \
            self.read_data_check.isChecked()
        self._start("verify", self.tr("Verify backups"), self.tr("Checking the backups…"),
                    lambda _p, _c: backup.verify_backup(ws, snapshot, read_data), _verify_text,
                    details=lambda report: "\n".join(str(p) for p in report.problems))

    def _restore_clicked(self) -> None:
        folder = self._dialogs.existing_folder(self, self.tr("Restore into an empty folder"))
        if folder:
            self.restore_to(Path(folder))

    def restore_to(self, folder: Path) -> None:
        ws, snapshot = self._workspace, self.selected_snapshot()
        self._start("restore", self.tr("Restore"),
                    self.tr("Restoring into {folder}…").format(folder=folder),
                    lambda _p, cancel: backup.restore_backup(ws, snapshot, folder,
                                                             cancel=cancel),
                    _restore_text, cancellable=True)

    def _prune_clicked(self) -> None:
        schedule = backup.backup_schedule(self._workspace)
        if self._dialogs.ask(self, self.tr("Prune old backups"),
                             self.tr("Keep the last {keep_last}, one a day for {keep_daily} days and one a "
                                     "week for {keep_weekly} weeks, and delete the other backups from the "
                                     "destination?").format(keep_last=schedule.keep_last, keep_daily=schedule.keep_daily, keep_weekly=schedule.keep_weekly), self.tr("Prune")):
            self.prune()

    def prune(self) -> None:
        ws = self._workspace
        self._start("prune", self.tr("Prune old backups"), self.tr("Deleting old backups…"),
                    lambda _p, _c: backup.prune_backups(ws), _prune_text)


def _backup_text(result: BackupResult) -> tuple[str, bool]:
    return QCoreApplication.translate(
        "AdminBackupWidget", "Backed up: {size} MiB uploaded ({new} new of {total} "
        "pages).").format(size=number_text(result.bytes_uploaded / 2**20, digits=2),
                          new=number_text(result.pages_uploaded),
                          total=number_text(result.pages_total)), True


def _team_backup_text(result: BackupResult) -> tuple[str, bool]:
    return QCoreApplication.translate(
        "AdminBackupWidget", "Backed up: a database dump of {dump} MiB, {size} MiB "
        "uploaded ({new} new of {total} blocks).").format(
            dump=number_text(result.db_size / 2**20, digits=2),
            size=number_text(result.bytes_uploaded / 2**20, digits=2),
            new=number_text(result.pages_uploaded), total=number_text(result.pages_total)), True


def _verify_text(report: VerifyReport) -> tuple[str, bool]:
    if report.ok:
        if report.read_data:
            text = QCoreApplication.translate(
                "AdminBackupWidget", "{count} backup(s) verified (every chunk downloaded and "
                "checked): no problem found.")
        else:
            text = QCoreApplication.translate(
                "AdminBackupWidget", "{count} backup(s) verified (structure checked): no "
                "problem found.")
        return text.format(count=len(report.snapshots_checked)), True
    parts = []
    if report.missing_snapshots:
        parts.append(QCoreApplication.translate(
            "AdminBackupWidget", "{count} backup(s) in the history are no longer on the "
            "destination (it lost them, or they were deleted there); they are marked "
            "\u201cmissing\u201d.").format(count=len(report.missing_snapshots)))
    damaged = len(report.problems) - len(report.missing_snapshots)
    if damaged > 0:
        parts.append(QCoreApplication.translate(
            "AdminBackupWidget", "{count} part(s) of the backups are damaged or missing; the "
            "backups that need them are marked \u201cdamaged\u201d.").format(count=damaged))
    parts.append(QCoreApplication.translate(
        "AdminBackupWidget", "Back up now to have a complete backup again; the details list each "
        "object."))
    return " ".join(parts), False


def _restore_text(result: RestoreResult) -> tuple[str, bool]:
    if result.contacts_erased:
        text = QCoreApplication.translate(
            "AdminBackupWidget", "Restored backup {id} into {folder}; {erased} erased "
            "contact(s) erased again. It is a restored copy: open it with \u201cOther "
            "vault…\u201d when signing in; it has no backups until an administrator adopts it.")
    else:
        text = QCoreApplication.translate(
            "AdminBackupWidget", "Restored backup {id} into {folder}. It is a restored copy: "
            "open it with \u201cOther vault…\u201d when signing in; it has no backups until an "
            "administrator adopts it.")
    return text.format(id=result.snapshot_id, folder=result.db_path.parent,
                       erased=result.contacts_erased), True


def _prune_text(result: PruneResult) -> tuple[str, bool]:
    return QCoreApplication.translate(
        "AdminBackupWidget", "Kept {kept} backup(s), removed {removed}; {deleted} pack(s) "
        "deleted.").format(kept=len(result.snapshots_kept),
                           removed=len(result.snapshots_removed),
                           deleted=result.packs_deleted), not result.problems
