"""Postal addresses as the lines printed on an envelope or label, in the order each country's
post expects them."""

from __future__ import annotations

# ISO 3166-1 alpha-2 -> the name printed as the last line of a foreign address.
COUNTRY_NAMES = {
    "AT": "AUSTRIA", "AU": "AUSTRALIA", "BE": "BELGIUM", "BG": "BULGARIA", "BR": "BRAZIL",
    "CA": "CANADA", "CH": "SWITZERLAND", "CN": "CHINA", "CY": "CYPRUS", "CZ": "CZECHIA",
    "DE": "GERMANY", "DK": "DENMARK", "EE": "ESTONIA", "ES": "SPAIN", "FI": "FINLAND",
    "FR": "FRANCE", "GB": "UNITED KINGDOM", "GR": "GREECE", "HR": "CROATIA", "HU": "HUNGARY",
    "IE": "IRELAND", "IL": "ISRAEL", "IN": "INDIA", "IS": "ICELAND", "IT": "ITALY",
    "JP": "JAPAN", "LI": "LIECHTENSTEIN", "LT": "LITHUANIA", "LU": "LUXEMBOURG",
    "LV": "LATVIA", "MT": "MALTA", "MX": "MEXICO", "NL": "NETHERLANDS", "NO": "NORWAY",
    "NZ": "NEW ZEALAND", "PL": "POLAND", "PT": "PORTUGAL", "RO": "ROMANIA", "RU": "RUSSIA",
    "SE": "SWEDEN", "SI": "SLOVENIA", "SK": "SLOVAKIA", "US": "UNITED STATES OF AMERICA",
}
# "City, REGION POSTCODE" on one line.
_CITY_REGION_POSTCODE = frozenset({"US", "CA", "AU"})
# City and postcode on lines of their own.
_CITY_THEN_POSTCODE = frozenset({"GB", "IE"})


def usable(street: str, city: str, postcode: str) -> bool:
    """Post can be delivered: a street line and a town or postcode."""
    return bool(street.strip()) and bool(city.strip() or postcode.strip())


def postal_lines(street: str, city: str, region: str, postcode: str, country: str,
                 home_country: str = "") -> tuple[str, ...]:
    """The address without the name. The country line is left out for the home country."""
    country = country.strip()
    code = country.upper() if len(country) == 2 else ""
    lines = [part.strip() for part in street.replace("\r", "").split("\n") if part.strip()]
    city, region, postcode = city.strip(), region.strip(), postcode.strip()
    style = code or ("" if country else home_country.upper())  # no country: the home style
    if style in _CITY_REGION_POSTCODE:
        tail = " ".join(p for p in (region, postcode) if p)
        lines.append(", ".join(p for p in (city, tail) if p))
    elif style in _CITY_THEN_POSTCODE:
        lines += [p for p in (city, region, postcode) if p]
    else:
        lines.append(" ".join(p for p in (postcode, city) if p))
        if region:
            lines.append(region)
    if country and (code or country) != home_country.upper():
        lines.append(COUNTRY_NAMES.get(code, country.upper()))
    return tuple(line for line in lines if line)
