"""How the contacts list's cells are painted: the texts the model keeps per row, handed to the
style directly.

Qt's own delegate asks the model for seven roles per cell before painting it (font,
alignment, foreground, check state, decoration, display, background), each a call into
Python: about 1,300 calls for a screen of 28 rows, more than half of a repaint's time. This
delegate fills the same style option from the row's texts with one call per cell; what the
style then draws is Qt's own (selection, focus, alternating colours, eliding, right-to-left).
The model's ``data()`` still answers every role for everyone else (screen readers, tooltips,
drag and drop, tests).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from contactweb.ui.contacts.contact_table_model import ContactTableModel

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_TEXT = QPalette.ColorRole.Text
_WITH_DISPLAY: dict[QStyleOptionViewItem.ViewItemFeature, QStyleOptionViewItem.ViewItemFeature] = {}


class ContactRowDelegate(QStyledItemDelegate):
    def __init__(self, model: ContactTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt API)
                        index: QModelIndex | QPersistentModelIndex) -> None:
        """What QStyledItemDelegate.initStyleOption sets for this model's cells: the index,
        the display text and, for a closed contact, the text colour. The model answers no
        font, alignment, check state, decoration or background, so those stay as the view
        set them."""
        option.index = index
        text, foreground = self._model.cell_for_painting(index.row(), index.column())
        if text is not None:
            features = option.features
            with_display = _WITH_DISPLAY.get(features)
            if with_display is None:  # a flag operation on Qt's enums costs about 1 µs
                with_display = _WITH_DISPLAY[features] = features | _HAS_DISPLAY
            option.features = with_display
            # As Qt's displayText() shows a string: a line break as a line separator.
            option.text = text.replace("\n", "\u2028") if "\n" in text else text
        if foreground is not None:
            option.palette.setBrush(_TEXT, foreground)
