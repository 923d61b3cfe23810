"""Find duplicates shows both records side by side (consent, communications, sales counts)
with a choice per differing field; every merge is listed under "Merges made" and can be
undone at any time, also after the dialog was closed and opened again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from contactweb.models import utcnow
from contactweb.services.activity import communications, sales
from contactweb.services.activity.communications import CommunicationInput
from contactweb.services.activity.sales import SaleInput, SaleLineInput
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.ui.app.main_window import MainWindow
from contactweb.ui.interchange.duplicates_dialog import DuplicatesDialog
from contactweb.vault.workspace import Workspace
from tests.ui.conftest import ScriptedDialogHost, click


def two_anns(ws: Workspace) -> tuple[int, int]:
    keep = contacts.create_contact(ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Lee Ltd",
        emails=[EmailInput("ann@example.com")]))
    other = contacts.create_contact(ws, ContactInput(
        first_name="Ann", last_name="Lee", company="Lee & Daughters",
        emails=[EmailInput("ann@example.com")]))
    communications.log_communication(ws, other, CommunicationInput(
        "call", occurred_at=utcnow(), subject="Quote"))
    communications.log_communication(ws, other, CommunicationInput(
        "note", occurred_at=utcnow(), subject="Follow up"))
    sales.add_sale(ws, other, SaleInput([SaleLineInput("Tulips", 2, 500)], "won", "USD",
                                        date.today()))
    consent.opt_out(ws, keep, "email", "Asked to stop")
    return keep, other


def ready(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.model.rowCount() >= 0
                    and dialog.status_label.text() != "Looking for duplicates…", timeout=20000)


def test_side_by_side_with_counts_a_field_choice_and_undo_any_time(
        qtbot: QtBot, admin_ws: Workspace, host: ScriptedDialogHost,
        open_main_window: Callable[[Workspace], MainWindow]) -> None:
    keep, other = two_anns(admin_ws)
    window = open_main_window(admin_ws)

    def merge_choosing_the_other_company(dialog: QDialog) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        ready(qtbot, dialog)
        assert dialog.model.rowCount() == 1
        left, right = dialog.keep_text.toPlainText(), dialog.other_text.toPlainText()
        assert "Consent: Email: opted out" in left
        assert "Communications: 0" in left and "Sales: 0" in left
        assert "Communications: 2" in right and "Sales: 1" in right
        combo = dialog.sides.combos["company"]
        assert list(dialog.sides.combos) == ["company"]
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Lee Ltd", "Lee & Daughters"]
        combo.setCurrentIndex(1)
        host.answers.append(True)
        click(qtbot, dialog.merge_button)
        qtbot.waitUntil(lambda: dialog.worker is None and dialog.last_merge is not None,
                        timeout=20000)
        dialog.reject()

    host.handlers.append(merge_choosing_the_other_company)
    window.duplicates_action.trigger()
    merged = contacts.get_contact(admin_ws, keep, audit_view=False)
    assert merged.company == "Lee & Daughters"

    # Later, in a new Find duplicates window: the merge is listed and can be undone.
    def undo_from_the_list(dialog: QDialog) -> None:
        assert isinstance(dialog, DuplicatesDialog)
        ready(qtbot, dialog)
        assert not dialog.undo_button.isEnabled()  # "last merge" was in the other window
        dialog.tabs.setCurrentWidget(dialog.history)
        history = dialog.history
        qtbot.waitUntil(lambda: history.model.rowCount() == 1 and history.worker is None,
                        timeout=20000)
        history.table.selectRow(0)
        row = history.model.merge(0)
        assert (row.kept_name, row.merged_id, row.undone) == ("Ann Lee", other, False)
        host.answers.append(True)
        click(qtbot, history.undo_button)
        qtbot.waitUntil(lambda: history.worker is None and history.model.rowCount() == 1
                        and history.model.merge(0).undone, timeout=20000)
        assert history.model.data(history.model.index(0, 4)) == "undone"
        history.table.selectRow(0)
        assert not history.undo_button.isEnabled()
        qtbot.waitUntil(lambda: dialog.worker is None and dialog.model.rowCount() == 1,
                        timeout=20000)
        dialog.reject()

    host.handlers.append(undo_from_the_list)
    window.duplicates_action.trigger()
    assert contacts.get_contact(admin_ws, keep, audit_view=False).company == "Lee Ltd"
    assert contacts.get_contact(admin_ws, other, audit_view=False).company == "Lee & Daughters"
    assert len(communications.timeline(admin_ws, other)) == 2
