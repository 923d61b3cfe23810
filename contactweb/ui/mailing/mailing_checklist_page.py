"""The last look before sending: server, sender, the business's postal address, the opt-out
footer and List-Unsubscribe header in the message as it will be sent, the subject and the
number of recipients. Every line must be ticked before Send is enabled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from contactweb.errors import ContactWebError
from contactweb.services.contacts.contact_language import language_for
from contactweb.services.mailing import message, outbox, smtp_settings
from contactweb.services.mailing.bulk_notice import large_mailing_notice
from contactweb.ui.kit.hide_unless import hide_unless
from contactweb.ui.kit.translations import plural
from contactweb.ui.mailing.mailing_settings_dialog import MailingSettingsDialog
from contactweb.vault.permissions import Action

if TYPE_CHECKING:
    from contactweb.ui.mailing.mailing_wizard import MailingWizard

TICK, CROSS = "✔", "✘"
# The checks' names (the keys stay English; each is translated where it is shown).
CHECK_NAMES = (QT_TRANSLATE_NOOP("MailingChecklistPage", "SMTP server"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Sender"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Business name"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Postal address"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Opt-out text"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Subject"),
               QT_TRANSLATE_NOOP("MailingChecklistPage", "Recipients"))


class MailingChecklistPage(QWizardPage):
    def __init__(self, wizard: MailingWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Checklist"))
        self.setSubTitle(self.tr("Nothing is sent until every line is ticked. After Send there is no "
                         "going back; Cancel stops after the message in hand."))
        self.setCommitPage(True)
        self.grid = QGridLayout()
        self.checks: dict[str, tuple[bool, str]] = {}
        self.settings_button = QPushButton(self.tr("Mailing settings…"))
        hide_unless(wizard.ws.can(Action.MAILING_CONFIGURE), self.settings_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        # Bulk mail to the large providers needs one-click unsubscribe, which a desktop
        # cannot serve: said where the mailing is planned (bulk_notice).
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.settings_button.clicked.connect(self.open_settings)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.evaluate()

    def evaluate(self) -> None:
        ws = self.owner.ws
        setup = smtp_settings.load(ws)
        s = setup.smtp
        eligibility = self.owner.eligibility
        included = eligibility.included if eligibility else []
        footer_ok, footer_note = self._footer_check(setup, included[0].contact_id
                                                    if included else None)
        self.checks = {
            QT_TRANSLATE_NOOP("MailingChecklistPage", "SMTP server"): (bool(s.host), f"{s.host}:{s.port} ({s.security})" if s.host
                            else self.tr("not set")),
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Sender"): (bool(s.sender_address),
                       f"{s.sender_name or setup.business_name} <{s.sender_address}>"
                       if s.sender_address else self.tr("no sender address")),
            **self._business_checks(setup),
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Opt-out text"): (footer_ok, footer_note),
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Subject"): (bool(self.owner.draft.subject.strip()),
                        self.owner.draft.subject or self.tr("empty")),
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Recipients"): (bool(included), plural(self.tr("%n contact(s); ", "", len(included)), len(included))
                           + self.tr("%n left out", "",
                                     len(eligibility.excluded) if eligibility else 0)),
        }
        self._show()
        notice = large_mailing_notice(len(included))
        self.notice.setText(notice or "")
        self.notice.setVisible(bool(notice))
        self.setButtonText(QWizard.WizardButton.CommitButton,
                           plural(self.tr("Send %n message(s)", "", len(included)), len(included)))
        self.completeChanged.emit()

    @staticmethod
    def _business_checks(setup: smtp_settings.MailingSetup) -> dict[str, tuple[bool, str]]:
        """The footer's name and postal address: set, and not a placeholder."""
        name, address = setup.business_name, setup.postal_address
        name_ok = not smtp_settings.placeholder_business_name(name)
        address_ok = not smtp_settings.placeholder_postal_address(address)
        shown = "; ".join(address.splitlines())
        return {
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Business name"): (name_ok, name if name_ok else QCoreApplication.translate("MailingChecklistPage",
                "{name}: a placeholder; set the business's name in the settings before "
                "sending").format(name=name.strip() or QCoreApplication.translate("MailingChecklistPage", "not set"))),
            QT_TRANSLATE_NOOP("MailingChecklistPage", "Postal address"): (address_ok, shown if address_ok else
                               QCoreApplication.translate("MailingChecklistPage", "{address}: looks like a placeholder").format(address=shown)
                               if shown.strip() else QCoreApplication.translate("MailingChecklistPage", "missing: every mailing must carry it")),
        }

    def _footer_check(self, setup: smtp_settings.MailingSetup,
                      contact_id: int | None) -> tuple[bool, str]:
        """Look in the message exactly as it will go out, for the first recipient."""
        if contact_id is None:
            return False, self.tr("no recipient to check")
        try:
            rendered = outbox.preview(self.owner.ws, self.owner.draft, contact_id)
            identity = outbox.sender_identity(setup)
            raw = message.to_bytes(rendered, identity, "<checklist@contactweb.invalid>")
        except ContactWebError as exc:
            return False, str(exc)
        footer = message.footer_text(identity, language_for(self.owner.ws, contact_id))
        ok = (footer in rendered.text and b"List-Unsubscribe: <mailto:" in raw
              and (not rendered.html or "unsubscribe" in rendered.html))
        return ok, (self.tr("footer with the postal address and how to unsubscribe, and a "
                            "List-Unsubscribe header, in every message") if ok else
                    self.tr("the opt-out footer is missing from the message"))

    def _show(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for row, (title, (ok, note)) in enumerate(self.checks.items()):
            mark = QLabel(TICK if ok else CROSS)
            mark.setStyleSheet("color: #1b7f3b" if ok else "color: #b00020")
            mark.setAccessibleName(self.tr("done") if ok else self.tr("missing"))
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(QLabel(f"<b>{self.tr(title)}</b>"), row, 1)
            text = QLabel(note)
            text.setWordWrap(True)
            self.grid.addWidget(text, row, 2)
        self.grid.setColumnStretch(2, 1)

    def open_settings(self) -> None:
        dialog = MailingSettingsDialog(self.owner.ws, self.owner.bridge, self)
        if self.owner.bridge.dialogs.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.evaluate()

    def all_ticked(self) -> bool:
        return bool(self.checks) and all(ok for ok, _ in self.checks.values())

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.all_ticked()
