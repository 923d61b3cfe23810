"""Between interchange records (files) and the contact model (vault)."""

from __future__ import annotations

from contactweb.services.contacts import (
    AddressInput,
    ContactDetails,
    ContactInput,
    EmailInput,
    PhoneInput,
)
from contactweb.services.interchange import (
    ContactRecord,
    ImportProblem,
    LabelledValue,
    PostalAddress,
)
from contactweb.services.validation import (
    FieldError,
    normalise_email,
    normalise_phone,
)

WEBSITE_PREFIX = "Website: "
BIRTHDAY_PREFIX = "Birthday: "


def record_to_input(record: ContactRecord, region: str,
                    problems: list[ImportProblem]) -> ContactInput:
    """A valid ContactInput from a record. Emails and phones the validators refuse are kept
    in the notes (nothing the user had is lost) and reported."""
    emails, phones, extra_notes = [], [], []
    for item in record.emails:
        try:
            emails.append(EmailInput(normalise_email(item.value), item.label))
        except FieldError:
            extra_notes.append(f"Email ({item.label}): {item.value}")
            problems.append(ImportProblem(record.source, f"kept unreadable email address "
                                                         f"{item.value!r} in the notes"))
    for item in record.phones:
        try:
            phones.append(PhoneInput(normalise_phone(item.value, region)[0], item.label))
        except FieldError:
            extra_notes.append(f"Phone ({item.label}): {item.value}")
            problems.append(ImportProblem(record.source, f"kept unreadable phone number "
                                                         f"{item.value!r} in the notes"))
    addresses = [AddressInput(
        street="\n".join(p for p in (a.po_box, a.extended, a.street) if p), city=a.city,
        region=a.region, postcode=a.postcode, country=a.country, label=a.label)
        for a in record.addresses if not a.is_empty()]
    notes = [record.notes] if record.notes else []
    notes += [WEBSITE_PREFIX + w for w in record.websites if WEBSITE_PREFIX + w not in record.notes]
    if record.birthday_text:
        notes.append(BIRTHDAY_PREFIX + record.birthday_text)
    notes += extra_notes
    first, last, company = record.first_name, record.last_name, record.company
    if not (first or last or company or emails):
        # A card with only a phone or a note still becomes a contact, named by what it has.
        first = record.display_name or "Unnamed"
    return ContactInput(
        prefix=record.prefix, first_name=first, middle_name=record.middle_name, last_name=last,
        suffix=record.suffix, company=company, title=record.title, emails=emails,
        phones=phones, addresses=addresses, tags=list(record.tags), notes="\n".join(notes),
        birthday=record.birthday, source=(record.source or "import")[:200],
        photo=record.photo, photo_mime=record.photo_mime,
    )


def details_to_record(details: ContactDetails) -> ContactRecord:
    notes, websites, birthday_text = [], [], ""
    for line in details.notes.split("\n") if details.notes else []:
        if line.startswith(WEBSITE_PREFIX):
            websites.append(line.removeprefix(WEBSITE_PREFIX))
        elif line.startswith(BIRTHDAY_PREFIX) and not birthday_text:
            birthday_text = line.removeprefix(BIRTHDAY_PREFIX)
        else:
            notes.append(line)
    return ContactRecord(
        prefix=details.prefix, first_name=details.first_name, middle_name=details.middle_name,
        last_name=details.last_name, suffix=details.suffix, company=details.company,
        title=details.title,
        emails=[LabelledValue(e.label, e.address) for e in details.emails],
        phones=[LabelledValue(p.label, p.number) for p in details.phones],
        addresses=[PostalAddress(a.label, a.street, a.city, a.region, a.postcode, a.country)
                   for a in details.addresses],
        birthday=details.birthday, birthday_text=birthday_text, notes="\n".join(notes),
        tags=list(details.tags), websites=websites, photo=details.photo,
        photo_mime=details.photo_mime, source=f"contactweb:{details.id}",
    )
