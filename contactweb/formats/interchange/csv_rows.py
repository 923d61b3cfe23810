"""One CSV row to a ContactRecord, given what each column holds (see csv_columns)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from functools import lru_cache

from contactweb.i18n import _

from .consent_marks import parse_status
from .csv_columns import (
    ADDRESS,
    ADDRESS_PARTS,
    BIRTH_PART,
    BIRTHDAY,
    CONSENT,
    DETAIL,
    DETAIL_SLOT,
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
)
from .dates import birthday_from_parts, parse_birthday
from .labels import OTHER, normalise_label
from .record import MAX_PHOTO_BYTES, ContactRecord, LabelledValue, PostalAddress, append_details
from .vcard_mapping import is_system_group

#: a spreadsheet formula starts with one of these; writers put a ' before such a cell
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r]")
_DATA_URI = re.compile(r"^data:([\w.+\-]+/[\w.+\-]+)?;base64,", re.IGNORECASE)
_CRLF = re.compile(r"\r\n")
_EMPTY_DATES = frozenset({"0/0/00", "0/0/0000", "00.00.0000", "0.0.00"})
# Google's " ::: " between values; the spaces go missing when a cell is trimmed
_MULTI_VALUE = re.compile(r"\s*:::\s*")
_ADDRESS_PART_NAMES = frozenset(ADDRESS_PARTS)
# the kinds of column whose cell is a value of its own; every other kind is part of a slot
# (the cells that together make one email, phone, address, website or numbered detail)
_UNSLOTTED = frozenset({FIELD, FULL_NAME, BIRTHDAY, BIRTH_PART, TAGS, PHOTO, SECTION_LABEL,
                        CONSENT, DETAIL})


def clean_cell(cell: str) -> str:
    """Trim, use "\\n" line breaks, and undo the ' a writer put before a formula character."""
    value = cell.strip()
    if "\r\n" in value:
        value = _CRLF.sub("\n", value)
    return value[1:] if value[:1] == "'" and _NEUTRALISED.match(value) else value


class _Slot:
    """The cells of one email, phone, address... of a row (a plain class: a row makes a
    few, and a dataclass's default factories cost more than the rest of making one)."""

    __slots__ = ("label", "parts")

    def __init__(self, label: str = "") -> None:
        self.label = label
        self.parts: dict[str, list[str]] = {}


@dataclass
class RowOutcome:
    record: ContactRecord
    problems: list[str] = field(default_factory=list)
    #: part of the row was left out (a photo too large): the importer lists it with the bad
    #: rows, whatever language its problems are said in
    refused: bool = False


def _split_multi(value: str, *, keep_empty: bool = False) -> list[str]:
    if ":::" not in value:  # the usual case; the cell is trimmed already (clean_cell)
        return [value] if value or keep_empty else []
    parts = [part.strip() for part in _MULTI_VALUE.split(value)]
    return parts if keep_empty else [part for part in parts if part]


@lru_cache(maxsize=1024)
def _labels(raw: str, count: int) -> tuple[str, ...]:
    """The labels of ``count`` values from their label cell ("Work ::: Home")."""
    pieces = _split_multi(raw, keep_empty=True)
    if len(pieces) != count:
        pieces = [raw] * count
    return tuple(normalise_label(piece) if piece else OTHER for piece in pieces)


@lru_cache(maxsize=1024)
def _tags_of(value: str, separator: str) -> tuple[str, ...]:
    """The tags a cell names, in its order, without Google's system groups and its "* "."""
    if not separator:  # a mapped column: use whichever list separator the cell has
        separator = next((s for s in (":::", ";", ",") if s in value), ",")
    pieces = _split_multi(value) if separator in (GOOGLE_SEPARATOR, ":::") else value.split(separator)
    tags: list[str] = []
    for piece in pieces:
        tag = piece.strip()
        if not tag or is_system_group(tag):
            continue
        if tag.startswith("* "):
            tag = tag[2:].strip()  # Google marks its own groups ("* Starred")
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _photo_from_cell(value: str, outcome: RowOutcome) -> tuple[bytes | None, str]:
    match = _DATA_URI.match(value)
    if not match:
        return None, ""  # Google exports a link to its servers; it is not downloaded
    payload = value[match.end():]
    if len(payload) * 3 // 4 > MAX_PHOTO_BYTES:
        outcome.problems.append(_("photo dropped (larger than 1 MiB)"))
        outcome.refused = True
        return None, ""
    try:
        data = base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError):
        outcome.problems.append(_("photo could not be decoded (damaged base64)"))
        return None, ""
    return data, (match.group(1) or "application/octet-stream").lower()


class RowBuilder:
    def __init__(self, columns: list[Column | None], *, month_first: bool) -> None:
        self.columns = columns
        self.month_first = month_first
        # Worked out once for the file, not for every cell of every row, in column order:
        # (cell index, field) of the plain fields, (cell index, slot key, part, slot label)
        # of the parts of emails, phones, addresses..., (cell index, kind, column) of the rest.
        # Each kind of column only adds to what that kind builds, so taking the kinds one
        # after the other gives what one pass over the columns gives.
        taken = [(index, column) for index, column in enumerate(columns) if column is not None]
        self._fields = [(index, column.target) for index, column in taken
                        if column.kind == FIELD]
        self._slot_parts = [(index, (column.kind, column.slot), column.target, column.label)
                            for index, column in taken if column.kind not in _UNSLOTTED]
        self._others = [(index, column.kind, column) for index, column in taken
                        if column.kind in _UNSLOTTED and column.kind != FIELD]
        # a row shorter than this has its missing cells read as empty ones
        self._width = max((index + 1 for index, _column in taken), default=0)
        # each field from one column (nearly every layout): no first-column-wins to keep
        targets = [target for _index, target in self._fields]
        self._one_column_per_field = len(set(targets)) == len(targets)

    def build(self, cells: list[str]) -> RowOutcome:
        # Nearly every row has no CRLF in a cell and no ' before a formula character: one
        # look at the whole row says so, and cleaning its cells is then trimming them. The
        # cells are cleaned all at once, the missing ones of a short row as empty cells.
        joined = "".join(cells)
        cells = list(map(clean_cell if "'" in joined or "\r\n" in joined else str.strip,
                         cells))
        if len(cells) < self._width:
            cells += [""] * (self._width - len(cells))
        if self._one_column_per_field:
            fields = {target: value for index, target in self._fields if (value := cells[index])}
        else:
            fields = {}
            for index, target in self._fields:
                if value := cells[index]:
                    fields.setdefault(target, value)  # the first column with a value wins
        outcome = RowOutcome(ContactRecord(**fields))
        record = outcome.record
        slots: dict[tuple[str, str], _Slot] = {}
        for index, slot_key, target, label in self._slot_parts:
            if value := cells[index]:
                slot = slots.get(slot_key)
                if slot is None:  # not setdefault: that makes a _Slot for every cell
                    slot = slots[slot_key] = _Slot(label)
                slot.parts.setdefault(target, []).append(value)
        details: list[tuple[str, str]] = []
        full_name = ""
        birth_parts: dict[str, str] = {}
        section_labels: dict[str, str] = {}
        for index, kind, column in self._others:
            value = cells[index]
            if not value:
                continue
            if kind == FULL_NAME:
                full_name = full_name or value
            elif kind == BIRTHDAY:
                if not (record.birthday or record.birthday_text):
                    record.birthday, record.birthday_text = parse_birthday(
                        value, month_first=self.month_first)
            elif kind == BIRTH_PART:
                birth_parts[column.target] = value
            elif kind == TAGS:
                self._add_tags(record, value, column.target)
            elif kind == PHOTO:
                if record.photo is None:
                    record.photo, record.photo_mime = _photo_from_cell(value, outcome)
            elif kind == SECTION_LABEL:
                section_labels[column.slot] = value
            elif kind == CONSENT:
                self._add_consent(record, column, value, outcome.problems)
            elif kind == DETAIL:
                if value not in _EMPTY_DATES:  # Outlook fills every Anniversary with 0/0/00
                    details.append((column.label or column.target, value))
        if birth_parts and not (record.birthday or record.birthday_text):
            record.birthday, record.birthday_text = birthday_from_parts(
                birth_parts.get("year", ""), birth_parts.get("month", ""), birth_parts.get("day", ""))
        for (kind, key), slot in slots.items():
            if key in section_labels and not slot.label and not slot.parts.get("label"):
                slot.parts["label"] = [section_labels[key]]  # "Personal", "Work", ...
            self._add_slot(record, kind, slot, details)
        if full_name and not record.person_name and full_name != record.company:
            first, _space, last = full_name.rpartition(" ")
            record.first_name, record.last_name = (first, last) if first else (last, "")
        if details:
            append_details(record, details)
        return outcome

    @staticmethod
    def _add_consent(record: ContactRecord, column: Column, value: str,
                     problems: list[str]) -> None:
        status = parse_status(value)
        if status is None:
            # Reported rather than guessed: the word may have meant an opt-out.
            problems.append(_("{label} {value!r} is not granted, opted out or "
                              "unknown; no consent read from it").format(
    label=column.label, value=value[:40]))
            return
        record.consent[column.target] = status

    @staticmethod
    def _add_tags(record: ContactRecord, value: str, separator: str) -> None:
        # a file repeats a handful of label cells on every row; a long one is not kept
        tags = _tags_of(value, separator) if len(value) <= 200 else \
            _tags_of.__wrapped__(value, separator)
        for tag in tags:
            if tag not in record.tags:
                record.tags.append(tag)

    @staticmethod
    def _labels_for(slot: _Slot, count: int) -> tuple[str, ...]:
        cells = slot.parts.get("label")
        raw = cells[0] if cells else slot.label
        # a file repeats a handful of label cells on every row; a long one is not kept
        return _labels(raw, count) if len(raw) <= 100 else _labels.__wrapped__(raw, count)

    def _add_slot(self, record: ContactRecord, kind: str, slot: _Slot,
                  details: list[tuple[str, str]]) -> None:
        if kind == ADDRESS:
            self._add_address(record, slot)
            return
        if kind == PHONE or kind == EMAIL:
            values = slot.parts.get("value")
            if values is not None and len(values) == 1 and ":::" not in values[0]:
                # one value, nearly every slot: the general way below gives the same
                (record.phones if kind == PHONE else record.emails).append(
                    LabelledValue(self._labels_for(slot, 1)[0], values[0]))
                return
        values = [piece for value in slot.parts.get("value", []) for piece in _split_multi(value)]
        if kind == DETAIL_SLOT:
            services = _split_multi(slot.parts.get("service", [""])[0], keep_empty=True)
            labels = _split_multi(slot.parts["label"][0]) if slot.parts.get("label") else []
            name = labels[0].lstrip("* ") if labels else ""
            for index, value in enumerate(values):
                service = services[index] if index < len(services) else ""
                details.append((f"IM ({service})" if service else name or slot.label, value))
            return
        if kind == WEBSITE:
            record.websites.extend(value for value in values if value not in record.websites)
            return
        target = record.phones if kind == PHONE else record.emails
        for label, value in zip(self._labels_for(slot, len(values)), values, strict=True):
            target.append(LabelledValue(label, value))

    def _add_address(self, record: ContactRecord, slot: _Slot) -> None:
        # the parts the row has; the others are "" (the record's default). A slot holds
        # only cells with text, so the address is empty exactly when it has no part.
        parts = {name: "\n".join(values) for name, values in slot.parts.items()
                 if name in _ADDRESS_PART_NAMES}
        address = PostalAddress(label=self._labels_for(slot, 1)[0], **parts)
        if not parts:
            formatted = "\n".join(slot.parts.get("formatted", []))
            if not formatted:
                return
            address.street = formatted
        record.addresses.append(address)

