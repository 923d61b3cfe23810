"""Where ContactWeb's bundled resources (fonts, templates) live on disk."""

from __future__ import annotations

import sys
from pathlib import Path

import contactweb


def resources_dir() -> Path:
    """Return the `resources/` folder, from a source checkout or a PyInstaller bundle.

    A PyInstaller one-folder build unpacks data files under `sys._MEIPASS`; the spec file is
    expected to add the folder there as `resources/`.
    """
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        bundled = Path(bundle_root) / "resources"
        if bundled.is_dir():
            return bundled
    return Path(contactweb.__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
