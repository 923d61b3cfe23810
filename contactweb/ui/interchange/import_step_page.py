"""A page of the import wizard whose Next (or Import) starts work on the wizard's worker; the
wizard moves on only when that work is done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QWizardPage

if TYPE_CHECKING:
    from contactweb.ui.interchange.import_wizard import ImportWizard


class ImportStepPage(QWizardPage):
    """Subclasses start their work in ``start`` and call ``advance`` when it is done;
    ``ready`` says whether the button may be pressed now."""

    def __init__(self, wizard: ImportWizard, ready_field: str | None = None) -> None:
        super().__init__()
        self._wizard = wizard
        self._work_done = False
        self.ready_flag: QLineEdit | None = None
        if ready_field is not None:
            # The button follows this hidden mandatory field. Not an isComplete() override:
            # PySide6 6.12 drops a reference to True on every call of one, until Python aborts.
            self.ready_flag = QLineEdit(self)
            self.ready_flag.hide()
            self.registerField(f"{ready_field}*", self.ready_flag)

    def ready(self) -> bool:
        return not self._wizard.busy()

    def update_complete(self) -> None:
        if self.ready_flag is not None:
            self.ready_flag.setText("1" if self.ready() else "")

    def start(self) -> None:
        raise NotImplementedError

    def advance(self) -> None:
        """The work is done: leave the page."""
        self._work_done = True
        self._wizard.next()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._work_done:  # called again by advance()
            self._work_done = False
            return True
        if self.ready():
            self.start()
        return False
