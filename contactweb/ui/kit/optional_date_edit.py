"""A date picker that may be left empty (a birthday nobody knows), shown and typed in the
person's short date format with the regional calendar, like the other date pickers
(``TypedDateEdit``, which also reads a full date typed with its separators).

QDateEdit has no empty state, so the earliest date stands for "no date" and shows as "not
given". Qt cannot type over that text, so the first digit typed starts from today's date (and
the arrows too); Delete or Backspace over the whole date empties it again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from contactweb.ui.kit.typed_date_edit import TypedDateEdit

# Before any date a person types (the picker's own minimum): it means "no date".
NO_DATE = QDate(100, 1, 1)


class OptionalDateEdit(TypedDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("not given"))
        self.setDate(NO_DATE)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def date_value(self) -> date | None:
        return None if self.is_empty() else self.date().toPython()  # type: ignore[return-value]

    def set_date_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_date(self) -> None:
        self.setDate(NO_DATE)

    # --- typing and clicking into an empty field ------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        line = self.lineEdit()
        whole_text = line.hasSelectedText() and line.selectedText() == line.text()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                (whole_text or self.is_empty()):
            self.clear_date()
            event.accept()
            return
        if self.is_empty() and event.text().isdigit():
            self._start_from_today()
        elif self.is_empty() and event.text().isprintable() and event.text():
            event.accept()  # Qt would add it after "not given": a date has no letters
            return
        super().keyPressEvent(event)  # a separator Qt has passed already is skipped there

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        # QDateTimeEdit moves Tab between the date's sections first; "not given" has none,
        # and Tab would never leave the field.
        if self.is_empty():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.is_empty():  # the arrows start from today, not from the year 100
            self._start_from_today()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        empty = self.is_empty()
        super().mousePressEvent(event)  # opens the calendar
        calendar = self.calendarWidget()
        if empty and calendar is not None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def _start_from_today(self) -> None:
        self.setDate(QDate.currentDate())
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.sectionAt(0))
