"""Dates, times, numbers and amounts as the person using ContactWeb writes them, and the first
day of their week in date pickers: CLDR's data through Babel, for the locale Qt was given at
start (``translations.install``: the language chosen in Settings, else the system's).

No locale chosen (Qt's "C", as on a bare system or in the tests): unambiguous ISO dates and
"EUR 1,234.50", as before languages existed."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateTimeEdit

from contactweb.i18n import left_to_right, number_in, own_direction

if TYPE_CHECKING:
    from babel import Locale

# Babel counts weekdays from Monday = 0, Qt from Monday = 1.
_QT_DAYS = (Qt.DayOfWeek.Monday, Qt.DayOfWeek.Tuesday, Qt.DayOfWeek.Wednesday,
            Qt.DayOfWeek.Thursday, Qt.DayOfWeek.Friday, Qt.DayOfWeek.Saturday,
            Qt.DayOfWeek.Sunday)


@lru_cache(maxsize=8)
def _babel_locale(qt_name: str) -> Locale | None:
    if qt_name in ("", "C"):
        return None
    # Babel loads when a locale is first used, not while the application starts.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(qt_name)
    except (UnknownLocaleError, ValueError):
        return None


def person_locale() -> Locale | None:
    """Qt's default locale as Babel knows it ("de_DE"), None when none was chosen."""
    return _babel_locale(QLocale().name())


def _printable(text: str) -> str:
    # CLDR's narrow no-break space (before AM/PM, in French numbers) is missing from some
    # desktop fonts; a no-break space looks the same and never breaks either.
    return text.replace("\u202f", "\u00a0")


def date_text(value: date | None) -> str:
    if value is None:
        return ""
    locale = person_locale()
    if locale is None:
        return value.isoformat()
    from babel.dates import format_date

    return _printable(format_date(value, "medium", locale=locale))


def time_text(value: datetime) -> str:
    """A local wall-clock time: the date as date_text writes it and the short time."""
    locale = person_locale()
    if locale is None:
        return value.strftime("%Y-%m-%d %H:%M")
    from babel.dates import format_date, format_time

    return _printable(f"{format_date(value, 'medium', locale=locale)} "
                      f"{format_time(value, 'short', locale=locale)}")


def clock_text(value: datetime) -> str:
    """A local wall-clock time of day alone: "14:30", "2:30 PM"."""
    locale = person_locale()
    if locale is None:
        return value.strftime("%H:%M")
    from babel.dates import format_time

    return _printable(format_time(value, "short", locale=locale))


def money_text(cents: int, currency: str) -> str:
    locale = person_locale()
    if locale is None:
        return f"{currency} {cents / 100:,.2f}"
    from babel.numbers import format_currency

    return _printable(format_currency(Decimal(cents) / 100, currency.upper(), locale=locale))


def number_text(value: int | float | Decimal, digits: int | None = None) -> str:
    """A number as the person writes it: "4.001" in Germany, "1 234,50" (``digits=2``) in
    France, "4,001" when no locale was chosen. For a message, pass it in as text."""
    return number_in(person_locale(), value, digits)


def left_to_right_cell(text: str) -> str:
    """A phone number, an email address or a postcode for a table cell or a label: under a
    right-to-left layout it is isolated (i18n.left_to_right), else the cell's base direction
    would turn "+1 555 0100" into "0100 555 1+"; unchanged in a left-to-right layout."""
    return left_to_right(text) if QGuiApplication.isRightToLeft() else text


def own_direction_line(text: str) -> str:
    """An address line for a label: under a right-to-left layout it takes its direction
    from its own text (i18n.own_direction), so "10115 BERLIN" keeps its postcode first."""
    return own_direction(text) if QGuiApplication.isRightToLeft() else text


def first_day_of_week(locale: Locale) -> Qt.DayOfWeek:
    """The week's first day where the person lives: Monday in Germany, Sunday in the US."""
    return _QT_DAYS[locale.first_week_day]


def picker_format(with_time: bool) -> str:
    """How a date picker shows and takes a date: the person's short date with a four-digit
    year ("07.12.2026", "12/7/2026"), ISO when no locale was chosen."""
    if person_locale() is None:
        return "yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd"
    qt_locale = QLocale()
    shown = qt_locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in shown:  # a two-digit year is ambiguous to type
        shown = shown.replace("yy", "yyyy")
    if with_time:
        shown += " " + qt_locale.timeFormat(QLocale.FormatType.ShortFormat)
    return shown


def short_date_text(value: date | None) -> str:
    """A date as a date picker shows it (``picker_format``): "10.12.1815", "12/10/1815";
    ISO when no locale was chosen. For a value a person also types, such as a birthday."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), picker_format(False))


def use_regional_calendar(picker: QDateTimeEdit, with_time: bool = False) -> None:
    """A date picker shows dates as the person writes them, and its calendar starts its
    weeks on the person's first day (Qt's own choice when no locale was chosen)."""
    picker.setDisplayFormat(picker_format(with_time))
    locale = person_locale()
    if locale is None:
        return  # nor is the popup's calendar made before it is needed
    calendar = picker.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(first_day_of_week(locale))
