"""Details a fixed-column format has no place for, kept as labelled lines in its notes.

Outlook's CSV and the Thunderbird LDIF schema have one column per kind of phone, two or
three e-mail addresses and no name prefix or consent. What does not fit is written after the
notes under a marker line, one "Kind (label): value" line each, which a person reads in the
other program and the ContactWeb reader turns back into fields:

    [More details]
    Phone (car): +49 30 1234567
    E-mail (home): ann@home.example
    Address (other): ;;Hauptstr. 1;Berlin;;10115;Germany
    Label of e-mail (work): ann@acme.example
    Consent (email): opted out

Values are escaped as vCard text (backslash, comma, semicolon, line break); an address is a
vCard ADR value. A label escapes backslash, ")" and line breaks.
"""

from __future__ import annotations

import re

from .consent_marks import csv_word, parse_status
from .record import ContactRecord, LabelledValue, PostalAddress
from .vcard_values import split_unescaped, unescape
from .vcard_writer import escape_text

MARKER = "[More details]"
_KINDS = ("Phone", "E-mail", "Address", "Website", "Label of phone", "Label of e-mail",
          "Name prefix", "Middle name", "Name suffix", "Tags", "Birthday", "Consent")
_LINE = re.compile(rf"^({'|'.join(map(re.escape, _KINDS))})"
                   r"(?: \(((?:\\.|[^\\)])*)\))?: (.*)$", re.DOTALL)
_LABEL_ESCAPE = re.compile(r"\\(.)")


def _label(label: str) -> str:
    return label.replace("\\", "\\\\").replace(")", "\\)").replace("\n", "\\n")


def _unlabel(text: str) -> str:
    return _LABEL_ESCAPE.sub(lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


class Overflow:
    """The lines of one record's block, in the order they are added."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, kind: str, value: str, label: str = "") -> None:
        head = f"{kind} ({_label(label)})" if label else kind
        self.lines.append(f"{head}: {value}")

    def phone(self, entry: LabelledValue) -> None:
        self.add("Phone", escape_text(entry.value), entry.label)

    def email(self, entry: LabelledValue) -> None:
        self.add("E-mail", escape_text(entry.value), entry.label)

    def relabel(self, kind: str, entry: LabelledValue) -> None:
        """An entry the format carries, under a label it cannot say."""
        self.add(f"Label of {kind}", escape_text(entry.value), entry.label)

    def address(self, address: PostalAddress) -> None:
        parts = (address.po_box, address.extended, address.street, address.city,
                 address.region, address.postcode, address.country)
        self.add("Address", ";".join(escape_text(part) for part in parts), address.label)

    def consent(self, consent: dict[str, str]) -> None:
        for channel, status in consent.items():
            self.add("Consent", csv_word(status), channel)

    def notes(self, notes: str) -> str:
        """The notes with the block after them (the notes alone when nothing overflowed)."""
        if not self.lines:
            return notes
        return "\n".join(([notes] if notes else []) + [MARKER, *self.lines])


def restore(record: ContactRecord, default_labels: dict[str, str] | None = None) -> None:
    """Take the block out of ``record.notes`` and put its details back in their fields.
    ``default_labels`` ("phone"/"e-mail" -> label) says what a relabelled entry was read
    with; a line the reader does not understand stays in the notes."""
    notes, marker, block = record.notes.rpartition(MARKER)
    if not marker or (notes and not notes.endswith("\n")):
        return
    kept: list[str] = []
    for line in block.split("\n")[1:] if block.startswith("\n") else [block] if block else []:
        match = _LINE.match(line)
        if not match or not _apply(record, match.group(1), _unlabel(match.group(2) or ""),
                                   match.group(3), default_labels or {}):
            kept.append(line)
    record.notes = "\n".join(([notes[:-1]] if notes else []) + kept)


def _apply(record: ContactRecord, kind: str, label: str, value: str,
           default_labels: dict[str, str]) -> bool:
    text = unescape(value)
    if kind in ("Phone", "E-mail"):
        target = record.phones if kind == "Phone" else record.emails
        target.append(LabelledValue(label or "other", text))
    elif kind == "Address":
        parts = (split_unescaped(value, ";") + [""] * 7)[:7]
        po_box, extended, street, city, region, postcode, country = parts
        record.addresses.append(PostalAddress(label or "other", street, city, region, postcode,
                                              country, po_box, extended))
    elif kind.startswith("Label of "):
        which = kind.removeprefix("Label of ")
        target = record.phones if which == "phone" else record.emails
        default = default_labels.get(which, "other")
        entry = next((e for e in target if e.value == text and e.label == default), None)
        if entry is None:
            return False
        entry.label = label
    elif kind == "Website":
        record.websites.append(text)
    elif kind == "Tags":
        record.tags.extend(tag for tag in split_unescaped(value, ",") if tag)
    elif kind == "Consent":
        status = parse_status(text)
        if status is None or not label:
            return False
        record.consent[label] = status
    else:
        attribute = {"Name prefix": "prefix", "Middle name": "middle_name",
                     "Name suffix": "suffix", "Birthday": "birthday_text"}[kind]
        setattr(record, attribute, text)
    return True
