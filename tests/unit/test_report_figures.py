"""Sales, activity and statistics reports: the figures printed are the figures given."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pypdf

from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.activity import render_activity_report, weeks_between
from contactweb.formats.pdf.data import (
    ActivityCount,
    ActivityReportData,
    CountRow,
    CurrencyTotal,
    ReportMeta,
    SaleFact,
    SalesReportData,
    StatisticsData,
)
from contactweb.formats.pdf.formatting import format_money
from contactweb.formats.pdf.sales import months_between, render_sales_report
from contactweb.formats.pdf.statistics import render_statistics

META = ReportMeta("Lindenhof Furniture Ltd", "Tom Baker", datetime(2025, 3, 14, 8, 0),
                  "Sales report")


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def fact(day: date, customer: str, product: str, quantity: int, price: str,
         currency: str = "EUR") -> SaleFact:
    return SaleFact(day, customer, product, Decimal(quantity), quantity * Decimal(price),
                    currency)


SALES = SalesReportData(date(2024, 1, 1), date(2024, 6, 30), [
    fact(date(2024, 1, 10), "Atelier Dubois", "Oak table", 2, "450.00"),
    fact(date(2024, 2, 11), "Atelier Dubois", "Oak chair", 8, "89.50"),
    fact(date(2024, 2, 12), "山田木工株式会社", "Oak table", 1, "450.00"),
    fact(date(2024, 3, 1), "Bennett & Sons", "Bookshelf", 3, "310.00", "USD"),
    fact(date(2023, 12, 31), "Outside Period Ltd", "Oak table", 9, "450.00"),
])


def test_sales_totals_by_currency_product_and_customer() -> None:
    text = text_of(render_sales_report(META, SALES))
    assert "2024-01-01 to 2024-06-30" in text
    assert "2,066.00 EUR" in text  # 900 + 716 + 450
    assert "930.00 USD" in text
    assert "1,350.00 EUR" in text  # Oak table: 2 + 1
    assert "1,616.00 EUR" in text  # Atelier Dubois: 900 + 716
    assert "山田木工株式会社" in text
    assert "Outside Period Ltd" not in text  # before the period
    assert "2,996.00" not in text  # EUR and USD never added together
    assert "Jan 24" in text and "Jun 24" in text  # chart axis, every month of the period


def test_sales_top_customers_are_limited_and_ranked() -> None:
    data = replace(SALES, top_customer_count=1)
    text = text_of(render_sales_report(META, data))
    assert "Top 1 customer (EUR)" in text
    top = text.split("Top 1 customer (EUR)")[1].split("By customer (EUR)")[0]
    assert "Atelier Dubois" in top and "山田木工株式会社" not in top


def test_sales_report_without_sales_says_so() -> None:
    text = text_of(render_sales_report(META, replace(SALES, lines=[])))
    assert "No sales in this period." in text


def test_sales_pages_grow_with_customers() -> None:
    many = [fact(date(2024, 1, 1 + i % 28), f"Customer {i:03d}", "Oak chair", 1, "89.50")
            for i in range(300)]
    small = pypdf.PdfReader(io.BytesIO(render_sales_report(META, SALES))).pages
    large = pypdf.PdfReader(io.BytesIO(render_sales_report(META, replace(SALES, lines=many))))
    assert len(large.pages) > len(small) + 2


def test_months_and_weeks_cover_the_period() -> None:
    assert months_between(date(2024, 11, 5), date(2025, 2, 1)) == [
        (2024, 11), (2024, 12), (2025, 1), (2025, 2)]
    assert weeks_between(date(2025, 1, 8), date(2025, 1, 20)) == [
        date(2025, 1, 6), date(2025, 1, 13), date(2025, 1, 20)]


def test_money_uses_the_currency_minor_unit() -> None:
    assert format_money(Decimal("1234.5"), "eur") == "1,234.50 EUR"
    assert format_money(Decimal("1250000"), "JPY") == "1,250,000 JPY"
    assert format_money(Decimal("1.2345"), "KWD") == "1.235 KWD"


def test_activity_counts_per_user_kind_and_week() -> None:
    monday = date(2025, 1, 6)
    data = ActivityReportData(monday, date(2025, 1, 19), [
        ActivityCount(monday, "Maria Keller", "call", 7),
        ActivityCount(monday, "Tom Baker", "call", 4),
        ActivityCount(date(2025, 1, 13), "Tom Baker", "meeting", 11),
    ])
    text = text_of(render_activity_report(replace(META, title="Activity"), data))
    assert "2025-W02 (2025-01-06)" in text and "2025-W03 (2025-01-13)" in text
    assert "Maria Keller, week by week" in text
    assert re.search(r"All users\s+11\s+11\s+22", text)  # calls 7+4, meetings 11, total 22
    assert "email" not in text  # no kind that was not logged


def test_activity_leaves_out_weeks_with_nothing_logged() -> None:
    data = ActivityReportData(date(2025, 1, 6), date(2025, 12, 28), [
        ActivityCount(date(2025, 3, 3), "Maria Keller", "call", 2),
        ActivityCount(date(2025, 9, 1), "Tom Baker", "email", 1),
    ])
    pdf = render_activity_report(replace(META, title="Activity"), data)
    text = text_of(pdf)
    weeks_printed = re.findall(r"\d{4}-W\d{2} \(", text)
    assert sorted(set(weeks_printed)) == ["2025-W10 (", "2025-W36 ("]
    assert "No activity in 49 of the 51 weeks" in text
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 2
    maria = text.split("Maria Keller, week by week")[1].split("Tom Baker, week by week")[0]
    assert "2025-W36" not in maria and "2025-W10" in maria


def test_activity_sample_renders_every_user() -> None:
    text = text_of(render_activity_report(META, sample_data.sample_activity()))
    for user in ("Maria Keller", "Tom Baker", "Ana Souza"):
        assert f"{user}, week by week" in text


def test_statistics_show_counts_and_say_they_hold_no_personal_data() -> None:
    data = StatisticsData(
        date(2025, 3, 14), 200,
        by_status=(CountRow("active", 150), CountRow("closed", 50)),
        by_tag=(CountRow("wholesale", 40),),
        by_region=(CountRow("Αττική", 30), CountRow("東京都", 20)),
        sales_totals=(CurrencyTotal("EUR", Decimal("1234.50"), 7),),
        sales_period="2024",
    )
    text = text_of(render_statistics(replace(META, title="Statistics"), data))
    assert "75.0 %" in text and "25.0 %" in text
    assert "Αττική" in text and "東京都" in text
    assert "1,234.50 EUR" in text
    assert "Contains no personal data" in text
    assert "Confidential" not in text


def test_statistics_merge_small_region_and_tag_counts_into_other() -> None:
    data = StatisticsData(
        date(2025, 3, 14), 60,
        by_status=(CountRow("active", 60),),
        by_tag=(CountRow("wholesale", 50), CountRow("Importiert am 29.3.", 1),
                CountRow("vip", 4)),
        by_region=(CountRow("US", 55), CountRow("Cayman Islands", 1)),
    )
    text = text_of(render_statistics(replace(META, title="Statistics"), data))
    assert "Cayman Islands" not in text and "Importiert" not in text and "vip" not in text
    assert "wholesale" in text and "United States" in text  # the code, named
    assert "other\n5\n" in text and "other\n1\n" in text
    assert "Contains no personal data" in text
