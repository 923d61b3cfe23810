"""The merges made so far, each with its undo: any merge not yet undone can be undone at any
time, as ``contactweb duplicates unmerge`` allows on the command line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.changes import Changes
from contactweb.services.contacts import duplicates, merge_history
from contactweb.services.contacts.merge_history import MergeSummary
from contactweb.ui.interchange.merge_history_table_model import MergeHistoryTableModel
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MOVED_BY_MERGE = {"consent": True, "communications": True, "sales": True, "reminders": True}


class MergeHistoryWidget(QWidget):
    undone = Signal(int)  # the merge id, once undone

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.worker: BackgroundOp | None = None
        self.model = MergeHistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Merges made"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MergeHistoryTableModel.Column.MERGED,
                                    QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_button())
        self.status_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo this merge"))
        self.undo_button.setToolTip(self.tr("Put both contacts back as they were before this merge; "
                                    "what was added to the kept one since stays with it."))
        self.undo_button.clicked.connect(self.undo_selected)
        hide_unless(workspace.can(Action.MERGE), self.undo_button)
        row = QHBoxLayout()
        row.addWidget(self.status_label, 1)
        row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_button()

    def refresh(self) -> None:
        if self.worker is not None or not self._ws.can(Action.MERGE):
            return
        ws = self._ws
        worker = self._bridge.operations.query(self, lambda _ctx: merge_history.list_merges(ws))
        self.worker = worker
        worker.success(self._loaded).failure(self._failed)
        worker.finished.connect(self._done)
        worker.run()

    def _loaded(self, rows: list[MergeSummary]) -> None:
        self.model.set_rows(rows)
        open_ones = sum(1 for r in rows if not r.undone)
        self.status_label.setText(
            plural(self.tr("%n merge(s), {open_ones} can be undone.", "", len(rows)),
                   len(rows)).format(open_ones=open_ones)
            if rows else self.tr("No merges yet."))

    def _failed(self, error: Exception) -> None:
        self.status_label.setText(self.tr("Could not read the merges: {error}").format(error=error))

    def _done(self) -> None:
        self.worker = None
        self._update_button()

    def selected(self) -> MergeSummary | None:
        return self.model.merge(self.table.currentIndex().row())

    def select_merge(self, merge_id: int) -> None:
        for row in range(self.model.rowCount()):
            found = self.model.merge(row)
            if found is not None and found.id == merge_id:
                self.table.selectRow(row)

    def _update_button(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(self.worker is None and chosen is not None
                                    and not chosen.undone)

    def undo_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.undone or self.worker is not None:
            return
        if not self._bridge.dialogs.ask(
                self, self.tr("Undo merge"),
                self.tr("Put {merged_name} (#{merged_id}) back as a contact of its own and "
                        "{kept_name} as it was before the merge?").format(merged_name=chosen.merged_name, merged_id=chosen.merged_id, kept_name=chosen.kept_name), self.tr("Undo merge")):
            return
        ws, merge_id = self._ws, chosen.id
        worker = self._bridge.operations.operation(
            self, lambda _ctx: duplicates.unmerge(ws, merge_id),
            changes=Changes.for_contacts(**MOVED_BY_MERGE))
        self.worker = worker
        worker.success(lambda _result: self._undone(merge_id)).failure(self._undo_failed)
        self._update_button()
        worker.run()

    def _undone(self, merge_id: int) -> None:
        self.worker = None
        self.undone.emit(merge_id)
        self.refresh()

    def _undo_failed(self, error: Exception) -> None:
        self.worker = None
        self._update_button()
        self._bridge.dialogs.show_error(self, error)
