"""What a CSV column holds, and the numbered column scheme Google uses ("Phone 2 - Value").

A ``Column`` says where a cell goes: a plain field, one part of an email/phone/address/website
"slot" (the cells that together make one entry), a detail line for the notes, tags, or a piece
of the birthday. Each dialect in ``csv_dialects`` maps header names to Columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .consent_marks import CHANNELS, CSV_HEADERS

# kinds of column
FIELD = "field"            # target: a ContactRecord text attribute
FULL_NAME = "full_name"    # a whole name, split only when the name parts are empty
BIRTHDAY = "birthday"
BIRTH_PART = "birth_part"  # target: "year", "month" or "day" (Thunderbird)
TAGS = "tags"              # target: the separator between tags
PHOTO = "photo"
DETAIL = "detail"          # target: the label of a "Label: value" line in the notes
EMAIL = "email"            # slot kinds: target "value" or "label"
PHONE = "phone"
WEBSITE = "website"
ADDRESS = "address"        # target: an address part, "formatted" or "label"
DETAIL_SLOT = "detail_slot"  # numbered details (Google relations, events, custom fields)
CONSENT = "consent"        # target: a channel; label: the header, for problem reasons
SECTION_LABEL = "section_label"  # slot: a section whose entries this cell labels (Gmail 2005)

ADDRESS_PARTS = ("street", "extended", "city", "region", "postcode", "country", "po_box")

#: Google separates several values in one cell with " ::: "
GOOGLE_SEPARATOR = " ::: "


@dataclass(frozen=True)
class Column:
    kind: str
    target: str = ""
    slot: str = ""
    label: str = ""  # fixed label of the slot ("Business Phone" is a work phone)


def consent_columns() -> dict[str, Column]:
    """ContactWeb's consent columns by normalised header, for every layout it writes (and the
    generic one): read, never mistaken for an unknown column and dropped."""
    return {CSV_HEADERS[channel].lower(): Column(CONSENT, channel, label=CSV_HEADERS[channel])
            for channel in CHANNELS}


def normalise_header(header: str) -> str:
    """Lowercase, BOM and surrounding quotes removed, inner whitespace collapsed."""
    text = header.replace("\ufeff", "").strip().strip('"').strip()
    return " ".join(text.lower().split())


_NUMBERED = re.compile(
    r"^(e-mail|email|phone|address|website|relation|event|custom field|im|organization|"
    r"organisation) (\d+) - (.+)$"
)
_ADDRESS_PART_NAMES = {
    "street": "street", "city": "city", "po box": "po_box", "region": "region",
    "postal code": "postcode", "country": "country", "extended address": "extended",
    "formatted": "formatted", "type": "label", "label": "label",
}
_DETAIL_DEFAULTS = {"relation": "Related", "event": "Date", "custom field": "Custom", "im": "IM"}


def numbered_column(header: str) -> Column | None:
    """Google's "<Thing> <n> - <part>" columns (both the 2020 and the older export)."""
    match = _NUMBERED.match(header)
    if not match:
        return None
    thing, number, part = match.groups()
    if thing in ("e-mail", "email", "phone", "website"):
        kind = {"e-mail": EMAIL, "email": EMAIL, "phone": PHONE, "website": WEBSITE}[thing]
        if part in ("type", "label"):
            return Column(kind, "label", number)
        return Column(kind, "value", number) if part == "value" else None
    if thing == "address":
        target = _ADDRESS_PART_NAMES.get(part)
        return Column(ADDRESS, target, number) if target else None
    if thing in ("organization", "organisation"):
        return _organisation_column(int(number), part)
    slot = f"{thing} {number}"
    if part in ("type", "label", "service"):
        return Column(DETAIL_SLOT, part if part == "service" else "label", slot,
                      label=_DETAIL_DEFAULTS[thing])
    return Column(DETAIL_SLOT, "value", slot, label=_DETAIL_DEFAULTS[thing]) if part == "value" else None


def _organisation_column(number: int, part: str) -> Column | None:
    if part == "name":
        return Column(FIELD, "company") if number == 1 else Column(DETAIL, "Organisation")
    if part == "title":
        return Column(FIELD, "title") if number == 1 else Column(DETAIL, "Title")
    if part == "department":
        return Column(DETAIL, "Department")
    if part == "job description":
        return Column(DETAIL, "Job description")
    return None
