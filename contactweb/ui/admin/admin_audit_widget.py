"""Administration → Audit log: each event as a sentence, its stored fields on demand
(Details); filter by action, user and date; export what the filter shows to CSV; verify the
hash chain and name the first event that does not fit."""

from __future__ import annotations

import csv
import json
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services import audit
from contactweb.services.accounts.audit_sentences import describe, names_for
from contactweb.services.changes import Changes
from contactweb.ui.admin.admin_audit_table_model import AdminAuditTableModel
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.regional_formats import number_text
from contactweb.ui.kit.user_filter_combo import UserFilterCombo
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

EXPORT_PAGE = 2000
CSV_HEADER = ("id", "at_utc", "user", "action", "object_type", "object_id", "details",
              "description")


class AdminAuditWidget(QWidget):
    exportFinished = Signal(int)  # events written, or -1 when the export failed

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._dialogs = bridge.dialogs
        self._operations = bridge.operations  # the session's: locking waits for its jobs
        self.model = AdminAuditTableModel(workspace, self)

        self.action_edit = QLineEdit()
        self.action_edit.setAccessibleName(self.tr("Action"))
        self.action_edit.setPlaceholderText(self.tr("action starts with, e.g. contact. or signin"))
        self.action_edit.setClearButtonEnabled(True)
        self.action_edit.editingFinished.connect(self.apply_filter)
        self.user_combo = UserFilterCombo()
        self.user_combo.currentIndexChanged.connect(self.apply_filter)
        self.period_filter = PeriodFilterWidget(default=Period.ALL_TIME)
        self.period_filter.periodChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Action:")))
        filters.addWidget(self.action_edit, 1)
        filters.addWidget(QLabel(self.tr("User:")))
        filters.addWidget(self.user_combo)
        filters.addWidget(self.period_filter)

        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Audit log"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AdminAuditTableModel.Column.EVENT,
                                    QHeaderView.ResizeMode.Stretch)
        for column, width in ((AdminAuditTableModel.Column.ID, 60),
                              (AdminAuditTableModel.Column.WHEN, 150),
                              (AdminAuditTableModel.Column.USER, 130)):
            self.view.setColumnWidth(column, width)
        self.details_text = QPlainTextEdit()
        self.details_text.setReadOnly(True)
        self.details_text.setAccessibleName(self.tr("Event details"))
        self.details_text.setVisible(False)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show the selected event as it is stored (Enter or a "
                                       "double-click does the same)."))
        self.details_button.toggled.connect(self._show_details)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_details())
        self.view.activated.connect(lambda _index: self.details_button.setChecked(True))

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Show the events written since the list was loaded (F5)."))
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_shortcut.activated.connect(self.refresh)
        bridge.changed.connect(self._changes)

        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("Check the hash chain: any edited, inserted or removed "
                                      "event shows here."))
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.verify_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.refresh_button)
        actions.addWidget(self.details_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.verify_label, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details_text)
        layout.addLayout(actions)
        layout.addWidget(self.message_label)

    # -- page interface --------------------------------------------------------------------

    def refresh(self) -> None:
        if self._workspace.locked:
            return
        self.user_combo.reload(self._workspace)
        self.apply_filter()

    def _changes(self, changes: Changes) -> None:
        # Every change ContactWeb makes writes an audit event, whatever its flags say.
        if not changes.empty():
            self.refresh()

    def _show_details(self, shown: bool) -> None:
        self.details_text.setVisible(shown)
        self._update_details()

    def _update_details(self) -> None:
        row = self.view.currentIndex().row()
        if not self.details_text.isHidden() and 0 <= row < self.model.rowCount():
            self.details_text.setPlainText(self.model.details_text(row))
        else:
            self.details_text.clear()

    def clear(self) -> None:
        self.model.clear()
        self.details_text.clear()
        self.verify_label.clear()
        self.message_label.clear()
        self.user_combo.forget_users()

    def current_filter(self) -> AdminAuditTableModel.Filter:
        since, until = self.period_filter.utc_range()
        return AdminAuditTableModel.Filter(action=self.action_edit.text().strip(),
                                           username=self.user_combo.username(),
                                           since=since, until=until)

    def apply_filter(self) -> None:
        if self._workspace.locked:
            return
        try:
            self.model.set_filter(self.current_filter())
        except ContactWebError as exc:
            self.message_label.setText(str(exc))

    # -- verify and export: off the UI thread, a long log takes a while -----------------

    def verify(self) -> None:
        ws = self._workspace
        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Checking the audit log…"))
        worker = self._operations.query(self, lambda _ctx: audit.verify(ws)).with_progress(
            self.tr("Verify the audit log"), self.tr("Checking every event of the audit log…"),
            cancellable=False)
        worker.success(self._show_verify_result).failure(
            lambda _exc: self._verify_failed(worker.error)).run()

    def _show_verify_result(self, result: audit.VerifyResult) -> None:
        self.verify_button.setEnabled(True)
        if self._workspace.locked:
            return
        if result.ok:
            self.verify_label.setStyleSheet("color: #1b6e20;")
            self.verify_label.setText(self.tr("The audit log is intact: {events_checked} events checked.").format(
                events_checked=number_text(result.events_checked)))
        else:
            self.verify_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            self.verify_label.setText(
                self.tr("The audit log is damaged at event {first_bad_id}: {reason}. {value} "
                        "events before it check out.").format(
                    first_bad_id=result.first_bad_id, reason=result.reason,
                    value=number_text(result.events_checked - 1)))

    def _verify_failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(message)

    def choose_export_path(self) -> Path | None:
        """Asks where to save; tests replace this."""
        name = self._dialogs.save_file_name(self, self.tr("Export the audit log"), self.tr("audit-log.csv"))
        return Path(name) if name else None

    def _export_clicked(self) -> None:
        path = self.choose_export_path()
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        """Every event the filter matches (not only the rows loaded so far), on a worker;
        ``exportFinished`` reports how many were written."""
        ws, flt = self._workspace, self.model.filter()
        self.export_button.setEnabled(False)
        worker = self._operations.query(
            self, lambda ctx: _write_csv(ws, flt, path, ctx.progress, ctx.cancel))
        worker.with_progress(self.tr("Export the audit log"), self.tr("Writing {name}…").format(name=path.name)).success(
            lambda count: self._exported(path, count)).failure(
            lambda _exc: self._export_failed(worker.error)).on_cancel(
            lambda: self._export_failed(self.tr("Export stopped; no file was written.")))
        worker.run()

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        if self._workspace.locked:
            return
        audit.record_now(self._workspace, "audit.export", "audit", "", {"events": count})
        self.message_label.setText(self.tr("Exported {count} events to {path}.").format(
            count=number_text(count), path=path))
        self.exportFinished.emit(count)

    def _export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.message_label.setText(message)
        self.exportFinished.emit(-1)


def _write_csv(ws: Workspace, flt: AdminAuditTableModel.Filter, path: Path,
               progress: Callable[[int, int], None], cancel: threading.Event) -> int:
    """Runs on the worker. The file is written beside its final name first, so a failure or
    a cancel leaves no half file."""
    partial = path.with_name(path.name + ".part")
    count = 0
    try:
        with partial.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_HEADER)
            while not cancel.is_set():
                page = audit.list_events(ws, action=flt.action or None,
                                         username=flt.username or None, since=flt.since,
                                         until=flt.until, limit=EXPORT_PAGE, offset=count)
                names = names_for(ws, page)
                for row in page:
                    writer.writerow([row.id, row.at.isoformat()] + [_cell(text) for text in (
                        row.username, row.action, row.object_type, row.object_id,
                        _details_text(row.details), describe(row, names))])
                count += len(page)
                progress(count, 0)
                if len(page) < EXPORT_PAGE:
                    break
        if cancel.is_set():
            raise ContactWebError(QCoreApplication.translate("AdminAuditWidget", "Export stopped."))
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ContactWebError(QCoreApplication.translate(
            "AdminAuditWidget", "Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _details_text(details: dict) -> str:
    return json.dumps(details, sort_keys=True, separators=(",", ":")) if details else ""


def _cell(text: str) -> str:
    """A spreadsheet would run a cell starting with = + - @ as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
