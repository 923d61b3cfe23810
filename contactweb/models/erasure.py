from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base, utcnow


class ErasureRecord(Base):
    """What is left of an erased contact: keyed hashes only, so a re-import can be recognised
    without keeping anything that identifies the person."""

    __tablename__ = "erasure_records"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused (migration 0010)

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    erased_by: Mapped[str] = mapped_column(String(64), default="")
    name_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    identifier_hashes: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of hex
    removed_counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON, no personal data
