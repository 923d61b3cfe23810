"""A new email mailing, step by step: recipients (who is included, who is left out and why)
-> compose with a live preview per recipient -> checklist (sender, postal address, opt-out
text, subject) -> send with progress and Cancel -> report (sent, left out, failed).

The eligibility check and the sending run through the operation runner; their results live on the wizard so
every page reads the same facts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget, QWizard

from contactweb.services.changes import NOTHING, Changes
from contactweb.services.eligibility.eligibility import Eligibility, Selection
from contactweb.services.mailing.message import Draft
from contactweb.services.mailing.outbox import QueuedMailing
from contactweb.services.mailing.sender import SendReport
from contactweb.ui.kit.operations import BackgroundOp, Job
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.ui.mailing.mailing_checklist_page import MailingChecklistPage
from contactweb.ui.mailing.mailing_compose_page import MailingComposePage
from contactweb.ui.mailing.mailing_recipients_page import MailingRecipientsPage
from contactweb.ui.mailing.mailing_report_page import MailingReportPage
from contactweb.ui.mailing.mailing_send_page import MailingSendPage
from contactweb.vault.workspace import Workspace

RECIPIENTS_PAGE, COMPOSE_PAGE, CHECKLIST_PAGE, SEND_PAGE, REPORT_PAGE = range(5)


class MailingWizard(QWizard):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.setWindowTitle(self.tr("New email mailing"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(860, 640)
        # What the pages found out, in order.
        self.selection = Selection()
        self.eligibility: Eligibility | None = None
        self.draft = Draft("", "")
        self.queued: QueuedMailing | None = None
        self.report: SendReport | None = None
        self.error = ""  # why nothing (more) was sent
        self.failure: Exception | None = None  # what the last job raised, for its page
        self.worker: BackgroundOp | None = None

        self.recipients_page = MailingRecipientsPage(self)
        self.compose_page = MailingComposePage(self)
        self.checklist_page = MailingChecklistPage(self)
        self.send_page = MailingSendPage(self)
        self.report_page = MailingReportPage(self)
        for page_id, page in ((RECIPIENTS_PAGE, self.recipients_page),
                              (COMPOSE_PAGE, self.compose_page),
                              (CHECKLIST_PAGE, self.checklist_page),
                              (SEND_PAGE, self.send_page), (REPORT_PAGE, self.report_page)):
            self.setPage(page_id, page)
        self.setStartId(RECIPIENTS_PAGE)

    def busy(self) -> bool:
        return self.worker is not None

    def run(self, job: Job, done: Callable[[Any], None], failed: Callable[[str], None],
            progress: Callable[[int, int], None] | None = None,
            changes: Changes = NOTHING) -> BackgroundOp:
        """Run ``job`` through the session's runner; ``done(result)`` or ``failed(message)``
        follows. A job that returns although Cancel was pressed counts as done: what it sent
        is sent. ``changes`` is announced also after a failure part-way."""
        worker = self.bridge.operations.operation(self, job, changes=changes).changes_on_failure(
            changes)
        self.worker = worker

        def finished() -> None:
            self.worker = None
            self.failure = worker.exception
            if worker.exception is None:
                done(worker.result)
            else:
                failed(worker.error or str(worker.exception))

        if progress is not None:
            worker.on_progress(progress)
        # Failures and Cancel are read in ``finished`` too, and shown on the page.
        worker.failure(lambda _exc: None).on_cancel(lambda: None).finished.connect(finished)
        return worker.run()

    def cancel_work(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def reject(self) -> None:
        if self.worker is not None:  # Cancel while checking or sending stops the work first
            self.worker.cancel()
            return
        super().reject()

    def close_now(self) -> None:
        """The vault is locking: stop the work (the message in hand still finishes, see the
        delivery agent) and take every name off the screen at once."""
        self.cancel_work()
        for page in (self.recipients_page, self.report_page):
            page.clear_data()
        self.compose_page.preview.clear()
        super().reject()
