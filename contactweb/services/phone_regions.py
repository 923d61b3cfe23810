"""Reading a phone number written without its country code, as the contact means it.

A number such as "03456-78910" is read in the contact's own country (from the countries of
its addresses) before the business's region (the ``default_region`` setting), and taken in
the first of them where it is a valid number. A number valid in none of them is not turned
into an E.164 number at all: the caller keeps it as typed, with a note, because a wrong
country code dials a stranger.
"""

from __future__ import annotations

from collections.abc import Iterable

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
