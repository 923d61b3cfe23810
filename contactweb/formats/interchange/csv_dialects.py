"""The CSV layouts of the programs people export contacts from, keyed by header name.

Headers are compared after ``normalise_header`` (lowercase, trimmed). Only columns that hold
something a user typed are listed; defaults such as Outlook's "Sensitivity: Normal" are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .csv_columns import (
    ADDRESS,
    BIRTH_PART,
    BIRTHDAY,
    DETAIL,
    EMAIL,
    FIELD,
    FULL_NAME,
    GOOGLE_SEPARATOR,
    PHONE,
    PHOTO,
    SECTION_LABEL,
    TAGS,
    WEBSITE,
    Column,
    consent_columns,
    numbered_column,
)
from .labels import normalise_label


@dataclass(frozen=True)
class Dialect:
    key: str
    format_name: str
    resolve: Callable[[str], Column | None]
    month_first: bool = True  # order of slashed dates such as 6/5/1984


def _f(target: str) -> Column:
    return Column(FIELD, target)


def _d(label: str) -> Column:
    return Column(DETAIL, label)


def _table_resolver(*tables: dict[str, Column], fallback=None) -> Callable[[str], Column | None]:
    merged: dict[str, Column] = {}
    for table in tables:
        merged.update(table)

    def resolve(header: str) -> Column | None:
        column = merged.get(header)
        if column is None and fallback is not None:
            column = fallback(header)
        return column

    return resolve


# -- Google Contacts (2020 export and the older "Google CSV") ---------------------------------
GOOGLE_FIELDS = {
    "first name": _f("first_name"), "given name": _f("first_name"),
    "middle name": _f("middle_name"), "additional name": _f("middle_name"),
    "last name": _f("last_name"), "family name": _f("last_name"),
    "name prefix": _f("prefix"), "name suffix": _f("suffix"), "name": Column(FULL_NAME),
    "nickname": _d("Nickname"), "maiden name": _d("Maiden name"),
    "organization name": _f("company"), "organization title": _f("title"),
    "organization department": _d("Department"), "birthday": Column(BIRTHDAY),
    "notes": _f("notes"), "photo": Column(PHOTO),
    "labels": Column(TAGS, GOOGLE_SEPARATOR), "group membership": Column(TAGS, GOOGLE_SEPARATOR),
    "language": _f("language"),
} | consent_columns()

# -- Outlook (desktop and Office 365, English; also LinkedIn's and Google's "Outlook CSV") ------
OUTLOOK_PHONES = {
    "Business Phone": "work", "Business Phone 2": "work", "Home Phone": "home",
    "Home Phone 2": "home", "Mobile Phone": "mobile", "Business Fax": "work fax",
    "Home Fax": "home fax", "Other Fax": "fax", "Other Phone": "other", "Pager": "pager",
    "Primary Phone": "main", "Company Main Phone": "company main",
    "Assistant's Phone": "assistant", "Car Phone": "car", "Callback": "callback",
    "ISDN": "isdn", "Radio Phone": "radio", "TTY/TDD Phone": "tty/tdd", "Telex": "telex",
}
OUTLOOK_ADDRESS_PLACES = {"business": "work", "home": "home", "other": "other"}
_OUTLOOK_ADDRESS_SUFFIXES = {
    "street": "street", "street 2": "extended", "street 3": "extended", "city": "city",
    "state": "region", "postal code": "postcode", "country": "country",
    "country/region": "country", "address po box": "po_box", "address": "formatted",
}


def _outlook_tables() -> dict[str, Column]:
    table: dict[str, Column] = {
        "title": _f("prefix"), "first name": _f("first_name"), "middle name": _f("middle_name"),
        "last name": _f("last_name"), "suffix": _f("suffix"), "company": _f("company"),
        "job title": _f("title"), "department": _d("Department"), "birthday": Column(BIRTHDAY),
        "notes": _f("notes"), "categories": Column(TAGS, ";"), "photo": Column(PHOTO),
        "language": _f("language"), "web page": Column(WEBSITE, "value", "web page"),
        "personal web page": Column(WEBSITE, "value", "personal web page"),
        "business web page": Column(WEBSITE, "value", "business web page"),
        "nickname": _d("Nickname"), "anniversary": _d("Anniversary"), "spouse": _d("Spouse"),
        "children": _d("Children"), "manager's name": _d("Manager"),
        "assistant's name": _d("Assistant"), "referred by": _d("Referred by"),
        "office location": _d("Office"), "profession": _d("Profession"), "hobby": _d("Hobby"),
        "imaddress": _d("IM"), "user 1": _d("User 1"), "user 2": _d("User 2"),
        "user 3": _d("User 3"), "user 4": _d("User 4"), "name": Column(FULL_NAME),
    } | consent_columns()
    for number, prefix in enumerate(("e-mail", "e-mail 2", "e-mail 3"), 1):
        table[f"{prefix} address"] = Column(EMAIL, "value", f"outlook {number}")
        table[f"{prefix} label"] = Column(EMAIL, "label", f"outlook {number}")
    for header, label in OUTLOOK_PHONES.items():
        table[header.lower()] = Column(PHONE, "value", header.lower(), label)
    for place, label in OUTLOOK_ADDRESS_PLACES.items():
        for suffix, part in _OUTLOOK_ADDRESS_SUFFIXES.items():
            table[f"{place} {suffix}"] = Column(ADDRESS, part, place, label)
    return table


OUTLOOK = _outlook_tables()

# -- Outlook with a German user interface ---------------------------------------------------------
_GERMAN_PLACES = {"geschäftlich": "work", "privat": "home"}


def _outlook_german_tables() -> dict[str, Column]:
    table: dict[str, Column] = {
        "anrede": _f("prefix"), "vorname": _f("first_name"), "weitere vornamen": _f("middle_name"),
        "nachname": _f("last_name"), "suffix": _f("suffix"), "firma": _f("company"),
        "abteilung": _d("Department"), "position": _f("title"), "geburtstag": Column(BIRTHDAY),
        "notizen": _f("notes"), "kategorien": Column(TAGS, ";"), "webseite": Column(WEBSITE, "value", "1"),
        "e-mail-adresse": Column(EMAIL, "value", "1"), "e-mail 2: adresse": Column(EMAIL, "value", "2"),
        "e-mail 3: adresse": Column(EMAIL, "value", "3"), "jahrestag": _d("Anniversary"),
        "partner": _d("Spouse"), "ehepartner": _d("Spouse"), "kinder": _d("Children"),
        "name des vorgesetzten": _d("Manager"), "name assistent": _d("Assistant"),
        "spitzname": _d("Nickname"), "büro": _d("Office"), "beruf": _d("Profession"),
        "telefon geschäftlich": Column(PHONE, "value", "g1", "work"),
        "telefon geschäftlich 2": Column(PHONE, "value", "g2", "work"),
        "telefon privat": Column(PHONE, "value", "p1", "home"),
        "telefon privat 2": Column(PHONE, "value", "p2", "home"),
        "mobiltelefon": Column(PHONE, "value", "m1", "mobile"),
        "mobiltelefon 2": Column(PHONE, "value", "m2", "mobile"),
        "fax geschäftlich": Column(PHONE, "value", "fg", "work fax"),
        "fax privat": Column(PHONE, "value", "fp", "home fax"),
        "weiteres fax": Column(PHONE, "value", "fw", "fax"),
        "weiteres telefon": Column(PHONE, "value", "w1", "other"),
        "pager": Column(PHONE, "value", "pg", "pager"),
        "haupttelefon": Column(PHONE, "value", "h1", "main"),
        "telefon firma": Column(PHONE, "value", "tf", "company main"),
        "telefon assistent": Column(PHONE, "value", "ta", "assistant"),
        "autotelefon": Column(PHONE, "value", "at", "car"),
    }
    for word, label in _GERMAN_PLACES.items():
        table[f"straße {word}"] = Column(ADDRESS, "street", word, label)
        table[f"straße {word} 2"] = Column(ADDRESS, "extended", word, label)
        table[f"straße {word} 3"] = Column(ADDRESS, "extended", word, label)
        table[f"ort {word}"] = Column(ADDRESS, "city", word, label)
        table[f"region {word}"] = Column(ADDRESS, "region", word, label)
        table[f"bundesland/kanton {word}"] = Column(ADDRESS, "region", word, label)
        table[f"postleitzahl {word}"] = Column(ADDRESS, "postcode", word, label)
        table[f"land/region {word}"] = Column(ADDRESS, "country", word, label)
        table[f"postfach {word}"] = Column(ADDRESS, "po_box", word, label)
    for header, part in (("weitere straße", "street"), ("weitere straße 2", "extended"),
                         ("weitere straße 3", "extended"), ("weiterer ort", "city"),
                         ("weiteres/r bundesland/kanton", "region"),
                         ("weitere postleitzahl", "postcode"), ("weiteres/r land/region", "country")):
        table[header] = Column(ADDRESS, part, "weitere", "other")
    return table


# -- Thunderbird ----------------------------------------------------------------------------------
THUNDERBIRD_HEADERS = (
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email",
    "Screen Name", "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
    "Home Address", "Home Address 2", "Home City", "Home State", "Home ZipCode", "Home Country",
    "Work Address", "Work Address 2", "Work City", "Work State", "Work ZipCode", "Work Country",
    "Job Title", "Department", "Organization", "Web Page 1", "Web Page 2", "Birth Year",
    "Birth Month", "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes",
)
_THUNDERBIRD_GERMAN_HEADERS = (
    "Vorname", "Nachname", "Anzeigename", "Spitzname", "Primäre E-Mail-Adresse",
    "Sekundäre E-Mail-Adresse", "Messenger-Name", "Tel. dienstlich", "Tel. privat",
    "Fax-Nummer", "Pager-Nummer", "Mobil-Tel.-Nr.", "Privat: Adresse", "Privat: Adresse 2",
    "Privat: Ort", "Privat: Bundesland", "Privat: PLZ", "Privat: Land", "Dienstlich: Adresse",
    "Dienstlich: Adresse 2", "Dienstlich: Ort", "Dienstlich: Bundesland", "Dienstlich: PLZ",
    "Dienstlich: Land", "Arbeitstitel", "Abteilung", "Organisation", "Webseite 1", "Webseite 2",
    "Geburtsjahr", "Geburtsmonat", "Geburtstag", "Benutzerdef. 1", "Benutzerdef. 2",
    "Benutzerdef. 3", "Benutzerdef. 4", "Notizen",
)
_THUNDERBIRD_COLUMNS = (
    _f("first_name"), _f("last_name"), Column(FULL_NAME), _d("Nickname"),
    Column(EMAIL, "value", "1"), Column(EMAIL, "value", "2"), _d("Screen name"),
    Column(PHONE, "value", "work", "work"), Column(PHONE, "value", "home", "home"),
    Column(PHONE, "value", "fax", "fax"), Column(PHONE, "value", "pager", "pager"),
    Column(PHONE, "value", "mobile", "mobile"),
    *(Column(ADDRESS, part, "home", "home") for part in
      ("street", "extended", "city", "region", "postcode", "country")),
    *(Column(ADDRESS, part, "work", "work") for part in
      ("street", "extended", "city", "region", "postcode", "country")),
    _f("title"), _d("Department"), _f("company"), Column(WEBSITE, "value", "1"),
    Column(WEBSITE, "value", "2"), Column(BIRTH_PART, "year"), Column(BIRTH_PART, "month"),
    Column(BIRTH_PART, "day"), _d("Custom 1"), _d("Custom 2"), _d("Custom 3"), _d("Custom 4"),
    _f("notes"),
)
THUNDERBIRD_LAYOUT: tuple[Column, ...] = _THUNDERBIRD_COLUMNS


def _by_position(headers: tuple[str, ...]) -> dict[str, Column]:
    return {header.lower(): column for header, column in zip(headers, _THUNDERBIRD_COLUMNS, strict=True)}


# -- Windows Live Mail (English and German), LinkedIn, and a generic vocabulary -------------------
_LIVE_MAIL_GERMAN = {
    "vorname": _f("first_name"), "nachname": _f("last_name"), "2. vorname": _f("middle_name"),
    "name": Column(FULL_NAME), "spitzname": _d("Nickname"), "e-mail-adresse": Column(EMAIL, "value", "1"),
    "telefon (privat)": Column(PHONE, "value", "home", "home"),
    "fax (privat)": Column(PHONE, "value", "home fax", "home fax"),
    "mobiltelefon": Column(PHONE, "value", "mobile", "mobile"),
    "telefon (geschäftlich)": Column(PHONE, "value", "work", "work"),
    "fax (geschäftlich)": Column(PHONE, "value", "work fax", "work fax"),
    "pager": Column(PHONE, "value", "pager", "pager"),
    "webseite (privat)": Column(WEBSITE, "value", "home"),
    "webseite (geschäftlich)": Column(WEBSITE, "value", "work"),
    "firma": _f("company"), "position": _f("title"), "abteilung": _d("Department"),
    "büro": _d("Office"), "notizen": _f("notes"),
}
for _word, _label in _GERMAN_PLACES.items():
    for _part, _header in (("street", "straße"), ("city", "ort"), ("postcode", "postleitzahl"),
                           ("region", "bundesland"), ("country", "land/region")):
        _LIVE_MAIL_GERMAN[f"{_header} ({_word})"] = Column(ADDRESS, _part, _word, _label)

_LINKEDIN = {
    "first name": _f("first_name"), "last name": _f("last_name"), "url": Column(WEBSITE, "value", "1"),
    "email address": Column(EMAIL, "value", "1"), "company": _f("company"),
    "position": _f("title"), "connected on": _d("Connected on"),
}

GENERIC = {
    "full name": Column(FULL_NAME), "display name": Column(FULL_NAME), "name": Column(FULL_NAME),
    "first name": _f("first_name"), "firstname": _f("first_name"), "given name": _f("first_name"),
    "forename": _f("first_name"), "middle name": _f("middle_name"), "last name": _f("last_name"),
    "lastname": _f("last_name"), "surname": _f("last_name"), "family name": _f("last_name"),
    "prefix": _f("prefix"), "suffix": _f("suffix"), "company": _f("company"),
    "organization": _f("company"), "organisation": _f("company"), "company name": _f("company"),
    "job title": _f("title"), "position": _f("title"), "role": _f("title"),
    "email": Column(EMAIL, "value", "1"), "e-mail": Column(EMAIL, "value", "1"),
    "email address": Column(EMAIL, "value", "1"), "work email": Column(EMAIL, "value", "w", "work"),
    "home email": Column(EMAIL, "value", "h", "home"), "phone": Column(PHONE, "value", "1"),
    "telephone": Column(PHONE, "value", "1"), "phone number": Column(PHONE, "value", "1"),
    "mobile": Column(PHONE, "value", "m", "mobile"), "work phone": Column(PHONE, "value", "w", "work"),
    "home phone": Column(PHONE, "value", "h", "home"), "fax": Column(PHONE, "value", "f", "fax"),
    "address": Column(ADDRESS, "formatted", "1"), "street": Column(ADDRESS, "street", "1"),
    "city": Column(ADDRESS, "city", "1"), "town": Column(ADDRESS, "city", "1"),
    "state": Column(ADDRESS, "region", "1"), "region": Column(ADDRESS, "region", "1"),
    "zip": Column(ADDRESS, "postcode", "1"), "zip code": Column(ADDRESS, "postcode", "1"),
    "postcode": Column(ADDRESS, "postcode", "1"), "postal code": Column(ADDRESS, "postcode", "1"),
    "country": Column(ADDRESS, "country", "1"), "website": Column(WEBSITE, "value", "1"),
    "web site": Column(WEBSITE, "value", "1"), "url": Column(WEBSITE, "value", "1"),
    "notes": _f("notes"), "note": _f("notes"), "comments": _f("notes"),
    "tags": Column(TAGS, ","), "groups": Column(TAGS, ","), "categories": Column(TAGS, ","),
    "birthday": Column(BIRTHDAY), "date of birth": Column(BIRTHDAY), "nickname": _d("Nickname"),
    "language": _f("language"), "lang": _f("language"), "preferred language": _f("language"),
} | consent_columns()

_GENERIC_THINGS = {
    "email": (EMAIL, "value"), "e-mail": (EMAIL, "value"), "email address": (EMAIL, "value"),
    "phone": (PHONE, "value"), "phone number": (PHONE, "value"), "telephone": (PHONE, "value"),
    "address": (ADDRESS, "formatted"), "street": (ADDRESS, "street"), "city": (ADDRESS, "city"),
    "state": (ADDRESS, "region"), "region": (ADDRESS, "region"), "zip": (ADDRESS, "postcode"),
    "zip code": (ADDRESS, "postcode"), "postal code": (ADDRESS, "postcode"),
    "postcode": (ADDRESS, "postcode"), "country": (ADDRESS, "country"),
}
# "Email (Home)", "Phone: Mobile", "Phone - Work" (address-book exporters, e.g. for Apple)
_LABEL_AFTER = re.compile(r"^(.+?)\s*(?:\((.+)\)|[:\-–]\s+(.+))$")
_LABEL_BEFORE = re.compile(r"^(work|home|business|private|personal|other|mobile)\s+(.+)$")


def _generic_labelled(header: str) -> Column | None:
    """A generic column whose header names a label as well: "Email (Work)", "Home Street"."""
    after = _LABEL_AFTER.match(header)
    before = _LABEL_BEFORE.match(header)
    if after:
        thing, label = after.group(1), after.group(2) or after.group(3)
    elif before:
        label, thing = before.groups()
    else:
        return None
    if thing not in _GENERIC_THINGS:
        return None
    kind, target = _GENERIC_THINGS[thing]
    label = normalise_label(label)
    slot = label if kind == ADDRESS else f"{thing} {label}"
    return Column(kind, target, slot, label)


# -- Yahoo Mail ("Yahoo CSV"; UK exports say Town, County and Post Code) -------------------------
def _yahoo_tables() -> dict[str, Column]:
    table: dict[str, Column] = {
        "first": _f("first_name"), "middle": _f("middle_name"), "last": _f("last_name"),
        "nickname": _d("Nickname"), "email": Column(EMAIL, "value", "1"),
        "alternate email 1": Column(EMAIL, "value", "2"),
        "alternate email 2": Column(EMAIL, "value", "3"), "category": Column(TAGS, ","),
        "distribution lists": _d("Distribution lists"), "messenger id": _d("IM"),
        "yahoo! id": _d("IM (Yahoo)"), "home": Column(PHONE, "value", "home", "home"),
        "work": Column(PHONE, "value", "work", "work"),
        "pager": Column(PHONE, "value", "pager", "pager"),
        "fax": Column(PHONE, "value", "fax", "fax"),
        "mobile": Column(PHONE, "value", "mobile", "mobile"),
        "other": Column(PHONE, "value", "other", "other"),
        "yahoo phone": Column(PHONE, "value", "yahoo", "yahoo phone"),
        "yahoo! phone": Column(PHONE, "value", "yahoo", "yahoo phone"),
        "primary": _d("Primary phone"), "personal website": Column(WEBSITE, "value", "home"),
        "business website": Column(WEBSITE, "value", "work"), "title": _f("title"),
        "company": _f("company"), "birthday": Column(BIRTHDAY), "anniversary": _d("Anniversary"),
        "comments": _f("notes"), "skype id": _d("IM (Skype)"), "irc id": _d("IM (IRC)"),
        "icq id": _d("IM (ICQ)"), "google id": _d("IM (Google Talk)"), "msn id": _d("IM (MSN)"),
        "aim id": _d("IM (AIM)"), "qq id": _d("IM (QQ)"),
    } | consent_columns()
    for number in range(1, 5):
        table[f"custom {number}"] = _d(f"Custom {number}")
    for number in range(1, 10):
        table[f"messenger id{number}"] = _d("IM")
    for place, label in (("work", "work"), ("home", "home")):
        for header, part in (("address", "street"), ("city", "city"), ("town", "city"),
                             ("state", "region"), ("county", "region"), ("zip", "postcode"),
                             ("post code", "postcode"), ("country", "country")):
            table[f"{place} {header}"] = Column(ADDRESS, part, place, label)
    return table


# -- Gmail's first export (2005-2007): "Section n - ..." columns, each section one place -------
_GMAIL_SECTION = re.compile(r"^section (\d+) - (.+)$")
_GMAIL_FIELDS = {"name": Column(FULL_NAME), "e-mail": Column(EMAIL, "value", "primary"),
                 "notes": _f("notes")}


def _gmail_2005(header: str) -> Column | None:
    if header in _GMAIL_FIELDS:
        return _GMAIL_FIELDS[header]
    match = _GMAIL_SECTION.match(header)
    if not match:
        return None
    section, part = f"section {match.group(1)}", match.group(2)
    columns = {
        "description": Column(SECTION_LABEL, "", section), "email": Column(EMAIL, "value", section),
        "phone": Column(PHONE, "value", section),
        "mobile": Column(PHONE, "value", f"{section} mobile", "mobile"),
        "pager": Column(PHONE, "value", f"{section} pager", "pager"),
        "fax": Column(PHONE, "value", f"{section} fax", "fax"),
        "company": _f("company"), "title": _f("title"), "im": _d("IM"), "other": _d("Other"),
        "address": Column(ADDRESS, "formatted", section),
    }
    return columns.get(part)


DIALECTS: tuple[Dialect, ...] = (
    Dialect("thunderbird", "csv thunderbird", _table_resolver(_by_position(THUNDERBIRD_HEADERS))),
    Dialect("thunderbird_de", "csv thunderbird (german)",
            _table_resolver(_by_position(_THUNDERBIRD_GERMAN_HEADERS)), month_first=False),
    Dialect("google", "csv google", _table_resolver(GOOGLE_FIELDS, fallback=numbered_column)),
    Dialect("outlook", "csv outlook", _table_resolver(OUTLOOK, fallback=numbered_column)),
    Dialect("outlook_de", "csv outlook (german)", _table_resolver(_outlook_german_tables()),
            month_first=False),
    Dialect("live_mail_de", "csv windows live mail (german)", _table_resolver(_LIVE_MAIL_GERMAN),
            month_first=False),
    Dialect("linkedin", "csv linkedin", _table_resolver(_LINKEDIN)),
    Dialect("yahoo", "csv yahoo", _table_resolver(_yahoo_tables())),
    Dialect("gmail_2005", "csv gmail (2005)", _gmail_2005),
    Dialect("generic", "csv generic", _table_resolver(GENERIC, fallback=_generic_labelled)),
)
DIALECTS_BY_KEY = {dialect.key: dialect for dialect in DIALECTS}
