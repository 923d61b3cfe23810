"""The texts of the contacts list's cells, made once per row shown.

A repaint asks for every visible cell again, and a phone number is parsed to be shown: the
texts of a row are made the first time it is painted and kept until its page is read again
(``forget``), and a number's shown form is kept per stored number for longer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from contactweb.services.contacts.contact_queries import ContactRow
from contactweb.services.validation import format_phone
from contactweb.ui.kit.regional_formats import left_to_right_cell

MAX_PHONE_TEXTS = 5000
MAX_ROWS = 2000  # rows whose texts are kept: a few screens' worth


class ContactCellTexts:
    def __init__(self) -> None:
        self._rows: dict[int, tuple[str, ...]] = {}
        self._phone_texts: dict[str, str] = {}
        # Numbers and addresses are isolated under a right-to-left layout: texts made under
        # the other direction are made again.
        self._right_to_left = QGuiApplication.isRightToLeft()

    def get(self, row: int) -> tuple[str, ...] | None:
        """The texts of a row made before (None: not made, or forgotten since)."""
        if QGuiApplication.isRightToLeft() != self._right_to_left:
            self._right_to_left = not self._right_to_left
            self._rows.clear()
        return self._rows.get(row)

    def make(self, row: int, item: ContactRow) -> tuple[str, ...]:
        """The texts of ``item`` shown at ``row``, in the list's column order."""
        if len(self._rows) >= MAX_ROWS:
            self._rows.clear()
        texts = self._rows[row] = row_texts(item, self.phone_text)
        return texts

    def forget(self) -> None:
        """The rows changed (a new query, a page read again): their texts are made anew."""
        self._rows.clear()

    def clear(self) -> None:
        """Forget everything, the numbers too (the vault locked)."""
        self._rows.clear()
        self._phone_texts.clear()

    def phone_text(self, number: str) -> str:
        shown = self._phone_texts.get(number)
        if shown is None:
            if len(self._phone_texts) > MAX_PHONE_TEXTS:
                self._phone_texts.clear()
            shown = self._phone_texts[number] = format_phone(number)
        return shown


def row_texts(item: ContactRow, phone_text: Callable[[str], str] = format_phone
              ) -> tuple[str, ...]:
    """Name, company, email, phone, city, tags, status: the columns of ContactTableModel."""
    return (item.name, item.company, left_to_right_cell(item.email),
            left_to_right_cell(phone_text(item.phone)) if item.phone else "",
            item.city, ", ".join(item.tags),
            QCoreApplication.translate("ContactTableModel", "Closed") if item.status == "closed"
            else QCoreApplication.translate("ContactTableModel", "Active"))
