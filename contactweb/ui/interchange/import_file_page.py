"""Step 1 of the import: which file, and (rarely needed) which format it is in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from contactweb.errors import BadInput
from contactweb.formats.interchange import InterchangeError, detect_headers
from contactweb.services.importing import importer, record_fields
from contactweb.ui.interchange.import_step_page import ImportStepPage

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard

FILE_FILTER = QT_TRANSLATE_NOOP("ImportFilePage", "Contact files (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;"
                               "LDIF address books (*.ldif *.ldi);;All files (*)")
_NEEDS_MAPPING = "column mapping"  # what the CSV reader says of a layout it does not know
ParseOutcome = object  # a ParseResult, or the header cells of a CSV that needs a mapping


def read_contact_file(path: Path, fmt: str | None) -> tuple[bytes, str, ParseOutcome]:
    """On a worker: the file's bytes, its format, and either its contacts or (for a CSV
    whose columns are not recognised) its header row for a column mapping."""
    try:
        if path.stat().st_size > importer.MAX_FILE_BYTES:
            raise BadInput(QCoreApplication.translate(
                "ImportFilePage", "{name} is larger than 200 MB, more than this window previews. "
                "Import it from the command line (contactweb import FILE), which reads a file of "
                "any size as it goes.").format(name=path.name))
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(QCoreApplication.translate("ImportFilePage", "Cannot read {path}: {reason}")
                       .format(path=path, reason=exc.strerror)) from None
    fmt = fmt or importer.guess_format(path, data)
    try:
        return data, fmt, importer.parse_bytes(data, path.name, fmt)
    except BadInput as exc:
        if fmt != "csv" or _NEEDS_MAPPING not in str(exc):
            raise
    try:
        return data, fmt, detect_headers(data)
    except InterchangeError as exc:
        raise BadInput(str(exc)) from None


def recognised_headers(data: bytes, fmt: str, parsed: ParseOutcome) -> list[str]:
    """The header row of a CSV whose layout was recognised (its mapping can be changed);
    none for other formats and for a file without a header row."""
    if fmt != "csv" or "no header" in getattr(parsed, "format_name", ""):
        return []
    try:
        return detect_headers(data)
    except InterchangeError:
        return []


class ImportFilePage(ImportStepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, ready_field="importFileReady")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV export (Google, Outlook, Yahoo, Apple, LinkedIn, Thunderbird or "
                         "any spreadsheet), a vCard file, an LDIF address book, or a "
                         "ContactWeb JSON file."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("The file to import"))
        self.path_edit.textChanged.connect(lambda _text: self.update_complete())
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.format_combo = QComboBox()
        for text, value in ((self.tr("Recognise it from the file"), None), ("CSV", "csv"),
                            ("vCard", "vcard"), ("LDIF (Thunderbird, Horde)", "ldif"),
                            ("ContactWeb JSON", "json")):
            self.format_combo.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.labelForField(row).setBuddy(self.path_edit)
        self.path_edit.setAccessibleName(self.tr("File"))
        form.addRow(self.tr("Format:"), self.format_combo)
        note = QLabel(self.tr("Nothing is written until you confirm the preview. Imported contacts "
                      "start with consent unknown on every channel."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def browse(self) -> None:
        chosen = self._wizard.bridge.dialogs.open_file_names(self, self.tr("Import contacts"),
                                                            self.tr(FILE_FILTER))
        if chosen:
            self.path_edit.setText(chosen[0])

    def ready(self) -> bool:
        return bool(self.path_edit.text().strip()) and super().ready()

    def start(self) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        fmt = self.format_combo.currentData()
        self._wizard.run(self.tr("Import contacts"), self.tr("Reading {name}…").format(name=path.name),
                         lambda _progress, _cancel: read_contact_file(path, fmt), self._read)

    def _read(self, result: tuple[bytes, str, ParseOutcome]) -> None:
        data, fmt, outcome = result
        wizard = self._wizard
        wizard.data, wizard.format_name = data, fmt
        wizard.path = Path(self.path_edit.text().strip()).expanduser()
        wizard.recognised = None
        if isinstance(outcome, list):
            wizard.headers, wizard.parsed = outcome, None
        else:
            # A recognised CSV layout shows its mapping too, to check and change.
            wizard.headers, wizard.parsed = recognised_headers(data, fmt, outcome), outcome
            wizard.recognised = outcome
        # Any other format shows which field goes where (a CSV shows its columns instead).
        wizard.fields = [] if wizard.headers or wizard.parsed is None else \
            record_fields.fields_present(wizard.parsed)
        self.advance()
