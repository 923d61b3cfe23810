"""Exporting contacts: a format (Google or Outlook CSV, vCard 3 or 4, ContactWeb JSON) and a
selection (everyone, the current search, a tag, or the selected rows), written through the
operation runner with progress and Cancel. An export for a mailing (email or post) holds only the recipients
eligibility allows, with only that address, and says how many were left out and why."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contact_queries import ContactQuery, count_contacts
from contactweb.services.exporting import export_mailing, exporter
from contactweb.ui.kit.button_order import tab_buttons_as_shown
from contactweb.ui.kit.operations import BackgroundOp, OpContext
from contactweb.ui.kit.translations import plural
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

FORMAT_NAMES = {"csv-google": QT_TRANSLATE_NOOP("ExportDialog", "CSV for Google Contacts"),
                "csv-outlook": QT_TRANSLATE_NOOP("ExportDialog", "CSV for Outlook"),
                "vcard3": QT_TRANSLATE_NOOP("ExportDialog", "vCard 3.0 (Apple, most phones)"),
                "vcard4": QT_TRANSLATE_NOOP("ExportDialog", "vCard 4.0"),
                "ldif": QT_TRANSLATE_NOOP("ExportDialog", "LDIF (Thunderbird address book)"),
                "json": QT_TRANSLATE_NOOP("ExportDialog", "ContactWeb JSON (everything, for scripts)")}
PURPOSES = {None: QT_TRANSLATE_NOOP("ExportDialog", "A copy of the contacts (with their consent per channel)"),
            "email": QT_TRANSLATE_NOOP("ExportDialog", "An email mailing: only those who may receive it, their email address only"),
            "post": QT_TRANSLATE_NOOP("ExportDialog", "A postal mailing: only those who may receive it, their address only")}


class ExportDialog(QDialog):
    ALL, SEARCH, TAG, SELECTED = range(4)

    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge,
                 parent: QWidget | None = None, query: ContactQuery | None = None,
                 selected_ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._bridge = bridge
        self._query = query if query and (query.search or query.tag or query.status) else None
        self._selected = list(selected_ids or [])
        self.worker: BackgroundOp | None = None
        self.exported: tuple[int, Path] | None = None
        self.mailing: export_mailing.MailingExport | None = None
        self._target = Path()
        self._closing = False
        self.setWindowTitle(self.tr("Export contacts"))
        self.format_combo = QComboBox()
        for key in exporter.EXPORT_FORMATS:
            self.format_combo.addItem(self.tr(FORMAT_NAMES[key]) if key in FORMAT_NAMES else key, key)
        self.format_combo.setCurrentIndex(self.format_combo.findData("vcard4"))
        self.purpose_combo = QComboBox()
        for channel, text in PURPOSES.items():
            self.purpose_combo.addItem(self.tr(text), channel)
        self.purpose_combo.currentIndexChanged.connect(lambda _i: self._update_count())

        self.choice = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("All contacts"))
        self.search_radio = QRadioButton(self._query_text())
        self.search_radio.setEnabled(self._query is not None)
        self.tag_radio = QRadioButton(self.tr("Contacts with the tag"))
        self.tag_combo = QComboBox()
        self.tag_combo.addItems(contacts.all_tags(workspace))
        self.tag_radio.setEnabled(self.tag_combo.count() > 0)
        self.selected_radio = QRadioButton(plural(
            self.tr("The %n selected contact(s)", "", len(self._selected)), len(self._selected)))
        self.selected_radio.setEnabled(bool(self._selected))
        for number, radio in enumerate((self.all_radio, self.search_radio, self.tag_radio,
                                        self.selected_radio)):
            self.choice.addButton(radio, number)
        (self.selected_radio if self._selected else self.all_radio).setChecked(True)
        self.choice.idToggled.connect(lambda _id, _on: self._update_count())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self._update_count())
        self.count_label = QLabel()
        warning = QLabel(self.tr("The file holds personal data: keep it somewhere safe and delete it "
                         "when it is no longer needed."))
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("For:"), self.purpose_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for radio in (self.all_radio, self.search_radio, self.tag_radio):
            layout.addWidget(radio)
        layout.addWidget(self.tag_combo)
        layout.addWidget(self.selected_radio)
        layout.addWidget(self.count_label)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        tab_buttons_as_shown(self.buttons, self.selected_radio)
        self._update_count()

    def _query_text(self) -> str:
        if self._query is None:
            return self.tr("The contacts the current search finds")
        query = self._query
        parts = [self.tr("search \u201c{text}\u201d").format(text=query.search) if query.search else "",
                 self.tr("tag \u201c{tag}\u201d").format(tag=query.tag) if query.tag else "",
                 (self.tr("closed only") if query.status == "closed" else self.tr("active only"))
                 if query.status else ""]
        return self.tr("The current list: {what}").format(what=", ".join(p for p in parts if p))

    def selection(self) -> ContactQuery:
        chosen = self.choice.checkedId()
        if chosen == self.SEARCH and self._query is not None:
            return replace(self._query, ids=None)
        if chosen == self.TAG:
            return ContactQuery(tag=self.tag_combo.currentText())
        if chosen == self.SELECTED:
            return ContactQuery(ids=tuple(self._selected))
        return ContactQuery()

    def _update_count(self) -> None:
        self.tag_combo.setEnabled(self.choice.checkedId() == self.TAG)
        count = count_contacts(self._ws, self.selection())
        chosen = plural(self.tr("%Ln contact(s)", "", count), count)
        channel = self.mailing_channel()
        if channel is None:
            self.count_label.setText(self.tr("{chosen} will be exported.").format(chosen=chosen))
        else:  # who is left out is decided when writing, and then said
            self.count_label.setText(self.tr("Of {chosen}, only those who may receive {channel} mailings will be "
                                             "exported.").format(chosen=chosen, channel=channel))
        self.export_button.setEnabled(count > 0 and self.worker is None)

    def mailing_channel(self) -> str | None:
        return self.purpose_combo.currentData()

    def export(self) -> None:
        if self.worker is not None:
            return
        fmt, channel = self.format_combo.currentData(), self.mailing_channel()
        name = self._bridge.dialogs.save_file_name(
            self, self.tr("Export contacts"), self.tr("contacts") + exporter.FORMAT_SUFFIXES[fmt])
        if not name:
            return
        path, query, ws = Path(name), self.selection(), self._ws
        def job(ctx: OpContext) -> object:
            if channel is None:
                return exporter.export_contacts(ws, path, fmt, query, progress=ctx.progress,
                                                cancel=ctx.cancel)
            return export_mailing.export_for_mailing(ws, path, fmt, channel, query,
                                                     progress=ctx.progress, cancel=ctx.cancel)

        worker = self._bridge.operations.operation(self, job).with_progress(
            self.tr("Export contacts"), self.tr("Writing {name}…").format(name=path.name))
        self.worker = worker
        self._target = path
        # The outcome, failure included, is read in one place.
        worker.failure(lambda _exc: None).finished.connect(self._finished)
        self.export_button.setEnabled(False)
        worker.run()

    def _finished(self) -> None:
        worker, path, self.worker = self.worker, self._target, None
        if worker is None:
            return
        if self._closing:
            super().reject()
            return
        self._update_count()
        if worker.exception is None:
            result = worker.result
            if isinstance(result, export_mailing.MailingExport):
                self.mailing, result = result, result.written
            self.exported = (result, path)
            self._bridge.dialogs.inform(self, self.tr("Export contacts"), self._done_text(path))
            self.accept()
        elif not worker.was_cancelled:
            self._bridge.dialogs.show_error(self, worker.error)

    def _done_text(self, path: Path) -> str:
        result = self.mailing
        if result is None:
            count = self.exported[0] if self.exported else 0
            return plural(self.tr("%Ln contact(s) written to {path}.", "", count),
                          count).format(path=path)
        written, left_out = result.written, result.excluded_total
        by_post = result.channel == "post"
        lines = [plural(self.tr("%Ln recipient(s) for a postal mailing written to {path}.", "", written)
                        if by_post else
                        self.tr("%Ln recipient(s) for an email mailing written to {path}.", "", written),
                        written).format(path=path),
                 plural(self.tr("Left out, %Ln contact(s):", "", left_out) if result.excluded else
                        self.tr("Left out: %Ln contact(s).", "", left_out), left_out)]
        return "\n".join(lines + [f"  {line}" for line in result.excluded_lines()])

    def reject(self) -> None:
        if self.worker is not None:  # stop writing first; the dialog closes when it has
            self._closing = True
            self.worker.cancel()
            self.hide()
            return
        super().reject()
