"""Tab through a dialog's buttons in the order they are shown. A QDialogButtonBox places
its buttons in the platform's order (Save left of Cancel here, right of it there), while the
focus chain keeps the order they were made in."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget


def buttons_as_shown(box: QDialogButtonBox) -> list[QAbstractButton]:
    layout = box.layout()
    shown = [layout.itemAt(i).widget() for i in range(layout.count())]
    return [w for w in shown if isinstance(w, QAbstractButton)]


def tab_buttons_as_shown(box: QDialogButtonBox, after: QWidget | None = None) -> None:
    """Chain the box's buttons left to right, behind ``after`` when given (the last field)."""
    chain = ([after] if after is not None else []) + buttons_as_shown(box)
    for before, following in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(before, following)
