"""The date picker every form uses: the person's short date format with the regional
calendar (``regional_formats.use_regional_calendar``), a calendar popup, and a full date
typed with its separators (over the first part, or over the whole date) read as typed.

Qt moves to the next part of the date once a day or month is complete ("10" in "dd"), and
then takes the separator typed after it ("10." of "10.12.2026") as one more move: the month
would land in the year and the date come out wrong. That separator is skipped here.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from contactweb.ui.kit.regional_formats import use_regional_calendar


class TypedDateEdit(QDateEdit):
    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        use_regional_calendar(self)
        if value is not None:
            self.setDate(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._separator_already_passed(event.text()):
            event.accept()  # "10.12.2026" typed in full: the day filled up and moved on
            return
        if event.text().isdigit() and self._whole_text_selected():
            # Typed over the whole date (Ctrl+A, a triple click): Qt would take the digit as
            # the whole text and refuse it; a new date starts at its first part instead.
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def _whole_text_selected(self) -> bool:
        line = self.lineEdit()
        return line.hasSelectedText() and line.selectedText() == line.text()

    def _separator_already_passed(self, typed: str) -> bool:
        """The separator just typed is the one the cursor has already moved past."""
        if len(typed) != 1 or typed.isalnum() or not typed.isprintable():
            return False
        line = self.lineEdit()
        start = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
        return start > 0 and line.text()[start - 1] == typed
