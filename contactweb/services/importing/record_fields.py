"""Which field of a vCard, LDIF or JSON file goes where: the field-level counterpart of a
CSV column mapping, for the import wizard's mapping page.

The readers already put each property in its field (ORG in company, TITLE in title...);
this lets the person send a field elsewhere or leave it out before anything is stored, e.g.
a card set whose ORG holds departments kept in the notes instead. Text fields can go to any
other text field (a value joins what is there); lists and the birthday stay themselves or
are not imported.
"""

from __future__ import annotations

from dataclasses import replace

from contactweb.formats.interchange import ContactRecord, ParseResult

IGNORE = "ignore"
FIELD_NAMES = {
    "prefix": "Name prefix", "first_name": "First name", "middle_name": "Middle name",
    "last_name": "Last name", "suffix": "Name suffix", "company": "Company",
    "title": "Job title", "emails": "Emails", "phones": "Phones", "addresses": "Addresses",
    "birthday": "Birthday", "notes": "Notes", "tags": "Tags", "websites": "Websites",
    "photo": "Photo", IGNORE: "(not imported)",
}
TEXT_FIELDS = ("prefix", "first_name", "middle_name", "last_name", "suffix", "company",
               "title", "notes")
_EMPTY: dict[str, object] = {"emails": [], "phones": [], "addresses": [], "tags": [],
                             "websites": [], "notes": ""}


def _value(record: ContactRecord, field: str) -> object:
    if field == "birthday":
        return record.birthday or record.birthday_text
    return getattr(record, field)


def fields_present(parsed: ParseResult) -> list[str]:
    """The fields some entry of the file has a value in, in the form's order."""
    return [f for f in FIELD_NAMES if f != IGNORE
            and any(_value(r, f) for r in parsed.records)]


def choices_for(field: str) -> list[str]:
    """Where ``field`` may go: itself first, then "not imported", then other text fields."""
    others = [f for f in TEXT_FIELDS if f != field] if field in TEXT_FIELDS else []
    return [field, IGNORE, *others]


def example(parsed: ParseResult, field: str) -> str:
    """The first value of ``field`` in the file, as short text, to recognise it by."""
    for record in parsed.records:
        value = _value(record, field)
        if value:
            if field == "photo":
                return f"{len(value)} bytes"  # type: ignore[arg-type]
            if isinstance(value, list):
                value = ", ".join(getattr(v, "value", None) or getattr(v, "street", None)
                                  or str(v) for v in value)
            return str(value).replace("\n", " ")[:80]
    return ""


def remap(parsed: ParseResult, mapping: dict[str, str]) -> ParseResult:
    """``parsed`` with each field sent where ``mapping`` says (field -> target); fields not
    named stay where they are."""
    moves = {f: t for f, t in mapping.items() if t != f and t in choices_for(f)}
    if not moves:
        return parsed
    return replace(parsed, records=[_moved(r, moves) for r in parsed.records])


def _moved(record: ContactRecord, moves: dict[str, str]) -> ContactRecord:
    values = {f: _value(record, f) for f in moves}
    changes: dict[str, object] = {}
    for field in moves:  # every moved field leaves its place first
        if field == "birthday":
            changes |= {"birthday": None, "birthday_text": ""}
        elif field == "photo":
            changes |= {"photo": None, "photo_mime": ""}
        else:
            changes[field] = _EMPTY.get(field, "")
    moved = replace(record, **changes)
    for field, target in moves.items():
        value = str(values[field] or "")
        if target == IGNORE or not value:
            continue
        current = getattr(moved, target)
        if target == "notes":
            line = f"{FIELD_NAMES[field]}: {value}"
            moved = replace(moved, notes="\n".join(p for p in (current, line) if p))
        else:
            moved = replace(moved, **{target: " ".join(p for p in (current, value) if p)})
    return moved
