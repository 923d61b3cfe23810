"""Subject and body with merge fields, plain text and optional HTML, and a live preview of
exactly what one chosen recipient will get (footer and postal address included)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from contactweb import i18n
from contactweb.errors import ContactWebError
from contactweb.services.mailing import outbox
from contactweb.services.mailing.merge import MERGE_FIELDS
from contactweb.services.mailing.message import Draft, RenderedMessage

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard

PREVIEW_CHOICES = 500  # recipients offered for the preview
PREVIEW_DELAY_MS = 250


class MailingComposePage(QWizardPage):
    def __init__(self, wizard: MailingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Compose"))
        self.setSubTitle(self.tr("Merge fields such as {first_name} are filled in per recipient; "
                         "{first_name|friend} gives a fallback. The footer with your postal "
                         "address and how to unsubscribe is added to every message."))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Dear {first_name|customer},\n\n…"))
        self.html = QPlainTextEdit()
        self.html.setPlaceholderText(self.tr("Optional: the same message as HTML"))
        self.editors = QTabWidget()
        self.editors.addTab(self.body, self.tr("Plain text"))
        self.editors.addTab(self.html, self.tr("HTML (optional)"))
        self.field = QComboBox()
        self.field.addItem(self.tr("Insert a merge field…"), "")
        for name, meaning in MERGE_FIELDS.items():
            self.field.addItem(f"{{{name}}}  {i18n._(meaning)}", name)
        self.preview_for = QComboBox()
        self.preview = QTextBrowser()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.rendered: RenderedMessage | None = None
        self._ok = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)

        left = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Subject:"), self.subject)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.field)
        left_layout.addWidget(self.editors, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Preview for:")))
        chooser.addWidget(self.preview_for, 1)
        right_layout.addLayout(chooser)
        right_layout.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)

        for editor in (self.body, self.html):
            editor.textChanged.connect(self._timer.start)
        self.subject.textChanged.connect(self._timer.start)
        self.preview_for.currentIndexChanged.connect(self._timer.start)
        self.field.activated.connect(self._insert_field)
        self._timer.timeout.connect(self.update_preview)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.preview_for.blockSignals(True)
        self.preview_for.clear()
        for recipient in (self.owner.eligibility.included if self.owner.eligibility else []
                          )[:PREVIEW_CHOICES]:
            self.preview_for.addItem(f"{recipient.name} <{recipient.address}>",
                                     recipient.contact_id)
        self.preview_for.blockSignals(False)
        self.update_preview()

    def draft(self) -> Draft:
        return Draft(self.subject.text(), self.body.toPlainText(), self.html.toPlainText())

    def _insert_field(self, index: int) -> None:
        name = self.field.itemData(index)
        self.field.setCurrentIndex(0)
        if not name:
            return
        editor = self.editors.currentWidget()
        if self.subject.hasFocus():
            self.subject.insert(f"{{{name}}}")
        else:
            editor.insertPlainText(f"{{{name}}}")
            editor.setFocus()

    def update_preview(self) -> None:
        """Render what the chosen recipient gets; a mistake (an unknown merge field, an empty
        subject) shows here and keeps Next disabled."""
        self._timer.stop()
        draft = self.draft()
        contact_id = self.preview_for.currentData()
        try:
            draft.check()
            if contact_id is None:
                raise ContactWebError(self.tr("No recipient to preview."))
            self.rendered = outbox.preview(self.owner.ws, draft, contact_id)
        except ContactWebError as exc:
            self.rendered = None
            self.error.setText(str(exc))
            self._set_ok(False)
            return
        self.error.clear()
        rendered = self.rendered
        self.preview.setPlainText(
            self.tr("To: {name} <{address}>").format(name=rendered.to_name,
                                                     address=rendered.to_address) + "\n"
            + self.tr("Subject: {subject}").format(subject=rendered.subject)
            + "\n\n" + rendered.text)
        self.owner.draft = draft
        self._set_ok(True)

    def _set_ok(self, ok: bool) -> None:
        if ok != self._ok:
            self._ok = ok
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._ok

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.update_preview()  # typing may be faster than the preview timer
        return self._ok
