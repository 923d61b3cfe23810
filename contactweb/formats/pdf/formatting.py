"""How numbers, money and dates are written in reports.

Locale-neutral and unambiguous (ISO dates, 1,234.50 EUR) unless a report is being made for a
business's country: `localised` then applies that country's CLDR formats through Babel for
the duration of one renderer call (a context variable, so concurrent reports on other threads
keep their own)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ParamSpec, TypeVar

from babel.dates import format_date as babel_date
from babel.dates import format_skeleton
from babel.dates import format_time as babel_time
from babel.numbers import format_currency as babel_currency
from babel.numbers import format_decimal as babel_decimal
from babel.numbers import format_percent as babel_percent

from contactweb.formats.pdf.language import writing_in

_LOCALE: ContextVar[str] = ContextVar("report_locale", default="")
P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def using_locale(locale: str) -> Iterator[None]:
    token = _LOCALE.set(locale)
    try:
        yield
    finally:
        _LOCALE.reset(token)


def localised(render: Callable[P, R]) -> Callable[P, R]:
    """A renderer whose first argument is a ReportMeta formats in ``meta.locale`` and writes
    in ``meta.language``."""

    @functools.wraps(render)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        meta: Any = args[0] if args else kwargs.get("meta")
        with using_locale(getattr(meta, "locale", "") or ""), \
                writing_in(getattr(meta, "language", "") or ""):
            return render(*args, **kwargs)

    return wrapper


def current_locale() -> str:
    return _LOCALE.get()


def _printable(text: str) -> str:
    # CLDR puts a narrow no-break space before AM/PM; the report fonts may lack the glyph.
    return text.replace("\u202f", "\u00a0")

# ISO 4217 currencies whose minor unit is not 1/100.
_MINOR_UNIT_DIGITS = {
    "BHD": 3, "CLP": 0, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3, "OMR": 3,
    "TND": 3, "UGX": 0, "VND": 0, "XAF": 0, "XOF": 0,
}


def format_money(amount: Decimal, currency: str) -> str:
    """`1,234.50 EUR`: thousands separators, the currency's own number of decimals."""
    locale = _LOCALE.get()
    if locale:
        return _printable(babel_currency(amount, currency.upper(), locale=locale))
    digits = _MINOR_UNIT_DIGITS.get(currency.upper(), 2)
    quantum = Decimal(1).scaleb(-digits)
    rounded = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f} {currency.upper()}"


def format_quantity(quantity: Decimal) -> str:
    normalized = quantity.normalize()
    locale = _LOCALE.get()
    if locale:
        return _printable(babel_decimal(normalized, locale=locale, decimal_quantization=False))
    if normalized == normalized.to_integral():
        return f"{int(normalized):,}"
    return f"{normalized:,f}"


def format_count(value: int) -> str:
    locale = _LOCALE.get()
    return _printable(babel_decimal(value, locale=locale)) if locale else f"{value:,}"


def format_share(part: float | Decimal, whole: float | Decimal) -> str:
    """A share of a whole with one decimal: "12.5 %", or as the country writes it."""
    if not whole:
        return "–"
    share = float(part) / float(whole)
    locale = _LOCALE.get()
    if locale:
        return _printable(babel_percent(share, "#,##0.0 %", locale=locale))
    return f"{share * 100:.1f} %"


def format_date(value: date | None) -> str:
    if not value:
        return ""
    locale = _LOCALE.get()
    # CLDR's abbreviated month (yMMMd): "7 Dec 2026", "Dec 7, 2026", "7. Dez. 2026": no
    # reader mistakes the day for the month, whichever country wrote it.
    return _printable(format_skeleton("yMMMd", value, locale=locale)) if locale else \
        value.isoformat()


def format_datetime(value: datetime | None) -> str:
    if not value:
        return ""
    locale = _LOCALE.get()
    if locale:  # the date as format_date writes it and the short time
        return _printable(f"{format_skeleton('yMMMd', value, locale=locale)} "
                          f"{babel_time(value, 'short', locale=locale)}")
    return f"{value:%Y-%m-%d %H:%M}"


def format_month(value: date) -> str:
    """A chart's month label: "Mar 26", in the country's own words and order."""
    locale = _LOCALE.get()
    if locale:
        return _printable(babel_date(value, "MMM yy", locale=locale))
    return value.strftime("%b %y")


def format_long_date(value: date) -> str:
    """For letters: `14 March 2025`, readable on both sides of the Atlantic; in the
    business's country's own order when reports follow it (March 14, 2025 in the US)."""
    locale = _LOCALE.get()
    if locale:
        return _printable(babel_date(value, "long", locale=locale))
    return f"{value.day} {value:%B %Y}"


def format_size(size_bytes: int) -> str:
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size_bytes} bytes"
