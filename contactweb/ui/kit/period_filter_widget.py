"""A period picker shared by the Communications, Sales and audit pages: this week, this month,
last month, this year, all time, or custom dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from contactweb.ui.kit.typed_date_edit import TypedDateEdit


class Period(StrEnum):
    THIS_WEEK = "This week"
    THIS_MONTH = "This month"
    LAST_MONTH = "Last month"
    THIS_YEAR = "This year"
    ALL_TIME = "All time"
    CUSTOM = "Custom…"


# The periods' names as shown (the values above stay English: they are remembered).
_SHOWN = (QT_TRANSLATE_NOOP("PeriodFilterWidget", "This week"),
          QT_TRANSLATE_NOOP("PeriodFilterWidget", "This month"),
          QT_TRANSLATE_NOOP("PeriodFilterWidget", "Last month"),
          QT_TRANSLATE_NOOP("PeriodFilterWidget", "This year"),
          QT_TRANSLATE_NOOP("PeriodFilterWidget", "All time"),
          QT_TRANSLATE_NOOP("PeriodFilterWidget", "Custom…"))


class PeriodFilterWidget(QWidget):
    """Emits ``periodChanged`` whenever the chosen range changes. Ranges are local calendar
    dates, the end exclusive: ``date_range()`` for dates, ``utc_range()`` for the naive UTC
    timestamps the vault stores."""

    Period = Period
    periodChanged = Signal()

    def __init__(self, parent: QWidget | None = None, default: Period = Period.THIS_MONTH,
                 today: date | None = None, show_label: bool = True) -> None:
        super().__init__(parent)
        self._today = today  # fixed in tests; None means the real date
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        for period in Period:
            self.period_combo.addItem(self.tr(period.value), period)
        self.from_edit = self._date_edit(self.tr("From"))
        self.to_edit = self._date_edit(self.tr("To (inclusive)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if show_label:  # off inside a form row that already says "Period:"
            layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.period_combo)
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            layout.addWidget(widget)
        self.set_period(default)
        self.period_combo.currentIndexChanged.connect(self._on_period_chosen)
        self.from_edit.dateChanged.connect(self._on_custom_dates)
        self.to_edit.dateChanged.connect(self._on_custom_dates)

    def _date_edit(self, name: str) -> TypedDateEdit:
        edit = TypedDateEdit()
        edit.setAccessibleName(name)
        return edit

    def today(self) -> date:
        return self._today or date.today()

    def period(self) -> Period:
        return Period(self.period_combo.currentData())

    def set_period(self, period: Period) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(period))
        self._show_dates()

    def set_custom_range(self, first: date, last_inclusive: date) -> None:
        """Custom dates, both ends included as a person reads them."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.findData(Period.CUSTOM))
        self.period_combo.blockSignals(False)
        for edit, day in ((self.from_edit, first), (self.to_edit, last_inclusive)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._show_dates()
        self.periodChanged.emit()

    def date_range(self) -> tuple[date | None, date | None]:
        """(first day, day after the last) in local dates; None for an open end."""
        return self.range_for(self.period(), self.today(), self._custom_dates())

    def utc_range(self) -> tuple[datetime | None, datetime | None]:
        """The same range as naive UTC timestamps, local midnight to local midnight."""
        first, after = self.date_range()
        return _local_midnight_utc(first), _local_midnight_utc(after)

    def description(self) -> str:
        first, after = self.date_range()
        if first is None:
            return self.tr("all time")
        last = (after - timedelta(days=1)) if after else None
        return self.tr("{first} to {last}").format(
            first=first.isoformat(), last=last.isoformat() if last else self.tr("now"))

    @staticmethod
    def range_for(period: Period, today: date,
                  custom: tuple[date, date] | None = None) -> tuple[date | None, date | None]:
        if period is Period.THIS_WEEK:
            monday = today - timedelta(days=today.weekday())
            return monday, monday + timedelta(days=7)
        if period is Period.THIS_MONTH:
            first = today.replace(day=1)
            return first, _next_month(first)
        if period is Period.LAST_MONTH:
            this_month = today.replace(day=1)
            first = (this_month - timedelta(days=1)).replace(day=1)
            return first, this_month
        if period is Period.THIS_YEAR:
            return date(today.year, 1, 1), date(today.year + 1, 1, 1)
        if period is Period.CUSTOM and custom is not None:
            first, last = sorted(custom)
            return first, last + timedelta(days=1)
        return None, None

    def _custom_dates(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def _on_period_chosen(self) -> None:
        if self.period() is Period.CUSTOM:
            # Start a custom range from what was shown, so the dates are never arbitrary.
            first, after = self.range_for(Period.THIS_MONTH, self.today())
            for edit, day in ((self.from_edit, first), (self.to_edit, after - timedelta(days=1))):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._show_dates()
        self.periodChanged.emit()

    def _on_custom_dates(self) -> None:
        if self.period() is Period.CUSTOM:
            self.periodChanged.emit()

    def _show_dates(self) -> None:
        custom = self.period() is Period.CUSTOM
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(custom)


def _next_month(first: date) -> date:
    return date(first.year + 1, 1, 1) if first.month == 12 else date(first.year,
                                                                      first.month + 1, 1)


def _local_midnight_utc(day: date | None) -> datetime | None:
    if day is None:
        return None
    local = datetime.combine(day, time()).astimezone()  # local time zone, DST aware
    return local.astimezone(UTC).replace(tzinfo=None)
