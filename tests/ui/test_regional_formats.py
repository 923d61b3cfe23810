"""The GUI writes dates and amounts as the person's locale does (CLDR through Babel), starts
the week of its date pickers on the locale's first day, and keeps phone numbers and email
addresses left to right in a right-to-left layout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.i18n import (
    FIRST_STRONG_ISOLATE,
    LEFT_TO_RIGHT_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
)
from contactweb.services.contacts import contacts
from contactweb.ui.admin.admin_business_widget import AdminBusinessWidget
from contactweb.ui.contacts.contact_details_tab import ContactDetailsTab
from contactweb.ui.contacts.contact_edit_dialog import ContactEditDialog
from contactweb.ui.contacts.contact_table_model import ContactTableModel
from contactweb.ui.interchange.column_mapping_widget import field_choices, guess_field
from contactweb.ui.kit import translations
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.display_text import local_date, money
from contactweb.ui.kit.operations import OperationRunner
from contactweb.ui.kit.period_filter_widget import PeriodFilterWidget
from contactweb.ui.kit.regional_formats import clock_text, time_text
from contactweb.vault.workspace import Workspace


@pytest.fixture
def person_locale(qapp: QApplication) -> Iterator[object]:
    """Sets Qt's default locale as translations.install does, and puts it back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def first_day(qtbot: QtBot) -> Qt.DayOfWeek:
    widget = PeriodFilterWidget()
    qtbot.addWidget(widget)
    return widget.from_edit.calendarWidget().firstDayOfWeek()


def test_date_pickers_start_the_week_on_the_locales_first_day(qtbot: QtBot,
                                                               person_locale) -> None:  # noqa: ANN001
    person_locale("de_DE")
    assert first_day(qtbot) == Qt.DayOfWeek.Monday
    person_locale("en_US")
    assert first_day(qtbot) == Qt.DayOfWeek.Sunday


def test_date_pickers_show_and_take_the_persons_short_date_with_four_digit_years(
        qtbot: QtBot, person_locale) -> None:  # noqa: ANN001
    shown = {}
    for name in ("de_DE", "en_US", "C"):
        person_locale(name)
        widget = PeriodFilterWidget()
        qtbot.addWidget(widget)
        widget.from_edit.setDate(QDate(2026, 12, 7))
        shown[name] = widget.from_edit.text()
    assert shown == {"de_DE": "07.12.2026", "en_US": "12/7/2026", "C": "2026-12-07"}


def test_dates_and_amounts_in_the_persons_locale(person_locale) -> None:  # noqa: ANN001
    person_locale("de_DE")
    assert money(123450, "EUR").replace("\u00a0", " ") == "1.234,50 €"
    assert local_date(date(2026, 12, 7)) == "07.12.2026"
    assert time_text(datetime(2026, 12, 7, 14, 30)) == "07.12.2026 14:30"
    person_locale("en_US")
    assert money(123450, "EUR") == "€1,234.50"
    assert local_date(date(2026, 12, 7)) == "Dec 7, 2026"
    assert clock_text(datetime(2026, 12, 7, 14, 30)).replace("\u00a0", " ") == "2:30 PM"
    person_locale("C")  # none chosen: unambiguous, as before
    assert money(123450, "EUR") == "EUR 1,234.50"
    assert local_date(date(2026, 12, 7)) == "2026-12-07"


def test_a_phone_cell_is_isolated_under_a_right_to_left_layout(
        qtbot: QtBot, qapp: QApplication, admin_ws: Workspace) -> None:
    contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Dana", emails=[contacts.EmailInput("dana@example.co.il")],
        phones=[contacts.PhoneInput("+1 555 0100")]))
    model = ContactTableModel(admin_ws, OperationRunner(DialogHost(), ws=admin_ws))
    phone = model.index(0, ContactTableModel.Column.PHONE)
    email = model.index(0, ContactTableModel.Column.EMAIL)
    assert LEFT_TO_RIGHT_ISOLATE not in model.data(phone)  # left to right: as typed
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shown = model.data(phone)
        assert shown.startswith(LEFT_TO_RIGHT_ISOLATE) and shown.endswith(POP_DIRECTIONAL_ISOLATE)
        assert "555" in shown
        assert model.data(email) == f"{LEFT_TO_RIGHT_ISOLATE}dana@example.co.il" \
            f"{POP_DIRECTIONAL_ISOLATE}"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_editor_keeps_a_contacts_language(qtbot: QtBot, bridge, admin_ws: Workspace  # noqa: ANN001
                                              ) -> None:
    jonas = contacts.create_contact(admin_ws, contacts.ContactInput(first_name="Jonas",
                                                                    language="fr-CA"))
    dialog = ContactEditDialog(admin_ws, bridge, jonas)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.itemData(0) == "" and combo.itemText(0) == "Business default"
    assert combo.currentData() == "fr-CA"  # not offered, kept by its own name
    assert dialog.contact_input().language == "fr-CA"
    combo.setCurrentIndex(combo.findData("de"))
    assert dialog.contact_input().language == "de"
    assert dialog.draft_payload()["language"] == "de"
    combo.setCurrentIndex(0)
    assert dialog.contact_input().language == ""  # the business's default


def test_the_business_page_shows_dates_in_the_business_language(qtbot: QtBot,
                                                                admin_ws: Workspace) -> None:
    page = AdminBusinessWidget(admin_ws, OperationRunner(DialogHost(), ws=admin_ws))
    qtbot.addWidget(page)
    page.refresh()
    page.country_combo.setCurrentIndex(page.country_combo.findData("DE"))
    assert "Dec" in page.country_note.text() or "December" in page.country_note.text()
    page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
    note = page.country_note.text().replace("\u00a0", " ")
    assert "1.234,50 $" in note and "Dezember" in note  # de_DE: the letters' long date


def test_contact_details_keep_numbers_and_address_lines_in_order_under_rtl(
        qapp: QApplication, admin_ws: Workspace) -> None:
    anna = contacts.create_contact(admin_ws, contacts.ContactInput(
        first_name="Anna", phones=[contacts.PhoneInput("+49 30 1234567")],
        addresses=[contacts.AddressInput(street="Invalidenstraße 117", city="Berlin",
                                         postcode="10115", country="DE")]))
    details = contacts.get_contact(admin_ws, anna, audit_view=False)
    assert FIRST_STRONG_ISOLATE not in ContactDetailsTab._html(details)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shown = ContactDetailsTab._html(details)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert f"{FIRST_STRONG_ISOLATE}10115 BERLIN{POP_DIRECTIONAL_ISOLATE}" in shown
    assert f"{LEFT_TO_RIGHT_ISOLATE}+49 30 1234567{POP_DIRECTIONAL_ISOLATE}" in shown


def test_the_import_wizard_guesses_a_language_column() -> None:
    assert guess_field("Sprache") == guess_field("Language") == "language"
    assert ("Language", "language") in field_choices()


def test_a_language_chosen_without_a_country_keeps_the_systems_country(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "_SYSTEM_LOCALE", QLocale("en_GB"))
    assert translations.regional_locale("en").name() == "en_GB"  # Monday, 07/12/2026
    assert translations.regional_locale("de").name() == "de_DE"
    assert translations.regional_locale("en_US").name() == "en_US"
