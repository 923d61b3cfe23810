from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contactweb.i18n import _
from contactweb.models.base import Base, utcnow

contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    # A tag's contacts (a list or mailing filtered by tag, a tag deleted): the primary key
    # leads with the contact, so without this each of those scanned the whole table.
    Index("ix_contact_tags_tag_id", "tag_id", "contact_id"),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


def new_uid() -> str:
    return str(uuid.uuid4())


class Contact(Base):
    """A person or organisation the business deals with.

    ``primary_email``, ``primary_phone`` and ``city`` are denormalised from the child rows so
    the contact list can sort and page in SQL without joins.
    """

    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_sort_name", "sort_name"),
        Index("ix_contacts_company", "company"),
        Index("ix_contacts_city", "city"),
        Index("ix_contacts_primary_email", "primary_email"),
        Index("ix_contacts_updated_at", "updated_at"),
        Index("ix_contacts_status", "status"),
        Index("ix_contacts_owner_visibility", "owner_id", "visibility"),
        # Every column mailing eligibility reads, in id order (migration 0004).
        Index("ix_contacts_mailing", "id", "status", "visibility", "owner_id", "first_name",
              "last_name", "company", "primary_email"),
        # An import asks which of its rows' companies the vault knows, and their first
        # contacts in the order they were added (migration 0015).
        Index("ix_contacts_company_key", "company_key", "id"),
        # Email eligibility reads the contacts with email consent as one range, in id order,
        # with what it needs of them (migration 0017).
        Index("ix_contacts_email_consent", "email_consent", "id", "primary_email",
              "visibility", "owner_id"),
        # An id is never handed out twice (migration 0010): the audit log, undo steps and
        # merge records still name a contact after it is erased or merged away.
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    prefix: Mapped[str] = mapped_column(String(50), default="")
    first_name: Mapped[str] = mapped_column(String(200), default="")
    middle_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    suffix: Mapped[str] = mapped_column(String(50), default="")
    sort_name: Mapped[str] = mapped_column(String(420), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    #: ``company`` as duplicate detection compares it (services/contacts/match_keys.py:
    #: case-folded, spaces collapsed), written with it (migration 0015); SQL cannot fold case
    #: as Python does, so it is stored rather than computed in an index
    company_key: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    birthday: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    primary_email: Mapped[str] = mapped_column(String(320), default="")
    primary_phone: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    visibility: Mapped[str] = mapped_column(String(16), default="everyone")
    status: Mapped[str] = mapped_column(String(16), default="active")
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    source: Mapped[str] = mapped_column(String(200), default="manual")
    photo: Mapped[bytes | None] = mapped_column(default=None)
    photo_mime: Mapped[str] = mapped_column(String(50), default="")
    #: the contact's web site (migration 0008); further ones from a file stay in the notes
    website: Mapped[str] = mapped_column(String(500), default="")
    #: the language mailings, letters and reports use for this contact (migration 0012), a
    #: BCP 47 tag from vCard LANG or a CSV column; empty: the business's default language
    language: Mapped[str] = mapped_column(String(35), default="")
    #: the vCard UID: kept from the file a contact came from, else made once at creation
    #: (migration 0007 gave every older contact one), so every export names it the same
    uid: Mapped[str | None] = mapped_column(String(200), default=new_uid)
    legal_hold: Mapped[bool] = mapped_column(default=False)
    legal_hold_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: saves counted and the last saver named (migration 0009): a save made from an older
    #: version is refused with who changed it and when (services/contacts/contacts.py)
    version: Mapped[int] = mapped_column(default=1)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    #: the contact's current email consent status ('' when never asked), a copy of
    #: ``consent_state`` kept by the database's triggers alone (migration 0017): whatever is
    #: written here is replaced by what consent_state says. Eligibility trusts it only where
    #: it agrees with consent_state (services/eligibility/eligibility_granted.py).
    email_consent: Mapped[str] = mapped_column(String(16), default="", server_default="")

    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.position"
    )
    addresses: Mapped[list[ContactAddress]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactAddress.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by="Tag.name")

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or self.company or self.primary_email or unnamed_contact(self.id)


def unnamed_contact(contact_id: int) -> str:
    """What a contact with no name, company or email address is called (and one no longer
    in the vault, such as an erased one), in the reader's language."""
    return _("Contact {id}").format(id=contact_id)


class ContactEmail(Base):
    __tablename__ = "contact_emails"
    # An import asks which of its rows' addresses the vault knows, case aside (migration 0015).
    __table_args__ = (
        Index("ix_contact_emails_address_lower", func.lower(Column("address"))),
        # A contact's addresses without reading its rows: email eligibility reads those of
        # every opted-out contact (migration 0017; it replaced the index of contact_id alone).
        Index("ix_contact_emails_contact_address", "contact_id", "address"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(50), default="work")
    address: Mapped[str] = mapped_column(String(320), index=True)
    position: Mapped[int] = mapped_column(default=0)
    contact: Mapped[Contact] = relationship(back_populates="emails")


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(50), default="work")
    number: Mapped[str] = mapped_column(String(40), index=True)  # E.164
    national_digits: Mapped[str] = mapped_column(String(40), default="")  # for search as typed
    position: Mapped[int] = mapped_column(default=0)
    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactAddress(Base):
    __tablename__ = "contact_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(50), default="work")
    street: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(40), default="")
    country: Mapped[str] = mapped_column(String(60), default="")  # ISO alpha-2 when known
    position: Mapped[int] = mapped_column(default=0)
    contact: Mapped[Contact] = relationship(back_populates="addresses")

    def one_line(self) -> str:
        parts = [self.street.replace("\n", ", "), self.city, self.region, self.postcode, self.country]
        return ", ".join(p for p in parts if p)
