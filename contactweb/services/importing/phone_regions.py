"""Reading a phone number written without its country code, as the contact means it.

A number such as "03456-78910" is read in the contact's own country (from the countries of
its addresses) before the business's region (the ``default_region`` setting), and taken in
the first of them where it is a valid number. A number valid in none of them is not turned
into an E.164 number at all: the caller keeps it as typed, with a note, because a wrong
country code dials a stranger.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import phonenumbers

from contactweb.services.validation import normalise_country


def contact_regions(countries: Iterable[str], default_region: str) -> list[str]:
    """The regions to read national numbers in: the contact's countries, then the default."""
    regions: list[str] = []
    for country in countries:
        code = normalise_country(country) if country.strip() else ""
        if code in phonenumbers.SUPPORTED_REGIONS and code not in regions:
            regions.append(code)
    default = (default_region or "").upper()
    if default in phonenumbers.SUPPORTED_REGIONS and default not in regions:
        regions.append(default)
    return regions


def has_country_code(text: str) -> bool:
    return text.strip().startswith("+")


def read_national(text: str, regions: list[str]) -> str | None:
    """E.164 of ``text`` read in the first region where it is a valid number, else None."""
    for region in regions:
        try:
            number = phonenumbers.parse(text.strip(), region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return None


def read_typed_numbers(numbers: Sequence[str], countries: Iterable[str],
                       default_region: str) -> tuple[list[str | None], list[str]]:
    """Each number as it is to be stored, and the regions national ones were read in.

    A number with a country code (or empty) is given back as typed, for the caller's own
    checks; a national one becomes E.164 read in the contact's countries, then the default
    region; None for one valid in none of them, which the caller keeps as typed with a
    note. Import and contacts typed in by hand both read numbers here.
    """
    if all(has_country_code(text) or not text.strip() for text in numbers):
        return list(numbers), []
    regions = contact_regions(countries, default_region)
    read: list[str | None] = [
        text if has_country_code(text) or not text.strip() else read_national(text, regions)
        for text in numbers]
    return read, regions


def kept_line(label: str, number: str) -> str:
    """The notes line that keeps a number no region reads."""
    return f"Phone ({label}): {number.strip()}"


def not_valid_reason(number: str, regions: list[str]) -> str:
    return (f"phone number {number.strip()!r} is not a valid number in "
            f"{' or '.join(regions) or 'any region'}; kept as typed in the notes")
