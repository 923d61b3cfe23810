"""One contact's sales: history, totals per currency, adding a sale, changing a status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.models.sale import SALE_STATUSES
from contactweb.services.activity import sales
from contactweb.services.activity.sales import SaleFilter, SaleView
from contactweb.services.changes import Changes
from contactweb.ui.contacts.contact_record_tab import ContactRecordTab
from contactweb.ui.contacts.sale_dialog import SaleDialog, status_title
from contactweb.ui.kit.display_text import local_date, money
from contactweb.ui.kit.flow_layout import FlowLayout
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.record_table_model import RecordColumn
from contactweb.ui.kit.remembered_columns import RememberedColumns
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


def _items(sale: SaleView) -> str:
    return "; ".join(f"{line.quantity} × {line.product}" for line in sale.lines)


COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Date"), lambda s: local_date(s.sale_date)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Status"), lambda s: status_title(s.status)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Items"), _items),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Total"), lambda s: money(s.total_cents, s.currency), align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "By"), lambda s: s.user),
)


class ContactSalesTab(ContactRecordTab):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, bridge, COLUMNS, stretch_column=2,
                         dimmed=lambda s: s.status == "lost", parent=parent)
        self.columns = RememberedColumns(self.table, "contact sales")
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)

        can_edit = workspace.can(Action.SALE_EDIT)
        self.add_button = QPushButton(self.tr("Add sale…"))
        self.add_button.clicked.connect(self.add_sale)
        self.status_combo = QComboBox()
        for status in SALE_STATUSES:
            self.status_combo.addItem(status_title(status), status)
        self.status_button = QPushButton(self.tr("Set status of selected sale"))
        self.status_button.clicked.connect(self.set_selected_status)
        hide_unless(can_edit, self.add_button, self.status_combo, self.status_button)
        buttons = FlowLayout()  # wraps in a narrow pane
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_combo)
        buttons.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._bridge.changed.connect(self._changed)
        self.clear()

    def refresh(self) -> None:
        if self.contact_id is None or self._ws.locked:
            self.model.clear()
            self.totals_label.clear()
        else:
            flt = SaleFilter(contact_id=self.contact_id)
            self.model.set_records(sales.list_sales(self._ws, flt))
            totals = sales.totals_by_currency(self._ws, flt)
            amounts = ", ".join(money(cents, currency) for currency, cents in sorted(totals.items()))
            self.totals_label.setText(
                self.tr("Won and invoiced: {amounts}").format(amounts=amounts)
                if totals else self.tr("No won or invoiced sales yet."))
        self._update_buttons()

    def clear(self) -> None:
        self.contact_id = None
        self.model.clear()
        self.totals_label.clear()
        self._update_buttons()

    def _changed(self, changes: Changes) -> None:
        if changes.sales and changes.concerns(self.contact_id):
            self.refresh()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.contact_id is not None)
        selected = bool(self.table.selectionModel().selectedRows())
        self.status_button.setEnabled(selected)
        self.status_combo.setEnabled(selected)

    def add_sale(self) -> None:
        if self.contact_id is None:
            return
        dialog = SaleDialog(self._ws, self._bridge, self.contact_id, self)
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    def set_selected_status(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.contact_id is None:
            return
        sale = self.model.record(rows[0].row())
        ws, sale_id, version, status = self._ws, sale.id, sale.version, \
            self.status_combo.currentData()
        # Errors go to the error box; the Changes set_status returns refresh the sales, as
        # does a refusal (someone moved the sale on since), so that their change is shown.
        self._bridge.operations.operation(
            self, lambda _ctx: sales.set_status(ws, sale_id, status, version)
        ).changes_on_failure(Changes.about(self.contact_id, sales=True)).run()
