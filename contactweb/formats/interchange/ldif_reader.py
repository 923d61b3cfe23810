"""Reading LDIF address books (RFC 2849) as Thunderbird, SeaMonkey and Horde export them.

Entries are separated by blank lines; a line starting with one space continues the one
before; "attr:: " values are base64 (UTF-8 text or a photo); "attr:< " values point at a
file or URL and are not fetched. Attributes are read by the Mozilla address-book schema and
the standard inetOrgPerson ones. A mailing list (objectclass groupOfNames) is not a contact:
it is named in the report as not imported. Every other attribute that no field takes is
listed too.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field

from contactweb.i18n import _, ngettext

from .csv_columns import (
    ADDRESS,
    BIRTH_PART,
    DETAIL,
    EMAIL,
    FIELD,
    FULL_NAME,
    PHONE,
    PHOTO,
    TAGS,
    WEBSITE,
    Column,
)
from .csv_rows import RowBuilder
from .overflow import restore
from .record import ImportProblem, InterchangeError, ParseResult, unstored_problems
from .text_decoding import strip_utf8_bom
from .vcard_values import sniff_mime

_MAX_PROBLEMS = 200
_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9\-]*)(?:;[^:]*)?(:[:<]?)\s?(.*)$", re.DOTALL)
_LISTS = frozenset({"groupofnames", "groupofuniquenames", "mozillaaddressbook"})
# Written by every Thunderbird export whatever the person typed: nothing to lose
_METADATA = frozenset({"dn", "objectclass", "version", "changetype", "modifytimestamp",
                       "createtimestamp", "mozillausehtmlmail", "xmozillausehtmlmail"})


def _c(kind: str, target: str = "", slot: str = "", label: str = "") -> Column:
    return Column(kind, target, slot, label)


def _address(place: str, label: str) -> dict[str, Column]:
    return {part: _c(ADDRESS, target, place, label) for part, target in (
        ("street", "street"), ("street2", "extended"), ("locality", "city"),
        ("state", "region"), ("postalcode", "postcode"), ("countryname", "country"))}


_HOME = _address("home", "home")
_WORK = _address("work", "work")
ATTRIBUTES: dict[str, Column] = {
    "givenname": _c(FIELD, "first_name"), "sn": _c(FIELD, "last_name"),
    "surname": _c(FIELD, "last_name"), "cn": _c(FULL_NAME), "commonname": _c(FULL_NAME),
    "displayname": _c(FULL_NAME), "mozillanickname": _c(DETAIL, label="Nickname"),
    "xmozillanickname": _c(DETAIL, label="Nickname"), "title": _c(FIELD, "title"),
    "o": _c(FIELD, "company"), "company": _c(FIELD, "company"),
    "ou": _c(DETAIL, label="Department"), "department": _c(DETAIL, label="Department"),
    "mail": _c(EMAIL, "value", "1"), "mozillasecondemail": _c(EMAIL, "value", "2"),
    "xmozillasecondemail": _c(EMAIL, "value", "2"),
    "telephonenumber": _c(PHONE, "value", "work", "work"),
    "homephone": _c(PHONE, "value", "home", "home"),
    "mobile": _c(PHONE, "value", "mobile", "mobile"),
    "cellphone": _c(PHONE, "value", "mobile", "mobile"),
    "facsimiletelephonenumber": _c(PHONE, "value", "fax", "fax"),
    "fax": _c(PHONE, "value", "fax", "fax"), "pager": _c(PHONE, "value", "pager", "pager"),
    "pagerphone": _c(PHONE, "value", "pager", "pager"),
    "mozillahomestreet": _HOME["street"], "mozillahomestreet2": _HOME["street2"],
    "mozillahomelocalityname": _HOME["locality"], "mozillahomestate": _HOME["state"],
    "mozillahomepostalcode": _HOME["postalcode"],
    "mozillahomecountryname": _HOME["countryname"],
    "homepostaladdress": _c(ADDRESS, "formatted", "home", "home"),
    "street": _WORK["street"], "streetaddress": _WORK["street"],
    "mozillaworkstreet2": _WORK["street2"], "mozillapostaladdress2": _WORK["street2"],
    "l": _WORK["locality"], "locality": _WORK["locality"], "st": _WORK["state"],
    "postalcode": _WORK["postalcode"], "c": _WORK["countryname"],
    "countryname": _WORK["countryname"], "co": _WORK["countryname"],
    "postofficebox": _c(ADDRESS, "po_box", "work", "work"),
    "postaladdress": _c(ADDRESS, "formatted", "work", "work"),
    "mozillaworkurl": _c(WEBSITE, "value", "work"), "workurl": _c(WEBSITE, "value", "work"),
    "mozillahomeurl": _c(WEBSITE, "value", "home"), "homeurl": _c(WEBSITE, "value", "home"),
    "labeleduri": _c(WEBSITE, "value", "uri"),
    "birthyear": _c(BIRTH_PART, "year"), "birthmonth": _c(BIRTH_PART, "month"),
    "birthday": _c(BIRTH_PART, "day"), "description": _c(FIELD, "notes"),
    "jpegphoto": _c(PHOTO), "nsaimid": _c(DETAIL, label="IM (AIM)"),
    "aimscreenname": _c(DETAIL, label="IM (AIM)"), "categories": _c(TAGS, ","),
}
for _n in range(1, 5):
    ATTRIBUTES[f"mozillacustom{_n}"] = _c(DETAIL, label=f"Custom {_n}")
    ATTRIBUTES[f"custom{_n}"] = _c(DETAIL, label=f"Custom {_n}")


@dataclass
class _Entry:
    line_number: int
    values: list[tuple[str, str]] = field(default_factory=list)  # (lowercase attr, text)


def _physical_lines(text: str) -> list[tuple[int, str]]:
    """(line number, logical line); continuation lines joined, comments dropped, blank
    lines kept as "" (they end an entry)."""
    lines: list[tuple[int, str]] = []
    comment = False
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if line.startswith(" ") and lines and lines[-1][1]:
            if not comment:
                lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
            continue
        comment = line.startswith("#")
        if not comment:
            lines.append((number, line))
    return lines


def _value(kind: str, raw: str, attr: str, problems: list[str]) -> str | None:
    if kind == ":":
        return raw
    if kind == ":<":
        problems.append(_("{attr} points at {value!r}; it was not fetched").format(
    attr=attr, value=raw[:60]))
        return None
    try:
        data = base64.b64decode(raw, validate=False)
    except (binascii.Error, ValueError):
        problems.append(_("{attr} is damaged base64; it was skipped").format(attr=attr))
        return None
    if attr == "jpegphoto":  # despite the name, programs store PNG photos here too
        return f"data:{sniff_mime(data)};base64," + base64.b64encode(data).decode("ascii")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(_("{attr} is not valid UTF-8; unreadable characters were replaced "
                          "with \ufffd and the rest kept").format(attr=attr))
        return data.decode("utf-8", errors="replace")


def _entries(text: str, source_name: str, problems: list[ImportProblem]) -> list[_Entry]:
    entries: list[_Entry] = []
    current: _Entry | None = None
    for number, line in _physical_lines(text):
        if not line.strip():
            current = None
            continue
        match = _LINE.match(line)
        if not match:
            problems.append(ImportProblem(f"{source_name} line {number}",
                                          _("not an LDIF attribute line; skipped")))
            continue
        attr, kind, raw = match.group(1).lower(), match.group(2), match.group(3)
        if attr == "version" and current is None:
            continue
        if current is None:
            current = _Entry(number)
            entries.append(current)
        reasons: list[str] = []
        value = _value(kind, raw, attr, reasons)
        # A value that is not UTF-8 comes back with U+FFFD in place of its bad bytes: the
        # importer then names the entries holding it, whatever language the note is in.
        replaced = value is not None and "\ufffd" in value
        for reason in reasons:
            problems.append(ImportProblem(f"{source_name} line {number}", reason,
                                          replaced=replaced))
        if value is not None:
            current.values.append((attr, value))
    return entries


def read_ldif(data: bytes, source_name: str) -> ParseResult:
    """All person entries of an LDIF file; lists, and what no field takes, are reported."""
    if not data or data.isspace():
        raise InterchangeError(_("{source_name} is empty").format(source_name=source_name))
    text = strip_utf8_bom(data).decode("utf-8", errors="replace")
    if not re.search(r"^dn::? ", text, re.MULTILINE | re.IGNORECASE):
        raise InterchangeError(_("{source_name} is not an LDIF file: it has no dn: line").format(
            source_name=source_name))
    problems: list[ImportProblem] = []
    records = []
    unstored: dict[str, int] = {}
    for index, entry in enumerate(_entries(text, source_name, problems), 1):
        location = f"{source_name}#{index}"
        classes = {value.lower() for attr, value in entry.values if attr == "objectclass"}
        if classes & _LISTS:
            name = next((v for a, v in entry.values if a == "cn"), "")
            members = sum(1 for a, _ in entry.values if a in ("member", "uniquemember"))
            problems.append(ImportProblem(location, ngettext(
                "mailing list {name} ({count} member) not imported: ContactWeb has no mailing "
                "lists; use a tag for its members",
                "mailing list {name} ({count} members) not imported: ContactWeb has no mailing "
                "lists; use a tag for its members", members).format(name=repr(name),
                                                                     count=members)))
            continue
        columns = [ATTRIBUTES.get(attr) for attr, _ in entry.values]
        for attr, value in entry.values:
            if attr not in ATTRIBUTES and attr not in _METADATA and value.strip():
                unstored[attr] = unstored.get(attr, 0) + 1
        outcome = RowBuilder(columns, month_first=True).build([v for _, v in entry.values])
        record = outcome.record
        restore(record, {"phone": "", "e-mail": "other"})
        for reason in outcome.problems:
            problems.append(ImportProblem(location, reason, refused=outcome.refused))
        if record.has_content():
            record.source = f"ldif:{location}"
            records.append(record)
    problems = problems[:_MAX_PROBLEMS]
    problems += unstored_problems(source_name, "attribute", unstored)
    return ParseResult(records, problems, "ldif")
