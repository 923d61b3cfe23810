"""The labels of emails, phones and addresses are shown in the person's language but stored
as the English word other programs read; a label typed by hand is stored as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.services.contacts.contacts import AddressInput, PhoneInput
from contactweb.ui.kit.labelled_rows_widget import LabelledRowsWidget


def test_an_offered_label_is_stored_as_its_english_word_whatever_it_shows(qtbot: QtBot) -> None:
    phones = LabelledRowsWidget("phone")
    qtbot.addWidget(phones)
    phones.set_values([PhoneInput("+49 30 1234567", "home")])
    combo = phones._rows[0].label  # noqa: SLF001 - the row's label box
    assert combo.currentData() == "home"
    # As a German translation shows them:
    for index, shown in enumerate(("Arbeit", "Mobil", "privat", "Fax", "Sonstiges")):
        combo.setItemText(index, shown)
    combo.setCurrentIndex(combo.findText("Mobil"))
    assert [p.label for p in phones.values()] == ["mobile"]
    combo.setCurrentText("Werkstatt")  # typed by hand
    assert [p.label for p in phones.values()] == ["Werkstatt"]


def test_a_stored_label_that_is_not_offered_comes_back_as_it_was(qtbot: QtBot) -> None:
    addresses = LabelledRowsWidget("address")
    qtbot.addWidget(addresses)
    addresses.set_values([AddressInput(street="1 Main St", city="Springfield", label="Summer house")])
    assert [a.label for a in addresses.values()] == ["Summer house"]
