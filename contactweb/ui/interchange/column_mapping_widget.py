"""Which column of an unrecognised CSV holds what: one row per column of the file, with the
field it goes to. The choices come from ``interchange.MAPPABLE_FIELDS``; emails, phones and
address parts are offered with a label ("Email (work)")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactweb.formats.interchange import MAPPABLE_FIELDS

_LABELLED = ("email", "phone", "street", "extended", "po_box", "city", "region", "postcode",
             "country", "address")
_LABELS = {"phone": ("work", "mobile", "home", "other")}
_NAMES = {"prefix": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Name prefix"),
          "first_name": QT_TRANSLATE_NOOP("ColumnMappingWidget", "First name"),
          "middle_name": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Middle name"),
          "last_name": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Last name"),
          "suffix": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Name suffix"),
          "full_name": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Full name"),
          "company": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Company"),
          "title": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Job title"),
          "department": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Department"),
          "nickname": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Nickname"),
          "email": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Email"),
          "phone": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Phone"),
          "website": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Website"),
          "street": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Street"),
          "extended": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Address line 2"),
          "po_box": QT_TRANSLATE_NOOP("ColumnMappingWidget", "PO box"),
          "city": QT_TRANSLATE_NOOP("ColumnMappingWidget", "City"),
          "region": QT_TRANSLATE_NOOP("ColumnMappingWidget", "State or region"),
          "postcode": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Postcode"),
          "country": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Country"),
          "address": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Whole address"),
          "notes": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Notes"),
          "tags": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Tags"),
          "birthday": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Birthday"),
          "language": QT_TRANSLATE_NOOP("ColumnMappingWidget", "Language"),
          "ignore": QT_TRANSLATE_NOOP("ColumnMappingWidget", "(not imported)")}
_LABEL_NAMES = {"work": QT_TRANSLATE_NOOP("ColumnMappingWidget", "work"),
                "mobile": QT_TRANSLATE_NOOP("ColumnMappingWidget", "mobile"),
                "home": QT_TRANSLATE_NOOP("ColumnMappingWidget", "home"),
                "other": QT_TRANSLATE_NOOP("ColumnMappingWidget", "other")}
# First match wins: a few words people put in column names, in several languages.
_GUESSES = (
    (("e-mail", "email", "mail"), "email:other"),
    (("mobile", "handy", "cell", "portable"), "phone:mobile"),
    (("phone", "tel", "fon"), "phone:other"),
    (("first", "given", "vorname", "prénom", "prenom"), "first_name"),
    (("last", "surname", "family", "nachname", "nom"), "last_name"),
    (("company", "firma", "organi", "société", "societe", "employer"), "company"),
    (("job", "position", "titre", "beruf"), "title"),
    (("street", "straße", "strasse", "rue", "address 1"), "street:work"),
    (("zip", "postal", "plz", "postcode", "code postal"), "postcode:work"),
    (("city", "town", "ort", "ville", "stadt"), "city:work"),
    (("country", "land", "pays"), "country:work"),
    (("birth", "geburt", "naissance"), "birthday"),
    (("language", "sprache", "langue", "idioma"), "language"),
    (("note", "comment", "bemerkung", "remarque"), "notes"),
    (("tag", "group", "categor", "label"), "tags"),
    (("web", "url", "site"), "website"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMappingWidget", text)


def _field_name(field: str) -> str:
    return _tr(_NAMES[field]) if field in _NAMES else field.replace("_", " ").capitalize()


def _labelled(name: str, label: str) -> str:
    label_text = _tr(_LABEL_NAMES[label]) if label in _LABEL_NAMES else label
    return QCoreApplication.translate("ColumnMappingWidget", "{field} ({label})").format(
        field=name, label=label_text)


def field_choices() -> list[tuple[str, str]]:
    """(text shown, mapping value) for every field a column can go to."""
    choices = [(_field_name("ignore"), "ignore")]
    for field in MAPPABLE_FIELDS:
        if field == "ignore":
            continue
        name = _field_name(field)
        if field in _LABELLED:
            for label in _LABELS.get(field, ("work", "home", "other")):
                choices.append((_labelled(name, label), f"{field}:{label}"))
        else:
            choices.append((name, field))
    return choices


def choice_value(field: str) -> str:
    """A suggested field as the mapping value a choice holds: an unlabelled email, phone or
    address part is read with the label "other"."""
    name, _, label = field.partition(":")
    return f"{name}:{label or 'other'}" if name in _LABELLED else field


def choice_text(value: str) -> str:
    name, _, label = value.partition(":")
    text = _field_name(name)
    return _labelled(text, label) if label else text


def guess_field(header: str) -> str:
    text = header.casefold()
    for words, value in _GUESSES:
        if any(word in text for word in words):
            return value
    return "ignore"


class ColumnMappingWidget(QWidget):
    COLUMN_HEADER, COLUMN_FIELD = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Import as")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.headers: list[str] = []

    def set_headers(self, headers: list[str], suggested: list[str] | None = None) -> None:
        """One row per column, each with a first guess of what it holds: the field a known
        layout reads it as (``suggested``, the CLI's --map), else a guess from its name."""
        self.headers = list(headers)
        suggested = list(suggested or [])
        self.table.setRowCount(len(headers))
        choices = field_choices()
        for row, header in enumerate(headers):
            item = QTableWidgetItem(
                header or self.tr("(column {number} has no name)").format(number=row + 1))
            self.table.setItem(row, self.COLUMN_HEADER, item)
            combo = QComboBox()
            for text, value in choices:
                combo.addItem(text, value)
            known = suggested[row] if row < len(suggested) else "ignore"
            value = choice_value(known) if known != "ignore" else guess_field(header)
            if combo.findData(value) < 0:  # a label the list does not offer ("work fax")
                combo.addItem(choice_text(value), value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setAccessibleName(self.tr("Import column {column} as").format(column=header or row + 1))
            self.table.setCellWidget(row, self.COLUMN_FIELD, combo)

    def combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, self.COLUMN_FIELD)

    def set_field(self, header: str, value: str) -> None:
        combo = self.combo(self.headers.index(header))
        combo.setCurrentIndex(combo.findData(value))

    def mapping(self) -> dict[str, str]:
        """Column -> field for the columns to import: by header name when the names are
        distinct, else by column number (0 is the first)."""
        chosen = {row: self.combo(row).currentData() for row in range(len(self.headers))}
        chosen = {row: value for row, value in chosen.items() if value != "ignore"}
        names = [self.headers[row].strip() for row in chosen]
        by_name = all(names) and len({n.casefold() for n in names}) == len(names) and \
            len({h.strip().casefold() for h in self.headers}) == len(self.headers)
        return {(self.headers[row].strip() if by_name else str(row)): value
                for row, value in chosen.items()}
