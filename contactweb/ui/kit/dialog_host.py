"""Every dialog, message box and file chooser opens through one ``DialogHost``.

Why: tests replace these few methods so nothing ever blocks on a modal, and locking finds
every open dialog here (``close_all``) so no contact data stays on screen. Views reach the
host as ``bridge.dialogs``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

# A whole question per kind of editor: articles and cases differ by noun in other languages.
DISCARD_QUESTIONS = {
    "contact": QT_TRANSLATE_NOOP("DialogHost", "Discard the changes to this contact?"),
    "communication": QT_TRANSLATE_NOOP("DialogHost", "Discard the changes to this communication?"),
    "consent record": QT_TRANSLATE_NOOP("DialogHost", "Discard the changes to this consent record?"),
    "sale": QT_TRANSLATE_NOOP("DialogHost", "Discard the changes to this sale?"),
}


class DialogHost(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: list[QDialog] = []
        # True while close_all runs: editors then close without asking (their drafts are kept).
        self.closing_all = False

    # --- the registry ---------------------------------------------------------------------
    def register(self, dialog: QDialog) -> None:
        if dialog not in self._open:
            self._open.append(dialog)
            dialog.finished.connect(lambda _result, d=dialog: self.unregister(d))

    def unregister(self, dialog: QDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)

    def open_dialogs(self) -> list[QDialog]:
        return list(self._open)

    def close_all(self) -> None:
        """Reject every open dialog (newest first), e.g. when the vault locks."""
        self.closing_all = True
        try:
            for dialog in reversed(self.open_dialogs()):
                dialog.reject()
                dialog.close()
                self.unregister(dialog)
        finally:
            self.closing_all = False

    # --- opening dialogs: the two methods tests replace -----------------------------------
    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a dialog modally; returns QDialog.Accepted or Rejected."""
        self.register(dialog)
        try:
            return dialog.exec()
        finally:
            self.unregister(dialog)

    def show_dialog(self, dialog: QDialog) -> None:
        """Show a dialog without blocking; its ``finished`` signal reports the outcome."""
        self.register(dialog)
        dialog.open()

    # --- message boxes ----------------------------------------------------------------------
    def ask(self, parent: QWidget | None, title: str, text: str, yes_text: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, parent)
        yes = box.addButton(yes_text or self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.exec_dialog(box)
        return box.clickedButton() is yes

    def ask_discard_changes(self, parent: QWidget | None, what: str) -> bool:
        """Before closing an editor with unsaved changes: True to discard them. ``what`` is
        the kind of editor, one of DISCARD_QUESTIONS."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"),
                          self.tr(DISCARD_QUESTIONS[what]),
                          QMessageBox.StandardButton.NoButton, parent)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.exec_dialog(box)
        return box.clickedButton() is discard

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.exec_dialog(QMessageBox(QMessageBox.Icon.Information, title, text,
                                     QMessageBox.StandardButton.Ok, parent))

    def warn(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        """``details``: technical text behind the box's "Show Details..." button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        self.exec_dialog(box)

    def show_error(self, parent: QWidget | None, error: Exception | str) -> None:
        """A refused action: the service's own message, which says what to do."""
        self.warn(parent, "ContactWeb", str(error), str(getattr(error, "details", "") or ""))

    def ask_text(self, parent: QWidget | None, title: str, label: str, text: str = "",
                 multiline: bool = False) -> str | None:
        """A short free-text answer (a reason, a note); None when cancelled."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        if multiline:
            dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    # --- files ------------------------------------------------------------------------------
    def open_file_names(self, parent: QWidget | None, caption: str,
                        name_filter: str = "") -> list[str]:
        dialog = QFileDialog(parent, caption)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        if name_filter:
            dialog.setNameFilter(name_filter)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return []
        return dialog.selectedFiles()

    def save_file_name(self, parent: QWidget | None, caption: str,
                       suggested: str = "") -> str | None:
        dialog = QFileDialog(parent, caption)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]

    def existing_folder(self, parent: QWidget | None, caption: str,
                        start: str = "") -> str | None:
        dialog = QFileDialog(parent, caption, start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]
