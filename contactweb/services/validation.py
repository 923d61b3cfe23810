"""Normalising what people type: emails, phone numbers, countries, dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

from contactweb.errors import BadInput
from contactweb.i18n import _

# phonenumbers (~60 ms with its metadata) is imported inside the functions that read
# numbers: every sign-in loads this module for FieldError, and a listing reads no number.


class FieldError(BadInput):
    """Bad input tied to one field, so a dialog can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def normalise_email(text: str, field: str = "email") -> str:
    # Imported here: its module compiles large patterns (~30 ms) that read commands never use.
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise FieldError(field, _("{value!r} is not a valid email address: {exc}").format(
            value=text.strip(), exc=exc)) from None


def normalise_phone(text: str, default_region: str, field: str = "phone") -> tuple[str, str]:
    """Returns (E.164, national digits). The national digits let a search for the number as
    people write it locally find the contact."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text.strip(), default_region or None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise FieldError(field, _("{value!r} is not a phone number I can read; "
                                  "include the country code, e.g. +1 415 555 0100.").format(
            value=text.strip()))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, str(number.national_number)


def national_digits(e164: str) -> str:
    import phonenumbers

    try:
        return str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        return ""


def format_phone(e164: str) -> str:
    import phonenumbers

    try:
        return phonenumbers.format_number(phonenumbers.parse(e164),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


_COUNTRY_NAMES = {
    "usa": "US", "united states": "US", "united states of america": "US", "u.s.a.": "US",
    "canada": "CA", "united kingdom": "GB", "uk": "GB", "great britain": "GB",
    "england": "GB", "germany": "DE", "deutschland": "DE", "france": "FR",
    "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH",
    "italy": "IT", "italia": "IT", "spain": "ES", "españa": "ES", "netherlands": "NL",
    "nederland": "NL", "belgium": "BE", "ireland": "IE", "portugal": "PT", "poland": "PL",
    "polska": "PL", "sweden": "SE", "sverige": "SE", "norway": "NO", "norge": "NO",
    "denmark": "DK", "danmark": "DK", "finland": "FI", "suomi": "FI", "greece": "GR",
    "czech republic": "CZ", "czechia": "CZ", "hungary": "HU", "romania": "RO",
    "bulgaria": "BG", "croatia": "HR", "slovakia": "SK", "slovenia": "SI", "estonia": "EE",
    "latvia": "LV", "lithuania": "LT", "luxembourg": "LU", "malta": "MT", "cyprus": "CY",
    "iceland": "IS", "liechtenstein": "LI", "japan": "JP", "china": "CN", "australia": "AU",
    "mexico": "MX", "brazil": "BR", "india": "IN", "russia": "RU", "israel": "IL",
}

EEA_COUNTRIES = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE "
    "IS LI NO".split())


def normalise_country(text: str) -> str:
    """ISO 3166-1 alpha-2 where the name is known, else the text as typed."""
    cleaned = text.strip()
    if len(cleaned) == 2 and cleaned.isalpha():
        return cleaned.upper()
    return _COUNTRY_NAMES.get(cleaned.casefold(), cleaned[:60])


def parse_datetime(text: str, field: str = "time") -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(field, _("{text!r} is not a date and time like 2026-03-01T14:30").format(
            text=text)) from None
    # Stored as naive UTC; a time typed without an offset is the user's local time.
    return value.astimezone(UTC).replace(tzinfo=None)


def parse_date(text: str, field: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise FieldError(field, _("{text!r} is not a date like 2026-03-01").format(
            text=text)) from None
