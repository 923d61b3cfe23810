"""Aggregate statistics: counts and totals only, no personal data."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from contactweb.formats.pdf.data import (
    OTHER_LABEL,
    CountRow,
    ReportMeta,
    StatisticsData,
    suppress_small_counts,
)
from contactweb.formats.pdf.formatting import (
    format_count,
    format_date,
    format_money,
    format_share,
    localised,
)
from contactweb.formats.pdf.language import _, document_language
from contactweb.formats.pdf.regional import country_name, territory_of
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import (
    LAYOUT_FONT,
    RULE,
    Output,
    build_pdf,
    content_width,
    data_table,
    heading,
    title_block,
)
from contactweb.formats.pdf.vocabulary import word


def _count_table(label: str, rows: Sequence[CountRow], whole: int, width: float,
                 shown: Callable[[str], str] = word) -> Flowable:
    # "other" goes last, whatever its count.
    ordered = sorted(rows, key=lambda row: (row.label == OTHER_LABEL, -row.count,
                                            row.label.casefold()))
    body = [[shown(row.label), format_count(row.count), format_share(row.count, whole)]
            for row in ordered]
    return data_table((label, _("Contacts"), _("Share")), body,
                      [width * 0.55, width * 0.22, width * 0.23], numeric_columns=(1, 2))


def _region_name(stored: str) -> str:
    """A stored country code as the document's language names it ("DE": "Allemagne");
    a name typed in, "other" and "unknown" as before."""
    return country_name(stored, document_language()) if territory_of(stored) else word(stored)


def _figures(figures: Sequence[tuple[str, str]], width: float) -> Table:
    """A row of large numbers with a caption under each."""
    cells = [[para(value, STYLES.figure) for _, value in figures],
             [para(caption, STYLES.figure_label) for caption, _ in figures]]
    table = Table(cells, colWidths=[width / len(figures)] * len(figures), hAlign="LEFT")
    table.setStyle([
        *LAYOUT_FONT,
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEAFTER", (0, 1), (-2, 1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, 0), 4 * mm),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 3 * mm),
    ])
    return table


@localised
def render_statistics(meta: ReportMeta, data: StatisticsData, out: Output = None) -> bytes:
    """The footer says the report holds no personal data: small region and tag counts, which
    could point at one person, are merged into "other" here, whatever the caller passed."""
    meta = dataclasses.replace(meta, confidential=False)
    data = dataclasses.replace(data, by_tag=suppress_small_counts(data.by_tag),
                               by_region=suppress_small_counts(data.by_region))
    width = content_width(meta)
    story = title_block(meta, _("As of {date}").format(date=format_date(data.as_of)))
    active = sum(row.count for row in data.by_status if row.label.lower() == "active")
    figures = [(_("Contacts"), format_count(data.total_contacts)),
               (_("Active"), format_count(active))]
    figures += [(_("Sales {period} ({currency})").format(period=data.sales_period,
                                                        currency=total.currency)
                 .replace("  ", " "), format_count(int(total.amount.to_integral_value())))
                for total in data.sales_totals[:2]]
    story.append(_figures(figures, width))

    half = (width - 8 * mm) / 2
    status_and_region = Table(
        [[[para(_("By status"), STYLES.heading),
           _count_table(_("Status"), data.by_status, data.total_contacts, half)],
          [para(_("By region"), STYLES.heading),
           _count_table(_("Region"), data.by_region, data.total_contacts, half,
                        _region_name)]]],
        colWidths=[half + 8 * mm, half], hAlign="LEFT",
    )
    status_and_region.setStyle([*LAYOUT_FONT,
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story.append(status_and_region)
    story += [
        *heading(_("By tag")),
        para(_("A contact can carry several tags, so the shares add up to more than 100 %."),
             STYLES.small),
        _count_table(_("Tag"), data.by_tag, data.total_contacts, width),
    ]

    rows = [[total.currency, format_count(total.sales_count), format_money(total.amount, total.currency)]
            for total in data.sales_totals]
    story += [*heading(_("Sales totals ({period})").format(period=data.sales_period)
                       if data.sales_period else _("Sales totals"))]
    if rows:
        story.append(data_table((_("Currency"), _("Sales"), _("Total")), rows,
                                [width * 0.3, width * 0.3, width * 0.4], numeric_columns=(1, 2)))
    else:
        story.append(para(_("No sales recorded."), STYLES.body))
    return build_pdf(meta, story, out)
