"""Plain records that every contact file format is read into and written from.

No database here: the import service turns a ContactRecord into a Contact later. Conventions
that every reader keeps, so that records from different formats compare equal:

- text values are stripped of surrounding whitespace; line breaks inside a value are "\\n"
  (a CSV cell may keep a lone carriage return);
- a label is never empty: "other" when the file gave none (see ``labels.normalise_label``);
- ``birthday`` and ``birthday_text`` are never both set: a full date goes to ``birthday``, a
  date without a year is ``birthday_text`` in the form "--MMDD", anything else is kept as text;
- details the contact model has no column for (nickname, department, anniversary, related
  people, instant messaging, custom fields) are appended to ``notes`` as "Label: value" lines,
  so nothing the user typed is lost;
- ``consent`` maps a channel to the status the file states for it (see ``consent_marks``);
  a channel the file says nothing about is absent.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from contactweb.i18n import ngettext

#: photos above this size are dropped with a problem entry (the vault stores them inline)
MAX_PHOTO_BYTES = 1024 * 1024


class InterchangeError(Exception):
    """A file that cannot be read at all; the message is written for the user."""


@dataclass
class LabelledValue:
    label: str
    value: str


@dataclass
class PostalAddress:
    label: str
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""

    def is_empty(self) -> bool:
        parts = (self.street, self.city, self.region, self.postcode, self.country,
                 self.po_box, self.extended)
        return not any(parts)


@dataclass
class ContactRecord:
    prefix: str = ""
    first_name: str = ""
    middle_name: str = ""
    last_name: str = ""
    suffix: str = ""
    company: str = ""
    title: str = ""
    emails: list[LabelledValue] = field(default_factory=list)
    phones: list[LabelledValue] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    birthday: datetime.date | None = None
    birthday_text: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    language: str = ""  # vCard LANG or a CSV language column, as written in the file
    photo: bytes | None = None
    photo_mime: str = ""
    source: str = ""
    consent: dict[str, str] = field(default_factory=dict)
    #: the card's UID, kept so that CardDAV servers and khard see the same contact again
    uid: str = ""

    @property
    def person_name(self) -> str:
        """The name parts joined in reading order (empty for a company-only card)."""
        parts = (self.prefix, self.first_name, self.middle_name, self.last_name, self.suffix)
        return " ".join(part for part in parts if part)

    @property
    def display_name(self) -> str:
        """What a list shows: the person's name, else the company, an email or a phone."""
        if self.person_name:
            return self.person_name
        if self.company:
            return self.company
        for entries in (self.emails, self.phones):
            if entries:
                return entries[0].value
        return ""

    def has_content(self) -> bool:
        """False for a record that would import as an empty contact."""
        # the name parts one by one: person_name is not empty exactly when one of them is not
        return bool(
            self.first_name or self.last_name or self.prefix or self.middle_name or self.suffix
            or self.company or self.title or self.emails or self.phones
            or self.addresses or self.birthday or self.birthday_text or self.notes
            or self.tags or self.websites or self.photo
        )


@dataclass
class ImportProblem:
    location: str
    reason: str  # in the active language: shown to the person importing, never parsed
    #: the entry is not imported (the importer lists it with the bad rows)
    refused: bool = False
    #: bytes that were not text were replaced (the importer names the entries that hold U+FFFD)
    replaced: bool = False


@dataclass
class ParseResult:
    records: list[ContactRecord]
    problems: list[ImportProblem]
    format_name: str
    source_name: str = ""  # the file's name, for evidence (set by importer.parse_bytes)


@dataclass
class ParseStream:
    """A file read as its records are taken: ``records`` yields them one at a time, and each
    entry's problems are in ``problems`` before its record comes (the file's own problems,
    such as its character set, before the first). A large file's records are never all in
    memory at once."""

    records: Iterator[ContactRecord]
    problems: list[ImportProblem]
    format_name: str
    source_name: str = ""
    rows_expected: int = 0  # about how many entries (for progress; the lines of a CSV)


#: how many unstored columns, properties or attributes a report names one by one
MAX_UNSTORED_LISTED = 50


UnstoredKind = Literal["column", "property", "attribute"]


def _unstored_note(kind: UnstoredKind, name: str, count: int) -> str:
    if kind == "column":
        text = ngettext("column {name} not stored: no field takes it ({count} row had a value)",
                        "column {name} not stored: no field takes it ({count} rows had a value)",
                        count)
    elif kind == "property":
        text = ngettext("property {name} not stored: no field takes it ({count} card)",
                        "property {name} not stored: no field takes it ({count} cards)", count)
    else:
        text = ngettext("attribute {name} not stored: no field takes it ({count} entry)",
                        "attribute {name} not stored: no field takes it ({count} entries)",
                        count)
    return text.format(name=name, count=count)


def _more_unstored_note(kind: UnstoredKind, count: int, names: str) -> str:
    if kind == "column":
        text = ngettext("{count} more column not stored: {names}",
                        "{count} more columns not stored: {names}", count)
    elif kind == "property":
        text = ngettext("{count} more property not stored: {names}",
                        "{count} more properties not stored: {names}", count)
    else:
        text = ngettext("{count} more attribute not stored: {names}",
                        "{count} more attributes not stored: {names}", count)
    return text.format(count=count, names=names)


def unstored_problems(source_name: str, kind: UnstoredKind,
                      counts: dict[str, int]) -> list[ImportProblem]:
    """One note per column/property/attribute no field took ("property GEO not stored: no
    field takes it (2 cards)"), the first MAX_UNSTORED_LISTED by name and one line for the
    rest: a file with a thousand custom properties must not crowd out the problems that
    matter."""
    names = sorted(counts)
    found = [ImportProblem(source_name, _unstored_note(kind, name, counts[name]))
             for name in names[:MAX_UNSTORED_LISTED]]
    if len(names) > MAX_UNSTORED_LISTED:
        rest = len(names) - MAX_UNSTORED_LISTED
        listed = ", ".join(names[MAX_UNSTORED_LISTED:][:20]) + (", …" if rest > 20 else "")
        found.append(ImportProblem(source_name, _more_unstored_note(kind, rest, listed)))
    return found


def append_details(record: ContactRecord, details: list[tuple[str, str]]) -> None:
    """Add "Label: value" lines for details without a column of their own (see module doc)."""
    lines = [f"{label}: {value}" for label, value in details if value]
    lines = [line for line in dict.fromkeys(lines) if line not in record.notes]
    if not lines:
        return
    record.notes = "\n".join(([record.notes] if record.notes else []) + lines)
