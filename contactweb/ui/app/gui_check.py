"""The GUI part of ``contactweb --self-check``: the toolkit loads and renders offscreen."""

from __future__ import annotations


def check_gui_starts() -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["contactweb-self-check"])
    label = QLabel("ContactWeb self-check")
    label.resize(200, 40)
    image = label.grab().toImage()
    if image.isNull() or image.width() < 10:
        raise RuntimeError("Qt could not render a widget")
    label.deleteLater()
    app.processEvents()
