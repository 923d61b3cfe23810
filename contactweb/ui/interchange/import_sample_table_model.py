"""The first entries of an import as they will be stored: one row per entry, one column per
kind of field, address lines in their stored order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from contactweb import i18n
from contactweb.formats.pdf.regional import country_name
from contactweb.services.contacts.contacts import AddressInput, ContactInput
from contactweb.services.importing.import_preview import PreviewRow
from contactweb.ui.kit.record_table_model import RecordColumn, RecordTableModel


def _name(contact: ContactInput) -> str:
    return " ".join(p for p in (contact.prefix, contact.first_name, contact.middle_name,
                                contact.last_name, contact.suffix) if p)


def address_text(address: AddressInput) -> str:
    """Street lines first, in order, then the town, region and country (a code named in the
    screen's language; it is stored as it is)."""
    lines = [line for line in address.street.split("\n") if line.strip()]
    lines.append(" ".join(p for p in (address.postcode, address.city) if p))
    lines += [address.region, country_name(address.country, i18n.active_language())]
    text = ", ".join(line for line in lines if line.strip())
    return f"{text} ({address.label})" if text else ""


def _of(text: Callable[[ContactInput], str]) -> Callable[[PreviewRow], str]:
    """A column of the stored contact; an entry that cannot be imported shows why once."""
    return lambda row: text(row.contact) if row.contact is not None else ""


SAMPLE_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Entry"), lambda row: row.source.rsplit(":", 1)[-1]),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Name"), lambda row: _name(row.contact) if row.contact is not None
                 else QCoreApplication.translate("ImportSampleTableModel", "Cannot be imported: {problem}")
                 .format(problem=row.problem)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Company"), _of(lambda c: c.company)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Job title"), _of(lambda c: c.title)),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Emails"), _of(lambda c: ", ".join(e.address for e in c.emails))),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Phones"), _of(lambda c: ", ".join(p.number for p in c.phones))),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Addresses"), _of(lambda c: "; ".join(address_text(a) for a in c.addresses))),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Birthday"), _of(lambda c: c.birthday.isoformat() if c.birthday else "")),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Tags"), _of(lambda c: ", ".join(c.tags))),
    RecordColumn(QT_TRANSLATE_NOOP("TableHeaders", "Notes"), _of(lambda c: c.notes.replace("\n", " · "))),
)


class ImportSampleTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SAMPLE_COLUMNS, dimmed=lambda row: row.contact is None, parent=parent)

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.set_records(rows)
