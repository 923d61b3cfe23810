"""Letters or address labels for post, as PDF, for the contacts who may receive post.

Who gets them is an explicit choice (a tag, or everyone who may receive post, narrowed by a
search); everyone left out is listed with the reason, also when that is everyone. Letter
templates are kept in the vault, by name, and the text last typed comes back next time. The
label sheet starts as the business's country uses (Avery 5160 on US Letter, L7160 on A4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contactweb import paths
from contactweb.errors import ContactWebError
from contactweb.formats.pdf.regional import paper_for
from contactweb.services import settings
from contactweb.services.changes import MAILING_SENT, NOTHING
from contactweb.services.contacts import contacts
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import letter_templates, post
from contactweb.services.reports.report_service import unique_path
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

# The template a new letter starts from, in the language of the person writing it.
LETTER_TEMPLATE = QT_TRANSLATE_NOOP("MailingPostDialog", "Subject: News from {business_name}\n"
                                    "Dear {first_name|customer},\n\n\n\nKind regards\n{business_name}")
EXCLUDED_COLUMNS = (RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Contact"), lambda e: e.name),
                    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Left out because"), lambda e: e.reason))
NOT_CHOSEN = None  # the selection's first entry: nothing is made until someone is chosen
EVERYONE = ""


class MailingPostDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.kind = kind  # "letters" or "labels"
        self.worker: BackgroundOp | None = None
        self.result: post.PostResult | None = None
        self._replace_confirmed = ""
        self.setWindowTitle(self.tr("Letters") if kind == "letters" else self.tr("Address labels"))
        self.resize(680, 560)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("Choose who gets the {kind}…").format(kind=kind), NOT_CHOSEN)
        self.tag.addItem(self.tr("Everyone who may receive post"), EVERYONE)
        for name in contacts.all_tags(workspace):
            self.tag.addItem(self.tr("Tagged {name}").format(name=name), name)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Only contacts matching this search (optional)"))
        self.template = QPlainTextEdit((letter_templates.last_typed(workspace) or self.tr(LETTER_TEMPLATE))
                                       if kind == "letters" else "")
        self.saved_templates = QComboBox()
        self.load_button = QPushButton(self.tr("Load template…"))
        self.save_template_button = QPushButton(self.tr("Save as template…"))
        self.delete_template_button = QPushButton(self.tr("Delete template"))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Avery L7160 (A4, 21 labels)"), "L7160")
        self.layout_choice.addItem(self.tr("Avery 5160 (US Letter, 30 labels)"), "5160")
        us_letter = paper_for(settings.business_country(workspace)) == "Letter"
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(
            "5160" if us_letter else "L7160"))
        self.first_label = QSpinBox()
        self.first_label.setRange(1, 30)
        self.output = QLineEdit(str(unique_path(
            paths.documents_dir(), f"{self.windowTitle()} - {date.today():%Y-%m-%d}.pdf")))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.make_button = QPushButton(self.tr("Make PDF"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.excluded_model = RecordTableModel(EXCLUDED_COLUMNS, parent=self)
        self.excluded_view = excluded_view = QTableView()
        excluded_view.setModel(self.excluded_model)
        excluded_view.verticalHeader().hide()
        excluded_view.setWordWrap(False)
        header = excluded_view.horizontalHeader()
        # Names as wide as they are (measured over the first rows, not all 59,000).
        header.setResizeContentsPrecision(500)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow(self.tr("Send to:"), self.tag)
        form.addRow(self.tr("Search:"), self.search)
        if kind == "letters":
            templates_row = QHBoxLayout()
            templates_row.addWidget(self.saved_templates, 1)
            templates_row.addWidget(self.save_template_button)
            templates_row.addWidget(self.delete_template_button)
            templates_row.addWidget(self.load_button)
            form.addRow(self._buddy(self.tr("Saved templates:"), self.saved_templates),
                        templates_row)
            form.addRow(self.tr("Template:"), self.template)
        else:
            form.addRow(self.tr("Sheet:"), self.layout_choice)
            form.addRow(self.tr("First free label:"), self.first_label)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(self.choose_button)
        form.addRow(self._buddy(self.tr("Save as:"), self.output), out_row)
        for widget, name in ((self.tag, self.tr("Send to")), (self.search, self.tr("Search")),
                             (self.saved_templates, self.tr("Saved templates")),
                             (self.template, self.tr("Letter template")),
                             (self.layout_choice, self.tr("Sheet")),
                             (self.first_label, self.tr("First free label")),
                             (self.output, self.tr("Save as")),
                             (excluded_view, self.tr("Left out, with the reason"))):
            widget.setAccessibleName(name)
        self.template.setTabChangesFocus(True)  # Tab moves on; the text takes Enter
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(excluded_view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.make_button.clicked.connect(self.make)
        self.load_button.clicked.connect(self.load_template)
        self.choose_button.clicked.connect(self.choose_output)
        self.save_template_button.clicked.connect(self.save_template)
        self.delete_template_button.clicked.connect(self.delete_template)
        self.saved_templates.activated.connect(lambda _index: self.use_saved_template())
        self.tag.currentIndexChanged.connect(lambda _index: self._update_make_button())
        self._fill_saved_templates()
        self._update_make_button()

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _update_make_button(self) -> None:
        chosen = self.tag.currentData() is not NOT_CHOSEN
        self.make_button.setEnabled(chosen and self.worker is None)
        self.make_button.setToolTip("" if chosen else self.tr("Choose who gets them first."))

    # --- templates ------------------------------------------------------------------------
    def _fill_saved_templates(self, current: str = "") -> None:
        self.saved_templates.clear()
        names = list(letter_templates.templates(self.ws)) if self.kind == "letters" else []
        self.saved_templates.addItem(self.tr("Saved templates…") if names else self.tr("None saved yet"), None)
        for name in names:
            self.saved_templates.addItem(name, name)
        self.saved_templates.setCurrentIndex(max(self.saved_templates.findData(current), 0))
        self.delete_template_button.setEnabled(bool(current))

    def use_saved_template(self) -> None:
        name = self.saved_templates.currentData()
        self.delete_template_button.setEnabled(name is not None)
        if name is not None:
            self.template.setPlainText(letter_templates.templates(self.ws).get(name, ""))

    def save_template(self) -> str | None:
        name = self.bridge.dialogs.ask_text(self, self.tr("Save the template"),
                                            self.tr("Name of the template:"),
                                            self.saved_templates.currentData() or "")
        if not name:
            return None
        try:
            stored = letter_templates.save_template(self.ws, name, self.template.toPlainText())
        except ContactWebError as exc:
            self.status.setText(str(exc))
            return None
        self._fill_saved_templates(stored)
        self.status.setText(self.tr("Saved the template {stored!r}.").format(stored=stored))
        return stored

    def delete_template(self) -> None:
        name = self.saved_templates.currentData()
        if name is None or not self.bridge.dialogs.ask(
                self, self.tr("Delete the template"), self.tr("Delete the template {name!r}?").format(name=name), self.tr("Delete")):
            return
        letter_templates.delete_template(self.ws, name)
        self._fill_saved_templates()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        # The typed text comes back next time, even when the dialog closes at a lock.
        if self.kind == "letters" and not self.ws.locked:
            try:
                letter_templates.keep_last_typed(self.ws, self.template.toPlainText())
            except ContactWebError:
                pass
        super().done(result)

    def load_template(self) -> None:
        chosen = self.bridge.dialogs.open_file_names(self, self.tr("Letter template"),
                                                     self.tr("Text files (*.txt);;All files (*)"))
        if chosen:
            try:
                self.template.setPlainText(Path(chosen[0]).read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                self.status.setText(self.tr("Cannot read {value}: {exc}").format(value=chosen[0], exc=exc))

    def choose_output(self) -> None:
        chosen = self.bridge.dialogs.save_file_name(self, self.tr("Save the PDF as"), self.output.text())
        if chosen:
            self.output.setText(chosen)
            self._replace_confirmed = chosen  # the save dialog asked already

    def make(self) -> None:
        if self.worker is not None:
            return
        if self.tag.currentData() is NOT_CHOSEN:
            self.status.setText(self.tr("Choose who gets the {kind} first.").format(kind=self.kind))
            return
        if not self.output.text().strip():
            self.status.setText(self.tr("Choose where to save the PDF."))
            return
        ws, out = self.ws, Path(self.output.text().strip()).expanduser()
        if out.exists() and self.output.text() != self._replace_confirmed and \
                not self.bridge.dialogs.ask(
                self, self.tr("Replace the file?"), self.tr("{name} already exists in {parent}. Replace it?").format(name=out.name, parent=out.parent), self.tr("Replace")):
            return
        selection = Selection(tag=self.tag.currentData() or "", search=self.search.text().strip())
        template, layout = self.template.toPlainText(), self.layout_choice.currentData()
        first = self.first_label.value()

        kind = self.kind

        def job(_ctx: object) -> post.PostResult:
            if kind == "letters":
                return post.make_letters(ws, template, out, selection)
            return post.make_labels(ws, out, layout, selection, first)

        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Checking consent and addresses, then making the PDF…"))
        # Each letter is on its contact's timeline; labels change nothing.
        worker = self.bridge.operations.operation(
            self, job, changes=MAILING_SENT if kind == "letters" else NOTHING)
        self.worker = worker
        # The outcome, failure included, is read in one place (shown in the status line).
        worker.failure(lambda _exc: None).finished.connect(lambda: self._finished(worker, out))
        worker.run()

    def _finished(self, worker: BackgroundOp, out: Path) -> None:
        self.worker = None
        self._update_make_button()
        if isinstance(worker.exception, post.NobodyMayReceivePost):
            self.excluded_model.set_records(worker.exception.excluded)
            self.status.setText(self.tr("{error} Everyone left out is listed with the reason:").format(error=worker.error))
            return
        if worker.exception is not None:
            self.status.setText(worker.error)
            return
        self.result = worker.result
        self.excluded_model.set_records(self.result.excluded)
        self.status.setText(self.tr("Wrote {included} {kind} to {out}. {count} contacts left out:").format(included=self.result.included, kind=self.kind, out=out, count=len(self.result.excluded))
                            if self.result.excluded else
                            self.tr("Wrote {included} {kind} to {out}.").format(
                                included=self.result.included, kind=self.kind, out=out))
