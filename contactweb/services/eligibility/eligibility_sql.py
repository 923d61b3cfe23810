"""The SQL behind eligibility: the rules the database decides (visible to this user, closed,
consent on the channel, an address to send to) written once, for the re-check of one contact
before its message goes and for the decision over every selected contact.

The decision over many contacts returns each column as one JSON array (``store.json_columns``:
the SQLite-specific part lives in store/) instead of one row per contact: for 100,000
contacts, stepping the cursor and making a tuple per row cost more than the rules themselves.
``ix_contacts_mailing`` (migration 0004) holds every contacts column these statements read, so
they scan it instead of the wide table. That decision (``decision_columns``, one statement)
reads consent apart, as one range of ``ix_consent_state_channel_status``, instead of joining
the consent row of each contact; it reads the closed, not visible and address-less contacts as
ranges of their own indexes instead of working out a reason per row: each of these costs more
in SQL than in Python (benchmarks/bench_mailing.py). It reads no names, and for post only
which contacts have a usable address: what a result shows is read by contact id when first
shown (``name_columns``, ``usable_address_parts``; see eligibility_names).
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from contactweb.models import (
    ConsentState,
    Contact,
    ContactAddress,
    ContactEmail,
    Tag,
    contact_tags,
)
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.eligibility.eligibility_types import (
    CLOSED,
    HIDDEN_NAME,
    NO_ADDRESS,
    NO_CONSENT,
    NOT_VISIBLE,
    OPTED_OUT,
    Selection,
)
from contactweb.store.dialect_sql import not_blank
from contactweb.store.fts import build_match_query
from contactweb.store.json_columns import json_array, json_arrays
from contactweb.store.search_sql import json_ids, matching_contact_ids
from contactweb.vault.workspace import Workspace

# The address parts of ContactAddress, in the order of Recipient.postal.
POSTAL_PARTS = ("street", "city", "region", "postcode", "country")
# Between the addresses of ``email_consent_columns``: no address email_validator accepts
# holds one (only a quoted local part could), and one that does shows in their count.
ADDRESS_SEPARATOR = ","


def _display_name() -> ColumnElement[str]:
    full = func.trim(Contact.first_name + literal(" ") + Contact.last_name)
    return func.coalesce(func.nullif(full, ""), func.nullif(Contact.company, ""),
                         func.nullif(Contact.primary_email, ""),
                         literal("Contact ") + cast(Contact.id, String))


def _visible(ws: Workspace) -> ColumnElement[bool]:
    """``visible_contacts`` as a value, never NULL: an owner-only contact without an owner
    (NULL owner_id) is hidden here as it is in every list, not let through as unknown."""
    return func.coalesce(visible_contacts(ws), false())


def _shown_name(ws: Workspace) -> ColumnElement[str]:
    """The display name, or HIDDEN_NAME for an owner-only contact this user may not see: the
    hidden name never leaves the database."""
    if ws.is_admin:
        return _display_name()
    return case((_visible(ws), _display_name()), else_=literal(HIDDEN_NAME))


def _reason(ws: Workspace, consent: type[ConsentState], has_address: ColumnElement[bool] | None
            ) -> ColumnElement[str | None]:
    """The first reason that applies, most fundamental first; NULL when none does.
    ``has_address`` None: the address is decided outside this statement."""
    whens = [] if ws.is_admin else [(not_(_visible(ws)), literal(NOT_VISIBLE))]
    whens += [
        (Contact.status == "closed", literal(CLOSED)),
        (consent.status == "opted_out", literal(OPTED_OUT)),
        (or_(consent.status.is_(None), consent.status != "granted"), literal(NO_CONSENT)),
    ]
    if has_address is not None:
        whens.append((not_(has_address), literal(NO_ADDRESS)))
    return case(*whens, else_=None)


def _address_column(channel: str) -> ColumnElement[str]:
    return Contact.primary_email if channel == "email" else Contact.primary_phone


def _usable(address: type[ContactAddress]) -> ColumnElement[bool]:
    """A street line and a town or postcode (as mailing.postal_address.usable, except that
    SQL's trim() removes spaces only)."""
    return and_(not_blank(address.street),
                or_(not_blank(address.city), not_blank(address.postcode)))


def one_contact_statement(ws: Workspace, channel: str) -> Select:
    """One row for the contact in the ``contact_id`` parameter: id, name, address, reason and,
    for post, the parts of its first usable address. Built once, executed per message."""
    consent = aliased(ConsentState)
    columns = [Contact.id, _shown_name(ws).label("name")]
    if channel == "post":
        address = aliased(ContactAddress)
        candidate = aliased(ContactAddress)
        first_usable = (select(candidate.id)
                        .where(candidate.contact_id == Contact.id, _usable(candidate))
                        .order_by(candidate.position, candidate.id).limit(1)
                        .correlate(Contact).scalar_subquery())
        one_line = func.trim(func.replace(address.street, "\n", ", ")) + literal(", ") + \
            func.trim(address.postcode + literal(" ") + address.city)
        columns.append(func.coalesce(one_line, "").label("address"))
        has_address = address.id.is_not(None)
        post_columns = [getattr(address, part) for part in POSTAL_PARTS]
    else:
        column = _address_column(channel)
        columns.append(column.label("address"))
        has_address = column != ""
        post_columns = []
    stmt = (select(*columns, _reason(ws, consent, has_address).label("reason"), *post_columns)
            .outerjoin(consent, and_(consent.contact_id == Contact.id,
                                     consent.channel == channel)))
    if channel == "post":
        stmt = stmt.outerjoin(address, address.id == first_usable)
    return stmt.where(Contact.id == bindparam("contact_id"))


def _name_parts(ws: Workspace) -> list[ColumnElement[str]]:
    """First name, last name, company and email: what the display name is made of
    (``display_names``, the same rules as ``_display_name``). For an owner-only contact this
    user may not see: HIDDEN_NAME and blanks, so the hidden name never leaves the database."""
    parts = [Contact.first_name, Contact.last_name, Contact.company, Contact.primary_email]
    if ws.is_admin:
        return parts
    visible = _visible(ws)
    return [case((visible, parts[0]), else_=literal(HIDDEN_NAME)),
            *(case((visible, part), else_=literal("")) for part in parts[1:])]


def consent_column(channel: str, status: str, selection: Selection) -> Select:
    """The selected contacts with this consent status on the channel, as one JSON array of
    ids: a range of ``ix_consent_state_channel_status``."""
    rows = select(ConsentState.contact_id.label("contact_id")).where(
        ConsentState.channel == channel, ConsentState.status == status)
    table = narrowed(rows, selection, ConsentState.contact_id).subquery()
    return json_arrays([table.c.contact_id])


def usable_address_contacts(selection: Selection) -> Select:
    """The contact of each usable postal address of the selected contacts, as one JSON array
    (a contact with several addresses is there once for each). Deciding needs no more; the
    addresses themselves are read when first shown (``usable_address_parts``)."""
    address = aliased(ContactAddress)
    rows = select(address.contact_id.label("contact_id")).where(_usable(address))
    table = narrowed(rows, selection, address.contact_id).subquery()
    return json_arrays([table.c.contact_id])


def usable_address_parts(contact_ids: list[int] | None) -> Select:
    """The usable addresses of these contacts (None: of every contact) as JSON arrays, row
    for row: contact id, position, address id, then POSTAL_PARTS, in no particular order (a
    contact's first is the one of lowest position, then id)."""
    address = aliased(ContactAddress)
    columns = [address.contact_id, address.position, address.id,
               *(getattr(address, part) for part in POSTAL_PARTS)]
    rows = select(*(column.label(column.key) for column in columns)).where(_usable(address))
    if contact_ids is not None:
        rows = rows.where(address.contact_id.in_(json_ids(contact_ids)))
    return json_arrays(rows.subquery().c)


def narrowed(stmt: Select, selection: Selection, contact_id: ColumnElement[int]) -> Select:
    if selection.search.strip():
        match = build_match_query(selection.search)
        stmt = stmt.where(false()) if match is None else stmt.where(
            contact_id.in_(matching_contact_ids(match)))
    if selection.tag:
        stmt = stmt.where(contact_id.in_(
            select(contact_tags.c.contact_id).join(Tag, Tag.id == contact_tags.c.tag_id)
            .where(Tag.name == selection.tag)))
    if selection.ids is not None:
        stmt = stmt.where(contact_id.in_(selection.ids))
    return stmt


def opted_out_email_select() -> Select:
    """Addresses, as stored, that belong to any contact opted out of email (every reader
    compares them as ``normalised_email`` makes them: lower case in Python, which SQL's
    lower() is not beyond ASCII). Duplicated contacts share addresses, and an opt-out must
    reach the address, not just the record. Driven from the opted-out consent rows
    (``ix_consent_state_channel_status``), not by testing every stored address."""
    return (select(ContactEmail.address.label("address"))
            .select_from(ConsentState)
            .join(ContactEmail, ContactEmail.contact_id == ConsentState.contact_id)
            .where(ConsentState.channel == "email", ConsentState.status == "opted_out"))


def opted_out_email_column() -> Select:
    """``opted_out_email_select`` as one JSON array."""
    rows = opted_out_email_select().subquery()
    return json_arrays([rows.c.address])


def decision_columns(ws: Workspace, channel: str, selection: Selection,
                     with_consent: bool = True) -> Select:
    """Everything the decision over the selected contacts needs first, in one statement (one
    row of JSON arrays): the ids of every selected contact and, row for row, for email,
    phone and sms its address; then, each as an array of ids, the selected contacts with
    express consent on the channel (unless not ``with_consent``), and the contacts excluded
    for what their row alone says: not visible to this user, closed, and except for post
    without an address.

    No names: the decision needs none (post's opted-out addressees aside, read for the few
    candidates concerned), so they are read for the contacts shown or sent to, when first
    asked for (``name_columns``); reading the four name parts of every contact here was half
    of this statement's time. The scan of ``ix_contacts_mailing`` makes only the columns: a
    reason worked out per row costs more there than the columns themselves
    (benchmarks/bench_mailing.py). Each flagged set is a range of its own index
    (``ix_contacts_status``, ``ix_contacts_primary_email``), narrowed by the hand-picked ids
    only: a tag or a search would be matched again for each, so the caller keeps those of
    its contacts that the columns hold."""
    columns: list[ColumnElement] = [Contact.id]
    if channel == "email":
        # Blank for a contact this user may not see (excluded anyway): its address, like its
        # name, never leaves the database.
        columns.append(_name_parts(ws)[3])
    elif channel != "post":
        columns.append(_address_column(channel))
    picked = Selection(ids=selection.ids)
    hidden = literal("[]") if ws.is_admin else _contact_ids(not_(_visible(ws)), picked)
    flagged = [hidden, _contact_ids(Contact.status == "closed", picked)]
    if channel == "email":
        flagged.append(_contact_ids(Contact.primary_email == "", picked))
    # Without the names, smaller indexes hold these columns too, in another order (by
    # address, by date): SQLite would scan one and the ids would need sorting. Naming status
    # and visibility (never NULL: SQLite drops the test, here in the outer query where it
    # cannot be flattened away) leaves ix_contacts_mailing the one index that holds every
    # column read, and it gives them in id order.
    consent = [consent_column(channel, "granted", selection).scalar_subquery()] \
        if with_consent else []
    stmt = select(*(json_array(column) for column in columns), *consent, *flagged
                  ).where(Contact.status.is_not(None), Contact.visibility.is_not(None))
    return narrowed(stmt, selection, Contact.id)


def email_consent_columns(ws: Workspace) -> Select:
    """Email eligibility over every contact, from the email consent each contact row carries
    (``Contact.email_consent``, migration 0017), in one statement (one row): the ids of the
    contacts whose row says granted, as a JSON array, and, row for row, their addresses as
    one text joined by ADDRESS_SEPARATOR (one range of ``ix_contacts_email_consent``, in id
    order on SQLite; a JSON array costs a third more to make and as much again to decode);
    then, as arrays of ids, the channel's granted and opted-out ranges of ``consent_state``
    (the row's copy is believed only where it agrees with the first, and the second is what
    the integrity seal covers), every other contact (the ranges below and above 'granted',
    each a range of its own: as one OR they cost twice as much), and the contacts not
    visible to this user, closed, and without an address; last, the addresses of the
    contacts opted out of email (``opted_out_email_select``) as a JSON array."""
    everyone = Selection()
    granted = Contact.email_consent == "granted"
    hidden = literal("[]") if ws.is_admin else _contact_ids(not_(_visible(ws)), everyone)
    others = [_contact_ids(Contact.email_consent < "granted", everyone),
              _contact_ids(Contact.email_consent > "granted", everyone)]
    consent = [consent_column("email", status, everyone).scalar_subquery()
               for status in ("granted", "opted_out")]
    flagged = [hidden, _contact_ids(Contact.status == "closed", everyone),
               _contact_ids(Contact.primary_email == "", everyone)]
    # Blank for a contact this user may not see (excluded anyway), as in decision_columns.
    addresses = func.aggregate_strings(_name_parts(ws)[3], ADDRESS_SEPARATOR)
    return select(json_array(Contact.id), addresses, *consent, *others, *flagged,
                  opted_out_email_column().scalar_subquery()).where(granted)


def name_columns(ws: Workspace, contact_ids: list[int] | None) -> Select:
    """The four name parts (``_name_parts``) of these contacts (None: of every contact), as
    JSON arrays row for row after their ids, in no particular order; a contact no longer in
    the vault has no row. Every contact's are one scan of ``ix_contacts_mailing``."""
    columns = [Contact.id, *_name_parts(ws)]
    if contact_ids is not None:
        return select(*(json_array(column) for column in columns)).where(
            Contact.id.in_(json_ids(contact_ids)))
    return select(*(json_array(column) for column in columns)).where(
        Contact.status.is_not(None), Contact.visibility.is_not(None))  # see decision_columns


def _contact_ids(condition: ColumnElement[bool], selection: Selection
                 ) -> ColumnElement[str]:
    """The selected contacts the condition holds for, as one JSON array of ids (a scalar
    subquery)."""
    rows = narrowed(select(Contact.id.label("id")).where(condition), selection,
                    Contact.id).subquery()
    return json_arrays([rows.c.id]).scalar_subquery()
