"""Between interchange records (files) and the contact model (vault)."""

from __future__ import annotations

import re

from contactweb.errors import BadInput
from contactweb.formats.interchange import (
    ContactRecord,
    ImportProblem,
    LabelledValue,
    PostalAddress,
)
from contactweb.i18n import _
from contactweb.services.contacts.contact_language import checked_language
from contactweb.services.contacts.contacts import (
    AddressInput,
    ContactDetails,
    ContactInput,
    EmailInput,
    PhoneInput,
)
from contactweb.services.importing.import_validation import validated_contact
from contactweb.services.importing.phone_regions import (
    address_countries,
    has_country_code,
    kept_line,
    not_valid_reason,
    read_typed_numbers,
)
from contactweb.services.validation import FieldError

WEBSITE_PREFIX = "Website: "
PO_BOX_PREFIX = "PO Box "
_PO_BOX = re.compile(r"^(?:p\.?\s?o\.?\s?box|postfach|post office box)\b", re.IGNORECASE)
BIRTHDAY_PREFIX = "Birthday: "
_LIST_FIELD = re.compile(r"^(emails|phones)\[(\d+)\]$")


def record_to_input(record: ContactRecord) -> ContactInput:
    """The record's fields as a ContactInput, not yet validated (see ``clean_input``).
    Details without a column of their own (websites after the first, a birthday that is
    not a date) go to the notes as "Label: value" lines, which ``details_to_record`` reads
    back."""
    data = _input_without_extras(record)
    data.notes = "\n".join(([data.notes] if data.notes else []) + _extra_lines(record))
    return data


def _extra_lines(record: ContactRecord) -> list[str]:
    """The website and birthday lines, which always end the notes: an export takes them
    out and the next import puts them back last, so their place never moves."""
    lines = [WEBSITE_PREFIX + w for w in record.websites[1:]
             if WEBSITE_PREFIX + w not in record.notes]
    if record.birthday_text:
        lines.append(BIRTHDAY_PREFIX + record.birthday_text)
    return lines


def _input_without_extras(record: ContactRecord) -> ContactInput:
    addresses = [AddressInput(
        street=_street_lines(a), city=a.city, region=a.region, postcode=a.postcode,
        country=a.country, label=a.label)
        for a in record.addresses if not a.is_empty()]
    return ContactInput(
        prefix=record.prefix, first_name=record.first_name, middle_name=record.middle_name,
        last_name=record.last_name, suffix=record.suffix, company=record.company,
        title=record.title, emails=[EmailInput(e.value, e.label) for e in record.emails],
        phones=[PhoneInput(p.value, p.label) for p in record.phones], addresses=addresses,
        tags=list(record.tags), notes=record.notes, birthday=record.birthday,
        source=(record.source or "import")[:200], photo=record.photo,
        photo_mime=record.photo_mime, website=record.websites[0] if record.websites else "",
        language=_known_language(record.language) if record.language else "", uid=record.uid,
    )


def _known_language(tag: str) -> str:
    """A file's language as ContactWeb stores it; one CLDR does not know is left out (the
    contact then gets the business's default) rather than refusing the whole contact."""
    try:
        return checked_language(tag)
    except BadInput:
        return ""


def clean_input(record: ContactRecord, region: str,
                problems: list[ImportProblem]) -> ContactInput:
    """A validated ContactInput, by the same rules as a contact typed in. An email address
    or phone number the rules refuse is kept in the notes (nothing the user had is lost) and
    reported; a card with nothing to name it by is named by what it has. Anything else the
    rules refuse raises BadInput: the row cannot be imported."""
    data = _input_without_extras(record)
    extras = _extra_lines(record)
    kept: list[str] = []
    national: list[str] = []  # after what the validator refuses, as the file had them
    _read_national_numbers(record, data, region, national, problems)
    for _attempt in range(len(data.emails) + len(data.phones) + 2):
        try:
            clean = validated_contact(_with_notes(data, kept + national + extras), region)
        except FieldError as error:
            if error.field == "website":  # not a web address: kept as written, with the
                extras.insert(0, WEBSITE_PREFIX + data.website.strip())  # other website
                data.website = ""  # lines, which end the notes (see _extra_lines)
                continue
            if not _recover(record, data, error, kept, problems):
                raise  # a value longer than its column, a tag of over 100 characters...
            continue
        return clean
    raise BadInput("the entry could not be made valid")  # not reached: each retry removes one


def _read_national_numbers(record: ContactRecord, data: ContactInput, region: str,
                           kept: list[str], problems: list[ImportProblem]) -> None:
    """Numbers without a country code in the contact's country or the business's region;
    one valid in none of them stays as typed, in the notes (see phone_regions)."""
    if all(has_country_code(p.number) or not p.number.strip() for p in data.phones):
        return  # nothing to read: read_typed_numbers would give every number back as it is
    read, regions = read_typed_numbers([p.number for p in data.phones],
                                       address_countries(data.addresses), region)
    phones = []
    for phone, stored in zip(data.phones, read, strict=True):
        if stored is not None:
            phones.append(PhoneInput(stored, phone.label))
            continue
        kept.append(kept_line(phone.label, phone.number))
        problems.append(ImportProblem(record.source, not_valid_reason(phone.number, regions)))
    data.phones = phones


def _with_notes(data: ContactInput, kept: list[str]) -> ContactInput:
    if not kept:
        return data
    notes = "\n".join(([data.notes] if data.notes else []) + kept)
    return ContactInput(**{**data.__dict__, "notes": notes})


def _recover(record: ContactRecord, data: ContactInput, error: FieldError, kept: list[str],
             problems: list[ImportProblem]) -> bool:
    """Fix what the validator refused, if it can be fixed without losing anything."""
    found = _LIST_FIELD.match(error.field)
    if found:
        kind, index = found.group(1), int(found.group(2))
        if kind == "emails":
            entry = data.emails.pop(index)
            kept.append(f"Email ({entry.label}): {entry.address.strip()}")
            note = _("kept unreadable email address {address} in the notes").format(
                address=repr(entry.address.strip()))
        else:
            phone = data.phones.pop(index)
            kept.append(f"Phone ({phone.label}): {phone.number.strip()}")
            note = _("kept unreadable phone number {number} in the notes").format(
                number=repr(phone.number.strip()))
        problems.append(ImportProblem(record.source, note))
        return True
    if error.field == "first_name" and not data.first_name.strip():
        data.first_name = (record.display_name or "Unnamed")[:200]
        return True
    return False


def _street_lines(address: PostalAddress) -> str:
    """The street, the extended address and the PO box as the lines of the one street field."""
    if not (address.extended or address.po_box):  # nearly every address: the street alone
        return address.street
    return "\n".join(part for part in (address.street, address.extended,
                                       _po_box_line(address.po_box)) if part)


def _po_box_line(po_box: str) -> str:
    """The PO box as the last street line, said to be one ("PO Box 12"): the vault has one
    street field, and a bare "12" there would read as part of the street."""
    if not po_box or _PO_BOX.match(po_box):
        return po_box
    return PO_BOX_PREFIX + po_box


def _split_po_box(street: str) -> tuple[str, str]:
    """(street, PO box): a last street line that is a PO box goes back to its own field."""
    head, _, last = street.rpartition("\n")
    if not _PO_BOX.match(last):
        return street, ""
    return head, last.removeprefix(PO_BOX_PREFIX)


def details_to_record(details: ContactDetails) -> ContactRecord:
    notes, websites, birthday_text = [], [], ""
    for line in details.notes.split("\n") if details.notes else []:
        if line.startswith(WEBSITE_PREFIX):
            websites.append(line.removeprefix(WEBSITE_PREFIX))
        elif line.startswith(BIRTHDAY_PREFIX) and not birthday_text and not details.birthday:
            # only while there is no birthday date: a record never has both
            birthday_text = line.removeprefix(BIRTHDAY_PREFIX)
        else:
            notes.append(line)
    return ContactRecord(
        prefix=details.prefix, first_name=details.first_name, middle_name=details.middle_name,
        last_name=details.last_name, suffix=details.suffix, company=details.company,
        title=details.title,
        emails=[LabelledValue(e.label, e.address) for e in details.emails],
        phones=[LabelledValue(p.label, p.number) for p in details.phones],
        addresses=[PostalAddress(a.label, *_split_po_box(a.street)[:1], a.city, a.region,
                                 a.postcode, a.country, po_box=_split_po_box(a.street)[1])
                   for a in details.addresses],
        birthday=details.birthday, birthday_text=birthday_text, notes="\n".join(notes),
        tags=list(details.tags),
        websites=[w for w in [details.website, *websites] if w], photo=details.photo,
        language=details.language,
        photo_mime=details.photo_mime, source=f"contactweb:{details.id}", uid=details.uid,
    )
