"""Writing contacts as CSV in Google's (2020) or Outlook's layout.

Every cell that a spreadsheet would run as a formula gets a leading apostrophe (see
``neutralise_cell``); ``read_csv`` removes it again. Outlook has fixed columns (three e-mail
addresses, one phone per kind, one business/home/other address); whatever does not fit is
written to extra numbered columns in Google's naming ("Phone 1 - Label", "Phone 1 - Value"),
which Outlook's import leaves unmapped and ``read_csv`` reads back. Consent per channel
comes last ("Consent Email" ...), in both layouts, whenever a record carries it.
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
from .labels import display_label
from .record import ContactRecord, LabelledValue, PostalAddress

_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_ADDRESS_COLUMNS = (("Street", "street"), ("City", "city"), ("PO Box", "po_box"),
                    ("Region", "region"), ("Postal Code", "postcode"), ("Country", "country"),
                    ("Extended Address", "extended"))
_OUTLOOK_NAMES = (("Title", "prefix"), ("First Name", "first_name"), ("Middle Name", "middle_name"),
                  ("Last Name", "last_name"), ("Suffix", "suffix"), ("Company", "company"),
                  ("Job Title", "title"))
_OUTLOOK_PLACES = {label: place.title() for place, label in OUTLOOK_ADDRESS_PLACES.items()}
_OUTLOOK_ADDRESS_PARTS = (("Street", "street"), ("Street 2", "extended"), ("City", "city"),
                          ("State", "region"), ("Postal Code", "postcode"),
                          ("Country/Region", "country"), ("Address PO Box", "po_box"))


def neutralise_cell(value: str) -> str:
    """Prefix ' to a cell a spreadsheet would take as a formula (=, +, -, @, tab, CR)."""
    return "'" + value if _FORMULA.match(value) else value


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
        writer.writerow([neutralise_cell(row.get(column, "")) for column in header])
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
             "Organization Name", "Organization Title", "Birthday", "Notes", "Photo", "Labels"]
    address_parts = ["Label", "Formatted"] + [column for column, _ in _ADDRESS_COLUMNS]
    return (fixed + _numbered(rows, "E-mail", ("Label", "Value"))
            + _numbered(rows, "Phone", ("Label", "Value")) + _numbered(rows, "Address", address_parts)
            + _numbered(rows, "Website", ("Label", "Value")) + _consent_header(rows))


# -- Outlook ------------------------------------------------------------------------------------
def _outlook_row(record: ContactRecord) -> dict[str, str]:
    row = {column: getattr(record, attribute) for column, attribute in _OUTLOOK_NAMES}
    row |= {"Birthday": _birthday_cell(record, us_order=True), "Notes": record.notes,
            "Categories": ";".join(record.tags), "Photo": _photo_cell(record)}
    for number, email in enumerate(record.emails, 1):
        if number <= 3:
            stem = "E-mail" if number == 1 else f"E-mail {number}"
            row |= {f"{stem} Address": email.value, f"{stem} Type": "SMTP",
                    f"{stem} Label": display_label(email.label)}
        else:
            _put_labelled(row, "E-mail", number - 3, email)
    extra_phones = 0
    for phone in record.phones:
        slot = next((header for header, label in OUTLOOK_PHONES.items()
                     if label == phone.label and header not in row), None)
        if slot is not None:
            row[slot] = phone.value
        else:
            extra_phones += 1
            _put_labelled(row, "Phone", extra_phones, phone)
    extra_addresses = 0
    used_places: set[str] = set()
    for address in record.addresses:
        place = _OUTLOOK_PLACES.get(address.label)
        if place and place not in used_places:
            used_places.add(place)
            for column, attribute in _OUTLOOK_ADDRESS_PARTS:
                row[f"{place} {column}"] = getattr(address, attribute)
        else:
            extra_addresses += 1
            _put_address(row, extra_addresses, address)
    for number, website in enumerate(record.websites, 1):
        if number <= 2:
            row["Web Page" if number == 1 else "Personal Web Page"] = website
        else:
            row[f"Website {number - 2} - Value"] = website
    _put_consent(row, record)
    return row


def _outlook_header(rows: list[dict[str, str]]) -> list[str]:
    header = [column for column, _ in _OUTLOOK_NAMES]
    for place in _OUTLOOK_PLACES.values():
        header += [f"{place} {column}" for column, _ in _OUTLOOK_ADDRESS_PARTS]
    header += list(OUTLOOK_PHONES)
    header += ["Birthday", "Categories"]
    for stem in ("E-mail", "E-mail 2", "E-mail 3"):
        header += [f"{stem} Address", f"{stem} Type", f"{stem} Label"]
    header += ["Notes", "Web Page", "Personal Web Page", "Photo"]
    address_parts = ["Label", "Formatted"] + [column for column, _ in _ADDRESS_COLUMNS]
    return (header + _numbered(rows, "E-mail", ("Label", "Value"))
            + _numbered(rows, "Phone", ("Label", "Value")) + _numbered(rows, "Address", address_parts)
            + _numbered(rows, "Website", ("Value",)) + _consent_header(rows))


def write_csv(records: Iterable[ContactRecord], flavour: Literal["google", "outlook"]) -> bytes:
    """CSV bytes (UTF-8 with BOM, CRLF) that Google Contacts or Outlook import."""
    if flavour == "google":
        rows = [_google_row(record) for record in records]
        return _encode(_google_header(rows), rows)
    if flavour == "outlook":
        rows = [_outlook_row(record) for record in records]
        return _encode(_outlook_header(rows), rows)
    raise ValueError(f"unknown CSV flavour {flavour!r}; use 'google' or 'outlook'")

