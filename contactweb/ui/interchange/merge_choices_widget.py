"""Two contacts side by side before a merge: each one's details with its consent,
communications, sales and reminders, and for every single-value field where they differ a
choice of which value stays."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactweb import i18n
from contactweb.formats.pdf.regional import country_name
from contactweb.i18n import with_colon
from contactweb.services.contacts.contacts import AddressInput, ContactDetails
from contactweb.services.contacts.merge_history import (
    CHOOSABLE_FIELDS,
    MergeSide,
    differing_fields,
)
from contactweb.services.validation import format_phone
from contactweb.ui.kit.channel_titles import channel_title
from contactweb.ui.kit.labelled_rows_widget import shown_label
from contactweb.ui.kit.regional_formats import short_date_text

translate = QCoreApplication.translate
CONSENT_WORDS = {"opted_out": QT_TRANSLATE_NOOP("MergeChoicesWidget", "opted out"),
                 "granted": QT_TRANSLATE_NOOP("MergeChoicesWidget", "consented"),
                 "unknown": QT_TRANSLATE_NOOP("MergeChoicesWidget", "not asked")}


def details_text(details: ContactDetails) -> str:
    name = " ".join(p for p in (details.prefix, details.first_name, details.middle_name,
                                details.last_name, details.suffix) if p)
    lines = [f"#{details.id}  {name or details.display_name}"]
    lines += [translate("MergeChoicesWidget", "{field}: {value}").format(field=label, value=value)
              for label, value in (
        (translate("MergeChoicesWidget", "Company"), details.company),
        (translate("MergeChoicesWidget", "Title"), details.title),
        (translate("MergeChoicesWidget", "Birthday"),
         short_date_text(details.birthday)),  # stored as a date; shown as the person writes it
        (translate("MergeChoicesWidget", "Tags"), ", ".join(details.tags)),
        (translate("MergeChoicesWidget", "Source"), details.source)) if value]
    lines += [translate("MergeChoicesWidget", "Email ({label}): {address}").format(
        label=shown_label(e.label), address=e.address) for e in details.emails]
    lines += [translate("MergeChoicesWidget", "Phone ({label}): {number}").format(
        label=shown_label(p.label), number=format_phone(p.number)) for p in details.phones]
    lines += [translate("MergeChoicesWidget", "Address ({label}): {address}").format(
        label=shown_label(a.label), address=_shown_address(a)) for a in details.addresses]
    if details.notes:
        lines += ["", details.notes]
    return "\n".join(lines)


def _shown_address(address: AddressInput) -> str:
    """One line, its country named in the screen's language; the stored value is unchanged."""
    return replace(address, country=country_name(address.country, i18n.active_language())
                   ).one_line()


def side_text(side: MergeSide) -> str:
    consent = ", ".join(
        f"{with_colon(channel_title(channel))} "
        f"{translate('MergeChoicesWidget', CONSENT_WORDS[status]) if status in CONSENT_WORDS else status}"
        for channel, status in sorted(side.consent.items())) or \
        translate("MergeChoicesWidget", "none recorded")
    counts = [translate("MergeChoicesWidget", "Consent: {consent}").format(consent=consent),
              translate("MergeChoicesWidget", "Communications: {count}").format(count=side.communications),
              translate("MergeChoicesWidget", "Sales: {count}").format(count=side.sales),
              translate("MergeChoicesWidget", "Reminders: {count}").format(count=side.reminders)]
    return details_text(side.details) + "\n\n" + "\n".join(counts)


def _shown(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class MergeChoicesWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_text = QPlainTextEdit()
        self.other_text = QPlainTextEdit()
        for text, name in ((self.keep_text, self.tr("Contact kept")),
                           (self.other_text, self.tr("Contact merged into it"))):
            text.setReadOnly(True)
            text.setAccessibleName(name)
        sides = QHBoxLayout()
        sides.addWidget(self.keep_text)
        sides.addWidget(self.other_text)
        self.choices_box = QGroupBox(self.tr("Where they differ, keep:"))
        self.choices_form = QFormLayout(self.choices_box)
        self.same_label = QLabel(self.tr("Emails, phones, addresses, tags, notes and all history are "
                                 "united; an opt-out on either side stays."))
        self.same_label.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sides, 1)
        layout.addWidget(self.choices_box)
        layout.addWidget(self.same_label)
        self.show_sides(None)

    def show_sides(self, sides: tuple[MergeSide, MergeSide] | None,
                   problem: str = "") -> None:
        while self.choices_form.rowCount():
            self.choices_form.removeRow(0)
        self.combos = {}
        if sides is None:
            self.keep_text.setPlainText(problem)
            self.other_text.clear()
            self.choices_box.setVisible(False)
            return
        keep, other = sides
        self.keep_text.setPlainText(side_text(keep))
        self.other_text.setPlainText(side_text(other))
        for name in differing_fields(keep.details, other.details):
            combo = QComboBox()
            combo.addItem(_shown(getattr(keep.details, name)), self.tr("keep"))
            combo.addItem(_shown(getattr(other.details, name)), self.tr("other"))
            combo.setAccessibleName(CHOOSABLE_FIELDS[name])
            self.combos[name] = combo
            self.choices_form.addRow(with_colon(CHOOSABLE_FIELDS[name]), combo)
        self.choices_box.setVisible(bool(self.combos))

    def take_from_other(self) -> set[str]:
        """The fields whose value comes from the contact merged in."""
        return {name for name, combo in self.combos.items() if combo.currentData() == "other"}

    def choose_from_other(self, names: set[str]) -> None:
        """Choose these fields' values from the contact merged in, where still offered."""
        for name in names:
            if name in self.combos:
                self.combos[name].setCurrentIndex(self.combos[name].findData("other"))
