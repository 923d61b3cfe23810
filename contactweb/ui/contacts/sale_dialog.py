"""Adding a sale with one or more lines (product, quantity, unit price) for a contact."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import BadInput, ContactWebError
from contactweb.models.sale import SALE_STATUSES
from contactweb.services.activity import sales
from contactweb.services.activity.sales import SaleInput, SaleLineInput, parse_money
from contactweb.services.changes import Changes
from contactweb.ui.kit.button_order import buttons_as_shown
from contactweb.ui.kit.display_text import error_label, money, show_error
from contactweb.ui.kit.editing_keys import EditingKeys
from contactweb.ui.kit.typed_date_edit import TypedDateEdit
from contactweb.ui.kit.unsaved_changes_guard import UnsavedChangesGuard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

# Translated where shown (context "SaleStatuses", status_title()).
STATUS_TITLES = {"quote": QT_TRANSLATE_NOOP("SaleStatuses", "Quote"),
                 "won": QT_TRANSLATE_NOOP("SaleStatuses", "Won"),
                 "lost": QT_TRANSLATE_NOOP("SaleStatuses", "Lost"),
                 "invoiced": QT_TRANSLATE_NOOP("SaleStatuses", "Invoiced")}


def status_title(status: str) -> str:
    return QCoreApplication.translate("SaleStatuses", STATUS_TITLES.get(status, status.title()))


class SaleDialog(QDialog):
    @dataclass
    class Line:
        product: QLineEdit
        quantity: QSpinBox
        price: QLineEdit
        remove: QPushButton

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self.sale_id: int | None = None
        self._lines: list[SaleDialog.Line] = []
        self._prices = {name: (cents, currency)
                        for name, cents, currency in sales.list_products(workspace)}
        self.setWindowTitle(self.tr("Add a sale"))
        self.resize(620, 480)

        self.status_combo = QComboBox()
        for status in SALE_STATUSES:
            self.status_combo.addItem(status_title(status), status)
        self.status_combo.setCurrentIndex(self.status_combo.findData("won"))
        self.currency_edit = QLineEdit("USD")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setFixedWidth(70)
        self.date_edit = TypedDateEdit(QDate.currentDate())
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)

        self._grid = QGridLayout()
        for column, title in enumerate((self.tr("Product"), self.tr("Quantity"),
                                        self.tr("Unit price"))):
            self._grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self._grid.setColumnStretch(0, 1)
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.total_label = QLabel()
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.total_label)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Currency:"), self.currency_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self._grid)
        layout.addLayout(line_buttons)
        notes_label = QLabel(self.tr("Notes:"))
        notes_label.setBuddy(self.notes_edit)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.currency_edit.textChanged.connect(self._update_total)
        # Tab follows the form as shown; lines go in before "Add line" (see add_line).
        chain = [self.status_combo, self.date_edit, self.currency_edit, self.add_line_button,
                 self.notes_edit, *buttons_as_shown(self.buttons)]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.add_line()
        self._update_total()
        self.keys = EditingKeys(self, self.save)
        self._guard = UnsavedChangesGuard(self, bridge.dialogs, "sale")

    def reject(self) -> None:
        """Escape, Cancel and the close button ask before unsaved changes are lost."""
        self._guard.reject(super().reject)

    # --- lines --------------------------------------------------------------------------------
    def add_line(self) -> SaleDialog.Line:
        product = QLineEdit()
        product.setPlaceholderText(self.tr("product or service"))
        completer = QCompleter(sorted(self._prices), product)
        product.setCompleter(completer)
        quantity = QSpinBox()
        quantity.setRange(1, 1_000_000)
        price = QLineEdit()
        price.setPlaceholderText("0.00")
        price.setFixedWidth(110)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        line = SaleDialog.Line(product, quantity, price, remove)
        remove.clicked.connect(lambda: self.remove_line(line))
        product.editingFinished.connect(lambda: self._suggest_price(line))
        for widget in (quantity, price):
            (widget.valueChanged if isinstance(widget, QSpinBox)
             else widget.textChanged).connect(self._update_total)
        row = len(self._lines) + 1
        self._grid.addWidget(product, row, 0)
        self._grid.addWidget(quantity, row, 1)
        self._grid.addWidget(price, row, 2)
        self._grid.addWidget(remove, row, 3)
        self._lines.append(line)
        for widget, name in ((product, self.tr("Line {row} product")),
                             (quantity, self.tr("Line {row} quantity")),
                             (price, self.tr("Line {row} unit price"))):
            widget.setAccessibleName(name.format(row=row))
        remove.setAccessibleName(self.tr("Remove line {row}").format(row=row))
        previous = self._lines[-2].remove if len(self._lines) > 1 else self.currency_edit
        for widget in (product, quantity, price, remove, self.add_line_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget
        product.setFocus()
        return line

    def remove_line(self, line: SaleDialog.Line) -> None:
        if len(self._lines) == 1:
            return  # a sale has at least one line
        self._lines.remove(line)
        for widget in (line.product, line.quantity, line.price, line.remove):
            widget.setParent(None)
            widget.deleteLater()
        self._update_total()

    def lines(self) -> list[SaleDialog.Line]:
        return list(self._lines)

    def _suggest_price(self, line: SaleDialog.Line) -> None:
        known = self._prices.get(line.product.text().strip())
        if known and not line.price.text().strip():
            line.price.setText(f"{known[0] / 100:.2f}")

    def _update_total(self) -> None:
        total = 0
        for line in self._lines:
            try:
                total += parse_money(line.price.text() or "0") * line.quantity.value()
            except BadInput:
                self.total_label.setText(self.tr("Total: –"))
                return
        self.total_label.setText(self.tr("Total: {value}").format(value=money(total, self.currency_edit.text().upper())))

    # --- saving -------------------------------------------------------------------------------
    def sale_input(self) -> SaleInput:
        lines = []
        for number, line in enumerate(self._lines, start=1):
            name, price = line.product.text().strip(), line.price.text().strip()
            if not name and not price:
                continue
            if not name:
                raise BadInput(self.tr("Line {number} needs a product.").format(number=number))
            try:
                cents = parse_money(price) if price else None
            except BadInput as exc:
                raise BadInput(self.tr("Line {number}: {problem}").format(
                    number=number, problem=exc)) from None
            if cents is None and name not in self._prices:
                raise BadInput(self.tr("Line {number}: {name} is a new product; give its unit "
                                       "price.").format(number=number, name=name))
            lines.append(SaleLineInput(name, line.quantity.value(), cents))
        return SaleInput(lines=lines, status=self.status_combo.currentData(),
                         currency=self.currency_edit.text(),
                         sale_date=self.date_edit.date().toPython(),
                         notes=self.notes_edit.toPlainText())

    def save(self) -> None:
        show_error(self.error, "")
        try:
            data = self.sale_input()
        except ContactWebError as exc:  # a line the person typed: said beside the form
            show_error(self.error, str(exc))
            return
        ws, contact_id = self._ws, self.contact_id
        self.buttons.setEnabled(False)
        op = self._bridge.operations.operation(
            self, lambda _ctx: sales.add_sale(ws, contact_id, data),
            changes=Changes.about(contact_id, sales=True))
        op.success(self._saved).failure(lambda _exc: show_error(self.error, op.error))
        op.finished.connect(lambda: self.buttons.setEnabled(True))
        op.run()

    def _saved(self, sale_id: int) -> None:
        self.sale_id = sale_id
        self.accept()
