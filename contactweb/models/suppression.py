from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base, utcnow


class MailboxStatement(Base):
    """The newest consent statement made for one mailbox (an email address, a phone number or
    a postal address) on one channel, whoever held it.

    Kept as a keyed hash of the normalised mailbox, so it holds no personal data and outlives
    the contacts: an opt-out stays in force after the contact who made it is erased or merged
    away, and binds every other contact that holds the same mailbox.
    """

    __tablename__ = "mailbox_statements"

    channel: Mapped[str] = mapped_column(String(8), primary_key=True)
    mailbox_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # opted_out or granted
    stated_at: Mapped[datetime] = mapped_column(default=utcnow)
