"""Writing contacts as LDIF in the Mozilla address-book schema that Thunderbird imports.

Values that are not LDIF "safe strings" (non-ASCII, a line break or CR, a leading space,
colon or "<", a trailing space) are base64 ("attr:: "), as RFC 2849 asks; lines are folded at
76 characters. What the schema has no attribute for (a third e-mail, a second work phone, a
name prefix, tags, consent) goes into the notes as labelled lines (see ``overflow``), which
``read_ldif`` turns back into fields.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

from .overflow import Overflow
from .record import ContactRecord, PostalAddress
from .vcard_writer import escape_text

_SAFE = re.compile(r"^[\x01-\x09\x0b\x0c\x0e-\x1f\x21-\x39\x3b\x3d-\x7f][\x01-\x09\x0b\x0c\x0e-\x7f]*$")
_WIDTH = 76
_PHONE_ATTRIBUTES = {"work": "telephoneNumber", "home": "homePhone", "mobile": "mobile",
                     "fax": "facsimileTelephoneNumber", "pager": "pager"}
_HOME_PARTS = (("mozillaHomeStreet", "street"), ("mozillaHomeStreet2", "extended"),
               ("mozillaHomeLocalityName", "city"), ("mozillaHomeState", "region"),
               ("mozillaHomePostalCode", "postcode"), ("mozillaHomeCountryName", "country"))
_WORK_PARTS = (("street", "street"), ("mozillaWorkStreet2", "extended"), ("l", "city"),
               ("st", "region"), ("postalCode", "postcode"), ("c", "country"),
               ("postOfficeBox", "po_box"))


def _line(attribute: str, value: str | bytes) -> str:
    if isinstance(value, bytes):
        text = f"{attribute}:: {base64.b64encode(value).decode('ascii')}"
    elif value == "" or (_SAFE.match(value) and not value.endswith(" ")):
        text = f"{attribute}: {value}"
    else:
        text = f"{attribute}:: {base64.b64encode(value.encode('utf-8')).decode('ascii')}"
    chunks = [text[:_WIDTH]] + [" " + text[i:i + _WIDTH - 1]
                                for i in range(_WIDTH, len(text), _WIDTH - 1)]
    return "\n".join(chunks)


def _dn(record: ContactRecord) -> str:
    def rdn(value: str) -> str:  # RFC 4514 escaping of the special characters
        return re.sub(r'([,+"\\<>;=])', r"\\\1", value).replace("\n", " ")
    parts = [f"cn={rdn(record.person_name or record.company or record.display_name)}"]
    if record.emails:
        parts.append(f"mail={rdn(record.emails[0].value)}")
    return ",".join(parts)


def _address(out: list[tuple[str, str | bytes]], address: PostalAddress,
             parts: tuple[tuple[str, str], ...]) -> None:
    for attribute, name in parts:
        if getattr(address, name):
            out.append((attribute, getattr(address, name)))


def _entry(record: ContactRecord) -> list[tuple[str, str | bytes]]:
    extra = Overflow()
    out: list[tuple[str, str | bytes]] = [("dn", _dn(record))]
    out += [("objectclass", kind) for kind in ("top", "person", "organizationalPerson",
                                               "inetOrgPerson", "mozillaAbPersonAlpha")]
    for attribute, value in (("givenName", record.first_name), ("sn", record.last_name),
                             ("cn", record.person_name or record.company),
                             ("title", record.title), ("o", record.company)):
        if value:
            out.append((attribute, value))
    for kind, value in (("Name prefix", record.prefix), ("Middle name", record.middle_name),
                        ("Name suffix", record.suffix)):
        if value:
            extra.add(kind, escape_text(value))
    for index, email in enumerate(record.emails):
        if index < 2:
            out.append(("mail" if index == 0 else "mozillaSecondEmail", email.value))
            if email.label != "other":
                extra.relabel("e-mail", email)
        else:
            extra.email(email)
    used: set[str] = set()
    for phone in record.phones:
        attribute = _PHONE_ATTRIBUTES.get(phone.label)
        if attribute and attribute not in used:
            used.add(attribute)
            out.append((attribute, phone.value))
        else:
            extra.phone(phone)
    places: set[str] = set()
    for address in record.addresses:
        fits = address.label in ("home", "work") and address.label not in places and not (
            address.label == "home" and address.po_box)
        if fits:
            places.add(address.label)
            _address(out, address, _HOME_PARTS if address.label == "home" else _WORK_PARTS)
        else:
            extra.address(address)
    for index, website in enumerate(record.websites):
        if index < 2:
            out.append(("mozillaWorkUrl" if index == 0 else "mozillaHomeUrl", website))
        else:
            extra.add("Website", escape_text(website))
    if record.birthday:
        out += [("birthyear", str(record.birthday.year)),
                ("birthmonth", f"{record.birthday.month:02d}"),
                ("birthday", f"{record.birthday.day:02d}")]
    elif re.fullmatch(r"--\d{4}", record.birthday_text):
        out += [("birthmonth", record.birthday_text[2:4]), ("birthday", record.birthday_text[4:])]
    elif record.birthday_text:
        extra.add("Birthday", escape_text(record.birthday_text))
    if record.tags:
        extra.add("Tags", ",".join(escape_text(tag) for tag in record.tags))
    extra.consent(record.consent)
    notes = extra.notes(record.notes)
    if notes:
        out.append(("description", notes))
    if record.photo is not None:
        out.append(("jpegPhoto", record.photo))
    return out


def write_ldif(records: Iterable[ContactRecord]) -> bytes:
    """An LDIF file (UTF-8, LF) with one mozillaAbPersonAlpha entry per record."""
    blocks = ["\n".join(_line(attribute, value) for attribute, value in _entry(record))
              for record in records]
    return ("\n\n".join(blocks) + "\n").encode("utf-8") if blocks else b""
