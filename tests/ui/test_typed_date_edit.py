"""A full date typed with its separators ("10.12.2026" in German, "12/10/2026" in US
English, "10/12/2026" in French) is the date typed, in the sale dialog's and the period
filter's pickers as in the birthday's (one shared picker, ``TypedDateEdit``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.ui.contacts.sale_dialog import SaleDialog
from contactweb.ui.kit.optional_date_edit import OptionalDateEdit
from contactweb.ui.kit.period_filter_widget import Period, PeriodFilterWidget
from contactweb.ui.kit.typed_date_edit import TypedDateEdit
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import type_into

pytestmark = pytest.mark.sqlite_only  # typing into a field, not the database
TYPED = {"de_DE": ("10.12.2026", "24.12.2026"), "en_US": ("12/10/2026", "12/24/2026"),
         "fr_FR": ("10/12/2026", "24/12/2026")}


def type_from_first_part(qtbot: QtBot, edit: TypedDateEdit, text: str) -> None:
    """Type as after Tab: the picker's first part (day, or month in the US) selected."""
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    qtbot.keyClicks(edit, text)


@pytest.fixture
def person_locale(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Sets Qt's default locale as translations.install does, and puts it back."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize("locale", list(TYPED))
def test_the_sale_date_is_the_date_typed_with_its_separators(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        person_locale: Callable[[str], None], locale: str) -> None:
    person_locale(locale)
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ada"))
    dialog = SaleDialog(admin_ws, bridge, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_from_first_part(qtbot, dialog.date_edit, TYPED[locale][0])
    assert dialog.date_edit.text() == TYPED[locale][0]
    assert dialog.date_edit.date().toPython() == date(2026, 12, 10)  # what is saved
    assert dialog.date_edit.calendarPopup()


@pytest.mark.parametrize("locale", list(TYPED))
def test_the_periods_custom_dates_are_the_dates_typed_with_their_separators(
        qtbot: QtBot, person_locale: Callable[[str], None], locale: str) -> None:
    person_locale(locale)
    period = PeriodFilterWidget(default=Period.CUSTOM, today=date(2026, 12, 7))
    qtbot.addWidget(period)
    period.show()
    first, last = TYPED[locale]
    type_from_first_part(qtbot, period.from_edit, first)
    type_into(qtbot, period.to_edit, last)  # over the whole date
    assert (period.from_edit.text(), period.to_edit.text()) == (first, last)
    assert period.date_range() == (date(2026, 12, 10), date(2026, 12, 25))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
       locale=st.sampled_from([*TYPED, "C"]),
       picker=st.sampled_from([TypedDateEdit, OptionalDateEdit]))
def test_any_date_typed_as_the_picker_shows_it_is_that_date(
        qtbot: QtBot, person_locale: Callable[[str], None], day: date, locale: str,
        picker: type[TypedDateEdit]) -> None:
    person_locale(locale)
    edit = picker()
    qtbot.addWidget(edit)
    edit.show()
    shown = QLocale().toString(QDate(day.year, day.month, day.day), edit.displayFormat())
    type_into(qtbot, edit, shown)
    assert edit.text() == shown
    assert edit.date().toPython() == day
