"""The names of the consent and mailing channels as people read them, in their language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CHANNEL_TITLES = {"email": QT_TRANSLATE_NOOP("Channels", "Email"),
                  "post": QT_TRANSLATE_NOOP("Channels", "Post"),
                  "phone": QT_TRANSLATE_NOOP("Channels", "Phone"),
                  "sms": QT_TRANSLATE_NOOP("Channels", "SMS")}


def channel_title(channel: str) -> str:
    return QCoreApplication.translate("Channels", CHANNEL_TITLES.get(channel, channel))
