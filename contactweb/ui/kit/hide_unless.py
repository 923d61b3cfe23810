"""Parts of a page that a role does not get, hidden without ever being shown early."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def hide_unless(allowed: bool, *widgets: QWidget) -> None:
    """Hide ``widgets`` unless ``allowed``; never show them. Told to be visible before it is
    in a layout, a widget is shown as a window of its own: on a desktop it flashes on screen
    and takes the activation from the main window. A widget left alone is shown with the
    page it is put in."""
    if not allowed:
        for widget in widgets:
            widget.hide()
