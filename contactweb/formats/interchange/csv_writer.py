"""Writing contacts as CSV in Google's (2020) or Outlook's layout.

Every cell that a spreadsheet could run as a formula gets a leading apostrophe (see
``neutralise_cell``); ``read_csv`` removes it again. A phone number in a phone column and a
plain label cannot be formulas and are written as they are.

Google's layout numbers its columns ("Phone 1 - Label", "Phone 1 - Value") for as many as a
contact has; consent per channel comes last ("Consent Email" ...). Outlook's layout is exactly
the columns Outlook writes (three e-mail addresses, one phone per kind, one business, home
and other address, one web page): what does not fit, the labels of e-mails and the consent
per channel go into Notes as labelled lines (see ``overflow``), which ``read_csv`` turns back
into fields.
"""

from __future__ import annotations

import base64
import csv
import io
import re
from collections.abc import Iterable
from typing import Literal

from .consent_marks import CHANNELS, CSV_HEADERS, csv_word
from .csv_dialects import OUTLOOK_ADDRESS_PLACES, OUTLOOK_PHONES
from .labels import OTHER, display_label
from .overflow import Overflow
from .record import ContactRecord, LabelledValue, PostalAddress
from .vcard_writer import escape_text

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_ADDRESS_COLUMNS = (("Street", "street"), ("City", "city"), ("PO Box", "po_box"),
                    ("Region", "region"), ("Postal Code", "postcode"), ("Country", "country"),
                    ("Extended Address", "extended"))
_OUTLOOK_NAMES = (("Title", "prefix"), ("First Name", "first_name"), ("Middle Name", "middle_name"),
                  ("Last Name", "last_name"), ("Suffix", "suffix"), ("Company", "company"),
                  ("Job Title", "title"), ("Language", "language"))
_OUTLOOK_PLACES = {label: place.title() for place, label in OUTLOOK_ADDRESS_PLACES.items()}
_OUTLOOK_ADDRESS_PARTS = (("Street", "street"), ("Street 2", "extended"), ("City", "city"),
                          ("State", "region"), ("Postal Code", "postcode"),
                          ("Country/Region", "country"), ("Address PO Box", "po_box"))
#: the header of Outlook's own CSV export (Outlook 2010 to Microsoft 365), in its order
OUTLOOK_COLUMNS = (
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
    "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4", "Web Page")
# A value that no spreadsheet formula can be: a phone number in a phone column, a plain word
# in a label column ("@work" reads as a name there, never as a call)
_PHONE_VALUE = re.compile(r"^(?=.*\d)\+?[\d\s().\-/]+(?:\s*(?:ext\.?|x|#)\s*\d+)?$")
_LABEL_VALUE = re.compile(r"^@?[^\W\d_][\w .\-']*$")
_PHONE_COLUMNS = frozenset(OUTLOOK_PHONES) | {"Phone"}


def neutralise_cell(value: str, column: str = "") -> str:
    """Prefix ' to a cell a spreadsheet would take as a formula (=, +, -, @, tab, CR),
    unless its column says it cannot be one (see ``_could_be_formula``)."""
    return "'" + value if _FORMULA.match(value) and _could_be_formula(value, column) else value


def _could_be_formula(value: str, column: str) -> bool:
    kind = column.rpartition(" - ")[2] if " - " in column else column
    if column.startswith("Phone ") and kind == "Value" or column in _PHONE_COLUMNS:
        return not _PHONE_VALUE.match(value)
    if kind in ("Label", "Type"):
        return not _LABEL_VALUE.match(value)
    return True


def _birthday_cell(record: ContactRecord, *, us_order: bool) -> str:
    if record.birthday:
        day = record.birthday
        return f"{day.month}/{day.day}/{day.year:04d}" if us_order else day.isoformat()
    text = record.birthday_text
    if not us_order and re.fullmatch(r"--\d{4}", text):
        return f"--{text[2:4]}-{text[4:6]}"  # Google's spelling of a date without a year
    return text


def _photo_cell(record: ContactRecord) -> str:
    if record.photo is None:
        return ""
    payload = base64.b64encode(record.photo).decode("ascii")
    return f"data:{record.photo_mime or 'application/octet-stream'};base64,{payload}"


def _formatted(address: PostalAddress) -> str:
    town = " ".join(part for part in (address.postcode, address.city) if part)
    lines = (address.street, address.extended, address.po_box, town, address.region, address.country)
    return "\n".join(line for line in lines if line)


def _encode(header: list[str], rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise_cell(row.get(column, ""), column) for column in header])
    # UTF-8 with a byte-order mark: without it Excel reads the file as a legacy code page
    return buffer.getvalue().encode("utf-8-sig")


def _numbered(rows: list[dict[str, str]], prefix: str, parts: Iterable[str]) -> list[str]:
    """Header names "<prefix> n - <part>" for as many n as the fullest row needs."""
    count = max((int(m.group(1)) for row in rows for key in row
                 if (m := re.match(rf"^{re.escape(prefix)} (\d+) - ", key))), default=0)
    return [f"{prefix} {n} - {part}" for n in range(1, count + 1) for part in parts]


def _put_labelled(row: dict[str, str], prefix: str, number: int, entry: LabelledValue) -> None:
    row[f"{prefix} {number} - Label"] = display_label(entry.label)
    row[f"{prefix} {number} - Value"] = entry.value


def _put_address(row: dict[str, str], number: int, address: PostalAddress) -> None:
    row[f"Address {number} - Label"] = display_label(address.label)
    row[f"Address {number} - Formatted"] = _formatted(address)
    for column, attribute in _ADDRESS_COLUMNS:
        row[f"Address {number} - {column}"] = getattr(address, attribute)


def _put_consent(row: dict[str, str], record: ContactRecord) -> None:
    for channel, status in record.consent.items():
        if channel in CSV_HEADERS:
            row[CSV_HEADERS[channel]] = csv_word(status)


def _consent_header(rows: list[dict[str, str]]) -> list[str]:
    """The consent columns, at the very end, when any row has one (a mailing tool that maps
    columns by name finds them; one that reads the layout by position is not disturbed)."""
    headers = [CSV_HEADERS[channel] for channel in CHANNELS]
    return headers if any(header in row for row in rows for header in headers) else []


# -- Google -------------------------------------------------------------------------------------
def _google_row(record: ContactRecord) -> dict[str, str]:
    row = {
        "First Name": record.first_name, "Middle Name": record.middle_name,
        "Last Name": record.last_name, "Name Prefix": record.prefix,
        "Name Suffix": record.suffix, "Organization Name": record.company,
        "Organization Title": record.title,
        "Birthday": _birthday_cell(record, us_order=False), "Notes": record.notes,
        "Photo": _photo_cell(record), "Labels": " ::: ".join(record.tags),
        "Language": record.language,
    }
    for number, email in enumerate(record.emails, 1):
        _put_labelled(row, "E-mail", number, email)
    for number, phone in enumerate(record.phones, 1):
        _put_labelled(row, "Phone", number, phone)
    for number, address in enumerate(record.addresses, 1):
        _put_address(row, number, address)
    for number, website in enumerate(record.websites, 1):
        row[f"Website {number} - Label"] = ""
        row[f"Website {number} - Value"] = website
    _put_consent(row, record)
    return row


def _google_header(rows: list[dict[str, str]]) -> list[str]:
    fixed = ["First Name", "Middle Name", "Last Name", "Name Prefix", "Name Suffix",
             "Organization Name", "Organization Title", "Birthday", "Notes", "Photo", "Labels",
             "Language"]
    address_parts = ["Label", "Formatted"] + [column for column, _ in _ADDRESS_COLUMNS]
    return (fixed + _numbered(rows, "E-mail", ("Label", "Value"))
            + _numbered(rows, "Phone", ("Label", "Value")) + _numbered(rows, "Address", address_parts)
            + _numbered(rows, "Website", ("Label", "Value")) + _consent_header(rows))


# -- Outlook ------------------------------------------------------------------------------------
def _outlook_row(record: ContactRecord) -> dict[str, str]:
    """Outlook's own columns only; what they cannot hold goes into Notes (see overflow)."""
    extra = Overflow()
    row = {column: getattr(record, attribute) for column, attribute in _OUTLOOK_NAMES}
    row["Categories"] = ";".join(record.tags)
    if record.birthday:
        row["Birthday"] = _birthday_cell(record, us_order=True)
    elif record.birthday_text:
        extra.add("Birthday", escape_text(record.birthday_text))
    for number, email in enumerate(record.emails, 1):
        if number > 3:
            extra.email(email)
            continue
        stem = "E-mail" if number == 1 else f"E-mail {number}"
        name = record.person_name or record.company
        row |= {f"{stem} Address": email.value, f"{stem} Type": "SMTP",
                f"{stem} Display Name": f"{name} ({email.value})" if name else email.value}
        if email.label != OTHER:
            extra.relabel("e-mail", email)
    for phone in record.phones:
        slot = next((header for header, label in OUTLOOK_PHONES.items()
                     if label == phone.label and header not in row), None)
        if slot is not None:
            row[slot] = phone.value
        else:
            extra.phone(phone)
    used_places: set[str] = set()
    for address in record.addresses:
        place = _OUTLOOK_PLACES.get(address.label)
        if place and place not in used_places:
            used_places.add(place)
            for column, attribute in _OUTLOOK_ADDRESS_PARTS:
                row[f"{place} {column}"] = getattr(address, attribute)
        else:
            extra.address(address)
    for number, website in enumerate(record.websites, 1):
        if number == 1:
            row["Web Page"] = website
        else:
            extra.add("Website", escape_text(website))
    extra.consent(record.consent)
    row["Notes"] = extra.notes(record.notes)
    return row


def write_csv(records: Iterable[ContactRecord], flavour: Literal["google", "outlook"]) -> bytes:
    """CSV bytes (UTF-8 with BOM, CRLF) that Google Contacts or Outlook import."""
    if flavour == "google":
        rows = [_google_row(record) for record in records]
        return _encode(_google_header(rows), rows)
    if flavour == "outlook":
        # exactly the columns Outlook writes: its import maps them without asking
        return _encode(list(OUTLOOK_COLUMNS), [_outlook_row(record) for record in records])
    raise ValueError(f"unknown CSV flavour {flavour!r}; use 'google' or 'outlook'")
