"""Repeatable labelled rows for a contact's emails, phones or addresses: a label (work,
home, …), the value, a remove button, and a red message under a row the vault refused."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.contacts.contacts import AddressInput, EmailInput, PhoneInput
from contactweb.services.validation import format_phone
from contactweb.ui.kit.display_text import error_label, show_error

LABELS = {"email": ("work", "home", "other"),
          "phone": ("work", "mobile", "home", "fax", "other"),
          "address": ("work", "home", "billing", "shipping", "other")}
# The labels offered, as shown; the stored label stays the English word (it is data, read
# by exports and other programs), and a label typed by hand is kept as typed.
LABEL_TITLES = {"work": QT_TRANSLATE_NOOP("LabelledRowsWidget", "work"),
                "home": QT_TRANSLATE_NOOP("LabelledRowsWidget", "home"),
                "mobile": QT_TRANSLATE_NOOP("LabelledRowsWidget", "mobile"),
                "fax": QT_TRANSLATE_NOOP("LabelledRowsWidget", "fax"),
                "billing": QT_TRANSLATE_NOOP("LabelledRowsWidget", "billing"),
                "shipping": QT_TRANSLATE_NOOP("LabelledRowsWidget", "shipping"),
                "other": QT_TRANSLATE_NOOP("LabelledRowsWidget", "other")}


def shown_label(label: str) -> str:
    """A stored label as the person reads it: an offered one translated, any other as typed."""
    title = LABEL_TITLES.get(label)
    return QCoreApplication.translate("LabelledRowsWidget", title) if title else label


ADD_TEXT = {"email": QT_TRANSLATE_NOOP("LabelledRowsWidget", "Add email"),
            "phone": QT_TRANSLATE_NOOP("LabelledRowsWidget", "Add phone"),
            "address": QT_TRANSLATE_NOOP("LabelledRowsWidget", "Add address")}
ADDRESS_FIELDS = (("street", QT_TRANSLATE_NOOP("LabelledRowsWidget", "Street")),
                  ("city", QT_TRANSLATE_NOOP("LabelledRowsWidget", "City")),
                  ("region", QT_TRANSLATE_NOOP("LabelledRowsWidget", "State / region")),
                  ("postcode", QT_TRANSLATE_NOOP("LabelledRowsWidget", "Postcode")),
                  ("country", QT_TRANSLATE_NOOP("LabelledRowsWidget", "Country")))
ROW_NAMES = {"email": (QT_TRANSLATE_NOOP("LabelledRowsWidget", "Email"),
                       QT_TRANSLATE_NOOP("LabelledRowsWidget", "address")),
             "phone": (QT_TRANSLATE_NOOP("LabelledRowsWidget", "Phone"),
                       QT_TRANSLATE_NOOP("LabelledRowsWidget", "number")),
             "address": (QT_TRANSLATE_NOOP("LabelledRowsWidget", "Address"), "")}

Value = EmailInput | PhoneInput | AddressInput


class LabelledRowsWidget(QWidget):
    @dataclass
    class Row:
        box: QWidget
        label: QComboBox
        edits: dict[str, QLineEdit] = field(default_factory=dict)
        error: QLabel | None = None
        remove: QPushButton | None = None

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in LABELS:
            raise ValueError(f"unknown row kind {kind!r}")
        self.kind = kind
        self._rows: list[LabelledRowsWidget.Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr(ADD_TEXT[kind]))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(button_row)

    # --- rows ---------------------------------------------------------------------------------
    def add_row(self, value: Value | None = None) -> None:
        box = QWidget()
        label = QComboBox()
        label.setEditable(True)
        for name in LABELS[self.kind]:
            label.addItem(self.tr(LABEL_TITLES[name]), name)
        label.setMinimumContentsLength(7)
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        row = LabelledRowsWidget.Row(box, label, remove=remove)
        remove.clicked.connect(lambda: self.remove_row(row))
        row.error = error_label()
        if self.kind == "address":
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(label, 0, 0)
            for name, placeholder in ADDRESS_FIELDS:
                edit = QLineEdit()
                edit.setPlaceholderText(self.tr(placeholder))
                row.edits[name] = edit
            # Remove comes last, beside the country: Tab goes from the street to the city.
            grid.addWidget(row.edits["street"], 0, 1, 1, 3)
            grid.addWidget(row.edits["city"], 1, 1)
            grid.addWidget(row.edits["region"], 1, 2)
            grid.addWidget(row.edits["postcode"], 1, 3)
            grid.addWidget(row.edits["country"], 2, 1)
            grid.addWidget(remove, 2, 3, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(row.error, 3, 1, 1, 3)
            box.setLayout(grid)
        else:
            edit = QLineEdit()
            edit.setPlaceholderText("name@example.com" if self.kind == "email"
                                    else "+1 415 555 0100")
            row.edits["value"] = edit
            grid = QGridLayout()
            grid.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(label, 0, 0)
            grid.addWidget(edit, 0, 1)
            grid.addWidget(remove, 0, 2)
            grid.addWidget(row.error, 1, 1, 1, 2)
            grid.setColumnStretch(1, 1)
            box.setLayout(grid)
        if value is not None:
            self._fill(row, value)
        self._rows.append(row)
        self._rows_layout.addWidget(box)
        self._name_row(row, len(self._rows))
        self._chain_before_add_button([label, *row.edits.values(), remove])
        next(iter(row.edits.values())).setFocus()

    def _chain_before_add_button(self, widgets: list[QWidget]) -> None:
        """A new row's fields are new to the window's focus chain, which puts them last
        (after the dialog's buttons): Tab must reach them where they are shown."""
        previous = self.add_button.previousInFocusChain()
        while previous.focusPolicy() == Qt.FocusPolicy.NoFocus and \
                previous is not self.add_button:  # anchor on a field, not on a container
            previous = previous.previousInFocusChain()
        for widget in widgets:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        QWidget.setTabOrder(previous, self.add_button)

    def _name_row(self, row: LabelledRowsWidget.Row, number: int) -> None:
        """Names a screen reader says for fields that show only a placeholder."""
        title, value_name = (self.tr(text) if text else "" for text in ROW_NAMES[self.kind])
        row.label.setAccessibleName(
            self.tr("{title} {number} label").format(title=title, number=number))
        for name, edit in row.edits.items():
            part = value_name if name == "value" else self.tr(dict(ADDRESS_FIELDS)[name]).lower()
            edit.setAccessibleName(f"{title} {number} {part}")
        if row.remove is not None:
            row.remove.setAccessibleName(self.tr("Remove {title} {number}").format(
                title=title.lower(), number=number))

    def remove_row(self, row: LabelledRowsWidget.Row) -> None:
        if row in self._rows:
            self._rows.remove(row)
            row.box.setParent(None)
            row.box.deleteLater()
            for number, kept in enumerate(self._rows, start=1):
                self._name_row(kept, number)

    def _fill(self, row: LabelledRowsWidget.Row, value: Value) -> None:
        offered = row.label.findData(value.label)
        if offered >= 0:
            row.label.setCurrentIndex(offered)
        else:
            row.label.setCurrentText(value.label)
        if isinstance(value, AddressInput):
            for name, _placeholder in ADDRESS_FIELDS:
                row.edits[name].setText(getattr(value, name))
        elif isinstance(value, EmailInput):
            row.edits["value"].setText(value.address)
        else:
            row.edits["value"].setText(format_phone(value.number))

    def set_values(self, values: list[Value]) -> None:
        for row in list(self._rows):
            self.remove_row(row)
        for value in values:
            self.add_row(value)

    def values(self) -> list[Value]:
        """Every row as typed; blank rows are dropped by the service, keeping indexes in
        step with the messages it returns."""
        result: list[Value] = []
        for row in self._rows:
            label = self._stored_label(row.label)
            if self.kind == "address":
                result.append(AddressInput(**{n: row.edits[n].text()
                                              for n, _p in ADDRESS_FIELDS}, label=label))
            elif self.kind == "email":
                result.append(EmailInput(row.edits["value"].text(), label))
            else:
                result.append(PhoneInput(row.edits["value"].text(), label))
        return result

    def row_count(self) -> int:
        return len(self._rows)

    def value_edit(self, index: int) -> QLineEdit:
        row = self._rows[index]
        return row.edits.get("value") or row.edits["street"]

    # --- messages -----------------------------------------------------------------------------
    def show_row_error(self, index: int, message: str) -> None:
        if 0 <= index < len(self._rows) and self._rows[index].error is not None:
            show_error(self._rows[index].error, message)
            self.value_edit(index).setFocus()

    def row_error(self, index: int) -> str:
        error = self._rows[index].error
        return error.text() if error is not None and not error.isHidden() else ""

    def clear_errors(self) -> None:
        for row in self._rows:
            if row.error is not None:
                show_error(row.error, "")

    @staticmethod
    def _stored_label(combo: QComboBox) -> str:
        """An offered label as its English word; one typed by hand as typed."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0 and combo.itemData(index):
            return combo.itemData(index)
        return text or "other"
