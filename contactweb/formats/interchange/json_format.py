"""ContactWeb's own JSON contact file: every record field, nothing lost, easy to script.

    {"format": "contactweb-contacts", "version": 1, "contacts": [{...}, ...]}

A contact holds the ContactRecord fields by name; ``birthday`` is an ISO date or null and
``photo`` is base64 or null; ``consent`` maps a channel (email, post, phone, sms) to granted,
opted_out or unknown (an older file without it states nothing). ``source`` is written for information; reading sets it to the
place in the file read, as every reader does. ``read_json`` checks every value's type and reports a contact
it cannot use instead of guessing.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from contactweb.i18n import _

from .consent_marks import CHANNELS, STATUSES
from .record import (
    MAX_PHOTO_BYTES,
    ContactRecord,
    ImportProblem,
    InterchangeError,
    LabelledValue,
    ParseResult,
    PostalAddress,
)

FORMAT_TAG = "contactweb-contacts"
FORMAT_VERSION = 1
_TEXT_FIELDS = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
                "title", "birthday_text", "notes", "photo_mime", "source", "uid", "language")
_ADDRESS_FIELDS = tuple(f.name for f in fields(PostalAddress))


def _contact_to_json(record: ContactRecord) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(record, name) for name in _TEXT_FIELDS}
    data["emails"] = [{"label": e.label, "value": e.value} for e in record.emails]
    data["phones"] = [{"label": p.label, "value": p.value} for p in record.phones]
    data["addresses"] = [{name: getattr(a, name) for name in _ADDRESS_FIELDS}
                         for a in record.addresses]
    data["birthday"] = record.birthday.isoformat() if record.birthday else None
    data["tags"] = list(record.tags)
    data["websites"] = list(record.websites)
    data["photo"] = base64.b64encode(record.photo).decode("ascii") if record.photo is not None else None
    data["consent"] = dict(record.consent)
    return data


def write_json(records: Iterable[ContactRecord]) -> bytes:
    """UTF-8 JSON holding every field of every record."""
    document = {"format": FORMAT_TAG, "version": FORMAT_VERSION,
                "contacts": [_contact_to_json(record) for record in records]}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


class _Invalid(ValueError):
    """A contact entry that does not have the expected shape; the message says why, in the
    reader's language (the file's own key names kept as they are)."""


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise _Invalid(_("{name} must be text").format(name=name))
    return value


def _text_list(data: dict[str, Any], name: str) -> list[str]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _Invalid(_("{name} must be a list of text").format(name=name))
    return list(value)


def _labelled(data: dict[str, Any], name: str) -> list[LabelledValue]:
    entries = data.get(name, [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise _Invalid(_("{name} must be a list of {shape} objects").format(
            name=name, shape="{label, value}"))
    return [LabelledValue(_text(entry, "label") or "other", _text(entry, "value"))
            for entry in entries]


def _addresses(data: dict[str, Any]) -> list[PostalAddress]:
    entries = data.get("addresses", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        raise _Invalid(_("{name} must be a list of objects").format(name="addresses"))
    return [PostalAddress(**{name: _text(entry, name) for name in _ADDRESS_FIELDS})
            for entry in entries]


def _birthday(data: dict[str, Any]) -> datetime.date | None:
    value = data.get("birthday")
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _Invalid(_("{name} must be a date like 1980-03-22, or null").format(
            name="birthday")) from None


def _photo(data: dict[str, Any]) -> bytes | None:
    value = data.get("photo")
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(_("{name} must be base64 text, or null").format(name="photo"))
    if len(value) * 3 // 4 > MAX_PHOTO_BYTES:
        raise _Invalid(_("{name} is larger than 1 MiB").format(name="photo"))
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _Invalid(_("{name} is not valid base64").format(name="photo")) from None


def _consent(data: dict[str, Any]) -> dict[str, str]:
    value = data.get("consent", {})
    if not isinstance(value, dict) or not all(
            channel in CHANNELS and status in STATUSES for channel, status in value.items()):
        raise _Invalid(_("{name} must map {channels} to one of {statuses}").format(
            name="consent", channels=", ".join(CHANNELS), statuses=", ".join(STATUSES)))
    return dict(value)


def _contact_from_json(data: Any) -> ContactRecord:
    if not isinstance(data, dict):
        raise _Invalid(_("a contact must be an object"))
    record = ContactRecord(**{name: _text(data, name) for name in _TEXT_FIELDS})
    record.emails = _labelled(data, "emails")
    record.phones = _labelled(data, "phones")
    record.addresses = _addresses(data)
    record.birthday = _birthday(data)
    record.tags = _text_list(data, "tags")
    record.websites = _text_list(data, "websites")
    record.photo = _photo(data)
    record.consent = _consent(data)
    return record


def read_json(data: bytes, source_name: str) -> ParseResult:
    """Contacts from a file written by ``write_json`` (or a bare list of contact objects)."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InterchangeError(_("{source_name} is not UTF-8 text").format(
            source_name=source_name)) from None
    except json.JSONDecodeError as error:
        raise InterchangeError(_("{source_name} is not valid JSON ({msg}, line "
                                 "{lineno})").format(
            source_name=source_name, msg=error.msg, lineno=error.lineno)) from None
    contacts = document.get("contacts") if isinstance(document, dict) else document
    if not isinstance(contacts, list):
        raise InterchangeError(_("{source_name} is not a ContactWeb contact file "
                                 "(no \"contacts\" list)").format(source_name=source_name))
    records: list[ContactRecord] = []
    problems: list[ImportProblem] = []
    for number, entry in enumerate(contacts, 1):
        location = f"{source_name}#{number}"
        try:
            record = _contact_from_json(entry)
        except _Invalid as reason:
            # refused: the importer lists it with the bad rows, whatever language it is in
            problems.append(ImportProblem(
                location, _("contact skipped: {reason}").format(reason=reason), refused=True))
            continue
        record.source = f"json:{location}"  # like every reader: where in this file
        records.append(record)
    return ParseResult(records, problems, "json")
