"""Step 3 of the import: what would happen (a dry run on a worker), and the choices that go
with it: what to do with each duplicate, whether to skip bad rows, whether people erased
before may come back. "Import" then runs the real import with progress and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
)

from contactweb.formats.interchange import ParseResult
from contactweb.services.changes import Changes
from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts
from contactweb.services.importing import import_preview, importer
from contactweb.services.importing.import_in_batches import (
    CANCELLED,
    BatchedImportReport,
    import_in_batches,
)
from contactweb.services.importing.import_preview import PreviewRow
from contactweb.services.importing.importer import ImportReport
from contactweb.ui.interchange.import_duplicates_table_model import (
    DuplicateRow,
    ImportDuplicatesTableModel,
)
from contactweb.ui.interchange.import_sample_table_model import ImportSampleTableModel
from contactweb.ui.interchange.import_step_page import ImportStepPage
from contactweb.vault.workspace import Workspace

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard

_CHOICES = ((QT_TRANSLATE_NOOP("ImportPreviewPage", "Skip them"), "skip"),
            (QT_TRANSLATE_NOOP("ImportPreviewPage", "Update the existing contacts"), "update"),
            (QT_TRANSLATE_NOOP("ImportPreviewPage", "Create new contacts anyway"), "create"))
_NAMES_CHUNK = 500
_LISTED = 500  # bad rows and notes shown; the report has them all


def preview(ws: Workspace, parsed: ParseResult, progress, cancel  # noqa: ANN001
            ) -> tuple[ImportReport, dict[int, str], list[PreviewRow]]:
    """On a worker: a dry run, the names of the contacts the duplicates look like, and the
    first entries as they will be stored."""
    report = importer.import_records(ws, parsed, "skip", dry_run=True, skip_bad_rows=True,
                                     progress=progress, cancel=cancel)
    ids = sorted({cid for source, cid, _reason in
                  report.skipped_duplicates + report.distinct_emails
                  if source not in report.repeated_in_file})
    names: dict[int, str] = {}
    for start in range(0, len(ids), _NAMES_CHUNK):
        query = ContactQuery(ids=tuple(ids[start:start + _NAMES_CHUNK]))
        names |= {row.id: row.name for row in list_contacts(ws, query, limit=None)}
    return report, names, import_preview.first_rows(ws, parsed)


class ImportPreviewPage(ImportStepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, ready_field="importPreviewReady")
        self.preview: ImportReport | None = None
        self.setTitle(self.tr("Check before importing"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        # The first entries as the vault will store them: what goes where, at a glance.
        self.sample_model = ImportSampleTableModel(self)
        self.sample_table = QTableView()
        self.sample_table.setModel(self.sample_model)
        self.sample_table.verticalHeader().setVisible(False)
        self.sample_table.setWordWrap(False)
        self.sample_table.horizontalHeader().setMaximumSectionSize(240)
        self.sample_table.setAccessibleName(self.tr("The first entries as they will be stored"))
        self.sample_box = QGroupBox(self.tr("The first entries as they will be stored"))
        box = QVBoxLayout(self.sample_box)
        box.addWidget(self.sample_table)

        self.model = ImportDuplicatesTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.all_choice = QComboBox()
        for text, value in _CHOICES:
            self.all_choice.addItem(self.tr(text), value)
        self.all_choice.currentIndexChanged.connect(self._choose_for_all)
        self.choice_buttons = {}
        choice_row = QHBoxLayout()
        choice_row.addWidget(QLabel(self.tr("For every duplicate:")))
        choice_row.addWidget(self.all_choice)
        choice_row.addStretch(1)
        choice_row.addWidget(QLabel(self.tr("Selected:")))
        for text, value in ((self.tr("Skip"), "skip"), (self.tr("Update"), "update"),
                            (self.tr("Create"), "create")):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, v=value: self.choose_for_selected(v))
            self.choice_buttons[value] = button
            choice_row.addWidget(button)
        self.duplicates_box = QGroupBox(self.tr("Possible duplicates"))
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.table)
        box.addLayout(choice_row)

        self.bad_rows_text = QPlainTextEdit()
        self.bad_rows_text.setReadOnly(True)
        self.skip_bad_rows = QCheckBox(self.tr("Skip these entries and import the rest"))
        self.skip_bad_rows.toggled.connect(lambda _on: self.update_complete())
        self.bad_rows_box = QGroupBox(self.tr("Entries that cannot be imported as they are"))
        box = QVBoxLayout(self.bad_rows_box)
        box.addWidget(self.bad_rows_text)
        box.addWidget(self.skip_bad_rows)

        self.erased_label = QLabel()
        self.erased_label.setWordWrap(True)
        self.confirm_erased = QCheckBox(self.tr("Add them anyway, opted out of every channel (only if "
                                        "they came back to you themselves)"))
        self.erased_box = QGroupBox(self.tr("People who were erased before"))
        box = QVBoxLayout(self.erased_box)
        box.addWidget(self.erased_label)
        box.addWidget(self.confirm_erased)

        self.notes_text = QPlainTextEdit()
        self.notes_text.setReadOnly(True)
        self.notes_text.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.sample_box, 3)
        layout.addWidget(self.duplicates_box, 2)
        layout.addWidget(self.bad_rows_box, 1)
        layout.addWidget(self.erased_box)
        layout.addWidget(self.notes_text)

    # --- the dry run ------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self._wizard.setButtonText(QWizard.WizardButton.NextButton, self.tr("Import"))
        self.preview = None
        self._show(None, {}, [])
        ws, parsed = self._wizard.ws, self._wizard.parsed
        self._wizard.run(self.tr("Import contacts"), self.tr("Checking the file against the vault…"),
                         lambda progress, cancel: preview(ws, parsed, progress, cancel),
                         lambda result: self._show(*result),
                         cancelled=lambda: self.summary.setText(
                             self.tr("The check was cancelled. Go back, or close the window.")))

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self._wizard.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))

    def _show(self, report: ImportReport | None, names: dict[int, str],
              samples: list[PreviewRow]) -> None:
        self.preview = report
        self.sample_model.set_rows(samples)
        self.sample_box.setVisible(bool(samples))
        if samples:
            self.sample_table.resizeColumnsToContents()
        parsed = self._wizard.parsed
        in_file = {r.source: r.display_name for r in parsed.records} if parsed else {}
        duplicates = report.skipped_duplicates if report else []
        distinct = report.distinct_emails if report else []
        repeated = report.repeated_in_file if report else {}
        # People with other email addresses than the contact they resemble are imported
        # unless the person chooses otherwise.
        self.model.set_rows([DuplicateRow(source, in_file.get(source, ""), cid,
                                          names.get(cid, ""), reason, choice,
                                          repeated.get(source, ""))
                             for rows, choice in ((duplicates, self.all_choice.currentData()),
                                                  (distinct, "create"))
                             for source, cid, reason in rows])
        self.duplicates_box.setVisible(bool(duplicates or distinct))
        bad = report.bad_rows if report else []
        # Entries after the first ones are checked as they are imported: whether to skip
        # one that cannot be is asked now, or the import stops there.
        later = report is not None and not self._wizard.whole_file_read
        self.bad_rows_box.setVisible(bool(bad) or later)
        self.bad_rows_text.setVisible(bool(bad))
        self.layout().setStretchFactor(self.bad_rows_box, 1 if bad else 0)
        self.skip_bad_rows.setText(
            self.tr("Skip these entries and import the rest") if bad or not later else
            self.tr("If later entries cannot be imported as they are, skip them and import "
                    "the rest"))
        self.bad_rows_text.setPlainText("\n".join(
            f"{p.location}: {p.reason}" for p in bad[:_LISTED]))
        erased = report.erased_matches if report else []
        self.erased_box.setVisible(bool(erased))
        self.erased_label.setText(
            self.tr("Entries matching a person who asked to be erased (%n): ", "", len(erased))
            + ", ".join(erased[:20]))
        notes = report.problems if report else []
        self.notes_text.setVisible(bool(notes))
        self.notes_text.setPlainText(self.tr("Notes:") + "\n" + "\n".join(
            f"{p.location}: {p.reason}" for p in notes[:_LISTED]))
        if report is None:
            self.summary.setText(self.tr("Checking the file…"))
        else:
            in_vault = sum(1 for source, _cid, _reason in duplicates if source not in repeated)
            parts = [self.tr("{count} new").format(count=len(report.created)),
                     self.tr("{count} already in the vault").format(count=in_vault)]
            if len(duplicates) > in_vault:
                parts.append(self.tr("{count} repeated in this file").format(
                    count=len(duplicates) - in_vault))
            if distinct:
                parts.append(self.tr("{count} like a contact but with other email addresses "
                                     "(imported unless you choose otherwise)").format(
                                         count=len(distinct)))
            summary = self.tr("Entries read: %n ({format_name}): {parts}, {count} that cannot be "
                              "imported as they are.", "", report.records).format(
                                  format_name=report.format_name, parts=", ".join(parts),
                                  count=len(bad))
            if not self._wizard.whole_file_read:
                summary += " " + self.tr(
                    "These are the first entries of a file of about %n: the rest are checked "
                    "as they are imported, and their duplicates are handled as chosen for "
                    "every duplicate.", "", self._wizard.entries_expected)
            self.summary.setText(summary)
        self.update_complete()

    # --- choices ------------------------------------------------------------------------------
    def _choose_for_all(self, _index: int) -> None:
        self.model.set_choice(list(range(self.model.rowCount())), self.all_choice.currentData())

    def choose_for_selected(self, choice: str) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        self.model.set_choice(rows, choice)

    def ready(self) -> bool:
        if self.preview is None or not super().ready():
            return False
        return not self.preview.bad_rows or self.skip_bad_rows.isChecked()

    # --- the import ---------------------------------------------------------------------------
    def start(self) -> None:
        wizard = self._wizard
        ws, per_commit = wizard.ws, wizard.rows_per_commit
        # A CSV file is read again from its start, as a stream, on the worker: only its first
        # entries were read so far. Other formats were read whole, as the command line does.
        path, mapping = wizard.path, wizard.mapping
        whole = wizard.parsed if wizard.format_name != "csv" or path is None else None
        on_duplicate, choices = self.all_choice.currentData(), self.model.choices()
        skip, confirm = self.skip_bad_rows.isChecked(), self.confirm_erased.isChecked()
        self._wizard.run(
            self.tr("Import contacts"), self.tr("Importing…"),
            lambda progress, cancel: import_in_batches(
                ws, whole if whole is not None else importer.stream_file(path, "csv", mapping),
                on_duplicate,
                skip_bad_rows=skip, confirm_erased=confirm, progress=progress, cancel=cancel,
                duplicate_choices=choices, rows_per_commit=per_commit),
            self._imported,
            cancelled=self._cancelled_before_any_batch, changes=Changes(contacts=True))
        self.update_complete()

    def _cancelled_before_any_batch(self) -> None:
        self._wizard.bridge.dialogs.inform(
            self, self.tr("Import cancelled"), self.tr("The import was cancelled; nothing was imported."))

    def _imported(self, report: BatchedImportReport) -> None:
        if report.stopped_because == CANCELLED and not report.records:
            self._cancelled_before_any_batch()  # nothing written: stay here, as before
            return
        self._wizard.report = report
        self.advance()
