"""Email addresses that mail cannot reach, with the evidence (migration 0006)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base, utcnow


class UndeliverableAddress(Base):
    """One contact's email address that a server refused for good: while sending (a 5xx
    reply about the recipient) or later, in a bounce (a delivery status notification).

    Mailing eligibility leaves the address out with this reason until a person asks to try it
    again. Hangs off the contact, so erasing the contact removes it.
    """

    __tablename__ = "undeliverable_addresses"
    __table_args__ = (
        Index("ix_undeliverable_contact_address", "contact_id", "address_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    # str.lower() of the address: eligibility compares the recipient's address this way.
    address_key: Mapped[str] = mapped_column(String(320), index=True)
    reply_code: Mapped[int] = mapped_column(default=0)  # the SMTP reply code, 0 if unknown
    status_code: Mapped[str] = mapped_column(String(16), default="")  # enhanced, like 5.1.1
    diagnostic: Mapped[str] = mapped_column(Text, default="")  # the server's own words
    source: Mapped[str] = mapped_column(String(16), default="smtp")  # smtp or bounce
    evidence: Mapped[str] = mapped_column(Text, default="")  # which mailing, or which bounce
    observed_at: Mapped[datetime] = mapped_column(default=utcnow)  # when the server said so
    marked_by: Mapped[str] = mapped_column(String(64), default="")

    @property
    def reason(self) -> str:
        """As eligibility shows it: "undeliverable: 550 5.1.1 user unknown"."""
        words = self.diagnostic
        for code in (str(self.reply_code or ""), self.status_code):
            if code and words.startswith(code):
                words = words[len(code):].lstrip(" -")
        return "undeliverable: " + " ".join(
            p for p in (str(self.reply_code or ""), self.status_code, words) if p)[:300]
