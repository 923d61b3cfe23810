"""The Contacts page: search as you type, filter by tag and status, a paged table that stays
quick at 100,000 contacts, and the selected contact's details beside it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.changes import Changes
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.ui.contacts.contact_detail_pane import ContactDetailPane
from contactweb.ui.contacts.contact_dossier_menu import ContactDossierMenu
from contactweb.ui.contacts.contact_drag_source import ContactDragSource
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.contact_list_actions import ContactListActions
from contactweb.ui.contacts.contact_row_delegate import ContactRowDelegate
from contactweb.ui.contacts.contact_table_model import ContactTableModel
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.remembered_columns import RememberedColumns
from contactweb.ui.kit.remembered_splitter import RememberedSplitter
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.ui_resources import icon
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# The columns' shares of the list's width (RememberedColumns.fit): all in view from a 1280 px
# window on. Narrower than the least, a name or phone number is no longer read whole: a
# narrower list (1024 px) scrolls sideways, name, company, email and phone in view.
COLUMN_WIDTHS = (145, 115, 175, 140, 90, 110, 65)
COLUMN_LEAST_WIDTHS = (110, 80, 120, 130, 60, 60, 50)
LIST_FIRST_COLUMNS = 4  # the columns the list's default share is measured for
# The details pane may get this narrow (its contents then scroll), so the list comes first.
DETAIL_MIN_WIDTH = 210
DETAIL_DEFAULT_WIDTH = 265  # its share beside the list's first four columns (about 600 px)


class ContactsTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search names, companies, emails, phones, notes, tags"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.tag_combo = QComboBox()
        self.tag_combo.setMinimumContentsLength(12)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Active and closed"), "")
        self.status_combo.addItem(self.tr("Active"), "active")
        self.status_combo.addItem(self.tr("Closed"), "closed")
        self.new_button = QPushButton(icon("contact-new"), self.tr("New contact"))
        self.new_button.clicked.connect(self.new_contact)
        hide_unless(workspace.can(Action.CONTACT_EDIT), self.new_button)
        self.count_label = QLabel()
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.search_edit, 1)
        for widget in (self.tag_combo, self.status_combo, self.count_label, self.new_button):
            toolbar.addWidget(widget)

        # The first screen without the count of every contact: the rows are painted first.
        self.model = ContactTableModel(workspace, bridge.operations, self, count_now=False)
        self._rows_fresh = True  # read just now: the first refresh() need not read them again
        self.table = QTableView()
        self.table.setModel(self.model)
        # Cells painted from the row's texts in one call each, not seven data() calls.
        self.table.setItemDelegate(ContactRowDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # The model starts sorted by name; say so before sorting is switched on.
        self.table.horizontalHeader().setSortIndicator(ContactTableModel.Column.NAME,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.columns = RememberedColumns(self.table, "contacts", default_widths=COLUMN_WIDTHS,
                                         least_widths=COLUMN_LEAST_WIDTHS)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_actions = ContactListActions(workspace, bridge, self)
        self.table.customContextMenuRequested.connect(self.list_actions.show_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        # Down from the search box goes into the results; Enter there opens the contact.
        self._select_first_when_loaded = False
        self.search_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self._syncing = False
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._follow_selection())
        # Rows dragged out of the list become a vCard (text/vcard and a .vcf file).
        self.drag_source = ContactDragSource(self.table, self.model, workspace, bridge,
                                             self.selected_contact_ids)

        self.detail = ContactDetailPane(workspace, bridge)
        self.dossier_menu = ContactDossierMenu(workspace, bridge, self)
        # The pane's contents keep their own minimum and scroll inside it when it is narrow.
        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setWidget(self.detail)
        self.detail_area.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter = self.splitter
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_area)
        splitter.setChildrenCollapsible(False)
        # Width a window gains or loses goes mostly to the list: at 1024 px the list shows
        # name, company, email and phone whole, and a wide window widens both.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # First sizes are shares: at 1280 px the list keeps about 70 %, and the pane has room
        # for an email address beside German labels and a reminder's text beside its date.
        splitter.setSizes([sum(COLUMN_WIDTHS[:LIST_FIRST_COLUMNS]) + 24, DETAIL_DEFAULT_WIDTH])
        self.splitter_sizes = RememberedSplitter(splitter, "contacts")
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(splitter, 1)

        self._restoring = False  # a restored view reads its whole query once, at the end
        # No typing pause: a search is read on every keystroke, one read at a time with the
        # latest query next (ContactTableModel.set_query), so the rows follow the typing within
        # a frame or two. The read starts as the text changes: the worker reads while the box
        # paints the character typed (a timer of 0 ms let that paint, about 1.5 ms, go first).
        self.search_edit.textChanged.connect(
            lambda _text: None if self._restoring else self.apply_filters())
        for combo in (self.tag_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self._reselect_ids: list[int] = []
        self.model.modelReset.connect(self._update_count)
        self.model.loaded.connect(self._loaded)
        self.model.counted.connect(self._update_count)
        self.model.failed.connect(
            lambda message: self.count_label.setText(self.tr("Could not read the contacts: {message}").format(message=message)))
        bridge.changed.connect(self._changes)
        bridge.contactRequested.connect(self.show_contact)
        self._update_count()  # the tags are read by refresh(), when the page is first shown

    # --- the page interface -------------------------------------------------------------------
    def refresh(self) -> None:
        if self._ws.locked:
            return
        self._fill_tags()
        if self._rows_fresh:
            self._rows_fresh = False
        else:
            self._refresh_rows()
        self.detail.refresh()

    def _changes(self, changes: Changes) -> None:
        # New or removed rows need the list again; edits to known rows only those rows.
        self._rows_fresh = False
        if changes.contacts and not changes.contact_ids:
            self.refresh()
        elif changes.contacts:
            self._refresh_rows()

    def clear(self) -> None:
        self.model.clear()
        self.detail.clear()
        self.search_edit.clear()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.blockSignals(False)
        self.count_label.clear()

    # --- filters ------------------------------------------------------------------------------
    def _fill_tags(self) -> None:
        current = self.tag_combo.currentData() or ""
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), "")
        for tag in contacts.all_tags(self._ws):
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)))
        self.tag_combo.blockSignals(False)

    def current_query(self) -> ContactQuery:
        return replace(self.model.query, search=self.search_edit.text().strip(),
                       tag=self.tag_combo.currentData() or "",
                       status=self.status_combo.currentData() or "")

    def apply_filters(self) -> None:
        if self._ws.locked:
            return
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)  # read on a worker; the count follows when done

    def _refresh_rows(self) -> None:
        self._reselect_ids = self.selected_contact_ids()
        self.model.refresh()

    def _loaded(self) -> None:
        """New rows are in: count them, and highlight the shown contact again where it now
        is (a reset drops the selection, and rows may have moved); the pane follows."""
        # The view's layout for the new rows now, before they are painted, not on the next
        # turn of the event loop: that would paint the rows a second time. So too the scroll
        # bar shown or hidden (Qt queues that to the next turn) when the rows come to fit or
        # no longer fit: the rows are then laid out and painted again at the new width.
        self.table.doItemsLayout()
        QCoreApplication.sendEvent(self.table, QEvent(QEvent.Type.LayoutRequest))
        self._update_count()
        self._reselect(self._reselect_ids)
        self._reselect_ids = []
        if self._select_first_when_loaded:
            self._select_first_when_loaded = False
            self._select_first_result()

    def _update_count(self) -> None:
        if self.model.counting:  # only the first screen is read yet: no number to show
            self.count_label.clear()
            return
        count = self.model.rowCount()
        # The number as the language writes it (1,006 / 1.006 / 1 006): %Ln.
        self.count_label.setText(plural(self.tr("%Ln contact(s)", "", count), count))

    def view_state(self) -> dict[str, object]:
        """Search, filters, selection and the shown contact, to come back to after a lock."""
        return {"search": self.search_edit.text(), "tag": self.tag_combo.currentData() or "",
                "status": self.status_combo.currentData() or "",
                "selected": self.selected_contact_ids(), "shown": self.detail.contact_id}

    def restore_view_state(self, state: dict[str, object]) -> None:
        self._restoring = True
        try:
            self.search_edit.setText(str(state.get("search", "")))
        finally:
            self._restoring = False
        for combo, key in ((self.tag_combo, "tag"), (self.status_combo, "status")):
            index = combo.findData(state.get(key, ""))
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        shown = state.get("shown")
        selected = [int(cid) for cid in state.get("selected", []) or []]  # type: ignore[union-attr]
        if isinstance(shown, int):
            self.detail.set_contact(shown)
        self._reselect_ids = selected
        if self.current_query() != self.model.query:
            self.apply_filters()  # the selection comes back when the rows are in
        else:
            self._reselect(selected)
            self._reselect_ids = []

    # --- keyboard: from the search box into the results ---------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if watched is self.search_edit and event.key() == Qt.Key.Key_Down and plain:
                self.enter_results()
                return True
            if watched is self.table and plain and \
                    event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return super().eventFilter(watched, event)

    def enter_results(self) -> None:
        """Focus the list on its first result; a search still being read gets its first
        result selected when it is in."""
        self.table.setFocus()
        if self.current_query() != self.model.query:
            self._select_first_when_loaded = True
            self.apply_filters()
        elif self.model.reading_rows:
            self._select_first_when_loaded = True
        else:
            self._select_first_result()

    def _select_first_result(self) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def open_selected(self) -> None:
        """Enter on a contact: its editor, or for who cannot edit, its details."""
        if self.detail.contact_id is None:
            return
        if self._ws.can(Action.CONTACT_EDIT):
            self.edit_current()
        else:
            self.detail.setFocus()
            self.detail.focusNextChild()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def counted_texts(self, count: int) -> dict[str, str]:
        """Texts that say how many contacts, with their plural forms: lupdate reads a plural
        only from ``self.tr``, so they stay here for ContactListActions."""
        return {"closed": self.tr("%n contacts are closed:", "", count),
                "close": self.tr("Close %n selected", "", count),
                "reopen": self.tr("Reopen %n selected", "", count)}

    # --- selection ----------------------------------------------------------------------------
    def selected_contact_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [cid for cid in (self.model.contact_id(row) for row in rows) if cid is not None]

    def current_contact_id(self) -> int | None:
        return self.detail.contact_id

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._follow_selection()

    def _follow_selection(self) -> None:
        """The highlighted contact is the one shown: the current row when it is selected,
        else the first selected row, else nobody."""
        if self._syncing:
            return
        selection = self.table.selectionModel()
        current = self.table.currentIndex()
        if current.isValid() and selection.isRowSelected(current.row()):
            contact_id = self.model.contact_id(current.row())
        else:
            selected = self.selected_contact_ids()
            contact_id = selected[0] if selected else None
        if contact_id != self.detail.contact_id:
            self.detail.set_contact(contact_id)

    def _reselect(self, contact_ids: list[int]) -> None:
        """Select these contacts' rows with the shown one current. A shown contact that
        was not among them (it was opened from elsewhere) is the only one selected."""
        shown = self.detail.contact_id
        wanted = contact_ids if shown in contact_ids or shown is None else [shown]
        rows = [row for row in (self.model.row_of(cid) for cid in wanted) if row is not None]
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag
        self._syncing = True  # one pane update at the end, not one per row
        try:
            selection.clearSelection()
            for row in rows:
                selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
            shown_row = self.model.row_of(shown) if shown is not None else None
            current_row = shown_row if shown_row in rows else (rows[0] if rows else None)
            selection.setCurrentIndex(
                self.model.index(current_row, 0) if current_row is not None else QModelIndex(),
                flags.NoUpdate)
        finally:
            self._syncing = False
        self._follow_selection()

    def show_contact(self, contact_id: int) -> None:
        """Select a contact's row when it is on a loaded page; show its details anyway."""
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()  # no highlighted row that is not the shown contact
        if self.detail.contact_id != contact_id:
            self.detail.set_contact(contact_id)

    # --- actions ------------------------------------------------------------------------------
    def new_contact(self) -> None:
        if not self._ws.can(Action.CONTACT_EDIT):
            return
        dialog = ContactEditDialog(self._ws, self._bridge, None, self)
        if self._bridge.dialogs.exec_dialog(dialog) and dialog.contact_id is not None:
            self.show_contact(dialog.contact_id)
        dialog.deleteLater()

    def edit_current(self) -> None:
        if self.detail.contact_id is not None and self._ws.can(Action.CONTACT_EDIT):
            self.detail.details_tab.edit()

    def log_call_for_selected(self) -> None:
        if self._ws.can(Action.COMMUNICATION_LOG):
            self.detail.log_call()

    def set_status_of_selected(self, status: str) -> None:
        self.list_actions.set_status_of_selected(status)
