"""The contact dialog's birthday is a date picker in the person's short date format (as every
date picker), may stay empty, and stores the same date as before (a drafts keeps it as ISO)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import click_and_finish, type_into

pytestmark = pytest.mark.sqlite_only  # the field, not the database, is under test
ADA = date(1815, 12, 10)


@pytest.fixture
def person_locale(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Sets Qt's default locale as translations.install does, and puts it back."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def open_dialog(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge,
                contact_id: int | None = None) -> ContactEditDialog:
    dialog = ContactEditDialog(ws, bridge, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize(("locale", "typed", "shown"), [
    ("de_DE", "10.12.1815", "10.12.1815"),
    ("en_US", "12/10/1815", "12/10/1815"),
    ("fr_FR", "10/12/1815", "10/12/1815"),
    ("C", "1815-12-10", "1815-12-10"),
])
def test_the_birthday_is_typed_and_shown_in_the_persons_short_date(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        person_locale: Callable[[str], None], locale: str, typed: str, shown: str) -> None:
    person_locale(locale)
    dialog = open_dialog(qtbot, admin_ws, bridge)
    assert dialog.birthday_edit.text() == "not given"  # empty until a date is given
    type_into(qtbot, dialog.first_edit, "Ada")
    type_into(qtbot, dialog.birthday_edit, typed)
    assert dialog.birthday_edit.text() == shown
    click_and_finish(qtbot, dialog.save_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert contacts.get_contact(admin_ws, dialog.contact_id, audit_view=False).birthday == ADA

    again = open_dialog(qtbot, admin_ws, bridge, dialog.contact_id)
    assert again.birthday_edit.text() == shown and again.birthday_edit.date_value() == ADA
    assert again.birthday_edit.calendarPopup()


def test_a_birthday_can_stay_or_become_empty(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = open_dialog(qtbot, admin_ws, bridge)
    type_into(qtbot, dialog.first_edit, "Nobody")
    click_and_finish(qtbot, dialog.save_button)
    assert contacts.get_contact(admin_ws, dialog.contact_id, audit_view=False).birthday is None

    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada", birthday=ADA))
    dialog = open_dialog(qtbot, admin_ws, bridge, ada)
    assert dialog.birthday_edit.date_value() == ADA
    type_into(qtbot, dialog.birthday_edit, "")  # Delete over the whole date
    assert dialog.birthday_edit.text() == "not given" and dialog.has_unsaved_changes()
    click_and_finish(qtbot, dialog.save_button)
    assert contacts.get_contact(admin_ws, ada, audit_view=False).birthday is None


def test_tab_and_shift_tab_leave_an_empty_birthday(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    """"not given" has no date sections for Tab to move between: Tab once held the keyboard
    there for good."""
    dialog = open_dialog(qtbot, admin_ws, bridge)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    for key, modifier in ((Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)):
        dialog.birthday_edit.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.birthday_edit)
        qtbot.keyClick(dialog.birthday_edit, key, modifier)
        assert QApplication.focusWidget() is not dialog.birthday_edit
        assert dialog.birthday_edit.is_empty()


def test_the_arrows_start_an_empty_birthday_from_today_not_from_the_year_100(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    dialog = open_dialog(qtbot, admin_ws, bridge)
    dialog.birthday_edit.setFocus()
    qtbot.keyClick(dialog.birthday_edit, Qt.Key.Key_Up)
    assert dialog.birthday_edit.date_value() == date.today()


def test_a_draft_keeps_the_birthday_as_iso_text_and_gives_it_back(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        person_locale: Callable[[str], None]) -> None:
    person_locale("de_DE")
    dialog = open_dialog(qtbot, admin_ws, bridge)
    type_into(qtbot, dialog.birthday_edit, "10.12.1815")
    payload = dialog.draft_payload()
    assert payload["birthday"] == "1815-12-10"  # as drafts stored it before

    restored = open_dialog(qtbot, admin_ws, bridge)
    restored.apply_draft(payload)
    assert restored.birthday_edit.date_value() == ADA
    assert restored.birthday_edit.text() == "10.12.1815"
    restored.apply_draft({**payload, "birthday": ""})
    assert restored.birthday_edit.date_value() is None
