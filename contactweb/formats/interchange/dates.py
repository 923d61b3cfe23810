"""Birthdays as contact files write them: ISO, vCard basic form, no year, local orders, text."""

from __future__ import annotations

import datetime
import re

# Apple and CardBook write a birthday without a year as year 1604; Google's old export wrote
# year 1 ("1-01-01"). A year before 1000 is taken to mean "year unknown" as well.
NO_YEAR_SENTINEL = 1604
_FIRST_REAL_YEAR = 1000

_ISO = re.compile(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_DOTTED = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{2}|\d{4}))?$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_YMD_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
# Outlook writes an empty date as 0/0/00 (or 1/1/4501 in some versions)
_EMPTY_DATES = frozenset({"0/0/00", "0/0/0000", "00.00.0000", "1/1/4501", "0000-00-00"})

MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "januar", "jänner"), ("february", "feb", "februar"),
        ("march", "mar", "märz", "maerz", "mär"), ("april", "apr"), ("may", "mai"),
        ("june", "jun", "juni"), ("july", "jul", "juli"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct", "oktober", "okt"),
        ("november", "nov"), ("december", "dec", "dezember", "dez"),
    ),
    start=1,
):
    for _name in _names:
        MONTH_NAMES[_name] = _number


def no_year_text(month: int, day: int) -> str | None:
    """"--MMDD" for a real day of the year (29 February allowed), else None."""
    try:
        datetime.date(2000, month, day)
    except ValueError:
        return None
    return f"--{month:02d}{day:02d}"


def _from_parts(year: int | None, month: int, day: int, original: str):
    if year is None or year < _FIRST_REAL_YEAR or year == NO_YEAR_SENTINEL:
        text = no_year_text(month, day)
        return (None, text) if text else (None, original)
    try:
        return datetime.date(year, month, day), ""
    except ValueError:
        return None, original


def _two_digit_year(year: int) -> int:
    """A two-digit birth year lies in the past: 30 -> 1930, 05 -> 2005 (in 2026)."""
    this_year = datetime.date.today().year
    century = this_year - this_year % 100
    full = century + year
    return full - 100 if full > this_year else full


def parse_birthday(raw: str, *, month_first: bool = True) -> tuple[datetime.date | None, str]:
    """(date, "") for a full date, (None, "--MMDD") without a year, (None, text) otherwise.

    ``month_first`` decides a slashed date like 6/5/1984 (US order, as Outlook writes in
    English); a first number above 12 makes the order clear either way.
    """
    text = raw.strip()
    if not text or text in _EMPTY_DATES:
        return None, ""
    for pattern in (_ISO, _BASIC, _YMD_SLASHED):
        match = pattern.match(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
            return _from_parts(year, month, day, text)
    match = _NO_YEAR.match(text)
    if match:
        return _from_parts(None, int(match.group(1)), int(match.group(2)), text)
    match = _DOTTED.match(text)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        year_text = match.group(3)
        year = None if year_text is None else int(year_text)
        if year_text is not None and len(year_text) == 2:
            year = _two_digit_year(int(year_text))
        return _from_parts(year, month, day, text)
    match = _SLASHED.match(text)
    if match:
        first, second, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year = _two_digit_year(year)
        month, day = (first, second) if month_first and first <= 12 else (second, first)
        return _from_parts(year, month, day, text)
    return None, text


def birthday_from_parts(year: str, month: str, day: str) -> tuple[datetime.date | None, str]:
    """Thunderbird keeps the birthday in three columns; the month may be a name."""
    year, month, day = year.strip(), month.strip(), day.strip()
    if not (month or day):
        return None, year
    month_number = int(month) if month.isdigit() else MONTH_NAMES.get(month.lower())
    if month_number is None or not day.isdigit():
        return None, " ".join(part for part in (day, month, year) if part)
    parsed_year = int(year) if year.isdigit() else None
    original = " ".join(part for part in (year, month, day) if part)
    return _from_parts(parsed_year, month_number, int(day), original)
