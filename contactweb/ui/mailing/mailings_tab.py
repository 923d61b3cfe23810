"""The Mailings page: start a new email mailing (the wizard), see every mailing and its
outbox, resume what is waiting, make letters and labels, and record opt-outs from replies.

Everything that sends or prints goes through the eligibility check in the services; this
page only hides what the user's role may not do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb.errors import ContactWebError
from contactweb.services.changes import MAILING_SENT
from contactweb.services.mailing import (
    claim_release,
    outbox,
    retries,
    sender,
    smtp_settings,
)
from contactweb.services.secrets import SecretUnavailable
from contactweb.ui.kit.display_text import local_time
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_post_dialog import MailingPostDialog
from contactweb.ui.mailing.mailing_reply_actions import MailingReplyActions
from contactweb.ui.mailing.mailing_retry_timer import MailingRetryTimer
from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog
from contactweb.ui.mailing.mailing_wizard import MailingWizard
from contactweb.ui.mailing.smtp_password_dialog import SmtpPasswordDialog
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

MAILING_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Created"), lambda m: local_time(m.created_at)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "By"), lambda m: m.created_by),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Subject"), lambda m: m.subject),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Status"), lambda m: m.status),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Sent"), lambda m: str(m.counts.get("sent", 0)), align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Waiting"), lambda m: str(m.counts.get("queued", 0) + m.counts.get("sending", 0)
                                          + m.counts.get("deferred", 0)), align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Failed"), lambda m: str(m.counts.get("failed", 0)), align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Left out"), lambda m: str(m.counts.get("excluded", 0)), align_right=True),
)
OUTBOX_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contact"), lambda e: e.name),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "To"), lambda e: e.to_address),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Status"), lambda e: e.status),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Tries"), lambda e: str(e.attempts), align_right=True),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Next attempt"), lambda e: e.next_attempt_at.strftime("%Y-%m-%d %H:%M UTC")
                 if e.status == "deferred" and e.next_attempt_at else ""),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Note"), lambda e: e.last_error),
)


def _view(model: RecordTableModel, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class MailingsTab(QWidget):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.wizard: MailingWizard | None = None
        self.worker: BackgroundOp | None = None
        can_send = workspace.can(Action.MAILING_SEND)
        self.new_button = QPushButton(self.tr("New email mailing…"))
        self.resume_button = QPushButton(self.tr("Resume sending"))
        self.retry_button = QPushButton(self.tr("Retry failed…"))
        self.letters_button = QPushButton(self.tr("Letters…"))
        self.labels_button = QPushButton(self.tr("Labels…"))
        self.replies_button = QPushButton(self.tr("Process replies…"))
        self.imap_button = QPushButton(self.tr("Replies from IMAP…"))
        self.reply_button = QPushButton(self.tr("Record opt-out from a reply…"))
        self.settings_button = QPushButton(self.tr("Mailing settings…"))
        # A team vault's run left 'sending' by a desktop that is gone for good.
        self.release_button = QPushButton(self.tr("Release the claim…"))
        hide_unless(workspace.on_team_server and can_send and workspace.can(Action.USER_MANAGE),
                    self.release_button)
        self.release_button.setEnabled(False)
        for button in (self.new_button, self.resume_button, self.retry_button,
                       self.letters_button, self.labels_button):
            button.setEnabled(can_send)
        for button in (self.replies_button, self.imap_button, self.reply_button):
            button.setEnabled(workspace.can(Action.CONSENT_RECORD))
        hide_unless(workspace.can(Action.MAILING_CONFIGURE), self.settings_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.mailings_model = RecordTableModel(MAILING_COLUMNS, parent=self)
        self.outbox_model = RecordTableModel(OUTBOX_COLUMNS, parent=self)
        self.mailings_view = _view(self.mailings_model, 2)
        self.outbox_view = _view(self.outbox_model, 5)

        # Sending on one row, replies and settings on another: the page fits a 1024-px
        # window without scrolling sideways.
        top = QHBoxLayout()
        for button in (self.new_button, self.resume_button, self.retry_button,
                       self.letters_button, self.labels_button):
            top.addWidget(button)
        top.addStretch(1)
        replies_row = QHBoxLayout()
        for button in (self.replies_button, self.imap_button, self.reply_button):
            replies_row.addWidget(button)
        replies_row.addStretch(1)
        replies_row.addWidget(self.release_button)
        replies_row.addWidget(self.settings_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mailings_view)
        split.addWidget(self.outbox_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(replies_row)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

        self.new_button.clicked.connect(self.new_mailing)
        self.resume_button.clicked.connect(lambda: self.resume())  # not the checked flag
        self.retry_button.clicked.connect(self.retry_failed)
        self.letters_button.clicked.connect(lambda: self.make_post("letters"))
        self.labels_button.clicked.connect(lambda: self.make_post("labels"))
        self.reply_actions = MailingReplyActions(workspace, bridge, self)
        self.replies_button.clicked.connect(self.process_replies)
        self.imap_button.clicked.connect(self.process_imap_replies)
        self.reply_button.clicked.connect(self.record_reply)
        self.settings_button.clicked.connect(self.open_settings)
        self.release_button.clicked.connect(self.release_claim)
        self.mailings_view.selectionModel().selectionChanged.connect(self._show_outbox)
        # Deferred messages go out by themselves when their time comes, while signed in.
        self.retry_timer = MailingRetryTimer(workspace, bridge.operations, self.sending,
                                             parent=self)
        self.retry_timer.ran.connect(self._retried)
        self.retry_timer.failed.connect(self._retry_failed)
        bridge.locked.connect(self.retry_timer.stop)
        self.refresh()
        self.retry_timer.start()

    # --- page protocol ----------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.ws.can(Action.MAILING_SEND):
            self.status.setText(self.tr("Mailings are sent by managers and administrators."))
            return
        problems = smtp_settings.load(self.ws).problems()
        if problems:  # where to fix them, in this window (never a command to run)
            problems.append(self.tr("Set these with \"Mailing settings…\" above.")
                            if self.ws.can(Action.MAILING_CONFIGURE) else
                            self.tr("An administrator sets these in Mailing settings."))
        self.status.setText(" ".join(problems))
        selected = self.selected_mailing()
        self.mailings_model.set_records(outbox.summaries(self.ws, limit=200))
        row = next((i for i, m in enumerate(self.mailings_model.records())
                    if selected and m.id == selected), 0 if self.mailings_model.rowCount() else -1)
        if row >= 0:
            self.mailings_view.selectRow(row)
        self._show_outbox()

    def clear(self) -> None:
        self.retry_timer.stop()
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            # Its "finished" would refresh this page from a vault that is closing.
            wizard.finished.disconnect()
            wizard.close_now()
        self.mailings_model.clear()
        self.outbox_model.clear()
        self.status.clear()

    def selected_mailing(self) -> int | None:
        rows = self.mailings_view.selectionModel().selectedRows()
        record = self.mailings_model.record(rows[0].row()) if rows else None
        return record.id if record else None

    def _show_outbox(self) -> None:
        mailing_id = self.selected_mailing()
        self.outbox_model.set_records(outbox.entries(self.ws, mailing_id) if mailing_id else [])
        rows = self.mailings_view.selectionModel().selectedRows()
        record = self.mailings_model.record(rows[0].row()) if rows else None
        self.release_button.setEnabled(record is not None and record.status == "sending")

    # --- actions ----------------------------------------------------------------------------
    def sending(self) -> bool:
        """This page or its wizard is at work (sending, maybe): no automatic run now."""
        return self.worker is not None or (self.wizard is not None and self.wizard.busy())

    def new_mailing(self) -> MailingWizard:
        self.wizard = MailingWizard(self.ws, self.bridge, self)
        self.wizard.finished.connect(lambda _result: self.refresh())
        self.wizard.finished.connect(lambda _result: self.retry_timer.schedule())
        self.bridge.dialogs.show_dialog(self.wizard)
        return self.wizard

    def retry_failed(self) -> None:
        """A person asks to try the selected mailing's failed messages again (their
        addresses lose the undeliverable mark), then they are sent."""
        mailing_id = self.selected_mailing()
        if mailing_id is None:
            return
        if not self.bridge.dialogs.ask(
                self, self.tr("Retry failed messages"),
                self.tr("Try every failed message of this mailing again? Their addresses will no "
                "longer be marked undeliverable."), self.tr("Retry")):
            return
        try:
            queued = retries.retry_failed_messages(self.ws, mailing_id)
        except ContactWebError as exc:
            self.bridge.dialogs.show_error(self, exc)
            return
        if queued:
            self.resume()
        else:
            self.status.setText(self.tr("This mailing has no failed messages."))

    def resume(self, password: str | None = None) -> None:
        """Send what is due in the outbox (deferred messages wait for their time), on a
        worker; ``password``: the SMTP password just given, when the keyring could not."""
        if self.retry_timer.running:
            self.status.setText(self.tr("Deferred messages are being tried again right now; resume "
                                "when that run has finished."))
            return
        ws = self.ws

        def job(ctx: OpContext) -> sender.SendReport:
            return sender.deliver_outbox(ws, progress=lambda p: ctx.progress(p.done, p.total),
                                         should_cancel=ctx.cancelled, password=password)

        self.resume_button.setEnabled(False)
        worker = self.bridge.operations.operation(self, job, changes=MAILING_SENT).with_progress(
            self.tr("Sending"), self.tr("Sending what waits in the outbox…")).changes_on_failure(MAILING_SENT)
        self.worker = worker
        # The outcome is read in one place, failures included.
        worker.failure(lambda _exc: None).finished.connect(lambda: self._resumed(worker))
        worker.run()

    def _resumed(self, worker: BackgroundOp) -> None:
        self.worker = None
        self.resume_button.setEnabled(True)
        report = worker.result
        if isinstance(worker.exception, SecretUnavailable):
            self._ask_password_and_resume(worker.exception)
        elif worker.exception is not None or report is None:
            self.status.setText(worker.error or self.tr("Sending stopped."))
        else:
            self.status.setText(self._report_text(report))
        if not self.ws.locked:
            self.refresh_list_only()
            self.retry_timer.schedule()

    def _report_text(self, report: sender.SendReport, prefix: str = "") -> str:
        due = report.next_attempt_at
        parts = [prefix + self.tr("Sent {sent}, failed {failed}, no longer eligible {excluded}.")
                 .format(sent=report.sent, failed=len(report.failed),
                         excluded=len(report.excluded))]
        if report.remaining and due:
            parts.append(self.tr("{count} still wait; the next attempt at {when} UTC.").format(
                count=report.remaining, when=f"{due:%Y-%m-%d %H:%M}"))
        elif report.remaining:
            parts.append(self.tr("{count} still wait.").format(count=report.remaining))
        if report.stopped:
            parts.append(str(report.stopped))
        return " ".join(parts)

    def _ask_password_and_resume(self, error: SecretUnavailable) -> None:
        """The keyring could not give the SMTP password: ask for it, then send."""
        password, note = SmtpPasswordDialog.ask(self.ws, self.bridge.dialogs, self, error)
        if password is None:
            self.status.setText(str(error))
            return
        self.resume(password)
        if note:
            self.status.setText(note)

    def _retried(self, report: sender.SendReport) -> None:
        """An automatic run of deferred messages ended."""
        if report.sent or report.failed or report.deferred or report.excluded:
            # The runner announced the report's Changes (only when it changed something).
            self.status.setText(self._report_text(report, self.tr("Deferred messages tried again: ")))
        self.refresh_list_only()

    def _retry_failed(self, message: str) -> None:
        self.status.setText(self.tr("Deferred messages are due, but were not sent: {message}").format(message=message))

    def refresh_list_only(self) -> None:
        self.mailings_model.set_records(outbox.summaries(self.ws, limit=200))
        self._show_outbox()

    def release_claim(self) -> None:
        """An administrator releases the selected mailing from a desktop that died mid-run;
        the service refuses while that desktop is still connected to the server."""
        mailing_id = self.selected_mailing()
        if mailing_id is None or not self.bridge.dialogs.ask(
                self, self.tr("Release the claim"), self.release_question(),
                self.tr("Release the claim")):
            return
        ws = self.ws

        def job(_ctx: OpContext) -> claim_release.ClaimReleased:
            return claim_release.release_claim(ws, mailing_id)

        self.bridge.operations.operation(self, job).success(self._claim_released).run()

    def release_question(self) -> str:
        return self.tr("Release this mailing from the desktop that was sending it? Do this "
                       "only when that desktop is gone for good (it is refused while that "
                       "desktop is still connected). Messages it had handed to the mail "
                       "server without a recorded outcome will count as sent and not be sent "
                       "again; Resume sending then sends the rest from this computer.")

    def _claim_released(self, released: claim_release.ClaimReleased) -> None:
        count = released.unconfirmed
        self.status.setText(plural(self.tr(
            "Released the claim: %n message(s) handed over by the lost desktop count as sent. "
            "Resume sending to send the rest.", "", count), count))
        self.refresh_list_only()

    def make_post(self, kind: str) -> MailingPostDialog:
        dialog = MailingPostDialog(self.ws, self.bridge, kind, self)
        self.bridge.dialogs.exec_dialog(dialog)
        return dialog

    def open_settings(self) -> None:
        dialog = MailingSettingsDialog(self.ws, self.bridge, self)
        if self.bridge.dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.refresh()

    def process_replies(self) -> None:
        self.reply_actions.process_replies()

    def process_imap_replies(self) -> None:
        self.reply_actions.process_imap_replies()

    def record_reply(self) -> None:
        self.reply_actions.record_reply()
