"""The first run says each thing once and clearly: the password rule shows in one place and
goes once the password is acceptable, each page says which step it is, and every password
field can show what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from contactweb.ui.app.change_password_dialog import ChangePasswordDialog
from contactweb.ui.app.first_run_wizard import FirstRunWizard
from contactweb.ui.app.new_password_dialog import NewPasswordDialog
from contactweb.ui.app.sign_in_dialog import SignInDialog
from contactweb.ui.kit.operations import OperationRunner
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click, type_into

STRONG = "Spring-tulips-2024!"


def visible_label_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)
            if label.isVisible() and label.text()]


def test_the_password_rule_shows_once_and_goes_when_the_password_is_good(
        qtbot: QtBot, host: ScriptedDialogHost, tmp_path: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "vault", host)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert "Step 1 of 3" in wizard.currentPage().subTitle()
    click(qtbot, next_button)
    assert "Step 2 of 3" in wizard.currentPage().subTitle()

    type_into(qtbot, wizard.username_edit, "maria")
    type_into(qtbot, wizard.password_edit, "tulips")
    type_into(qtbot, wizard.confirm_edit, "tulips")
    click(qtbot, next_button)
    rule = [t for t in visible_label_texts(wizard) if "at least 12 characters" in t.lower()]
    assert len(rule) == 1, rule  # said once, not twice
    assert "b00020" in wizard.meter.verdict.styleSheet()  # in red

    type_into(qtbot, wizard.password_edit, STRONG)
    texts = visible_label_texts(wizard)
    assert not [t for t in texts if "at least 12 characters" in t.lower()], texts
    assert wizard.meter.verdict.text() == "Strength: Strong"
    type_into(qtbot, wizard.confirm_edit, STRONG + "x")
    click(qtbot, next_button)
    assert "The two passwords differ." in visible_label_texts(wizard)
    type_into(qtbot, wizard.confirm_edit, STRONG)
    assert "The two passwords differ." not in visible_label_texts(wizard)  # gone at once
    click(qtbot, next_button)
    assert "Step 3 of 3" in wizard.currentPage().subTitle()


def _toggle_shows(qtbot: QtBot, fields: list[QLineEdit]) -> None:
    reveal = next(a for a in fields[0].actions() if a.text() == "Show password")
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    reveal.trigger()
    assert all(f.echoMode() == QLineEdit.EchoMode.Normal for f in fields)
    assert reveal.text() == "Hide password"
    reveal.trigger()
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)


def test_every_password_field_can_show_what_was_typed(
        qtbot: QtBot, host: ScriptedDialogHost, tmp_path: Path, admin_ws: Workspace,
        vault_dir: Path) -> None:
    wizard = FirstRunWizard(tmp_path / "vault", host)
    sign_in = SignInDialog(vault_dir, host, OperationRunner(host))
    new_password = NewPasswordDialog(admin_ws, None)
    change = ChangePasswordDialog(admin_ws)
    for widget in (wizard, sign_in, new_password, change):
        qtbot.addWidget(widget)
    _toggle_shows(qtbot, [wizard.password_edit, wizard.confirm_edit])
    _toggle_shows(qtbot, [sign_in.password_edit])
    _toggle_shows(qtbot, [new_password.new_edit, new_password.confirm_edit])
    _toggle_shows(qtbot, [new_password.current_edit])
    _toggle_shows(qtbot, [change.new_edit, change.confirm_edit])

    # Shown, then cleared (as after a sign-in): the next password is hidden again.
    sign_in.password_reveal.trigger()
    type_into(qtbot, sign_in.password_edit, "secret words")
    sign_in.password_edit.clear()
    assert sign_in.password_edit.echoMode() == QLineEdit.EchoMode.Password
