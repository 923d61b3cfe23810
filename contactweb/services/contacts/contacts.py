"""Contacts: create, read, update, close and reopen, with labelled child rows and tags."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from operator import attrgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Tag,
    User,
    utcnow,
)
from contactweb.models.contact import unnamed_contact
from contactweb.services import audit, settings, undo
from contactweb.services.changes import Changes
from contactweb.services.consent import mailbox_statements
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_language import checked_language
from contactweb.services.contacts.match_keys import company_key
from contactweb.services.importing.phone_regions import (
    address_countries,
    has_country_code,
    kept_line,
    read_typed_numbers,
)
from contactweb.services.stale_edits import StaleEdit, count_save, hold_and_check
from contactweb.services.validation import (
    FieldError,
    national_digits,
    normalise_phone,
)
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MAX_PHOTO_BYTES = 1024 * 1024
MAX_WEBSITE_LENGTH = 500


@dataclass
class EmailInput:
    address: str
    label: str = "work"


@dataclass
class PhoneInput:
    number: str
    label: str = "work"


@dataclass
class AddressInput:
    street: str = ""
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    label: str = "work"

    def one_line(self) -> str:
        parts = [self.street.replace("\n", ", "), self.city, self.region, self.postcode,
                 self.country]
        return ", ".join(p for p in parts if p)


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    middle_name: str = ""
    prefix: str = ""
    suffix: str = ""
    company: str = ""
    title: str = ""
    emails: list[EmailInput] = field(default_factory=list)
    phones: list[PhoneInput] = field(default_factory=list)
    addresses: list[AddressInput] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    birthday: date | None = None
    owner_only: bool = False
    owner_username: str | None = None  # None: the signed-in user
    source: str = "manual"
    photo: bytes | None = None
    photo_mime: str = ""
    website: str = ""
    # The language to write to them in (BCP 47, "de"); empty: the business's default.
    language: str = ""
    uid: str = ""  # empty: the vault makes one (a new contact) or keeps the one it has
    # The contact's version the edit started from: a save is refused when someone saved it
    # since (StaleContactEdit). None: no check (the command line, imports, undo).
    version: int | None = None


@dataclass
class ContactDetails(ContactInput):
    id: int = 0
    updated_by: str = ""
    status: str = "active"
    owner: str = ""
    legal_hold: bool = False
    legal_hold_reason: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.company or (self.emails[0].address if self.emails else "") or \
            unnamed_contact(self.id)

    def to_input(self) -> ContactInput:
        return ContactInput(**{k: getattr(self, k) for k in ContactInput.__dataclass_fields__})


# fewer digits than this is no phone number at all: refused with the field, not kept
_MIN_PHONE_DIGITS = 5


def _clean_label(label: str) -> str:
    clean = _CLEAN_LABELS.get(label)
    if clean is None:
        clean = (label or "other").strip().lower()[:50] or "other"
        # a handful of short labels are used again and again
        if len(_CLEAN_LABELS) < 1000 and label is not None and len(label) <= 100:
            _CLEAN_LABELS[label] = clean
    return clean


_CLEAN_LABELS: dict[str, str] = {}
_NAME_FIELDS = ("first_name", "last_name", "middle_name", "prefix", "suffix", "company", "title")
_NAMES = attrgetter(*_NAME_FIELDS)


def _validated(session: Session, data: ContactInput) -> ContactInput:
    """Normalise every field or raise a FieldError naming it, by the rules every contact is
    held to (import_validation.validated_contact). Nothing is written here."""
    # imported here: the validator builds on this module's inputs and checks
    from contactweb.services.importing.import_validation import validated_contact

    return validated_contact(data, settings.read(session, "default_region") or "US")


def with_numbers_read(data: ContactInput, region: str) -> ContactInput:
    """``data`` with its national phone numbers read as import reads them (phone_regions):
    in the contact's countries first, then ``region``. One valid in none of them moves to
    the notes as typed, since a wrong country code dials a stranger; typed text with too
    few digits to be a number is refused with its field, for the person to correct."""
    if all(has_country_code(p.number) or not p.number.strip() for p in data.phones):
        return data  # nothing to read (every number an import passes on is E.164 by now)
    read, _regions = read_typed_numbers([p.number for p in data.phones],
                                        address_countries(data.addresses), region)
    phones: list[PhoneInput] = []
    kept: list[str] = []
    for i, (phone, stored) in enumerate(zip(data.phones, read, strict=True)):
        if stored is None:
            if sum(ch.isdigit() for ch in phone.number) < _MIN_PHONE_DIGITS:
                normalise_phone(phone.number, region, f"phones[{i}]")  # no number: says so
            kept.append(kept_line(_clean_label(phone.label), phone.number))
            continue
        phones.append(PhoneInput(stored, phone.label))
    notes = data.notes.strip()
    new_lines = [line for line in kept if line not in notes.splitlines()]
    if new_lines:
        notes = "\n".join(filter(None, [notes, *new_lines]))
    return replace(data, phones=phones, notes=notes if kept else data.notes)


def validated_with(data: ContactInput, emails: list[EmailInput], phones: list[PhoneInput]
                   ) -> ContactInput:
    """Every other check and normal form, given the emails and phones already normalised
    (here by the full validators, on import by quicker ones held to the same answers)."""
    first_name, last_name, middle_name, prefix, suffix, company, title = [
        name.strip() for name in _NAMES(data)]
    # The country is kept as given ("Deutschland" stays "Deutschland"): a code in its place
    # would be exported as a code that the person never wrote.
    addresses = [AddressInput(a.street.strip(), a.city.strip(), a.region.strip(),
                              a.postcode.strip(), a.country.strip()[:60],
                              _clean_label(a.label))
                 for a in data.addresses if _has_text(a)]
    if not (first_name or last_name or company or emails):
        raise FieldError("first_name", _("A contact needs a name, a company or an email address."))
    # Tags differ by more than case: "vip" and "VIP" are one tag (the first spelling wins).
    unique_tags: dict[str, str] = {}
    for tag in data.tags:
        if stripped := tag.strip():
            unique_tags.setdefault(stripped.casefold(), stripped)
    tags = sorted(unique_tags.values(), key=str.casefold) if unique_tags else []
    if any(len(t) > 100 for t in tags):
        raise FieldError("tags", _("A tag is at most 100 characters."))
    if data.photo is not None and len(data.photo) > MAX_PHOTO_BYTES:
        raise FieldError("photo", _("The photo is larger than 1 MiB; choose a smaller picture."))
    website = data.website.strip()
    if len(website) > MAX_WEBSITE_LENGTH:
        raise FieldError("website", _("A website address is at most {max_website_length} "
                                      "characters.").format(max_website_length=MAX_WEBSITE_LENGTH))
    if any(ch.isspace() for ch in website):
        raise FieldError("website", _("{website!r} is not a web address (it has spaces).").format(
            website=website))
    return ContactInput(
        first_name=first_name, last_name=last_name, middle_name=middle_name, prefix=prefix,
        suffix=suffix, company=company, title=title,
        emails=emails, phones=phones, addresses=addresses, tags=tags,
        notes=data.notes.strip(), birthday=data.birthday, owner_only=data.owner_only,
        owner_username=data.owner_username, source=data.source[:200] or "manual",
        photo=data.photo, photo_mime=data.photo_mime, website=website,
        language=_checked_language(data.language) if data.language else "",
        uid=data.uid.strip()[:200],
    )


def _has_text(address: AddressInput) -> bool:
    """Whether the address says anything (``one_line`` not blank), most often seen on its
    street or city alone."""
    return bool(address.street.strip() or address.city.strip()) or bool(
        address.one_line().strip())


def _checked_language(tag: str) -> str:
    try:
        return checked_language(tag)
    except BadInput as exc:
        raise FieldError("language", str(exc)) from None


def _tags(session: Session, names: list[str]) -> list[Tag]:
    if not names:
        return []
    existing = {t.name.casefold(): t for t in session.execute(
        select(Tag).where(func.lower(Tag.name).in_([n.lower() for n in names]))).scalars()}
    result = []
    for name in names:
        tag = existing.get(name.casefold())
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
            existing[name.casefold()] = tag
        result.append(tag)
    return result


def owner_id_for(session: Session, ws: Workspace, username: str | None) -> int:
    if username is None or username == ws.username:
        return ws.user_id
    user_id = session.execute(select(User.id).where(User.username == username)).scalar()
    if user_id is None:
        raise FieldError("owner", _("No user called {username!r}.").format(username=username))
    return user_id


def _apply(session: Session, ws: Workspace, contact: Contact, data: ContactInput) -> None:
    for name in ("first_name", "last_name", "middle_name", "prefix", "suffix", "company",
                 "title", "notes", "birthday", "source", "photo", "photo_mime", "website",
                 "language"):
        setattr(contact, name, getattr(data, name))
    contact.company_key = company_key(data.company)
    if data.uid and not contact.uid:
        contact.uid = data.uid
    contact.sort_name = " ".join(
        (data.last_name or data.company or data.first_name or
         (data.emails[0].address if data.emails else "")).casefold().split()
        + data.first_name.casefold().split())
    contact.owner_id = owner_id_for(session, ws, data.owner_username)
    contact.visibility = "owner" if data.owner_only else "everyone"
    # Child rows are replaced only when they changed: every replaced row rewrites index and
    # search pages, which an incremental backup then has to upload.
    if [(e.address, e.label) for e in contact.emails] != \
            [(e.address, e.label) for e in data.emails]:
        contact.emails = [ContactEmail(address=e.address, label=e.label, position=i)
                          for i, e in enumerate(data.emails)]
    if [(p.number, p.label) for p in contact.phones] != \
            [(p.number, p.label) for p in data.phones]:
        contact.phones = [ContactPhone(number=p.number, label=p.label, position=i,
                                       national_digits=national_digits(p.number))
                          for i, p in enumerate(data.phones)]
    address_fields = ("street", "city", "region", "postcode", "country", "label")
    if [tuple(getattr(a, f) for f in address_fields) for a in contact.addresses] != \
            [tuple(getattr(a, f) for f in address_fields) for a in data.addresses]:
        contact.addresses = [ContactAddress(street=a.street, city=a.city, region=a.region,
                                            postcode=a.postcode, country=a.country,
                                            label=a.label, position=i)
                             for i, a in enumerate(data.addresses)]
    contact.tags = _tags(session, data.tags)
    contact.primary_email = data.emails[0].address if data.emails else ""
    contact.primary_phone = data.phones[0].number if data.phones else ""
    contact.city = data.addresses[0].city if data.addresses else ""


def create_contact(ws: Workspace, data: ContactInput, confirm_erased: bool = False) -> int:
    ws.require(Action.CONTACT_EDIT)
    with ws.session() as session:
        return create_in_session(session, ws, data, confirm_erased)


def create_in_session(session: Session, ws: Workspace, data: ContactInput,
                      confirm_erased: bool = False) -> int:
    """Create inside the caller's transaction: the bulk writer's path (contacts_bulk) given
    a batch of one, so a contact typed in and a contact imported get the same rows."""
    # imported here: the bulk writer builds on this module's inputs and checks
    from contactweb.services.contacts.contacts_bulk import create_in_transaction

    return create_in_transaction(session, ws, [data], confirm_erased)[0]


class StaleContactEdit(StaleEdit):
    """Someone saved the contact after this edit began; the edit is not applied."""

    def __init__(self, contact_id: int, by: str, at: datetime | None, version: int) -> None:
        super().__init__("contact", contact_id, by, at, version)
        self.contact_id = contact_id


def update_contact(ws: Workspace, contact_id: int, data: ContactInput) -> Changes:
    ws.require(Action.CONTACT_EDIT)
    with ws.session() as session:
        contact = load_visible_contact(session, ws, contact_id)
        clean = _validated(session, data)
        # The row stays locked to this save until it commits (SQLite's writer lock does the
        # same), so two desktops cannot both pass the version check.
        hold_contact(session, contact, data.version)
        count_save(contact, ws.username)
        before = _field_snapshot(contact)
        previous = details_of(session, contact).to_input()
        # An opted-out contact's addresses keep the opt-out, both those it gives up and
        # those it gains.
        mailbox_statements.seal_opt_outs(session, ws, contact_id)
        _apply(session, ws, contact, clean)
        session.flush()
        mailbox_statements.seal_opt_outs(session, ws, contact_id)
        changed = sorted(k for k, v in _field_snapshot(contact).items() if before.get(k) != v)
        audit.record(session, ws, "contact.update", "contact", contact_id, {"fields": changed})
    previous, data = replace(previous, version=None), replace(data, version=None)
    undo.record(ws, "contact edit", lambda w: update_contact(w, contact_id, previous),
                lambda w: update_contact(w, contact_id, data))
    return Changes.for_contacts([contact_id])


def _field_snapshot(contact: Contact) -> dict[str, object]:
    values: dict[str, object] = {c: getattr(contact, c) for c in (
        "first_name", "last_name", "middle_name", "prefix", "suffix", "company", "title",
        "notes", "birthday", "visibility", "owner_id", "photo", "website", "language")}
    values["emails"] = [(e.label, e.address) for e in contact.emails]
    values["phones"] = [(p.label, p.number) for p in contact.phones]
    values["addresses"] = [(a.label, a.one_line()) for a in contact.addresses]
    values["tags"] = [t.name for t in contact.tags]
    return values


def set_status(ws: Workspace, contact_id: int, status: str,
               version: int | None = None) -> Changes:
    """Close or reopen. ``version``: the contact's version the person was looking at, so
    that a change someone saved since is not passed over (None: no version shown)."""
    ws.require(Action.CONTACT_EDIT)
    if status not in ("active", "closed"):
        raise BadInput(_("A contact is either active or closed."))
    with ws.session() as session:
        contact = load_visible_contact(session, ws, contact_id)
        hold_contact(session, contact, version)
        if contact.status == status:
            raise BadInput(_("Contact {contact_id} is already {status}.").format(
                contact_id=contact_id, status=status))
        previous = contact.status
        contact.status = status
        contact.closed_at = utcnow() if status == "closed" else None
        count_save(contact, ws.username)
        audit.record(session, ws, f"contact.{'close' if status == 'closed' else 'reopen'}",
                     "contact", contact_id)
    undo.record(ws, "closing a contact" if status == "closed" else "reopening a contact",
                lambda w: set_status(w, contact_id, previous),
                lambda w: set_status(w, contact_id, status))
    return Changes.for_contacts([contact_id])


def close_contact(ws: Workspace, contact_id: int, version: int | None = None) -> Changes:
    return set_status(ws, contact_id, "closed", version)


def reopen_contact(ws: Workspace, contact_id: int, version: int | None = None) -> Changes:
    return set_status(ws, contact_id, "active", version)


def hold_contact(session: Session, contact: Contact, version: int | None) -> None:
    """Hold the contact's row until the commit; refuse a save begun from an older version."""
    try:
        hold_and_check(session, contact, version, "contact")
    except StaleEdit as stale:
        raise StaleContactEdit(contact.id, stale.by, stale.at, stale.version) from None


def get_contact(ws: Workspace, contact_id: int, audit_view: bool = True) -> ContactDetails:
    """Read every detail of one contact; the view itself is audited."""
    ws.require(Action.CONTACT_VIEW)
    with ws.session(readonly=not audit_view) as session:
        contact = load_visible_contact(session, ws, contact_id)
        details = details_of(session, contact)
        if audit_view:
            audit.record(session, ws, "contact.view", "contact", contact_id)
        return details


def details_of(session: Session, contact: Contact) -> ContactDetails:
    owner = session.get(User, contact.owner_id) if contact.owner_id else None
    return ContactDetails(
        id=contact.id, first_name=contact.first_name, last_name=contact.last_name,
        middle_name=contact.middle_name, prefix=contact.prefix, suffix=contact.suffix,
        company=contact.company, title=contact.title,
        emails=[EmailInput(e.address, e.label) for e in contact.emails],
        phones=[PhoneInput(p.number, p.label) for p in contact.phones],
        addresses=[AddressInput(a.street, a.city, a.region, a.postcode, a.country, a.label)
                   for a in contact.addresses],
        tags=[t.name for t in contact.tags], notes=contact.notes, birthday=contact.birthday,
        owner_only=contact.visibility == "owner", owner_username=owner.username if owner else None,
        source=contact.source, photo=contact.photo, photo_mime=contact.photo_mime,
        website=contact.website, language=contact.language,
        uid=contact.uid or "", status=contact.status, owner=owner.username if owner else "",
        legal_hold=contact.legal_hold, legal_hold_reason=contact.legal_hold_reason,
        created_at=contact.created_at, updated_at=contact.updated_at,
        version=contact.version, updated_by=contact.updated_by,
    )


def all_tags(ws: Workspace) -> list[str]:
    with ws.session(readonly=True) as session:
        return list(session.execute(select(Tag.name).order_by(Tag.name)).scalars())

