"""This machine's shared-computer switch is remembered in the GUI preferences as a yes/no,
and a damaged or hand-edited value never turns into a surprise."""

from __future__ import annotations

import json

from contactweb.ui.app.gui_preferences import GuiPreferences


def test_the_switch_round_trips_and_reads_hand_edited_values() -> None:
    GuiPreferences(vault_path="/srv/vault", last_username="", shared_computer=True).save()
    loaded = GuiPreferences.load()
    assert loaded.shared_computer is True and loaded.last_username == ""
    assert json.loads(GuiPreferences.file_path().read_text("utf-8"))["shared_computer"] is True

    for stored, expected in (("false", False), ("True", True), ("no", False), (0, False)):
        GuiPreferences.file_path().write_text(json.dumps({"shared_computer": stored}), "utf-8")
        assert GuiPreferences.load().shared_computer is expected
    assert GuiPreferences().shared_computer is False  # off unless someone ticks it
