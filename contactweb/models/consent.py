from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base, utcnow

CHANNELS = ("email", "post", "phone", "sms")
# granted: express consent; opted_out: the contact said no; unknown: never asked.
CONSENT_STATUSES = ("granted", "opted_out", "unknown")


class ConsentEvent(Base):
    """One entry of a contact's consent history for a channel; the newest wins."""

    __tablename__ = "consent_events"
    __table_args__ = (Index("ix_consent_contact_channel", "contact_id", "channel", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    method: Mapped[str] = mapped_column(String(100), default="")  # how: web form, phone, reply...
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    wording: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")


class ConsentState(Base):
    """Current status per contact and channel, kept in step with the newest ConsentEvent.

    Eligibility over 100,000 contacts reads this table instead of ranking history rows.
    """

    __tablename__ = "consent_state"
    __table_args__ = (Index("ix_consent_state_channel_status", "channel", "status", "contact_id"),)

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    channel: Mapped[str] = mapped_column(String(8), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[int] = mapped_column(ForeignKey("consent_events.id", ondelete="CASCADE"))
