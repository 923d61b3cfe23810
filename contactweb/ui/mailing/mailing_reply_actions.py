"""Replies to mailings on the Mailings page: .eml or mbox files and IMAP folders scanned for
requests to unsubscribe and for bounces (shown before anything is recorded), and one reply's
sender opted out of email with the message kept as evidence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from contactweb.errors import ContactWebError
from contactweb.services.changes import Changes
from contactweb.services.mailing import replies
from contactweb.services.mailing.bounces import record_bounces
from contactweb.services.mailing.reply_sources import SourceMessage, read_imap, read_path
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_imap_dialog import MailingImapDialog
from contactweb.ui.mailing.mailing_replies_dialog import MailingRepliesDialog
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailings_tab import MailingsTab

# The texts were the Mailings page's and keep its context (written out in each call, where
# lupdate finds it), so their translations still apply.
translate = QCoreApplication.translate


class MailingReplyActions(QObject):
    """The page's ``worker`` and ``status`` stay the page's: its automatic retries wait while
    a scan runs, and what was recorded is said where the page says everything else."""

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, tab: MailingsTab) -> None:
        super().__init__(tab)
        self._ws = workspace
        self._bridge = bridge
        self._tab = tab

    def process_replies(self) -> None:
        """Pick .eml files or one mbox file; what asks to opt out is shown before anything
        is recorded."""
        chosen = self._bridge.dialogs.open_file_names(
            self._tab, translate("MailingsTab", "Replies: .eml files or an mbox file"), translate("MailingsTab", "Mail (*.eml *.mbox *.mbx);;All (*)"))
        if not chosen:
            return
        ws = self._ws

        def job(_ctx: OpContext) -> replies.ReplyScan:
            messages: list[SourceMessage] = []
            for name in chosen:
                messages += read_path(Path(name))
            return replies.scan(ws, messages)

        worker = self._bridge.operations.query(self._tab, job).with_progress(
            translate("MailingsTab", "Reading replies"), translate("MailingsTab", "Looking for requests to unsubscribe…"), cancellable=False)
        self._tab.worker = worker
        # The outcome is read in one place, failures included.
        worker.failure(lambda _exc: None).finished.connect(lambda: self._scanned(worker))
        worker.run()

    def process_imap_replies(self) -> None:
        """Replies in an IMAP folder; parts of large messages left unread are named."""
        dialog = MailingImapDialog(self._ws, self._bridge, self._tab)
        if self._bridge.dialogs.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        source, ws = dialog.source(), self._ws

        def job(_ctx: OpContext) -> tuple[replies.ReplyScan, list[str]]:
            messages = read_imap(source)
            notes = [f"{m.ref}: {note}" for m in messages for note in m.skipped]
            return replies.scan(ws, messages), notes

        worker = self._bridge.operations.query(self._tab, job).with_progress(
            translate("MailingsTab", "Reading replies"), translate("MailingsTab", "Reading {folder} on {host}…").format(folder=source.folder, host=source.host),
            cancellable=False)
        self._tab.worker = worker
        # The outcome is read in one place, failures included.
        worker.failure(lambda _exc: None).finished.connect(lambda: self._scanned(worker))
        worker.run()

    def _scanned(self, worker: BackgroundOp) -> None:
        self._tab.worker = None
        if worker.exception is not None:
            self._bridge.dialogs.show_error(self._tab, worker.error)
            return
        scan = worker.result
        if isinstance(scan, tuple):  # from IMAP: the scan and what was not read
            scan, notes = scan
            if notes:
                self._bridge.dialogs.inform(self._tab, translate("MailingsTab", "Not read in full"),
                                            translate("MailingsTab", "Only the text of these messages was read:\n")
                                            + "\n".join(notes[:50]))
        self._mark_bounces(scan)
        dialog = MailingRepliesDialog(self._ws, self._bridge, scan, self._tab)
        self._bridge.dialogs.exec_dialog(dialog)
        if dialog.recorded:
            self._tab.status.setText(translate("MailingsTab", "Recorded {recorded} opt-outs from replies.").format(recorded=dialog.recorded))

    def _mark_bounces(self, found: replies.ReplyScan) -> None:
        """Bounces among the replies: their addresses are marked undeliverable, once asked."""
        marking = [b for b in found.bounces if b.marks_address]
        if not marking or not self._ws.can(Action.MAILING_SEND):
            return
        shown = ", ".join(f"{b.address} ({b.refusal.summary})" for b in marking[:10])
        if not self._bridge.dialogs.ask(
                self._tab, translate("MailingsTab", "Bounces"), translate("MailingsTab", "{count} bounces say mail cannot reach {shown}{value}. Mark these "
                                                                                         "addresses undeliverable, so later mailings leave them out?").format(count=len(marking), shown=shown, value=' …' if len(marking) > 10 else ''), translate("MailingsTab", "Mark undeliverable")):
            return
        marked = record_bounces(self._ws, marking)
        self._tab.status.setText(translate("MailingsTab", "Marked {marked} contacts' addresses undeliverable.").format(marked=marked))

    def record_reply(self) -> None:
        """A reply read by a person: its sender's contacts are opted out of email, with the
        message kept as evidence."""
        chosen = self._bridge.dialogs.open_file_names(self._tab, translate("MailingsTab", "The reply (.eml)"),
                                                      translate("MailingsTab", "Mail (*.eml);;All (*)"))
        if not chosen:
            return
        try:
            raw = Path(chosen[0]).read_bytes()
            address, matches = replies.sender_contacts(self._ws, raw)
            if not matches:
                self._bridge.dialogs.inform(self._tab, translate("MailingsTab", "Record opt-out"),
                                            translate("MailingsTab", "No contact has the address {address}.").format(address=address))
                return
            names = ", ".join(name for _, name in matches)
            if not self._bridge.dialogs.ask(self._tab, translate("MailingsTab", "Record opt-out"),
                                            translate("MailingsTab", "Record that {names} ({address}) opted out of email, with this reply "
                                                                     "as evidence?").format(names=names, address=address),
                                            translate("MailingsTab", "Record opt-out")):
                return
        except (OSError, ContactWebError) as exc:
            self._bridge.dialogs.show_error(self._tab, exc)
            return
        ws, contact_ids = self._ws, [contact_id for contact_id, _ in matches]

        def job(_ctx: OpContext) -> None:
            for contact_id in contact_ids:
                replies.record_from_reply(ws, contact_id, raw)

        self._bridge.operations.operation(
            self._tab, job, changes=Changes.for_contacts(contact_ids, consent=True)).success(
            lambda _: self._tab.status.setText(translate("MailingsTab", "Recorded the opt-out of {names}.").format(names=names))).run()
