"""Recording a contact's consent on one channel, with the evidence: when and how they
agreed, and to what wording. Over an opt-out it is a reversal and needs a reason (the
service lets only managers and administrators do that)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.changes import Changes
from contactweb.services.consent import consent
from contactweb.ui.kit.channel_titles import channel_title
from contactweb.ui.kit.display_text import error_label, show_error
from contactweb.ui.kit.editing_keys import EditingKeys
from contactweb.ui.kit.unsaved_changes_guard import UnsavedChangesGuard
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

# How consent was given, as offered: stored as the English words (the PDFs' vocabulary reads
# them), shown in the person's language; a way typed by hand is stored as typed.
METHODS = {"web form": QT_TRANSLATE_NOOP("ConsentDialog", "web form"),
           "in person": QT_TRANSLATE_NOOP("ConsentDialog", "in person"),
           "by phone": QT_TRANSLATE_NOOP("ConsentDialog", "by phone"),
           "email reply": QT_TRANSLATE_NOOP("ConsentDialog", "email reply"),
           "paper form": QT_TRANSLATE_NOOP("ConsentDialog", "paper form")}
# The ways ContactWeb itself records (services/consent and its callers), shown, not offered.
RECORDED_METHODS = {
    "recorded by staff": QT_TRANSLATE_NOOP("ConsentDialog", "recorded by staff"),
    "import": QT_TRANSLATE_NOOP("ConsentDialog", "from an imported file"),
    "merge": QT_TRANSLATE_NOOP("ConsentDialog", "from merged duplicates"),
    "previously erased": QT_TRANSLATE_NOOP("ConsentDialog", "previously erased"),
    "reply to a mailing": QT_TRANSLATE_NOOP("ConsentDialog", "reply to a mailing"),
    "reply to a mailing (recorded by hand)": QT_TRANSLATE_NOOP(
        "ConsentDialog", "reply to a mailing (recorded by hand)"),
    "taken back (undo)": QT_TRANSLATE_NOOP("ConsentDialog", "taken back (undo)"),
}


def method_title(method: str) -> str:
    """A stored way of consenting as the person reads it; one typed by hand as typed."""
    known = METHODS.get(method) or RECORDED_METHODS.get(method)
    return QCoreApplication.translate("ConsentDialog", known) if known else method


class ConsentDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, contact_id: int,
                 channel: str, reversing_opt_out: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self.contact_id = contact_id
        self.channel = channel
        self.reversing = reversing_opt_out
        title = channel_title(channel)
        self.setWindowTitle(self.tr("Reverse the opt-out: {title}").format(title=title) if reversing_opt_out
                            else self.tr("Record consent: {title}").format(title=title))
        self.setMinimumWidth(500)
        intro = QLabel(
            self.tr("This contact opted out of {lower}. Record a new consent only if they "
                    "asked for it themselves, and say why: the reversal is kept in the "
                    "audit log.").format(lower=title.lower())
            if reversing_opt_out else
            self.tr("Record that this contact agreed to be contacted by {channel}. Keep the "
                    "evidence you would show if they asked how you got their consent.").format(
                        channel=title.lower()))
        intro.setWordWrap(True)
        self.evidence_edit = QPlainTextEdit()
        self.evidence_edit.setPlaceholderText(
            self.tr("e.g. Signed the newsletter form at the shop counter on 3 March"))
        self.evidence_edit.setFixedHeight(70)
        self.evidence_error = error_label()
        self.method_combo = QComboBox()
        self.method_combo.setEditable(True)
        for method in METHODS:
            self.method_combo.addItem(method_title(method), method)
        self.wording_edit = QLineEdit()
        self.wording_edit.setPlaceholderText(self.tr("what they agreed to, as they saw it"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("form name, campaign or document reference"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setFixedHeight(60)
        self.reason_error = error_label()
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Evidence:"), self.evidence_edit)
        form.addRow("", self.evidence_error)
        form.addRow(self.tr("How:"), self.method_combo)
        form.addRow(self.tr("Wording:"), self.wording_edit)
        form.addRow(self.tr("Source:"), self.source_edit)
        if reversing_opt_out:
            form.addRow(self.tr("Reason for reversing:"), self.reason_edit)
            form.addRow("", self.reason_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.evidence_edit.setFocus()
        self.keys = EditingKeys(self, self.save)
        self._guard = UnsavedChangesGuard(self, bridge.dialogs, "consent record")

    def reject(self) -> None:
        """Escape, Cancel and the close button ask before typed evidence is lost."""
        self._guard.reject(super().reject)

    def save(self) -> None:
        for label in (self.evidence_error, self.reason_error, self.error):
            show_error(label, "")
        evidence = self.evidence_edit.toPlainText().strip()
        reason = self.reason_edit.toPlainText().strip()
        if not evidence:
            show_error(self.evidence_error, self.tr("Say when and how the contact agreed."))
            return
        if self.reversing and not reason:
            show_error(self.reason_error, self.tr("Reversing an opt-out needs a reason."))
            return
        ws, contact_id, channel = self._ws, self.contact_id, self.channel
        wording = self.wording_edit.text().strip()
        method = self.method_combo.currentText().strip()
        offered = self.method_combo.findText(method)
        if offered >= 0 and self.method_combo.itemData(offered):
            method = self.method_combo.itemData(offered)
        source = self.source_edit.text().strip()
        self.buttons.setEnabled(False)
        op = self._bridge.operations.operation(
            self, lambda _ctx: consent.opt_in(ws, contact_id, channel, evidence, method=method,
                                              wording=wording, source=source,
                                              override_reason=reason),
            changes=Changes.about(contact_id, consent=True))
        op.success(lambda _channels: self.accept())
        op.failure(lambda _exc: show_error(self.error, op.error))
        op.finished.connect(lambda: self.buttons.setEnabled(True))
        op.run()
