"""Icons and fonts bundled with ContactWeb, found in a source checkout or a PyInstaller build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

import contactweb

# DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic; Droid Sans Fallback adds CJK.
BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "ContactWebCJKFallback.ttf")


def resources_dir() -> Path:
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root and (Path(bundle_root) / "resources").is_dir():
        return Path(bundle_root) / "resources"
    return Path(contactweb.__file__).resolve().parent.parent / "resources"


@cache
def icon(name: str) -> QIcon:
    """``icon("contacts")`` loads resources/icons/contacts.svg; an empty icon if missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("contactweb")


def load_bundled_fonts(app: QApplication) -> str | None:
    """Register the bundled fonts and make DejaVu Sans the application font, so that names
    in any script render even where the system has few fonts (offscreen, minimal desktops).
    Returns the family in use, or None when the bundled fonts are missing."""
    folder = resources_dir() / "fonts"
    families: list[str] = []
    for name in BUNDLED_FONTS:
        path = folder / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    primary = families[0]
    font = QFont(primary, app.font().pointSize())
    # Glyphs DejaVu lacks (CJK) come from the fallback font before the system's.
    fallbacks = [f for f in dict.fromkeys(families) if f != primary]
    if fallbacks:
        font.setFamilies([primary, *fallbacks])
    app.setFont(font)
    return primary
