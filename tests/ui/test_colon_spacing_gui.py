"""On screens in French, a colon that code puts after a label keeps a no-break space before
it ("Trop faible : ..."), as in every French text; in English, "Too weak: ..."."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.ui.kit import translations
from contactweb.ui.kit.password_strength_widget import PasswordStrengthWidget

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield lambda language: translations.install(qapp, language)
    translations.reset(qapp)


def verdict(qtbot: QtBot) -> str:
    widget = PasswordStrengthWidget()
    qtbot.addWidget(widget)
    widget.set_password("abc")
    return widget.verdict.text()


def test_the_strength_verdict_keeps_its_colon_with_its_word(qtbot: QtBot, speak) -> None:  # noqa: ANN001
    assert verdict(qtbot).startswith("Too weak: ")
    speak("fr")
    shown = verdict(qtbot)
    word, colon, _problem = shown.partition(":")
    assert colon and word.endswith("\u00a0") and not word.endswith(" \u00a0"), shown
