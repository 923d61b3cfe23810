"""The GUI part of ``contactweb --self-check``: the toolkit loads and renders offscreen.

Before a window opens on X11, ``missing_x11_libraries()`` looks for the libraries Qt's xcb
platform plugin loads; without them Qt aborts with "could not load the Qt platform plugin",
which tells nobody what to install. ``python -m contactweb.ui.app.gui_check`` (run by
``make run``) prints the Debian packages instead. Nothing here imports Qt at module level.
"""

from __future__ import annotations

import ctypes
import os
import sys

# The libraries Qt 6's xcb plugin links (ldd of libqxcb.so and libQt6XcbQpa.so.6) that a
# minimal Debian lacks, and their packages.
X11_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
# A space-separated list of library names to treat as missing (to test this message).
PRETEND_MISSING_ENV = "CONTACTWEB_PRETEND_MISSING_LIBRARIES"


def uses_x11() -> bool:
    """Qt will pick its xcb plugin: Linux, no platform chosen by hand, and no Wayland."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    return not os.environ.get("WAYLAND_DISPLAY")


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_x11_libraries() -> list[str]:
    """The names in ``X11_LIBRARIES`` this computer cannot load."""
    pretend = set(os.environ.get(PRETEND_MISSING_ENV, "").split())
    return [name for name in X11_LIBRARIES if name in pretend or not _loads(name)]


def missing_libraries_help(missing: list[str]) -> str:
    packages = " ".join(sorted({X11_LIBRARIES[name] for name in missing}))
    return (
        "ContactWeb cannot open a window: Qt needs these X11 libraries, which are not "
        f"installed:\n    {' '.join(missing)}\n"
        f"On Debian or Ubuntu install them with:\n    sudo apt-get install {packages}\n"
        "To run without a screen instead:  QT_QPA_PLATFORM=offscreen contactweb\n"
        "The command line works anywhere:  contactweb --help\n")


def check_x11_libraries() -> str:
    """The help text when a window cannot open on X11 for want of libraries, else ""."""
    if not uses_x11():
        return ""
    missing = missing_x11_libraries()
    return missing_libraries_help(missing) if missing else ""


def check_gui_starts() -> None:
    problem = check_x11_libraries()
    if problem:  # Qt would abort the whole process instead of raising
        raise RuntimeError(problem)
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["contactweb-self-check"])
    label = QLabel("ContactWeb self-check")
    label.resize(200, 40)
    image = label.grab().toImage()
    if image.isNull() or image.width() < 10:
        raise RuntimeError("Qt could not render a widget")
    label.deleteLater()
    app.processEvents()


def main() -> int:
    problem = check_x11_libraries()
    if problem:
        print(problem, file=sys.stderr, end="")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
