from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from contactweb.models.base import Base, utcnow

COMMUNICATION_KINDS = ("call", "email", "meeting", "letter", "note")
DIRECTIONS = ("in", "out")
ATTACHMENT_KINDS = ("recording", "document")


class Communication(Base):
    __tablename__ = "communications"
    __table_args__ = (Index("ix_communications_contact_time", "contact_id", "occurred_at"),
                      {"sqlite_autoincrement": True})  # ids never reused (migration 0010)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    direction: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(default=None)
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Counts the saves: a correction begun from an older version is refused with who
    #: changed it and when (migration 0011, services/stale_edits.py).
    version: Mapped[int] = mapped_column(default=1)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime | None] = mapped_column(default=None)

    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="communication", cascade="all, delete-orphan"
    )


class Attachment(Base):
    """A file kept inside the encrypted vault; recordings expire at ``retain_until``."""

    __tablename__ = "attachments"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused (migration 0010)

    id: Mapped[int] = mapped_column(primary_key=True)
    communication_id: Mapped[int] = mapped_column(
        ForeignKey("communications.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(16), default="document")
    retain_until: Mapped[date | None] = mapped_column(default=None, index=True)
    data: Mapped[bytes] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    communication: Mapped[Communication] = relationship(back_populates="attachments")
