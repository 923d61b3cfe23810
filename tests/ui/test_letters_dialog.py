"""Letters and labels: who gets them is an explicit choice, everyone left out is listed
with the reason (also when that is everyone), templates are kept in the vault by name, and
the label sheet starts as the business's country uses."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from contactweb.services import settings
from contactweb.services.contacts.contacts import AddressInput
from contactweb.services.mailing import letter_templates
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_post_dialog import MailingPostDialog
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import ContactSpec, add_contacts, configure
from tests.ui.conftest import ScriptedDialogHost, click

WAIT_MS = 30_000
HOME = AddressInput("12 Orchard Road", "Springfield", "IL", "62704", "US")
LONG_NAME = ("Maximiliane Konstanze", "von Hohenzollern-Sigmaringen-Oberhollenzer")


def _dialog(qtbot: QtBot, ws: Workspace, host: ScriptedDialogHost, kind: str
            ) -> MailingPostDialog:
    dialog = MailingPostDialog(ws, WorkspaceBridge(host), kind)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_when_everyone_is_left_out_each_is_listed_with_the_reason(
        qtbot: QtBot, admin_ws: Workspace, tmp_path: Path) -> None:
    configure(admin_ws, 25)
    add_contacts(admin_ws, [
        ContactSpec("Gwen", "Unasked", None, "unknown", "unknown", HOME),
        ContactSpec(*LONG_NAME, None, "unknown", "unknown", HOME),
        ContactSpec("Hank", "Refuser", None, "unknown", "opted_out", HOME)])
    dialog = _dialog(qtbot, admin_ws, ScriptedDialogHost(), "letters")
    assert dialog.tag.currentData() is None and not dialog.make_button.isEnabled()
    dialog.tag.setCurrentIndex(dialog.tag.findData(""))
    dialog.output.setText(str(tmp_path / "letters.pdf"))
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.excluded_model.rowCount() == 3,
                    timeout=WAIT_MS)
    rows = {e.name: e.reason for e in dialog.excluded_model.records()}
    assert rows == {"Gwen Unasked": "no express consent for post",
                    " ".join(LONG_NAME): "no express consent for post",
                    "Hank Refuser": "opted out of post"}
    assert "nothing was made" in dialog.status.text()
    assert not (tmp_path / "letters.pdf").exists()
    # The names are shown whole.
    view = dialog.excluded_view
    longest = view.fontMetrics().horizontalAdvance(" ".join(LONG_NAME))
    assert view.columnWidth(0) >= longest


def test_templates_are_kept_by_name_and_the_last_text_comes_back(
        qtbot: QtBot, admin_ws: Workspace) -> None:
    configure(admin_ws, 25)
    host = ScriptedDialogHost()
    first = _dialog(qtbot, admin_ws, host, "letters")
    first.template.setPlainText("Subject: Spring\nDear {first_name|customer},\n\nNew seeds.")
    host.text_answers.append("Spring offer")
    assert first.save_template() == "Spring offer"
    first.template.setPlainText("Dear {first_name|customer},\n\nA draft I am still typing.")
    first.reject()  # closed without making anything

    again = _dialog(qtbot, admin_ws, host, "letters")
    assert again.template.toPlainText().endswith("A draft I am still typing.")
    assert again.saved_templates.findData("Spring offer") > 0
    again.saved_templates.setCurrentIndex(again.saved_templates.findData("Spring offer"))
    again.use_saved_template()
    assert again.template.toPlainText().startswith("Subject: Spring")
    assert letter_templates.templates(admin_ws) == {
        "Spring offer": "Subject: Spring\nDear {first_name|customer},\n\nNew seeds."}
    host.answers.append(True)
    again.delete_template()
    assert letter_templates.templates(admin_ws) == {}


def test_label_sheet_follows_the_business_country(qtbot: QtBot, admin_ws: Workspace) -> None:
    profile = settings.business_profile(admin_ws)
    profile.country = "US"
    settings.set_business_profile(admin_ws, profile)
    assert _dialog(qtbot, admin_ws, ScriptedDialogHost(), "labels"
                   ).layout_choice.currentData() == "5160"
    profile.country = "GB"
    settings.set_business_profile(admin_ws, profile)
    assert _dialog(qtbot, admin_ws, ScriptedDialogHost(), "labels"
                   ).layout_choice.currentData() == "L7160"


def test_letters_carry_the_logo_and_the_country_paper(qtbot: QtBot, admin_ws: Workspace,
                                                       tmp_path: Path) -> None:
    import base64

    from tests.unit.test_report_permission_and_region import LOGO_PNG

    configure(admin_ws, 25)
    profile = settings.business_profile(admin_ws)
    profile.country, profile.logo_png = "US", base64.b64encode(LOGO_PNG).decode()
    profile.postal_address = "1 Lake Road\nSpringfield, IL 62701"
    settings.set_business_profile(admin_ws, profile)
    add_contacts(admin_ws, [ContactSpec("Gwen", "Postable", None, "unknown", "granted", HOME)])
    dialog = _dialog(qtbot, admin_ws, ScriptedDialogHost(), "letters")
    dialog.tag.setCurrentIndex(dialog.tag.findData(""))
    out = tmp_path / "letters.pdf"
    dialog.output.setText(str(out))
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert len(page.images) == 1
    assert "Gwen Postable" in page.extract_text()


def test_template_text_never_reaches_the_audit_log(admin_ws: Workspace) -> None:
    from contactweb.services import audit

    letter_templates.save_template(admin_ws, "For Mrs Quist", "Dear Mrs Annabel Quist,")
    letter_templates.keep_last_typed(admin_ws, "Dear Mr Boris Ymir, about your anvil")
    events = [e for e in audit.list_events(admin_ws) if "template" in e.action
              or e.action == "settings.change"]
    assert [e.action for e in events] == ["mailing.template_save"]
    logged = repr([e.details for e in audit.list_events(admin_ws)])
    assert "Annabel" not in logged and "Boris" not in logged
