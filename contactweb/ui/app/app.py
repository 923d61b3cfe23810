"""Starting the desktop application: ``run_gui()`` is what ``contactweb`` runs with no
arguments."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from contactweb import __version__
from contactweb.logging_setup import configure_logging
from contactweb.paths import APP_NAME
from contactweb.ui.app.app_controller import AppController
from contactweb.ui.app.crash_dialog import CrashDialog
from contactweb.ui.app.gui_check import check_x11_libraries
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.kit import translations
from contactweb.ui.kit.palette import apply_color_scheme
from contactweb.ui.kit.ui_resources import app_icon, load_bundled_fonts

__all__ = ["AppController", "run_gui", "display_available"]

NO_DISPLAY_HELP = """\
ContactWeb is a desktop program and no display was found.
  To run it without a screen:  QT_QPA_PLATFORM=offscreen contactweb   (renders, shows nothing)
  Or start a virtual screen:   Xvfb :99 &  DISPLAY=:99 contactweb
  The command line works anywhere: contactweb --help
"""


def display_available() -> bool:
    """False on a Linux machine without X11 or Wayland when no Qt platform was chosen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have their own platform
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else \
        QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same look on every platform and offscreen
    # The controller quits explicitly (after signing out), not when a dialog closes.
    app.setQuitOnLastWindowClosed(False)
    load_bundled_fonts(app)
    return app


def run_gui(argv: Sequence[str] | None = None) -> int:
    if not display_available():
        print(NO_DISPLAY_HELP, file=sys.stderr, end="")
        return 1
    missing_libraries = check_x11_libraries()
    if missing_libraries:
        print(missing_libraries, file=sys.stderr, end="")
        return 1
    configure_logging()
    app = make_application(argv)
    translations.install(app, translations.chosen_language(GuiPreferences.load().language))
    CrashDialog.install()
    apply_color_scheme(app)
    controller = AppController()
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    if os.environ.get("CONTACTWEB_EXIT_WHEN_READY") == "1":
        # For the start-up benchmark: the first window is up once the event loop runs; the
        # process's CPU time so far is the figure a busy machine moves least.
        QTimer.singleShot(0, lambda: (print(f"ContactWeb ready, CPU {time.process_time():.3f} s",
                                            flush=True), app.quit()))
    return app.exec()
