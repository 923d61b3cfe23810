"""Sales report for a period: by month (chart), by product, by customer, per currency."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer

from contactweb.formats.pdf.charts import bar_chart
from contactweb.formats.pdf.data import ReportMeta, SaleFact, SalesReportData
from contactweb.formats.pdf.formatting import (
    format_count,
    format_date,
    format_money,
    format_month,
    format_quantity,
    format_share,
    localised,
)
from contactweb.formats.pdf.language import _, ngettext
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import (
    Output,
    build_pdf,
    content_width,
    data_table,
    heading,
    title_block,
)


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _share(part: Decimal, whole: Decimal) -> str:
    return format_share(part, whole)


def _by(lines: Sequence[SaleFact], key: str) -> dict[str, tuple[Decimal, Decimal, int]]:
    """Quantity, amount and line count per value of the attribute `key`."""
    groups: dict[str, list[Decimal | int]] = defaultdict(lambda: [Decimal(0), Decimal(0), 0])
    for line in lines:
        group = groups[getattr(line, key)]
        group[0] += line.quantity
        group[1] += line.amount
        group[2] += 1
    return {name: (q, a, n) for name, (q, a, n) in groups.items()}  # type: ignore[misc]


def _currency_section(data: SalesReportData, currency: str, lines: list[SaleFact],
                      width: float) -> list[Flowable]:
    total = sum((line.amount for line in lines), Decimal(0))
    story: list[Flowable] = [
        *heading(ngettext("{currency}: {total} from {count} sale line",
                          "{currency}: {total} from {count} sale lines", len(lines)).format(
            currency=currency, total=format_money(total, currency),
            count=format_count(len(lines))))
    ]

    months = months_between(data.period_start, data.period_end)
    monthly: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for line in lines:
        monthly[(line.sale_date.year, line.sale_date.month)] += line.amount
    labels = [format_month(date(year, month, 1)) for year, month in months]
    story += [
        para(_("Totals by month ({currency})").format(currency=currency), STYLES.cell_label),
        bar_chart(labels, [monthly[month] for month in months], width),
        Spacer(1, 4),
    ]

    products = sorted(_by(lines, "product").items(), key=lambda item: -item[1][1])
    rows = [[name, format_quantity(quantity), format_money(amount, currency),
             _share(amount, total)] for name, (quantity, amount, _count) in products]
    story += [
        *heading(_("By product ({currency})").format(currency=currency), STYLES.heading),
        data_table((_("Product"), _("Quantity"), _("Total"), _("Share")), rows,
                   [width * 0.46, width * 0.14, width * 0.26, width * 0.14],
                   numeric_columns=(1, 2, 3)),
    ]

    customers = sorted(_by(lines, "customer").items(), key=lambda item: -item[1][1])
    top = customers[: data.top_customer_count]
    top_rows = [[str(rank), name, str(count), format_money(amount, currency),
                 _share(amount, total)]
                for rank, (name, (_q, amount, count)) in enumerate(top, start=1)]
    story += [
        *heading(ngettext("Top {count} customer ({currency})",
                          "Top {count} customers ({currency})", len(top)).format(
            count=len(top), currency=currency)),
        data_table(("#", _("Customer"), _("Lines"), _("Total"), _("Share")), top_rows,
                   [width * 0.06, width * 0.46, width * 0.1, width * 0.24, width * 0.14],
                   numeric_columns=(0, 2, 3, 4)),
    ]

    by_name = sorted(customers, key=lambda item: item[0].casefold())
    rows = [[name, str(count), format_money(amount, currency)]
            for name, (_q, amount, count) in by_name]
    rows.append([_("Total"), format_count(len(lines)), format_money(total, currency)])
    story += [
        *heading(_("By customer ({currency})").format(currency=currency)),
        data_table((_("Customer"), _("Lines"), _("Total")), rows,
                   [width * 0.6, width * 0.14, width * 0.26], numeric_columns=(1, 2),
                   total_row=True),
    ]
    return story


@localised
def render_sales_report(meta: ReportMeta, data: SalesReportData, out: Output = None) -> bytes:
    """Amounts in different currencies are reported side by side, never added together."""
    width = content_width(meta)
    in_period = [line for line in data.lines
                 if data.period_start <= line.sale_date <= data.period_end]
    by_currency: dict[str, list[SaleFact]] = defaultdict(list)
    for line in in_period:
        by_currency[line.currency.upper()].append(line)
    subtitle = _("{start} to {end}").format(start=format_date(data.period_start),
                                            end=format_date(data.period_end))
    story = title_block(meta, subtitle)
    if not by_currency:
        story.append(para(_("No sales in this period."), STYLES.body))
        return build_pdf(meta, story, out)

    summary_rows = []
    for currency, lines in sorted(by_currency.items()):
        total = sum((line.amount for line in lines), Decimal(0))
        customers = len({line.customer for line in lines})
        summary_rows.append([currency, format_count(len(lines)), format_count(customers),
                             format_money(total, currency)])
    story += [
        *heading(_("Summary per currency")),
        data_table((_("Currency"), _("Sale lines"), _("Customers"), _("Total")), summary_rows,
                   [width * 0.2, width * 0.2, width * 0.2, width * 0.4],
                   numeric_columns=(1, 2, 3)),
    ]
    for currency, lines in sorted(by_currency.items(),
                                  key=lambda item: -sum(line.amount for line in item[1])):
        story += _currency_section(data, currency, lines, width)
    return build_pdf(meta, story, out)
