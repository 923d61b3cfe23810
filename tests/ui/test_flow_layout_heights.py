"""The wrapping row of buttons remembers its height per width (a tab widget asks for it
hundreds of times as a window is laid out) and measures again whenever its buttons change."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from contactweb.ui.kit.flow_layout import FlowLayout


def _row_of_buttons(qtbot: QtBot, texts: list[str]) -> tuple[QWidget, FlowLayout,
                                                              list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        layout.addWidget(button)
    return host, layout, buttons


def _measured(layout: FlowLayout, width: int, calls: list[int]) -> int:
    arrange = layout._arrange

    def counted(rect, move):  # noqa: ANN001, ANN202
        calls.append(rect.width())
        return arrange(rect, move)

    layout._arrange = counted
    try:
        return layout.heightForWidth(width)
    finally:
        del layout._arrange


def test_a_width_asked_again_is_not_measured_again(qtbot: QtBot) -> None:
    _host, layout, buttons = _row_of_buttons(qtbot, ["Log call", "Log email", "Add note"])
    narrow = buttons[0].sizeHint().width() + 10
    wide = sum(b.sizeHint().width() for b in buttons) + 100
    calls: list[int] = []
    one_line = _measured(layout, wide, calls)
    three_lines = _measured(layout, narrow, calls)
    assert three_lines > one_line  # the narrow row wraps
    assert _measured(layout, wide, calls) == one_line
    assert _measured(layout, narrow, calls) == three_lines
    assert calls == [wide, narrow]


def test_hidden_shown_or_longer_buttons_are_measured_again(qtbot: QtBot) -> None:
    host, layout, buttons = _row_of_buttons(qtbot, ["Log call", "Log email", "Add note"])
    host.show()
    width = buttons[0].sizeHint().width() + buttons[1].sizeHint().width() + 20
    two_lines = layout.heightForWidth(width)
    buttons[2].hide()
    one_line = layout.heightForWidth(width)
    assert one_line < two_lines
    buttons[2].show()
    assert layout.heightForWidth(width) == two_lines
    buttons[2].setText("Add")
    one_line_width = sum(b.sizeHint().width() for b in buttons) + 20
    one_line = layout.heightForWidth(one_line_width)
    buttons[0].setText("Log a call made or received today, with its length")
    assert layout.heightForWidth(one_line_width) > one_line  # the long button wraps the row
