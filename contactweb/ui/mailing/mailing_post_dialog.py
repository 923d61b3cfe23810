"""Letters or address labels for post, as PDF, for the contacts who may receive post: a tag
and a search narrow them, and everyone left out is listed with the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
from contactweb.services.changes import MAILING_SENT, NOTHING
from contactweb.services.contacts import contacts
from contactweb.services.eligibility.eligibility import Selection
from contactweb.services.mailing import post
from contactweb.ui.kit.operations import BackgroundOp
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel
from contactweb.ui.kit.workspace_bridge import WorkspaceBridge
from contactweb.vault.workspace import Workspace

LETTER_TEMPLATE = ("Subject: News from {business_name}\n"
                   "Dear {first_name|customer},\n\n\n\nKind regards\n{business_name}")
EXCLUDED_COLUMNS = (RecordColumn("Contact", lambda e: e.name),
                    RecordColumn("Left out because", lambda e: e.reason))


class MailingPostDialog(QDialog):
    def __init__(self, workspace: Workspace, bridge: WorkspaceBridge, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.bridge = bridge
        self.kind = kind  # "letters" or "labels"
        self.worker: BackgroundOp | None = None
        self.result: post.PostResult | None = None
        self.setWindowTitle("Letters" if kind == "letters" else "Address labels")
        self.resize(680, 560)
        self.tag = QComboBox()
        self.tag.addItem("All contacts", "")
        for name in contacts.all_tags(workspace):
            self.tag.addItem(name, name)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Only contacts matching this search (optional)")
        self.template = QPlainTextEdit(LETTER_TEMPLATE)
        self.load_button = QPushButton("Load template…")
        self.layout_choice = QComboBox()
        self.layout_choice.addItem("Avery L7160 (A4, 21 labels)", "L7160")
        self.layout_choice.addItem("Avery 5160 (US Letter, 30 labels)", "5160")
        self.first_label = QSpinBox()
        self.first_label.setRange(1, 30)
        self.output = QLineEdit(str(paths.documents_dir() /
                                    f"contactweb-{kind}-{date.today():%Y-%m-%d}.pdf"))
        self.choose_button = QPushButton("Choose…")
        self.make_button = QPushButton("Make PDF")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.excluded_model = RecordTableModel(EXCLUDED_COLUMNS, parent=self)
        excluded_view = QTableView()
        excluded_view.setModel(self.excluded_model)
        excluded_view.verticalHeader().hide()
        excluded_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow("Tag:", self.tag)
        form.addRow("Search:", self.search)
        if kind == "letters":
            form.addRow("Template:", self.template)
            form.addRow("", self.load_button)
        else:
            form.addRow("Sheet:", self.layout_choice)
            form.addRow("First free label:", self.first_label)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(self.choose_button)
        form.addRow("Save as:", out_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(excluded_view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.make_button.clicked.connect(self.make)
        self.load_button.clicked.connect(self.load_template)
        self.choose_button.clicked.connect(self.choose_output)

    def load_template(self) -> None:
        chosen = self.bridge.dialogs.open_file_names(self, "Letter template",
                                                     "Text files (*.txt);;All files (*)")
        if chosen:
            try:
                self.template.setPlainText(Path(chosen[0]).read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as exc:
                self.status.setText(f"Cannot read {chosen[0]}: {exc}")

    def choose_output(self) -> None:
        chosen = self.bridge.dialogs.save_file_name(self, "Save the PDF as", self.output.text())
        if chosen:
            self.output.setText(chosen)

    def make(self) -> None:
        if self.worker is not None:
            return
        if not self.output.text().strip():
            self.status.setText("Choose where to save the PDF.")
            return
        ws, out = self.ws, Path(self.output.text().strip()).expanduser()
        selection = Selection(tag=self.tag.currentData() or "", search=self.search.text().strip())
        template, layout = self.template.toPlainText(), self.layout_choice.currentData()
        first = self.first_label.value()

        kind = self.kind

        def job(_ctx: object) -> post.PostResult:
            if kind == "letters":
                return post.make_letters(ws, template, out, selection)
            return post.make_labels(ws, out, layout, selection, first)

        self.make_button.setEnabled(False)
        self.status.setText("Checking consent and addresses, then making the PDF…")
        # Each letter is on its contact's timeline; labels change nothing.
        worker = self.bridge.operations.operation(
            self, job, changes=MAILING_SENT if kind == "letters" else NOTHING)
        self.worker = worker
        # The outcome, failure included, is read in one place (shown in the status line).
        worker.failure(lambda _exc: None).finished.connect(lambda: self._finished(worker, out))
        worker.run()

    def _finished(self, worker: BackgroundOp, out: Path) -> None:
        self.worker = None
        self.make_button.setEnabled(True)
        if worker.exception is not None:
            self.status.setText(worker.error)
            return
        self.result = worker.result
        self.excluded_model.set_records(self.result.excluded)
        self.status.setText(f"Wrote {self.result.included} {self.kind} to {out}. "
                            f"{len(self.result.excluded)} contacts left out:"
                            if self.result.excluded else
                            f"Wrote {self.result.included} {self.kind} to {out}.")
