"""Step 2 of the import, for a CSV file: which column holds what. For a layout ContactWeb
does not know, the person says so; for a recognised one (Google, Outlook, Thunderbird...)
the layout's mapping is shown to check, and used as it is unless something is changed
(the layout's own reading also combines columns, such as a birthday in three parts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from contactweb.formats.interchange import suggested_fields
from contactweb.services.importing import importer
from contactweb.ui.interchange.column_mapping_widget import ColumnMappingWidget
from contactweb.ui.interchange.import_step_page import ImportStepPage

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard


UNKNOWN_LAYOUT = ("ContactWeb does not know this file's columns. Choose what each one holds; "
                  "columns left as \"(not imported)\" are skipped.")


GUESSED = ("A first guess is filled in from the closest known layout and the column names: "
           "check it.")


class ImportMappingPage(ImportStepPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle("Which column is what?")
        self.setSubTitle(UNKNOWN_LAYOUT)
        self._as_recognised: dict[str, str] = {}
        self.mapping_widget = ColumnMappingWidget(self)
        self.hint = QLabel(GUESSED)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.mapping_widget, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        headers = self._wizard.headers
        # the mapping the command line prints with its refusal, so both start alike
        self.mapping_widget.set_headers(headers, suggested_fields(headers))
        self._as_recognised = self.mapping_widget.mapping()
        recognised = self._wizard.recognised
        if recognised is not None:
            layout = recognised.format_name.removeprefix("csv").strip()
            self.setTitle("Check which column is what")
            self.setSubTitle(f"ContactWeb recognised this file as a {layout[:1].upper()}"
                             f"{layout[1:]} export.")
            self.hint.setText("Each column goes where shown. Change any that is wrong; left "
                              "as it is, the file is read exactly as that program wrote it.")
        else:
            self.setTitle("Which column is what?")
            self.setSubTitle(UNKNOWN_LAYOUT)
            self.hint.setText(GUESSED)

    def changed(self) -> bool:
        """Whether the person changed the mapping shown first."""
        return self.mapping_widget.mapping() != self._as_recognised

    def start(self) -> None:
        mapping = self.mapping_widget.mapping()
        if self._wizard.recognised is not None and not self.changed():
            self._read(self._wizard.recognised)  # the layout's own, complete reading
            return
        if not mapping:
            self._wizard.show_error("Choose at least one column to import.")
            return
        data, name = self._wizard.data, self._wizard.path.name if self._wizard.path else "file"
        self._wizard.run("Import contacts", "Reading the file with these columns…",
                         lambda _p, _c: importer.parse_bytes(data, name, "csv", mapping),
                         self._read)

    def _read(self, parsed: object) -> None:
        self._wizard.parsed = parsed
        self.advance()
