"""Run the retention rules now (administrators): first what they would remove (a dry run, the
contacts by name), then, after a confirmation, the purge itself and what it removed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services import privacy
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.privacy import RetentionResult
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

NAMES_SHOWN = 200
translate = QCoreApplication.translate


def preview(ws: Workspace) -> tuple[RetentionResult, list[str]]:
    """On a worker: the dry run, and the names of the contacts it would purge."""
    result = privacy.run_retention(ws, dry_run=True)
    ids = result.contacts_purged[:NAMES_SHOWN]
    rows = list_contacts(ws, ContactQuery(ids=tuple(ids)), limit=None) if ids else []
    return result, [row.name for row in rows]


def summary(result: RetentionResult, names: list[str] | None = None) -> str:
    recordings, contacts = len(result.recordings_removed), len(result.contacts_purged)
    if result.dry_run:
        lines = [
            translate("RetentionRunDialog", "Call recordings older than {days} days that would be "
                      "deleted (the call entries stay): {count}."),
            translate("RetentionRunDialog", "Contacts closed more than {years} years ago that would "
                      "be purged, each leaving only an erasure record: {count}."),
            translate("RetentionRunDialog", "Finished outgoing messages older than {days} days that "
                      "would be removed: {count}.")]
    else:
        lines = [
            translate("RetentionRunDialog", "Call recordings older than {days} days deleted (the "
                      "call entries stay): {count}."),
            translate("RetentionRunDialog", "Contacts closed more than {years} years ago purged, "
                      "each leaving only an erasure record: {count}."),
            translate("RetentionRunDialog", "Finished outgoing messages older than {days} days "
                      "removed: {count}.")]
    lines = [lines[0].format(days=result.recording_days, count=recordings),
             lines[1].format(years=result.closed_contact_years, count=contacts),
             lines[2].format(days=result.outbox_days, count=result.outbox_removed)]
    if result.held_contacts or result.held_recordings:
        lines.append(translate("RetentionRunDialog", "Kept under a legal hold: {contacts} "
                               "contact(s), {recordings} recording(s).").format(
                                   contacts=result.held_contacts,
                                   recordings=result.held_recordings))
    if names:
        more = contacts - len(names)
        lines += ["", translate("RetentionRunDialog", "Contacts to be purged:") if result.dry_run
                  else translate("RetentionRunDialog", "Contacts purged:")]
        lines += [f"  {name}" for name in names]
        if more > 0:
            lines.append("  " + translate("RetentionRunDialog", "… and {count} more").format(
                count=more))
    return "\n".join(lines)


class RetentionRunDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.worker: BackgroundOp | None = None
        self.preview: RetentionResult | None = None
        self.result_after: RetentionResult | None = None
        self.setWindowTitle(self.tr("Run retention now"))
        self.resize(560, 420)
        self.intro = QLabel(self.tr("The retention rules (Administration → Settings) remove old call "
                            "recordings, contacts closed long ago and finished outgoing "
                            "messages. They run by themselves once a day; this is what they "
                            "would remove now."))
        self.intro.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(self.tr("Checking what the rules would remove…"))
        self.purge_button = QPushButton(self.tr("Purge now…"))
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.check()

    def check(self) -> None:
        ws = self._ws
        self.worker = self._bridge.operations.query(self, lambda _ctx: preview(ws))
        self.worker.success(self._previewed).failure(self._failed)
        self.worker.run()

    def _previewed(self, found: tuple[RetentionResult, list[str]]) -> None:
        self.worker = None
        result, names = found
        self.preview = result
        if not result.anything_removed:
            self.details.setPlainText(self.tr("Nothing is due: the rules would remove nothing now.")
                                      + "\n\n" + summary(result))
            return
        self.details.setPlainText(summary(result, names))
        self.purge_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.worker = None
        self.details.setPlainText(self.tr("Could not run the retention rules: {problem}").format(
            problem=error))
        self.purge_button.setEnabled(False)

    def purge(self) -> None:
        if self.preview is None or self.worker is not None:
            return
        if not self._bridge.dialogs.ask(
                self, self.tr("Purge now"),
                self.tr("Remove what is listed? Purged contacts and recordings cannot be brought "
                "back; only erasure records stay."), self.tr("Purge")):
            return
        self.purge_button.setEnabled(False)
        ws = self._ws

        def job(_ctx: OpContext) -> RetentionResult:
            return privacy.run_retention(ws)

        # The result's Changes take purged contacts out of every open view.
        self.worker = self._bridge.operations.operation(self, job).with_progress(
            self.tr("Retention"), self.tr("Purging what the retention rules remove…"), cancellable=False)
        self.worker.success(self._purged).failure(self._failed)
        self.worker.run()

    def _purged(self, result: RetentionResult) -> None:
        self.worker = None
        self._bridge.drag_out.forget_contacts(result.contacts_purged)
        self.result_after = result
        self.intro.setText(self.tr("Done. The vault file was cleaned so that nothing removed stays "
                           "on disk."))
        self.details.setPlainText(summary(result))

    def reject(self) -> None:
        if self.worker is not None and self.result_after is None and self.preview is not None:
            return  # the purge finishes in moments; closing would hide its outcome
        super().reject()
