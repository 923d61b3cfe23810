from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base, utcnow

# deferred: a temporary refusal (4xx, a lost connection); tried again at next_attempt_at.
OUTBOX_STATUSES = ("queued", "sending", "deferred", "sent", "failed", "excluded")


class Mailing(Base):
    __tablename__ = "mailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), default="email")
    subject: Mapped[str] = mapped_column(String(500), default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    selection: Mapped[str] = mapped_column(Text, default="{}")  # JSON: tag/search/ids
    created_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="queued")


class OutboxMessage(Base):
    """One message to one contact. ``status`` moves queued -> sending -> sent/failed; a run that
    dies while a row is 'sending' resolves it on resume from the SMTP-side record."""

    __tablename__ = "outbox_messages"
    __table_args__ = (Index("ix_outbox_mailing_status", "mailing_id", "status"),
                      {"sqlite_autoincrement": True})  # ids never reused (migration 0010)

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(ForeignKey("mailings.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    to_address: Mapped[str] = mapped_column(String(320), default="")
    message_id: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # When a deferred message may be tried again (migration 0006): kept in the vault so a
    # restart of the application neither forgets the wait nor cuts it short.
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)


class MergeRecord(Base):
    """Enough of a merged-away contact to undo the merge exactly (JSON snapshot)."""

    __tablename__ = "merge_records"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused (migration 0010)

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_contact_id: Mapped[int] = mapped_column(index=True)
    merged_contact_id: Mapped[int] = mapped_column()
    snapshot: Mapped[str] = mapped_column(Text)
    merged_by: Mapped[str] = mapped_column(String(64), default="")
    merged_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone: Mapped[bool] = mapped_column(default=False)


class BackupRun(Base):
    __tablename__ = "backup_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)
    target: Mapped[str] = mapped_column(String(300), default="")
    snapshot_id: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="running")
    bytes_uploaded: Mapped[int] = mapped_column(default=0)
    message: Mapped[str] = mapped_column(Text, default="")
