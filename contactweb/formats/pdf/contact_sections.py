"""Sections about one contact, shared by the dossier and the access-request summary."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from contactweb.formats.pdf.data import (
    CommunicationItem,
    ConsentRecord,
    ReminderItem,
    ReportContact,
    SaleRecord,
    TableSection,
)
from contactweb.formats.pdf.formatting import (
    format_count,
    format_date,
    format_datetime,
    format_money,
    format_quantity,
)
from contactweb.formats.pdf.language import _, document_language
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import data_table, heading, key_value_table
from contactweb.formats.pdf.vocabulary import channel_name, word
from contactweb.i18n import left_to_right, with_colon

STANDARD_CHANNELS = ("email", "post", "phone", "sms")


def contact_name(details: ReportContact) -> str:
    name = " ".join(part for part in (details.first_name, details.last_name) if part.strip())
    return name or details.company or _("Contact {id}").format(id=details.record_id)


def _labelled(values: Sequence[object]) -> str:
    """Phone numbers and email addresses, each kept left to right (in Arabic or Hebrew too)."""
    lines = []
    for item in values:
        value, label = left_to_right(item.value), item.label  # type: ignore[attr-defined]
        # the colon after the label as the document's language writes it ("travail :")
        lines.append(f"{with_colon(word(label), document_language())} {value}" if label
                     else value)
    return "\n".join(lines)


def details_section(details: ReportContact, width: float, title: str,
                    more: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    addresses = "\n\n".join(
        "\n".join(([with_colon(word(address.label), document_language())] if address.label
                   else []) + list(address.lines))
        for address in details.addresses
    )
    pairs = [
        (_("First name"), details.first_name),
        (_("Last name"), details.last_name),
        (_("Company"), details.company),
        (_("Job title"), details.title),
        (_("Email addresses"), _labelled(details.emails)),
        (_("Phone numbers"), _labelled(details.phones)),
        (_("Postal addresses"), addresses),
        (_("Birthday"), format_date(details.birthday)),
        (_("Tags"), ", ".join(details.tags)),
        (_("Status"), word(details.status)),
        (_("Source"), word(details.source)),
        (_("Owner"), details.owner),
        (_("Visibility"), word(details.visibility)),
        (_("Record id"), details.record_id),
        (_("Created"), format_datetime(details.created_at)),
        (_("Last changed"), format_datetime(details.updated_at)),
        (_("Notes"), details.notes),
        *more,
    ]
    return [*heading(title), key_value_table(pairs, width)]


def current_consent(history: Sequence[ConsentRecord]) -> dict[str, ConsentRecord]:
    """Newest record per channel wins."""
    current: dict[str, ConsentRecord] = {}
    for record in sorted(history, key=lambda r: r.recorded_at):
        current[record.channel] = record
    return current


def consent_section(history: Sequence[ConsentRecord], width: float, title: str,
                    history_title: str) -> list[Flowable]:
    current = current_consent(history)
    channels = list(STANDARD_CHANNELS) + sorted(set(current) - set(STANDARD_CHANNELS))
    status_rows = []
    for channel in channels:
        record = current.get(channel)
        if record is None:
            status_rows.append([channel_name(channel), _("no record"), "", "", ""])
        else:
            status_rows.append([channel_name(channel), word(record.status),
                                format_datetime(record.recorded_at),
                                word(record.method), record.recorded_by])
    flowables: list[Flowable] = [
        *heading(title),
        data_table((_("Channel"), _("Status"), _("Since"), _("How"), _("Recorded by")),
                   status_rows,
                   _widths(width, (0.14, 0.18, 0.2, 0.28, 0.2))),
    ]
    if history:
        rows = [
            [format_datetime(r.recorded_at), channel_name(r.channel), word(r.status),
             word(r.method), r.recorded_by,
             _evidence(r), r.source]
            for r in sorted(history, key=lambda r: r.recorded_at, reverse=True)
        ]
        flowables += [
            *heading(history_title),
            data_table((_("When"), _("Channel"), _("Status"), _("How"), _("By"),
                        _("Wording and evidence"), _("Source")), rows,
                       _widths(width, (0.15, 0.12, 0.11, 0.15, 0.12, 0.23, 0.12)),
                       font_size=7),
        ]
    return flowables


def _evidence(record: ConsentRecord) -> str:
    parts = [record.wording and _("Wording: {text}").format(text=record.wording),
             record.evidence and _("Evidence: {text}").format(text=record.evidence),
             record.override_reason and _("Reason for reversing: {text}").format(
                 text=record.override_reason)]
    return "\n".join(part for part in parts if part)


def table_section(section: TableSection, width: float) -> list[Flowable]:
    flowables: list[Flowable] = [*heading(section.title)]
    if section.note:
        flowables.append(para(section.note, STYLES.body))
    if not section.rows:
        return flowables + [para(_(section.empty_text), STYLES.body)]
    widths = _widths(width, section.shares)
    return flowables + [
        data_table(section.headings, section.rows[start:start + TABLE_CHUNK_ROWS], widths,
                   font_size=7)
        for start in range(0, len(section.rows), TABLE_CHUNK_ROWS)]


TABLE_CHUNK_ROWS = 40


def communications_section(items: Sequence[CommunicationItem], width: float,
                           title: str) -> list[Flowable]:
    flowables: list[Flowable] = [*heading(title)]
    if not items:
        return flowables + [para(_("None recorded."), STYLES.body)]
    rows = []
    for item in sorted(items, key=lambda i: i.occurred_at, reverse=True):
        about = "\n".join(part for part in (item.subject, item.summary) if part)
        duration = _("{minutes} min").format(minutes=item.duration_minutes) \
            if item.duration_minutes is not None else ""
        rows.append([format_datetime(item.occurred_at), word(item.kind),
                     word(item.direction) if item.direction else "", about,
                     item.user, duration])
    # Long timelines go in tables of a few dozen rows: reportlab re-measures every remaining
    # row at each page break, so one table of 1,000 rows costs more than 25 of 40 (about a
    # quarter more now that paragraphs keep their line breaks; it was most of the time).
    widths = _widths(width, (0.18, 0.09, 0.12, 0.39, 0.12, 0.1))  # "ausgehend" fits
    return flowables + [
        data_table((_("When"), _("Kind"), _("Dir."), _("Subject and summary"), _("By"),
                    _("Length")),
                   rows[start:start + TABLE_CHUNK_ROWS], widths, numeric_columns=(5,))
        for start in range(0, len(rows), TABLE_CHUNK_ROWS)]


def sales_section(sales: Sequence[SaleRecord], width: float, title: str) -> list[Flowable]:
    flowables: list[Flowable] = [*heading(title)]
    if not sales:
        return flowables + [para(_("None recorded."), STYLES.body)]
    rows = []
    for sale in sorted(sales, key=lambda s: s.sale_date, reverse=True):
        products = "\n".join(
            f"{format_quantity(line.quantity)} × {line.product} "
            f"@ {format_money(line.unit_price, sale.currency)}"
            for line in sale.lines
        )
        rows.append([format_date(sale.sale_date), sale.reference, word(sale.status), products,
                     format_money(sale.total, sale.currency)])
    flowables.append(data_table((_("Date"), _("Reference"), _("Status"), _("Products"),
                                 _("Total")), rows,
                                _widths(width, (0.12, 0.13, 0.11, 0.45, 0.19)),
                                numeric_columns=(4,)))
    totals = totals_by_currency(sales)
    total_rows = [[currency, format_count(count), format_money(amount, currency)]
                  for currency, (count, amount) in totals.items()]
    flowables += [Spacer(1, 6), para(_("Totals by currency"), STYLES.cell_label), data_table(
        (_("Currency"), _("Sales"), _("Total")), total_rows, _widths(width * 0.55, (0.3, 0.25, 0.45)),
        numeric_columns=(1, 2))]
    return flowables


def totals_by_currency(sales: Sequence[SaleRecord]) -> dict[str, tuple[int, Decimal]]:
    totals: dict[str, tuple[int, Decimal]] = {}
    for sale in sales:
        count, amount = totals.get(sale.currency, (0, Decimal(0)))
        totals[sale.currency] = (count + 1, amount + sale.total)
    return dict(sorted(totals.items()))


def reminders_section(reminders: Sequence[ReminderItem], width: float,
                      title: str) -> list[Flowable]:
    flowables: list[Flowable] = [*heading(title)]
    open_items = sorted((r for r in reminders if not r.done), key=lambda r: r.due_at)
    if not open_items:
        return flowables + [para(_("No open reminders."), STYLES.body)]
    rows = [[format_datetime(r.due_at), r.text, r.assignee] for r in open_items]
    return flowables + [data_table((_("Due"), _("Reminder"), _("Assigned to")), rows,
                                   _widths(width, (0.18, 0.62, 0.2)))]


def _widths(width: float, shares: Sequence[float]) -> list[float]:
    return [width * share for share in shares]
