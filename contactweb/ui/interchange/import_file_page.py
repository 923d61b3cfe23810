"""Step 1 of the import: which file, and (rarely needed) which format it is in."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

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
from contactweb.formats.interchange import (
    InterchangeError,
    ParseResult,
    ParseStream,
    detect_headers,
)
from contactweb.formats.interchange.csv_text import HEAD_BYTES
from contactweb.services.importing import importer, record_fields
from contactweb.ui.interchange.import_step_page import ImportStepPage

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard

FILE_FILTER = QT_TRANSLATE_NOOP("ImportFilePage", "Contact files (*.csv *.tsv *.tab *.txt *.vcf *.vcard *.ldif *.ldi *.json);;"
                               "LDIF address books (*.ldif *.ldi);;All files (*)")
_NEEDS_MAPPING = "column mapping"  # what the CSV reader says of a layout it does not know
ParseOutcome = object  # a ParseResult, or the header cells of a CSV that needs a mapping
#: how many entries of a CSV file are read for the mapping and the preview
PREVIEW_ENTRIES = 1000


class FileReading(NamedTuple):
    """What the first page found out about a file (on a worker)."""

    head: bytes  # the first bytes of a CSV file (its header row is read from them)
    format_name: str
    outcome: ParseOutcome
    entries_expected: int  # about how many entries the file has
    whole: bool  # ``outcome`` holds every entry, not only the first ones


def read_csv_head(path: Path, mapping: dict[str, str] | None,
                  limit: int) -> tuple[ParseResult, int, bool]:
    """The first ``limit`` entries of a CSV file, read as the import will read the whole of
    it (importer.stream_file), about how many it has, and whether these are all of them."""
    stream = importer.stream_file(path, "csv", mapping)
    if not isinstance(stream, ParseStream):  # not reached: a CSV file is always a stream
        return stream, len(stream.records), True
    records = list(itertools.islice(stream.records, limit + 1))
    whole = len(records) <= limit
    head = ParseResult(records[:limit], list(stream.problems), stream.format_name,
                       stream.source_name)
    return head, len(records) if whole else stream.rows_expected, whole


def read_contact_file(path: Path, fmt: str | None,
                      limit: int = PREVIEW_ENTRIES) -> FileReading:
    """On a worker: a CSV file's first bytes and either its first ``limit`` contacts or (for
    a CSV whose columns are not recognised) its header row for a column mapping; a CSV file
    is never read whole here. Other formats are read whole, as the command line reads them."""
    try:
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except OSError as exc:
        raise BadInput(QCoreApplication.translate("ImportFilePage", "Cannot read {path}: {reason}")
                       .format(path=path, reason=exc.strerror)) from None
    fmt = fmt or importer.guess_format(path, head)
    if fmt != "csv":
        parsed = importer.parse_file(path, fmt)
        return FileReading(b"", fmt, parsed, len(parsed.records), True)
    try:
        return FileReading(head, fmt, *read_csv_head(path, None, limit))
    except BadInput as exc:
        if _NEEDS_MAPPING not in str(exc):
            raise
    try:
        return FileReading(head, fmt, detect_headers(head), 0, False)
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
        fmt, limit = self.format_combo.currentData(), self._wizard.preview_entries
        self._wizard.run(self.tr("Import contacts"), self.tr("Reading {name}…").format(name=path.name),
                         lambda _progress, _cancel: read_contact_file(path, fmt, limit), self._read)

    def _read(self, reading: FileReading) -> None:
        wizard = self._wizard
        wizard.data, wizard.format_name = reading.head, reading.format_name
        wizard.path = Path(self.path_edit.text().strip()).expanduser()
        wizard.recognised, wizard.mapping = None, None
        wizard.entries_expected, wizard.whole_file_read = reading.entries_expected, reading.whole
        outcome = reading.outcome
        if isinstance(outcome, list):
            wizard.headers, wizard.parsed = outcome, None
        else:
            # A recognised CSV layout shows its mapping too, to check and change.
            wizard.headers = recognised_headers(reading.head, reading.format_name, outcome)
            wizard.parsed = wizard.recognised = outcome
        # Any other format shows which field goes where (a CSV shows its columns instead).
        wizard.fields = [] if wizard.headers or wizard.parsed is None else \
            record_fields.fields_present(wizard.parsed)
        self.advance()
