"""The rules every contact is held to, typed in the dialog, given on the command line,
created in bulk or imported (``validated_contact``): one function, so a rule added here holds
for all of them.

Checking an email address costs about 50 µs, most of it on the domain (IDNA rules, letter by
letter); an address book has a few hundred domains for 100,000 addresses. So a plain address
(an unquoted ASCII local part) is checked by the validator's own local-part pattern and a
per-domain cache of the validator's answer for that domain; anything else takes the full
validator. Phone numbers written with their country code skip the parser's general
machinery the same way. tests/unit/test_import_validation.py holds both paths to the same
answers as the full validators.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import (
    CASE_INSENSITIVE_MAILBOX_NAMES,
    DOT_ATOM_TEXT,
    EMAIL_MAX_LENGTH,
)
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    PhoneMetadata,
    PhoneNumber,
    is_possible_number,
    region_code_for_country_code,
)

from contactweb.services.contacts.contacts import (
    ContactInput,
    EmailInput,
    PhoneInput,
    _clean_label,
    validated_with,
    with_numbers_read,
)
from contactweb.services.validation import (
    FieldError,
    national_digits,
    normalise_email,
    normalise_phone,
)

_CASE_INSENSITIVE = frozenset(CASE_INSENSITIVE_MAILBOX_NAMES)


@lru_cache(maxsize=4096)
def _domain_forms(domain: str) -> tuple[str, int] | None:
    """The normalised form of a domain the validator accepts, and the most UTF-8 bytes the
    domain takes in an address as written, normalised or in ASCII; None if it refuses it."""
    try:
        checked = validate_email("a@" + domain, check_deliverability=False)
    except EmailNotValidError:
        return None
    return checked.domain, max(len(form.encode("utf-8")) for form in (
        domain, checked.domain, checked.ascii_domain))


def fast_normalise_email(text: str, field: str = "email") -> str:
    """The same result (or FieldError) as validation.normalise_email."""
    stripped = text.strip()
    local, at, domain = stripped.partition("@")
    if (at and local.isascii() and DOT_ATOM_TEXT.match(local)
            and local.lower() not in _CASE_INSENSITIVE):
        forms = _domain_forms(domain)
        # the address as written, normalised and in ASCII: the same ASCII local part before
        # each form of the domain, so the longest form says whether all are short enough
        if forms is not None and len(local) + 1 + forms[1] <= EMAIL_MAX_LENGTH:
            return f"{local}@{forms[0]}"
    return normalise_email(text, field)


@lru_cache(maxsize=512)
def _national_prefix(code: int) -> re.Pattern[str] | None:
    """The pattern the parser strips from a number of this country code, if any."""
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        code, region_code_for_country_code(code))
    prefix = metadata.national_prefix_for_parsing if metadata is not None else None
    return re.compile(prefix) if prefix else None


def _split_country_code(digits: str) -> tuple[int, str] | None:
    """(country code, the rest) as the parser splits digits after a "+": country codes are
    prefix-free. None when no code matches."""
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in COUNTRY_CODE_TO_REGION_CODE:
            return code, digits[size:]
    return None


def _plain_national(code: int, rest: str) -> bool:
    """Whether the parser keeps ``rest`` as the national number: the right length, and no
    national prefix it could strip."""
    prefix = _national_prefix(code)
    return 2 <= len(rest) <= 17 and not (prefix and prefix.match(rest))


def fast_national_digits(e164: str) -> str:
    """The same result as validation.national_digits for an E.164 number, which re-parses
    the number: its national number is the digits after the country code unless the
    country's national prefix could be stripped from them, which only a full parse decides."""
    digits = e164[1:]
    if e164[:1] == "+" and digits.isascii() and digits.isdigit():
        split = _split_country_code(digits)
        if split is not None and _plain_national(*split):
            return str(int(split[1]))
    return national_digits(e164)


# Whether a number is possible depends only on its country code and its national number's
# length (phonenumbers' _test_number_length), so one answer per pair serves every number.
_POSSIBLE: dict[tuple[int, int], bool] = {}


def _possible(code: int, rest: str) -> bool:
    """is_possible_number for +``code`` ``rest`` (``rest`` without a leading 0)."""
    key = (code, len(rest))
    known = _POSSIBLE.get(key)
    if known is None:
        known = _POSSIBLE[key] = is_possible_number(
            PhoneNumber(country_code=code, national_number=int(rest)))
    return known


_WITH_COUNTRY_CODE = re.compile(r"\+[0-9 ().-]+")
_DROP_SEPARATORS = str.maketrans("", "", "+ ().-")


def fast_normalise_phone(text: str, region: str, field: str = "phone") -> str:
    """The same E.164 result (or FieldError) as validation.normalise_phone. A number written
    with its country code ("+1 415-555 0100": a plus, digits and plain separators) is read
    the way the parser reads it, without the parser's general machinery; anything else takes
    the parser."""
    stripped = text.strip()
    if len(stripped) <= 250 and _WITH_COUNTRY_CODE.fullmatch(stripped):
        digits = stripped.translate(_DROP_SEPARATORS)
        if digits[:1] not in ("", "0") and len(digits) > 2:
            split = _split_country_code(digits)
            if split is not None:
                code, rest = split
                if rest[:1] != "0" and _plain_national(code, rest) and _possible(code, rest):
                    return "+" + digits
    return normalise_phone(text, region, field)[0]


def validated_contact(data: ContactInput, region: str) -> ContactInput:
    """``data`` normalised by every rule, or a FieldError naming the field: national phone
    numbers read in the contact's countries and ``region`` (phone_regions), emails and phones
    in their normal forms, names, tags, website and photo checked (contacts.validated_with),
    and no value longer than its column. Nothing is written here."""
    data = with_numbers_read(data, region)
    emails = [EmailInput(fast_normalise_email(e.address, _field_name("emails", i)),
                         _clean_label(e.label))
              for i, e in enumerate(data.emails) if e.address.strip()]
    phones = [PhoneInput(fast_normalise_phone(p.number, region, _field_name("phones", i)),
                         _clean_label(p.label))
              for i, p in enumerate(data.phones) if p.number.strip()]
    clean = validated_with(data, emails, phones)
    too_long = _too_long(clean)
    if too_long is not None:
        raise FieldError(*too_long)
    return clean


@lru_cache(maxsize=64)
def _field_name(kind: str, index: int) -> str:
    """The field a FieldError names ("emails[0]"); made once, not for every value."""
    return f"{kind}[{index}]"


# The contact model's column sizes (models/contact.py): a longer value is refused rather
# than something a database other than SQLite would silently cut or refuse.
_MAX_LENGTHS = {"prefix": 50, "first_name": 200, "middle_name": 200, "last_name": 200,
                "suffix": 50, "company": 200, "title": 200, "photo_mime": 50,
                "website": 500}
_MAX_ADDRESS_LENGTHS = {"city": 200, "region": 200, "postcode": 40, "country": 60}
_READABLE = {"prefix": "name prefix", "first_name": "first name", "middle_name": "middle name",
             "last_name": "last name", "suffix": "name suffix", "photo_mime": "photo type",
             "website": "website"}
_LIMITED = attrgetter(*_MAX_LENGTHS)
_ADDRESS_LIMITED = attrgetter(*_MAX_ADDRESS_LENGTHS)
_SHORTEST_LIMIT = min(*_MAX_LENGTHS.values(), *_MAX_ADDRESS_LENGTHS.values())


def _too_long(data: ContactInput) -> tuple[str, str] | None:
    """(field, message) for the first value longer than its column, else None."""
    # Nearly every contact is far within every limit: one pass over the lengths says so.
    if max(map(len, _LIMITED(data))) <= _SHORTEST_LIMIT and all(
            max(map(len, _ADDRESS_LIMITED(a))) <= _SHORTEST_LIMIT for a in data.addresses) \
            and all(len(e.address) <= _SHORTEST_LIMIT for e in data.emails):
        return None
    for name, limit in _MAX_LENGTHS.items():
        if len(getattr(data, name)) > limit:
            return name, f"the {_READABLE.get(name, name)} is longer than {limit} characters"
    for email in data.emails:
        if len(email.address) > 320:
            return "emails", "an email address is longer than 320 characters"
    for address in data.addresses:
        for name, limit in _MAX_ADDRESS_LENGTHS.items():
            if len(getattr(address, name)) > limit:
                return "addresses", f"an address {name} is longer than {limit} characters"
    return None
