"""Reading a phone number written without its country code, as the contact means it.

A number such as "03456-78910" is read in the contact's own country (from the countries of
its addresses, or, for an address written without one, from a US state or Canadian province
with its postcode: "Portland, ME 04101") before the business's region (the
``default_region`` setting), and taken in the first of them where it is a valid number. A number valid in none of them is not turned
into an E.164 number at all: the caller keeps it as typed, with a note, because a wrong
country code dials a stranger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

import phonenumbers

from contactweb.i18n import _
from contactweb.services.validation import normalise_country

_US_STATES = dict(pair.split(":") for pair in (
    "AL:Alabama AK:Alaska AZ:Arizona AR:Arkansas CA:California CO:Colorado CT:Connecticut "
    "DE:Delaware DC:District_of_Columbia FL:Florida GA:Georgia HI:Hawaii ID:Idaho "
    "IL:Illinois IN:Indiana IA:Iowa KS:Kansas KY:Kentucky LA:Louisiana ME:Maine "
    "MD:Maryland MA:Massachusetts MI:Michigan MN:Minnesota MS:Mississippi MO:Missouri "
    "MT:Montana NE:Nebraska NV:Nevada NH:New_Hampshire NJ:New_Jersey NM:New_Mexico "
    "NY:New_York NC:North_Carolina ND:North_Dakota OH:Ohio OK:Oklahoma OR:Oregon "
    "PA:Pennsylvania RI:Rhode_Island SC:South_Carolina SD:South_Dakota TN:Tennessee "
    "TX:Texas UT:Utah VT:Vermont VA:Virginia WA:Washington WV:West_Virginia WI:Wisconsin "
    "WY:Wyoming PR:Puerto_Rico").split())
_CA_PROVINCES = dict(pair.split(":") for pair in (
    "AB:Alberta BC:British_Columbia MB:Manitoba NB:New_Brunswick "
    "NL:Newfoundland_and_Labrador NS:Nova_Scotia NT:Northwest_Territories NU:Nunavut "
    "ON:Ontario PE:Prince_Edward_Island QC:Quebec SK:Saskatchewan YT:Yukon").split())
_ZIP = re.compile(r"^\d{5}(-\d{4})?$")
_CA_POSTCODE = re.compile(r"^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$")


class _Address(Protocol):
    country: str
    region: str
    postcode: str


def _names(table: dict[str, str]) -> set[str]:
    return {key.casefold() for key in table} | {
        name.replace("_", " ").casefold() for name in table.values()}


_US_NAMES, _CA_NAMES = _names(_US_STATES), _names(_CA_PROVINCES)


def country_of_region(region: str, postcode: str) -> str:
    """"US" for a US state with a ZIP code (or none), "CA" for a Canadian province with its
    postcode (or none); "" when the region names neither."""
    key, code = " ".join(region.replace(".", " ").split()).casefold(), postcode.strip()
    if key in _US_NAMES and (not code or _ZIP.match(code)):
        return "US"
    if key in _CA_NAMES and (not code or _CA_POSTCODE.match(code)):
        return "CA"
    return ""


def address_countries(addresses: Iterable[_Address]) -> list[str]:
    """Each address's country, or the one its state or province shows when none is given."""
    return [a.country if a.country.strip() else country_of_region(a.region, a.postcode)
            for a in addresses]


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
    # shown for every invalid number of a file: one catalog lookup each, whatever the regions
    shown = repr(number.strip())
    if not regions:
        return _("phone number {number} is not a valid number in any region; kept as typed "
                 "in the notes").format(number=shown)
    if len(regions) == 1:
        return _("phone number {number} is not a valid number in {region}; kept as typed in "
                 "the notes").format(number=shown, region=regions[0])
    return _("phone number {number} is not a valid number in {regions} or {last}; kept as "
             "typed in the notes").format(number=shown, regions=", ".join(regions[:-1]),
                                          last=regions[-1])
