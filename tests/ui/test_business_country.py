"""Administration → Business profile: the country the PDFs follow (paper, dates, numbers),
starting from the vault's region, chosen from CLDR's list of countries."""

from __future__ import annotations

from contactweb.services import settings
from contactweb.ui.admin.admin_business_widget import AdminBusinessWidget
from contactweb.ui.kit.dialog_host import DialogHost
from contactweb.ui.kit.operations import OperationRunner
from tests.ui.conftest import finish_operations


def test_country_is_chosen_shown_and_stored(qtbot, admin_ws) -> None:  # noqa: ANN001
    settings.put(admin_ws, "default_region", "US")
    page = AdminBusinessWidget(admin_ws, OperationRunner(DialogHost(), ws=admin_ws))
    qtbot.addWidget(page)
    page.refresh()
    assert page.country_combo.currentData() == ""  # not chosen: the vault's region
    assert "Letter paper" in page.country_note.text() and "$1,234.50" in page.country_note.text()
    page.country_combo.setCurrentIndex(page.country_combo.findData("DE"))
    assert page.country_combo.currentText() == "Germany (DE)"
    assert "A4 paper" in page.country_note.text() and "1.234,50" in page.country_note.text()
    assert page.save()
    finish_operations(qtbot)
    assert settings.business_profile(admin_ws).country == "DE"
    assert settings.business_country(admin_ws) == "DE"
    page.clear()
    page.refresh()
    assert page.country_combo.currentData() == "DE"
