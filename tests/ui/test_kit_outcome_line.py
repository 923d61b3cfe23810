"""The kit's outcome line (green or red words, Details… when technical text stands behind
them) and radio choice, shared by the backup destination, the Backups page and the transfer
basis."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.ui.kit.outcome_line import FAILED_STYLE, OK_STYLE, OutcomeLine
from contactweb.ui.kit.radio_choice_widget import RadioChoiceWidget
from tests.ui.conftest import ScriptedDialogHost, click


def test_an_outcome_shows_its_details_one_click_away(qtbot: QtBot,
                                                     host: ScriptedDialogHost) -> None:
    line = OutcomeLine(host, "Backup details")
    qtbot.addWidget(line)
    line.show()
    line.show_outcome("The destination did not answer.", False, "ConnectTimeout: 10 s")
    assert line.text() == "The destination did not answer."
    assert line.label.styleSheet() == FAILED_STYLE
    click(qtbot, line.details_button)
    assert host.messages[-1] == ("Backup details", "The destination did not answer.")
    assert host.details[-1] == "ConnectTimeout: 10 s"

    line.show_outcome("Saved.", True)
    assert line.label.styleSheet() == OK_STYLE and not line.details_button.isVisible()
    line.show_note("Backing up…")
    assert line.label.styleSheet() == "" and line.text() == "Backing up…"
    line.clear()
    assert line.text() == "" and not line.details_button.isVisible()


def test_a_radio_choice_names_what_is_chosen(qtbot: QtBot) -> None:
    choice = RadioChoiceWidget([("s3", "S3"), ("folder", "Folder")], horizontal=True)
    qtbot.addWidget(choice)
    assert choice.chosen() == "s3"
    with qtbot.waitSignal(choice.choiceChanged) as changed:
        choice.button("folder").click()
    assert changed.args == ["folder"] and choice.chosen() == "folder"
    choice.choose("s3")
    assert choice.button("s3").isChecked() and not choice.button("folder").isChecked()
