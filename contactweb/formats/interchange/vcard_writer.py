"""Writing contacts as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350).

Labels that vCard has a TYPE for are written as TYPE; any other label uses the Apple
convention that Google, iOS and macOS read: a property group with an X-ABLabel.
Lines are folded at 75 octets without splitting a UTF-8 character, and end in CRLF.
Consent is one ``X-CONTACTWEB-CONSENT;CHANNEL=<channel>:<status>`` per channel the record
carries (readers that do not know the property keep or skip it, as vCard asks).
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable
from typing import Literal

from .consent_marks import VCARD_PROPERTY, vcard_word
from .labels import vcard_types_for
from .record import ContactRecord, PostalAddress

_MAX_OCTETS = 75
_TYPE_BY_MIME = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF",
                 "image/webp": "WEBP"}
_LINE_BREAK = re.compile(r"\r\n")
_TO_ESCAPE = re.compile(r"[\\,;\n]|\r\n")


def escape_text(value: str) -> str:
    """vCard text escaping: backslash, comma, semicolon and line breaks. vCard has no escape
    for a lone CR: it is written raw, as Thunderbird does, and read back as itself."""
    if not _TO_ESCAPE.search(value):  # most values: nothing to do
        return value
    if "\r\n" in value:
        value = _LINE_BREAK.sub("\n", value)
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def fold(line: str) -> bytes:
    """One content line as CRLF-terminated octets, folded at 75 octets on character borders."""
    encoded = line.encode("utf-8")
    if len(encoded) <= _MAX_OCTETS:  # most lines: nothing to fold
        return encoded + b"\r\n"
    if line.isascii() and "\r" not in line:  # one octet per character, no CR to keep whole
        return b"\r\n ".join([encoded[:_MAX_OCTETS]] + [
            encoded[i:i + _MAX_OCTETS - 1]
            for i in range(_MAX_OCTETS, len(encoded), _MAX_OCTETS - 1)]) + b"\r\n"
    chunks: list[bytes] = []
    current = bytearray()
    limit = _MAX_OCTETS
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            # a CR must not end a physical line: a reader takes it for part of the line end
            carry = b"\r" if current.endswith(b"\r") and len(current) > 1 else b""
            chunks.append(bytes(current[:len(current) - len(carry)]))
            current = bytearray(b" " + carry)  # a continuation line starts with one space
            limit = _MAX_OCTETS
        current += encoded
    chunks.append(bytes(current))
    return b"\r\n".join(chunks) + b"\r\n"


class _CardWriter:
    def __init__(self, version: str) -> None:
        self.version = version
        self.lines: list[str] = []
        self.group_count = 0

    def add(self, name: str, value: str, params: str = "") -> None:
        self.lines.append(f"{name}{params}:{value}")

    def add_labelled(self, name: str, value: str, label: str, *, phone: bool = False) -> None:
        types = vcard_types_for(label, phone=phone)
        internet = ["internet"] if name == "EMAIL" and self.version == "3.0" else []
        if types is not None:
            self.add(name, value, f";TYPE={','.join(internet + types)}" if internet + types else "")
            return
        self.group_count += 1
        group = f"item{self.group_count}"
        self.add(f"{group}.{name}", value, ";TYPE=internet" if internet else "")
        self.add(f"{group}.X-ABLabel", escape_text(label))


def _structured(*parts: str) -> str:
    return ";".join(escape_text(part) for part in parts)


def _address_value(address: PostalAddress) -> str:
    return _structured(address.po_box, address.extended, address.street, address.city,
                       address.region, address.postcode, address.country)


def _birthday(writer: _CardWriter, record: ContactRecord) -> None:
    if record.birthday:
        day = record.birthday
        separator = "-" if writer.version == "3.0" else ""
        value = f"{day.year:04d}{separator}{day.month:02d}{separator}{day.day:02d}"
        writer.add("BDAY", value)
        return
    text = record.birthday_text
    if not text:
        return
    if re.fullmatch(r"--\d{4}", text):
        if writer.version == "4.0":
            writer.add("BDAY", text)
        else:  # vCard 3.0 has no date without a year; Apple's convention is year 1604
            writer.add("BDAY", f"1604-{text[2:4]}-{text[4:6]}", ";X-APPLE-OMIT-YEAR=1604")
        return
    writer.add("BDAY", escape_text(text), ";VALUE=text")


def _photo(writer: _CardWriter, record: ContactRecord) -> None:
    if record.photo is None:
        return
    payload = base64.b64encode(record.photo).decode("ascii")
    mime = record.photo_mime or "application/octet-stream"
    if writer.version == "4.0":
        writer.add("PHOTO", f"data:{mime};base64,{payload}")
    else:
        writer.add("PHOTO", payload, f";ENCODING=b;TYPE={_TYPE_BY_MIME.get(mime, mime)}")


def _card_lines(record: ContactRecord, version: str) -> list[str]:
    writer = _CardWriter(version)
    writer.add("VERSION", version)
    if record.uid:  # khard and CardDAV servers refuse a card without one
        writer.add("UID", escape_text(record.uid))
    # FN is the person's name, or the company for a company card; never an email, which a
    # reader would take for a name
    writer.add("FN", escape_text(record.person_name or record.company))
    writer.add("N", _structured(record.last_name, record.first_name, record.middle_name,
                                record.prefix, record.suffix))
    if record.company:
        writer.add("ORG", escape_text(record.company))
    if record.title:
        writer.add("TITLE", escape_text(record.title))
    for email in record.emails:
        writer.add_labelled("EMAIL", escape_text(email.value), email.label)
    for phone in record.phones:
        writer.add_labelled("TEL", escape_text(phone.value), phone.label, phone=True)
    for address in record.addresses:
        writer.add_labelled("ADR", _address_value(address), address.label)
    _birthday(writer, record)
    if record.notes:
        writer.add("NOTE", escape_text(record.notes))
    if record.tags:
        writer.add("CATEGORIES", ",".join(escape_text(tag) for tag in record.tags))
    for website in record.websites:
        writer.add("URL", escape_text(website))
    if record.language:
        writer.add("LANG", escape_text(record.language))
    _photo(writer, record)
    for channel, status in record.consent.items():
        writer.add(VCARD_PROPERTY, vcard_word(status), f";CHANNEL={channel}")
    return ["BEGIN:VCARD", *writer.lines, "END:VCARD"]


def write_vcard(records: Iterable[ContactRecord], version: Literal["3.0", "4.0"]) -> bytes:
    """A vCard file (UTF-8, CRLF) with one card per record."""
    if version not in ("3.0", "4.0"):
        raise ValueError(f"unknown vCard version {version!r}; use '3.0' or '4.0'")
    return b"".join(fold(line) for record in records for line in _card_lines(record, version))

