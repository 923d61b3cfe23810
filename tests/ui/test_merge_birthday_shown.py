"""The merge view shows a birthday in the person's short date format (as the birthday picker
does); the stored date is unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.interchange.merge_choices_widget import details_text
from contactweb.vault.workspace import Workspace

pytestmark = pytest.mark.sqlite_only  # how a date is shown, not the database
ADA = date(1815, 12, 10)


@pytest.fixture
def keep_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(("locale", "shown"), [
    ("de_DE", "10.12.1815"), ("en_US", "12/10/1815"), ("fr_FR", "10/12/1815"),
    ("C", "1815-12-10"),
])
def test_the_birthday_is_shown_in_the_persons_short_date(
        admin_ws: Workspace, keep_locale: None, locale: str, shown: str) -> None:
    QLocale.setDefault(QLocale(locale))
    ada = contacts.create_contact(admin_ws, ContactInput(first_name="Ada", birthday=ADA))
    details = contacts.get_contact(admin_ws, ada, audit_view=False)
    lines = details_text(details).splitlines()
    assert f"Birthday: {shown}" in lines
    if locale != "C":
        assert "1815-12-10" not in details_text(details)
    assert contacts.get_contact(admin_ws, ada, audit_view=False).birthday == ADA
