"""Every dialog the menus and pages open, beyond the contact's own editors (those are in
test_dialog_keyboard): Tab walks the fields in the order they are shown, and every input has
a name a screen reader can say and a label tied to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from contactweb.ui.app.app_controller import AppController
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.dialog_inspection import out_of_order, tab_walk, unnamed_inputs
from tests.support.shared_computer import make_controller, settle, sign_in
from tests.ui.conftest import ScriptedDialogHost
from tests.ui.test_dialog_keyboard import TALL, contact_id  # noqa: F401 (the fixture)
from tests.ui.test_kit_session_lifecycle import OPENERS, open_everything

# Dialogs reached from the menus and pages; the contact's own editors are checked above.
OTHER_DIALOGS = [name for name in OPENERS if name not in ("new contact", "contact editor",
                                                          "log entry", "sale", "consent")]


@pytest.mark.usefixtures("contact_id")
@pytest.mark.parametrize("opened", OTHER_DIALOGS)
def test_every_other_dialog_tabs_in_order_with_named_inputs(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path,
        controllers: list[AppController], opened: str) -> None:
    admin_ws.engine.dispose()
    controller = make_controller(host, vault_dir, made=controllers)
    sign_in(qtbot, controller, "admin", PASSWORD)
    open_everything(qtbot, controller)
    problems: dict[str, list[str]] = {}

    def inspect(dialog: QDialog) -> int:
        dialog.resize(max(dialog.width(), TALL[0]), max(dialog.height(), TALL[1]))
        qtbot.waitExposed(dialog)
        first = dialog.focusWidget() or next(
            w for w in dialog.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog))
        walked = tab_walk(qtbot, dialog, first)
        problems[dialog.windowTitle()] = out_of_order(dialog, walked) + unnamed_inputs(dialog)
        return QDialog.DialogCode.Rejected

    host.handlers.append(inspect)
    host.answers.extend([True] * 3)
    opener: Callable[..., object] = OPENERS[opened]
    opener(controller.main_window)
    settle()
    assert problems, f"{opened} opened no dialog"
    assert all(not found for found in problems.values()), problems


def _walk_and_name(qtbot: QtBot, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.resize(max(dialog.width(), TALL[0]), max(dialog.height(), 900))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    first = dialog.focusWidget() or next(
        w for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog))
    return out_of_order(dialog, tab_walk(qtbot, dialog, first)) + unnamed_inputs(dialog)


def test_signing_in_setting_a_password_and_the_first_run_by_keyboard(
        qtbot: QtBot, host: ScriptedDialogHost, admin_ws: Workspace, vault_dir: Path) -> None:
    from contactweb.ui.app.first_run_wizard import FirstRunWizard
    from contactweb.ui.app.new_password_dialog import NewPasswordDialog
    from contactweb.ui.app.sign_in_dialog import SignInDialog
    from contactweb.ui.kit.operations import OperationRunner

    sign_in_dialog = SignInDialog(vault_dir, host, OperationRunner(host), "admin")
    assert _walk_and_name(qtbot, sign_in_dialog) == []
    password = NewPasswordDialog(admin_ws, current_password="temporary-Pass-42!")
    assert _walk_and_name(qtbot, password) == []
    wizard = FirstRunWizard(vault_dir.parent / "new-vault", host)
    problems = _walk_and_name(qtbot, wizard)
    assert problems == [], '\n'.join(problems)
    wizard.next()
    problems = _walk_and_name(qtbot, wizard)
    assert problems == [], '\n'.join(problems)


def test_the_import_wizard_by_keyboard(qtbot: QtBot, admin_ws: Workspace,
                                       host: ScriptedDialogHost) -> None:
    from contactweb.ui.interchange.import_wizard import ImportWizard
    from contactweb.ui.kit.workspace_bridge import WorkspaceBridge

    wizard = ImportWizard(admin_ws, WorkspaceBridge(host))
    problems = _walk_and_name(qtbot, wizard)
    assert problems == [], '\n'.join(problems)
