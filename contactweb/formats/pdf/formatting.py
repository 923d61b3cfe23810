"""How numbers, money and dates are written in reports (locale-neutral, unambiguous)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

# ISO 4217 currencies whose minor unit is not 1/100.
_MINOR_UNIT_DIGITS = {
    "BHD": 3, "CLP": 0, "ISK": 0, "JOD": 3, "JPY": 0, "KRW": 0, "KWD": 3, "OMR": 3,
    "TND": 3, "UGX": 0, "VND": 0, "XAF": 0, "XOF": 0,
}


def format_money(amount: Decimal, currency: str) -> str:
    """`1,234.50 EUR`: thousands separators, the currency's own number of decimals."""
    digits = _MINOR_UNIT_DIGITS.get(currency.upper(), 2)
    quantum = Decimal(1).scaleb(-digits)
    rounded = amount.quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{rounded:,.{digits}f} {currency.upper()}"


def format_quantity(quantity: Decimal) -> str:
    normalized = quantity.normalize()
    if normalized == normalized.to_integral():
        return f"{int(normalized):,}"
    return f"{normalized:,f}"


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_datetime(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def format_long_date(value: date) -> str:
    """For letters: `14 March 2025`, readable on both sides of the Atlantic."""
    return f"{value.day} {value:%B %Y}"


def format_size(size_bytes: int) -> str:
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    return f"{size_bytes} bytes"
