"""Sending: the mailing is queued, then each message goes out (eligibility checked again just
before it), with progress and Cancel. Cancel stops after the message in hand; the rest waits
in the outbox for 'Resume sending'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from contactweb.services.changes import MAILING_SENT
from contactweb.services.mailing import outbox, sender
from contactweb.services.mailing.sender import SendReport
from contactweb.services.secrets import SecretUnavailable
from contactweb.ui.kit.operations import OpContext
from contactweb.ui.mailing.smtp_password_dialog import SmtpPasswordDialog

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard


class MailingSendPage(QWizardPage):
    def __init__(self, wizard: MailingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Sending"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.finished = False
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.finished = False
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Queueing the mailing…"))
        self.owner.queued, self.owner.report, self.owner.error = None, None, ""
        self._send()

    def _send(self, password: str | None = None) -> None:
        """Queue the mailing (once), then send it; ``password``: given just now."""
        owner = self.owner
        ws, draft, selection = owner.ws, owner.draft, owner.selection

        def job(ctx: OpContext) -> SendReport:
            if owner.queued is None:
                owner.queued = outbox.queue_mailing(ws, draft, selection)
            return sender.deliver_outbox(
                ws, [owner.queued.mailing_id], progress=lambda p: ctx.progress(p.done, p.total),
                should_cancel=ctx.cancelled, password=password)

        # A send that stopped part-way still sent some: its Changes go out either way.
        owner.run(job, self._done, self._failed, self._progress, changes=MAILING_SENT)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(self.tr("Sent or checked {done} of {total} messages…").format(done=done, total=total))

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the message in hand…"))
        self.owner.cancel_work()

    def _done(self, report: SendReport) -> None:
        self.owner.report = report
        self._finish(self.tr("Done."))

    def _failed(self, message: str) -> None:
        if isinstance(self.owner.failure, SecretUnavailable) and not self.owner.ws.locked:
            # The keyring could not give the SMTP password: ask for it instead, then send.
            password, note = SmtpPasswordDialog.ask(self.owner.ws, self.owner.bridge.dialogs,
                                                    self.owner, self.owner.failure)
            if password is not None:
                self.status.setText(note or self.tr("Sending…"))
                self._send(password)
                return
        self.owner.error = message
        self._finish(message)

    def _finish(self, text: str) -> None:
        self.finished = True
        self.cancel_button.setEnabled(False)
        self.status.setText(text)
        self.completeChanged.emit()
        self.owner.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.finished
