"""On the screen a country is named in the person's language (CLDR): a contact's foreign
address, and the business's country chooser; the vault keeps the code."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.ui.admin.admin_business_widget import AdminBusinessWidget
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.contacts.contacts_tab import ContactsTab
from contactweb.ui.kit import translations
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OperationRunner
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import finish_operations

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda language: translations.install(qapp, language)
    translations.reset(qapp)


def test_a_foreign_address_names_its_country_in_the_persons_language(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        speak: Callable[[str], str]) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(
        first_name="Anna", addresses=[AddressInput("Lindenstraße 4", "Hamburg", "", "20095",
                                                   "DE", "work")]))
    details = contacts.get_contact(admin_ws, contact_id, audit_view=False)
    speak("fr")
    pane = ContactDetailsTab(admin_ws, bridge)
    qtbot.addWidget(pane)
    pane.show_details(details)
    assert "ALLEMAGNE" in pane.text.text() and "GERMANY" not in pane.text.text()
    assert details.addresses[0].country == "DE"


def test_where_a_contact_came_from_is_said_in_the_persons_language(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        speak: Callable[[str], str]) -> None:
    typed = contacts.create_contact(admin_ws, ContactInput(first_name="Typed"))
    from_file = contacts.create_contact(admin_ws, ContactInput(first_name="Filed",
                                                               source="google.csv line 2"))
    speak("de")
    pane = ContactDetailsTab(admin_ws, bridge)
    qtbot.addWidget(pane)
    pane.show_details(contacts.get_contact(admin_ws, typed, audit_view=False))
    assert "(eingegeben)" in pane.text.text() and "manual" not in pane.text.text()
    pane.show_details(contacts.get_contact(admin_ws, from_file, audit_view=False))
    assert "(google.csv line 2)" in pane.text.text()  # a file's own words, as stored


def test_the_list_menu_counts_the_selection_with_its_plural(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        speak: Callable[[str], str]) -> None:
    """The texts ContactListActions shows keep their plural forms (they stay in
    ContactsTab, where lupdate reads a plural)."""
    speak("de")
    tab = ContactsTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    assert tab.counted_texts(1)["close"] == "1 ausgewählten schließen"
    assert tab.counted_texts(3)["close"] == "3 ausgewählte schließen"
    assert tab.counted_texts(3)["closed"].startswith("3 Kontakte")


def test_the_business_country_chooser_speaks_the_persons_language(
        qtbot: QtBot, admin_ws: Workspace, speak: Callable[[str], str]) -> None:
    speak("de")
    page = AdminBusinessWidget(admin_ws, OperationRunner(DialogHost(), ws=admin_ws))
    qtbot.addWidget(page)
    page.refresh()
    page.country_combo.setCurrentIndex(page.country_combo.findData("AT"))
    assert page.country_combo.currentText() == "Österreich (AT)"
    assert page.save()
    finish_operations(qtbot)
    assert settings.business_profile(admin_ws).country == "AT"  # the code, as before
