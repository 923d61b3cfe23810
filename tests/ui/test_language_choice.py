"""Settings › Language: the choice is this person's on this computer (GUI preferences), the
system's language until one is made, and comes before the system's at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb import i18n
from contactweb.ui.app.gui_preferences import GuiPreferences
from contactweb.ui.app.language_dialog import LanguageDialog
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.kit import translations
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost


def test_the_choice_is_kept_and_used_at_the_next_start(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in i18n.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    dialog = LanguageDialog(GuiPreferences.load())
    qtbot.addWidget(dialog)
    assert dialog.combo.currentData() == ""  # the system's language until one is chosen
    assert "de_DE" in dialog.combo.currentText()
    assert translations.chosen_language(GuiPreferences.load().language) == "de_DE"
    dialog.combo.setCurrentIndex(dialog.combo.findData("es"))
    dialog.accept()
    assert GuiPreferences.load().language == "es"
    assert translations.chosen_language(GuiPreferences.load().language) == "es"


def test_the_view_menu_opens_it(open_main_window, host: ScriptedDialogHost,  # noqa: ANN001
                                admin_ws: Workspace) -> None:
    window: MainWindow = open_main_window(admin_ws)
    seen: list[QDialog] = []

    def choose_french(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.combo.setCurrentIndex(dialog.combo.findData("fr"))  # type: ignore[attr-defined]
        dialog.accept()
        return QDialog.DialogCode.Accepted

    host.handlers.append(choose_french)
    window.language_action.trigger()
    assert [type(d) for d in seen] == [LanguageDialog]
    assert GuiPreferences.load().language == "fr"
