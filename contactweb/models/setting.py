from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactweb.models.base import Base


class Setting(Base):
    """Vault-wide settings as JSON values; secrets land here only when no keyring is usable."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
