"""The Mailings page's other actions: labels for post, opt-outs found in reply files (shown
before they are recorded), and one reply recorded by hand."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from contactweb.services.activity import communications
from contactweb.services.consent import consent
from contactweb.services.contacts.contacts import AddressInput
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_one_to_one_dialog import MailingOneToOneDialog
from contactweb.ui.mailing.mailing_post_dialog import MailingPostDialog
from contactweb.ui.mailing.mailing_replies_dialog import MailingRepliesDialog
from contactweb.ui.mailing.mailings_tab import MailingsTab
from contactweb.vault.workspace import Workspace
from tests.support.mailing_server import (
    ContactSpec,
    add_contacts,
    configure,
    smtp_server,
)
from tests.ui.conftest import ScriptedDialogHost, click
from tests.unit.test_mailing_replies import _eml

WAIT_MS = 30_000
HOME = AddressInput("12 Orchard Road", "Springfield", "IL", "62704", "US")


def _tab(qtbot: QtBot, ws: Workspace, bridge: WorkspaceBridge) -> MailingsTab:
    tab = MailingsTab(ws, bridge)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_labels_for_the_contacts_who_may_get_post(qtbot: QtBot, admin_ws: Workspace,
                                                  bridge: WorkspaceBridge,
                                                  host: ScriptedDialogHost, tmp_path: Path,
                                                  qtmodeltester) -> None:  # noqa: ANN001
    configure(admin_ws, 25)
    add_contacts(admin_ws, [
        ContactSpec("Gwen", "Postable", None, "unknown", "granted", HOME),
        ContactSpec("Hank", "Refuser", None, "unknown", "opted_out", HOME)])
    tab = _tab(qtbot, admin_ws, bridge)
    out = tmp_path / "labels.pdf"

    def make_labels(dialog: MailingPostDialog) -> int:
        assert not dialog.make_button.isEnabled()  # nobody is chosen until someone is
        dialog.tag.setCurrentIndex(dialog.tag.findData(""))  # everyone who may get post
        dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("5160"))
        dialog.output.setText(str(out))
        click(qtbot, dialog.make_button)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
        qtmodeltester.check(dialog.excluded_model)
        assert [e.name for e in dialog.excluded_model.records()] == ["Hank Refuser"]
        assert dialog.status.text().startswith("Wrote 1 labels")
        return 0

    host.handlers.append(make_labels)
    click(qtbot, tab.labels_button)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Gwen Postable" in text and "Refuser" not in text


def test_opt_outs_from_reply_files(qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
                                   host: ScriptedDialogHost, tmp_path: Path,
                                   qtmodeltester) -> None:  # noqa: ANN001
    asker, happy = add_contacts(admin_ws, [ContactSpec("Ivy", "Asker", "ivy@example.org"),
                                           ContactSpec("Jon", "Happy", "jon@example.org")])
    files = []
    for name, sender, body in (("1.eml", "ivy@example.org", "Please unsubscribe me."),
                               ("2.eml", "jon@example.org", "Great news, thanks!")):
        (tmp_path / name).write_text(_eml(sender, "Re: news", body), encoding="utf-8")
        files.append(str(tmp_path / name))
    tab = _tab(qtbot, admin_ws, bridge)
    seen: list[MailingRepliesDialog] = []

    def review(dialog: MailingRepliesDialog) -> None:
        seen.append(dialog)
        qtmodeltester.check(dialog.model)
        assert [(f.sender, f.status) for f in dialog.model.records()] == [
            ("ivy@example.org", "opt_out")]
        assert consent.status_by_channel(admin_ws, asker)["email"] == "granted"  # not yet
        click(qtbot, dialog.record_button)
        qtbot.waitUntil(lambda: dialog.recorded > 0, timeout=WAIT_MS)  # recorded on a worker

    host.file_answers.append(files)
    host.handlers.append(review)
    click(qtbot, tab.replies_button)
    qtbot.waitUntil(lambda: bool(seen) and tab.worker is None, timeout=WAIT_MS)
    assert consent.status_by_channel(admin_ws, asker)["email"] == "opted_out"
    assert consent.status_by_channel(admin_ws, happy)["email"] == "granted"
    assert tab.status.text() == "Recorded 1 opt-outs from replies."


def test_every_other_reply_is_listed_for_a_person_to_decide(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge, host: ScriptedDialogHost,
        tmp_path: Path, qtmodeltester) -> None:  # noqa: ANN001
    asker, fan, moved, away = add_contacts(admin_ws, [
        ContactSpec("Ivy", "Asker", "ivy@example.org"),
        ContactSpec("Jon", "Fan", "jon@example.org"),
        ContactSpec("Kai", "Moved", "kai@example.org"),
        ContactSpec("Liv", "Away", "liv@example.org")])
    quote = "\r\n\r\n> To stop receiving these emails, reply with the word \"unsubscribe\""
    files = []
    for name, sender, subject, body, extra in (
            ("1.eml", "ivy@example.org", "Re: news", "I no longer wish to receive these emails.",
             ""),
            ("2.eml", "jon@example.org", "Re: news", "Please don't unsubscribe me, I like these",
             ""),
            ("3.eml", "kai@example.org", "Re: news", "We moved abroad, this is no use to us.", ""),
            ("4.eml", "liv@example.org", "Automatische Antwort: news", "Bin im Urlaub.",
             "X-Auto-Response-Suppress: All\r\n")):
        (tmp_path / name).write_text(_eml(sender, subject, body + quote, extra), encoding="utf-8")
        files.append(str(tmp_path / name))
    tab = _tab(qtbot, admin_ws, bridge)
    seen: list[MailingRepliesDialog] = []

    def review(dialog: MailingRepliesDialog) -> None:
        seen.append(dialog)
        qtmodeltester.check(dialog.undecided_model)
        assert "1 ask to opt out, 2 other replies for you to read, 1 automatic" in \
            dialog.summary.text()
        assert [(f.sender, f.subject, f.excerpt) for f in dialog.undecided_model.records()] == [
            ("jon@example.org", "Re: news", "Please don't unsubscribe me, I like these"),
            ("kai@example.org", "Re: news", "We moved abroad, this is no use to us.")]
        assert not dialog.take_button.isEnabled()
        dialog.undecided_view.selectRow(1)  # a person reads Kai's reply: it asks to stop
        click(qtbot, dialog.take_button)
        assert [f.sender for f in dialog.model.records()] == ["ivy@example.org",
                                                              "kai@example.org"]
        assert [f.sender for f in dialog.undecided_model.records()] == ["jon@example.org"]
        assert dialog.record_button.text() == "Record 2 opt-outs"
        click(qtbot, dialog.record_button)
        qtbot.waitUntil(lambda: dialog.recorded > 0, timeout=WAIT_MS)  # recorded on a worker

    host.file_answers.append(files)
    host.handlers.append(review)
    click(qtbot, tab.replies_button)
    qtbot.waitUntil(lambda: bool(seen) and tab.worker is None, timeout=WAIT_MS)
    states = {cid: consent.status_by_channel(admin_ws, cid)["email"]
              for cid in (asker, fan, moved, away)}
    assert states == {asker: "opted_out", fan: "granted", moved: "opted_out", away: "granted"}


def test_record_an_opt_out_from_a_reply_by_hand(qtbot: QtBot, admin_ws: Workspace,
                                                bridge: WorkspaceBridge,
                                                host: ScriptedDialogHost, tmp_path: Path) -> None:
    [kim] = add_contacts(admin_ws, [ContactSpec("Kim", "Quiet", "kim@example.org")])
    reply = tmp_path / "reply.eml"
    reply.write_text(_eml("kim@example.org", "Re: news", "I'd rather not hear from you."),
                     encoding="utf-8")
    tab = _tab(qtbot, admin_ws, bridge)
    host.file_answers.append([str(reply)])
    host.answers.append(True)
    with qtbot.waitSignal(bridge.changed, timeout=WAIT_MS):  # recorded on a worker
        click(qtbot, tab.reply_button)
    assert "Kim Quiet (kim@example.org)" in host.messages[-1][1]
    assert consent.status_by_channel(admin_ws, kim)["email"] == "opted_out"
    assert "rather not hear" in consent.history(admin_ws, kim)[0].evidence


def test_one_to_one_email_asks_before_writing_to_an_opted_out_contact(
        qtbot: QtBot, admin_ws: Workspace, bridge: WorkspaceBridge,
        host: ScriptedDialogHost) -> None:
    [lea] = add_contacts(admin_ws, [ContactSpec("Lea", "Stopped", "lea@example.org",
                                                consent_email="opted_out")])
    with smtp_server() as (server, port):
        configure(admin_ws, port)
        dialog = MailingOneToOneDialog(admin_ws, bridge, lea)
        qtbot.addWidget(dialog)
        dialog.subject.setText("Your repair")
        dialog.body.setPlainText("The part arrived; it is ready for pick-up.")
        host.answers.append(False)  # first: do not send
        click_when_shown(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.worker is None and bool(host.messages), timeout=WAIT_MS)
        assert host.messages[-1][0] == "Opted out of email" and server.received == []
        host.answers.append(True)  # then: send anyway
        click_when_shown(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    assert server.recipients() == ["lea@example.org"]
    timeline = communications.timeline(admin_ws, lea)
    assert [(e.kind, e.subject) for e in timeline] == [("email", "Your repair")]


def click_when_shown(qtbot: QtBot, dialog: MailingOneToOneDialog) -> None:
    dialog.show()
    click(qtbot, dialog.send_button)


def test_contact_timeline_opens_the_one_to_one_email_dialog(qtbot, admin_ws, bridge) -> None:  # noqa: ANN001
    from contactweb.services.contacts import contacts as contact_service
    from contactweb.services.contacts.contacts import ContactInput, EmailInput
    from contactweb.ui.contacts.contact_timeline_tab import ContactTimelineTab
    from contactweb.ui.mailing.mailing_one_to_one_dialog import MailingOneToOneDialog

    cid = contact_service.create_contact(admin_ws, ContactInput(
        first_name="Tess", emails=[EmailInput("tess@example.com")]))
    tab = ContactTimelineTab(admin_ws, bridge)
    qtbot.addWidget(tab)
    assert not tab.send_email_button.isEnabled()
    tab.set_contact(cid)
    assert tab.send_email_button.isEnabled()
    opened: list = []
    bridge.dialogs.exec_dialog = lambda dialog: opened.append(dialog) or 0
    tab.send_email()
    assert len(opened) == 1 and isinstance(opened[0], MailingOneToOneDialog)
    assert opened[0].contact_id == cid
