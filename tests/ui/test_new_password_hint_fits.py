"""'Choose a new password': the rule under the field and the intro are shown whole, at the
dialog's own size, whatever the meter says."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from contactweb.ui.app.new_password_dialog import NewPasswordDialog


def _clipped(label: QLabel) -> bool:
    needed = label.heightForWidth(label.width()) if label.wordWrap() else \
        label.sizeHint().height()
    return needed > label.height() or (
        not label.wordWrap() and label.sizeHint().width() > label.width())


def test_every_hint_fits_in_the_dialog(qtbot, admin_ws) -> None:  # noqa: ANN001
    dialog = NewPasswordDialog(admin_ws, current_password="temporary-Pass-42!")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(dialog.minimumSizeHint())
    qtbot.waitExposed(dialog)
    for typed in ("", "short", "longenoughbutnodigits", "Correct-Horse-Battery-9"):
        dialog.new_edit.setText(typed)
        qtbot.wait(10)
        labels = [label for label in dialog.findChildren(QLabel)
                  if label.isVisible() and label.text()]
        assert labels
        clipped = [label.text() for label in labels if _clipped(label)]
        assert not clipped, (typed, clipped)
