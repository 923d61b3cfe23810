"""The export dialog's "for a mailing" choice: the file holds only the contacts eligibility
includes, with only that address, and the message says who was left out and why. The import
wizard's report lists the opt-outs a file brought."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pytestqt.qtbot import QtBot

from contactweb.services import audit
from contactweb.services.accounts import session
from contactweb.services.consent import consent
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput, PhoneInput
from contactweb.services.exporting import exporter
from contactweb.services.importing import importer
from contactweb.ui.interchange.export_dialog import ExportDialog
from contactweb.ui.interchange.import_report_page import report_text
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000


def add(ws: Workspace, first: str, email: str) -> int:
    cid = contacts.create_contact(ws, ContactInput(
        first_name=first, last_name="Lee", emails=[EmailInput(email)],
        phones=[PhoneInput("+14155550100", "mobile")]))
    consent.opt_in(ws, cid, "email", evidence="web form")
    return cid


def test_export_for_an_email_mailing_leaves_out_the_opted_out(
        admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost, qtbot: QtBot,
        tmp_path: Path) -> None:
    ann = add(admin_ws, "Ann", "ann@example.com")
    add(admin_ws, "Ben", "ann@example.com")  # shares Ann's mailbox
    add(admin_ws, "Cat", "cat@example.com")
    consent.opt_out(admin_ws, ann, "email", evidence="replied STOP")

    dialog = ExportDialog(admin_ws, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mailing_channel() is None and "3 contacts will" in dialog.count_label.text()
    dialog.purpose_combo.setCurrentIndex(dialog.purpose_combo.findData("email"))
    assert dialog.mailing_channel() == "email"
    assert "only those who may receive email" in dialog.count_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv-google"))
    target = tmp_path / "mailing.csv"
    host.file_answers.append(str(target))
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=WAIT_MS)

    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"),
                                           newline="")))
    assert [(r["First Name"], r["E-mail 1 - Value"], r.get("Phone 1 - Value")) for r in rows] \
        == [("Cat", "cat@example.com", None)]
    assert dialog.exported == (1, target)
    assert dialog.mailing is not None and dialog.mailing.excluded_total == 2
    (_title, message), = [m for m in host.messages if "written to" in m[1]]
    assert "1 recipient for an email mailing written to" in message
    assert "Left out, 2 contacts:" in message and "1 opted out of email" in message
    assert [e.details["channel"] for e in audit.list_events(admin_ws, "export.mailing")] == [
        "email"]


def test_the_import_report_lists_the_opt_outs_from_the_file(admin_ws: Workspace,
                                                            tmp_path: Path) -> None:
    ann = add(admin_ws, "Ann", "ann@example.com")
    consent.opt_out(admin_ws, ann, "email", evidence="replied STOP")
    path = tmp_path / "out.vcf"
    exporter.export_contacts(admin_ws, path, "vcard4")
    other = session.create_vault(tmp_path / "other", "admin", PASSWORD)
    try:
        report = importer.import_records(other, importer.parse_file(path))
    finally:
        other.lock()
    text = report_text(report)
    assert "Opt-outs recorded from the file: 1" in text
    assert f"contact {report.created[0]} opted out of email" in text
