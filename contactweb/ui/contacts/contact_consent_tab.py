"""One contact's consent per channel and its evidence history. Anyone who may record consent
may record an opt-out; reversing an opt-out is offered only to managers and administrators,
and asks for a reason (the service enforces both)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.models.consent import CHANNELS
from contactweb.services.changes import Changes
from contactweb.services.consent import consent
from contactweb.services.consent.consent import ConsentEntry
from contactweb.ui.contacts.consent_dialog import ConsentDialog, method_title
from contactweb.ui.contacts.contact_record_tab import ContactRecordTab
from contactweb.ui.kit.channel_titles import channel_title
from contactweb.ui.kit.display_text import local_day_over_time, local_time
from contactweb.ui.kit.flow_layout import FlowLayout
from contactweb.ui.kit.record_table_model import RecordColumn
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

STATUS_TEXT = {"granted": (QT_TRANSLATE_NOOP("ContactConsentTab", "Consent given"), "#2e7d32"),
               "opted_out": (QT_TRANSLATE_NOOP("ContactConsentTab", "Opted out"), "#b00020"),
               "unknown": (QT_TRANSLATE_NOOP("ContactConsentTab", "No consent recorded"), "#666666")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactConsentTab", text)


def status_text(status: str) -> str:
    text = STATUS_TEXT.get(status, (status, ""))[0]
    return _tr(text) if status in STATUS_TEXT else text


def _evidence(entry: ConsentEntry) -> str:
    """How, the evidence, the source, the wording agreed to, any reason for a reversal and
    who recorded it, in one column so the history stays readable in a narrow pane."""
    parts = [method_title(entry.method), entry.evidence, entry.source,
             QCoreApplication.translate("ContactConsentTab", "wording: \u201c{wording}\u201d").format(
                 wording=entry.wording) if entry.wording else "",
             QCoreApplication.translate("ContactConsentTab", "reversal reason: {reason}").format(
                 reason=entry.override_reason) if entry.override_reason else "",
             QCoreApplication.translate("ContactConsentTab", "by {user}").format(
                 user=entry.recorded_by) if entry.recorded_by else ""]
    return " · ".join(p for p in parts if p)


def _channel_and_status(entry: ConsentEntry) -> str:
    """"SMS" over "Opted out": a column each left the evidence a few pixels of the pane."""
    return f"{channel_title(entry.channel)}\n{status_text(entry.status)}"


# The evidence (who recorded it at its end) takes the width the others leave and wraps;
# the day is over its time, the channel over its status, as wide as its longest word
# ("Consent" over "given"). On one line each, in five columns, they held the history wider
# than the pane beside the list at 1280 px, its last column cut.
COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "When"),
                 lambda e: local_day_over_time(e.recorded_at)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Status"), _channel_and_status),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Evidence"), _evidence),
)
STATUS_COLUMN, EVIDENCE_COLUMN = 1, 2


class ContactConsentTab(ContactRecordTab):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, bridge, COLUMNS, stretch_column=EVIDENCE_COLUMN,
                         wrapped=True, word_columns=(STATUS_COLUMN,), parent=parent)
        self.statuses: dict[str, str] = {}
        self.status_labels: dict[str, QLabel] = {}
        self.latest_labels: dict[str, QLabel] = {}
        self.opt_out_buttons: dict[str, QPushButton] = {}
        self.consent_buttons: dict[str, QPushButton] = {}
        # Each channel one under the other: its name, its status and evidence (wrapping),
        # its buttons (side by side, or one above the other). No channel is wider than its
        # longest word or button, so the tab fits the pane in any language: the widest tab
        # holds the whole pane that wide, whichever tab is shown.
        channels = QVBoxLayout()
        channels.setSpacing(8)
        for channel in CHANNELS:
            self.status_labels[channel] = QLabel()
            self.status_labels[channel].setWordWrap(True)
            self.latest_labels[channel] = QLabel()
            self.latest_labels[channel].setWordWrap(True)
            self.latest_labels[channel].setStyleSheet("color: #555;")
            opt_out = QPushButton(self.tr("Opt out"))
            opt_out.clicked.connect(lambda _c=False, ch=channel: self.opt_out(ch))
            record = QPushButton(self.tr("Record consent…"))
            record.clicked.connect(lambda _c=False, ch=channel: self.record_consent(ch))
            self.opt_out_buttons[channel] = opt_out
            self.consent_buttons[channel] = record
            actions = FlowLayout()
            actions.addWidget(opt_out)
            actions.addWidget(record)
            title = QLabel(f"<b>{channel_title(channel)}</b>")
            title.setWordWrap(True)
            channel_box = QVBoxLayout()
            channel_box.setSpacing(0)
            channel_box.addWidget(title)
            channel_box.addWidget(self.status_labels[channel])
            channel_box.addWidget(self.latest_labels[channel])
            channel_box.addSpacing(3)
            channel_box.addLayout(actions)
            channels.addLayout(channel_box)
        self.opt_out_all_button = QPushButton(self.tr("Opt out of everything"))
        self.opt_out_all_button.clicked.connect(lambda: self.opt_out("all"))
        all_row = QHBoxLayout()
        all_row.addStretch(1)
        all_row.addWidget(self.opt_out_all_button)

        layout = QVBoxLayout(self)
        layout.addLayout(channels)
        layout.addLayout(all_row)
        history_title = QLabel(self.tr("History (newest first):"))
        history_title.setWordWrap(True)
        layout.addWidget(history_title)
        layout.addWidget(self.table, 1)
        self._bridge.changed.connect(self._changed)
        self.clear()

    def refresh(self) -> None:
        if self.contact_id is None or self._ws.locked:
            self.clear()
            return
        self.statuses = consent.status_by_channel(self._ws, self.contact_id)
        history = consent.history(self._ws, self.contact_id)
        self.model.set_records(history)
        for channel in CHANNELS:
            latest = next((e for e in history if e.channel == channel), None)
            self._show_channel(channel, self.statuses.get(channel, "unknown"), latest)

    def clear(self) -> None:
        self.contact_id = None
        self.statuses = {}
        self.model.clear()
        for channel in CHANNELS:
            self.status_labels[channel].clear()
            self.latest_labels[channel].clear()
            self.latest_labels[channel].hide()
            self.opt_out_buttons[channel].setEnabled(False)
            self.consent_buttons[channel].setEnabled(False)
        self.opt_out_all_button.setEnabled(False)

    def _show_channel(self, channel: str, status: str, latest: ConsentEntry | None) -> None:
        text, colour = status_text(status), STATUS_TEXT.get(status, ("", "#000"))[1]
        self.status_labels[channel].setText(self.tr("<span style='color:{colour}'>{text}</span>").format(colour=colour, text=text))
        self.latest_labels[channel].setText(
            self.tr("{when}, {how}").format(when=local_time(latest.recorded_at),
                                            how=method_title(latest.method) or self.tr("recorded"))
            if latest else "")
        self.latest_labels[channel].setHidden(latest is None)  # no empty line above the buttons
        can_record = self._ws.can(Action.CONSENT_RECORD)
        can_reverse = self._ws.can(Action.CONSENT_REVERSE_OPTOUT)
        self.opt_out_buttons[channel].setEnabled(can_record and status != "opted_out")
        record = self.consent_buttons[channel]
        if status == "opted_out":
            record.setText(self.tr("Reverse opt-out…"))
            record.setVisible(can_reverse)
            record.setEnabled(can_reverse)
        else:
            record.setText(self.tr("Record consent…"))
            record.setVisible(True)
            record.setEnabled(can_record)
        self.opt_out_all_button.setEnabled(can_record)

    def _changed(self, changes: Changes) -> None:
        if changes.consent and changes.concerns(self.contact_id):
            self.refresh()

    # --- actions ------------------------------------------------------------------------------
    def opt_out(self, channel: str) -> None:
        if self.contact_id is None:
            return
        where = self.tr("every channel") if channel == "all" else channel_title(channel).lower()
        note = self._bridge.dialogs.ask_text(
            self, self.tr("Record an opt-out"), self.tr("The contact no longer wants to be contacted by {where}. How did they "
                                                        "say so? (optional)").format(where=where))
        if note is None:
            return
        ws, contact_id = self._ws, self.contact_id
        self._bridge.operations.operation(
            self, lambda _ctx: consent.opt_out(ws, contact_id, channel, evidence=note.strip()),
            changes=Changes.about(contact_id, consent=True)).run()

    def record_consent(self, channel: str) -> None:
        if self.contact_id is None:
            return
        reversing = self.statuses.get(channel) == "opted_out"
        dialog = ConsentDialog(self._ws, self._bridge, self.contact_id, channel, reversing, self)
        self._bridge.dialogs.exec_dialog(dialog)
        dialog.deleteLater()
