"""Find duplicates: the pairs over the whole vault, both contacts side by side with their
consent, communications and sales, a choice per field where they differ, merge one into the
other (its history, sales and reminders move over; an opt-out on either side stays), undo the
last merge; and every merge made so far with its undo (the "Merges made" tab)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.changes import Changes
from contactweb.services.contacts import duplicates, merge_history
from contactweb.services.contacts.contacts import StaleContactEdit
from contactweb.ui.interchange.duplicates_table_model import (
    DuplicatesTableModel,
    PairRow,
    load_pairs,
)
from contactweb.ui.interchange.merge_choices_widget import MergeChoicesWidget
from contactweb.ui.interchange.merge_history_widget import MergeHistoryWidget
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.operations import BackgroundOp, Job, OpContext
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# A merge moves everything that hangs off a contact, so every view of those reloads.
MOVED_BY_MERGE = {"consent": True, "communications": True, "sales": True, "reminders": True}


class DuplicatesDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.worker: BackgroundOp | None = None
        self.last_merge: int | None = None
        self.shown: PairRow | None = None
        self.shown_versions: dict[int, int] = {}  # each shown contact's version
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 600)
        self.status_label = QLabel()
        self.model = DuplicatesTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._pair_changed)
        self.sides = MergeChoicesWidget()
        self.keep_text, self.other_text = self.sides.keep_text, self.sides.other_text
        self.merge_button = QPushButton(self.tr("Merge the right one into the left"))
        self.merge_button.clicked.connect(self.merge_current)
        self.swap_button = QPushButton(self.tr("Swap sides"))
        self.swap_button.clicked.connect(self.swap)
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.clicked.connect(self.undo_last_merge)
        can_merge = workspace.can(Action.MERGE)
        hide_unless(can_merge, self.merge_button, self.swap_button, self.undo_button)
        actions = QHBoxLayout()
        for button in (self.swap_button, self.merge_button, self.undo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sides)
        pairs_page = QWidget()
        pairs_layout = QVBoxLayout(pairs_page)
        pairs_layout.addWidget(self.status_label)
        pairs_layout.addWidget(splitter, 1)
        pairs_layout.addLayout(actions)
        self.history = MergeHistoryWidget(workspace, bridge)
        self.history.undone.connect(self._undone_from_history)
        self.tabs = QTabWidget()
        self.tabs.addTab(pairs_page, self.tr("Possible duplicates"))
        if can_merge:
            self.tabs.addTab(self.history, self.tr("Merges made"))
        self.tabs.currentChanged.connect(
            lambda _index: self.history.refresh()
            if self.tabs.currentWidget() is self.history else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self._update_buttons()
        self.refresh()

    # --- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Look for pairs again, on a worker."""
        if self.worker is not None:
            return
        self.status_label.setText(self.tr("Looking for duplicates…"))
        ws = self._ws
        worker = self._bridge.operations.query(self, lambda _ctx: load_pairs(ws))
        self.worker = worker
        # The outcome is read in _loaded, failure included (shown in the status line).
        worker.failure(lambda _exc: None).finished.connect(self._loaded)
        self._update_buttons()
        worker.run()

    def _loaded(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        if worker.exception is not None:
            self.status_label.setText(self.tr("Could not look for duplicates: {error}").format(error=worker.error))
        else:
            self.model.set_rows(worker.result)
            count = self.model.rowCount()
            self.status_label.setText(plural(self.tr("%n pair(s) that look like one person.", "", count), count)
                if count else self.tr("No duplicates found."))
            if count:
                self.table.selectRow(0)
        self._show_pair(self.model.pair(self.table.currentIndex().row())
                        if self.model.rowCount() else None)

    def _pair_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_pair(self.model.pair(current.row()) if current.isValid() else None)

    def _show_pair(self, pair: PairRow | None) -> None:
        self.shown = pair
        self.shown_versions = {}
        if pair is None:
            self.sides.show_sides(None)
        else:
            try:
                sides = merge_history.merge_sides(self._ws, pair.keep_id, pair.other_id)
                self.sides.show_sides(sides)
                # The merge is of the contacts as shown: one changed since is refused.
                self.shown_versions = {pair.keep_id: sides[0].details.version,
                                       pair.other_id: sides[1].details.version}
            except ContactWebError as exc:  # gone since the list was read
                self.sides.show_sides(None, str(exc))
        self._update_buttons()

    def swap(self) -> None:
        if self.shown is not None:
            p = self.shown
            self._show_pair(PairRow(p.other_id, p.other_name, p.keep_id, p.keep_name, p.reason))

    def _update_buttons(self) -> None:
        idle = self.worker is None
        self.merge_button.setEnabled(idle and self.shown is not None)
        self.swap_button.setEnabled(idle and self.shown is not None)
        self.undo_button.setEnabled(idle and self.last_merge is not None)

    # --- merge and undo -----------------------------------------------------------------------
    def merge_current(self) -> None:
        pair = self.shown
        if pair is None or self.worker is not None:
            return
        if not self._bridge.dialogs.ask(
                self, self.tr("Merge contacts"),
                self.tr("Merge {other_name} (#{other_id}) into {keep_name} (#{keep_id})? Its "
                        "emails, phones, addresses, tags, communications, sales and reminders "
                        "move over, and an opt-out on either side stays. You can undo it at "
                        "any time under \"Merges made\".").format(other_name=pair.other_name, other_id=pair.other_id, keep_name=pair.keep_name, keep_id=pair.keep_id), self.tr("Merge")):
            return
        ws, chosen, versions = self._ws, self.sides.take_from_other(), dict(self.shown_versions)
        self._write(lambda _ctx: duplicates.merge(ws, pair.keep_id, pair.other_id, chosen,
                                                  versions),
                    Changes.for_contacts([pair.keep_id, pair.other_id], **MOVED_BY_MERGE))

    def undo_last_merge(self) -> None:
        merge = self.last_merge
        if merge is None or self.worker is not None:
            return
        ws = self._ws

        def unmerge(_ctx: OpContext) -> None:  # None: nothing left to undo
            duplicates.unmerge(ws, merge)

        self._write(unmerge, Changes.for_contacts(**MOVED_BY_MERGE))

    def _write(self, job: Job, changes: Changes) -> None:
        """Merge or undo on a worker; the result is the merge to undo next, or None."""
        worker = self._bridge.operations.operation(self, job, changes=changes)
        self.worker = worker
        worker.success(self._written).failure(self._write_failed)
        self._update_buttons()
        worker.run()

    def _written(self, last_merge: object) -> None:
        self.worker = None
        self.last_merge = last_merge
        self.refresh()

    def _undone_from_history(self, merge_id: int) -> None:
        if merge_id == self.last_merge:
            self.last_merge = None
        self.refresh()

    def _write_failed(self, exc: Exception) -> None:
        self.worker = None
        self._update_buttons()
        self._bridge.dialogs.show_error(self, exc)
        if isinstance(exc, StaleContactEdit) and self.shown is not None:
            # Someone changed one of them since: show both as they are now (the choices
            # made stay where the fields still differ), to merge again knowingly.
            chosen = self.sides.take_from_other()
            self._show_pair(self.shown)
            self.sides.choose_from_other(chosen)
