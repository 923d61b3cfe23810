"""Step 2 of the import: what goes where, for every format.

A CSV file shows its columns. For a layout ContactWeb does not know, the person says what
each holds; for a recognised one (Google, Outlook, Thunderbird...) the layout's mapping is
shown to check, and used as it is unless something is changed (the layout's own reading
also combines columns, such as a birthday in three parts). A vCard, LDIF or JSON file shows
the fields it has, each with an example, to send elsewhere or leave out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout

from contactweb.formats.interchange import ParseResult, suggested_fields
from contactweb.services.importing import record_fields
from contactweb.ui.interchange.column_mapping_widget import ColumnMappingWidget
from contactweb.ui.interchange.field_mapping_widget import FieldMappingWidget
from contactweb.ui.interchange.import_file_page import read_csv_head
from contactweb.ui.interchange.import_step_page import ImportStepPage
from contactweb.ui.kit.translations import plural

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard


UNKNOWN_LAYOUT = QT_TRANSLATE_NOOP("ImportMappingPage", "ContactWeb does not know this file's columns. Choose what each one holds; "
                                  "columns left as \"(not imported)\" are skipped.")


FIELDS_HINT = QT_TRANSLATE_NOOP("ImportMappingPage", "Each field of the file goes where shown; send one elsewhere or leave it out. "
                               "Left as it is, the file is imported as it was written.")
GUESSED = QT_TRANSLATE_NOOP("ImportMappingPage", "A first guess is filled in from the closest known layout and the column names: "
                           "check it.")


_FORMAT_WORDS = {"vcard": "vCard", "ldif": "LDIF", "json": "ContactWeb JSON", "csv": "CSV"}


def format_title(format_name: str) -> str:
    """ "vcard 3.0" as "A vCard 3.0 file"."""
    word, _, rest = format_name.partition(" ")
    name = f"{_FORMAT_WORDS.get(word, word)} {rest}".rstrip()
    return QCoreApplication.translate("ImportMappingPage", "A {format} file").format(format=name)


class ImportMappingPage(ImportStepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is what?"))
        self.setSubTitle(self.tr(UNKNOWN_LAYOUT))
        self._as_recognised: dict[str, str] = {}
        self.mapping_widget = ColumnMappingWidget(self)
        self.field_widget = FieldMappingWidget(self)
        self.widgets = QStackedWidget()
        self.widgets.addWidget(self.mapping_widget)
        self.widgets.addWidget(self.field_widget)
        self.hint = QLabel(self.tr(GUESSED))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.widgets, 1)

    def by_field(self) -> bool:
        """A vCard, LDIF or JSON file (fields), not a CSV file (columns)."""
        return not self._wizard.headers

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        recognised = self._wizard.recognised
        if self.by_field() and recognised is not None:
            self.widgets.setCurrentWidget(self.field_widget)
            self.field_widget.set_fields(recognised)
            self.setTitle(self.tr("Check which field is what"))
            self.setSubTitle(plural(self.tr("{format} with %n entry(s).", "", len(recognised.records)),
                       len(recognised.records)).format(format=format_title(recognised.format_name)))
            self.hint.setText(self.tr(FIELDS_HINT))
            return
        self.widgets.setCurrentWidget(self.mapping_widget)
        headers = self._wizard.headers
        # the mapping the command line prints with its refusal, so both start alike
        self.mapping_widget.set_headers(headers, suggested_fields(headers))
        self._as_recognised = self.mapping_widget.mapping()
        if recognised is not None:
            layout = recognised.format_name.removeprefix("csv").strip()
            self.setTitle(self.tr("Check which column is what"))
            self.setSubTitle(self.tr("ContactWeb recognised this file as a {layout} export.").format(
                layout=layout[:1].upper() + layout[1:]))
            self.hint.setText(self.tr("Each column goes where shown. Change any that is wrong; left "
                              "as it is, the file is read exactly as that program wrote it."))
        else:
            self.setTitle(self.tr("Which column is what?"))
            self.setSubTitle(self.tr(UNKNOWN_LAYOUT))
            self.hint.setText(self.tr(GUESSED))

    def changed(self) -> bool:
        """Whether the person changed the mapping shown first."""
        if self.by_field():
            return bool(self.field_widget.mapping())
        return self.mapping_widget.mapping() != self._as_recognised

    def start(self) -> None:
        recognised = self._wizard.recognised
        if self.by_field() and recognised is not None:
            if not self.changed():
                self._read(recognised)
                return
            fields = self.field_widget.mapping()
            self._wizard.run(self.tr("Import contacts"), self.tr("Placing the fields…"),
                             lambda _p, _c: record_fields.remap(recognised, fields),
                             self._read)
            return
        mapping = self.mapping_widget.mapping()
        if self._wizard.recognised is not None and not self.changed():
            self._wizard.mapping = None
            self._read(self._wizard.recognised)  # the layout's own, complete reading
            return
        if not mapping:
            self._wizard.show_error(self.tr("Choose at least one column to import."))
            return
        path, limit = self._wizard.path, self._wizard.preview_entries
        if path is None:
            return
        # The first entries only, read as the import will read the whole file.
        self._wizard.run(self.tr("Import contacts"), self.tr("Reading the file with these columns…"),
                         lambda _p, _c: read_csv_head(path, mapping, limit),
                         lambda head: self._read_head(mapping, *head))

    def _read_head(self, mapping: dict[str, str], parsed: ParseResult, entries_expected: int,
                   whole: bool) -> None:
        self._wizard.mapping = mapping
        self._wizard.entries_expected, self._wizard.whole_file_read = entries_expected, whole
        self._read(parsed)

    def _read(self, parsed: object) -> None:
        self._wizard.parsed = parsed
        self.advance()
