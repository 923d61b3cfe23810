"""The labels of emails, phones and addresses, and the ways of giving consent, are shown in the
person's language but stored as the English words other programs and the PDFs read; one
typed by hand is stored as typed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, PhoneInput
from contactweb.ui.contacts.consent_dialog import ConsentDialog, method_title
from contactweb.ui.kit.labelled_rows_widget import LabelledRowsWidget
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import finish_operations


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


def test_an_offered_way_of_consenting_is_stored_in_english_and_shown_translated(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge) -> None:
    contact_id = contacts.create_contact(admin_ws, ContactInput(first_name="Ines"))
    dialog = ConsentDialog(admin_ws, bridge, contact_id, "post")
    qtbot.addWidget(dialog)
    paper = dialog.method_combo.findData("paper form")
    dialog.method_combo.setItemText(paper, "Papierformular")  # as German shows it
    dialog.method_combo.setCurrentIndex(paper)
    dialog.evidence_edit.setPlainText("Signed at the counter")
    dialog.save()
    finish_operations(qtbot)
    [entry] = consent.history(admin_ws, contact_id)
    assert entry.method == "paper form"
    assert method_title("paper form") == "paper form"  # English: the word itself
    assert method_title("told us at the fair") == "told us at the fair"  # typed: as typed
