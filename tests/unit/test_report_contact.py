"""Contact dossier, access-request summary and erasure receipt PDFs."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pypdf

from contactweb.formats.pdf import sample_data
from contactweb.formats.pdf.contact_sections import current_consent, totals_by_currency
from contactweb.formats.pdf.data import (
    AccessSummaryData,
    ConsentRecord,
    ContactDossier,
    CountRow,
    ErasureReceiptData,
    ReportContact,
    ReportMeta,
    SaleLine,
    SaleRecord,
)
from contactweb.formats.pdf.dossier import render_dossier
from contactweb.formats.pdf.privacy import render_access_summary, render_erasure_receipt

META = ReportMeta("Lindenhof Furniture Ltd", "Maria Keller", datetime(2025, 3, 14, 10, 32),
                  "Contact dossier")


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_dossier_shows_details_consent_timeline_sales_and_open_reminders() -> None:
    text = text_of(render_dossier(META, sample_data.sample_dossier()))
    for expected in ("Amélie", "Dubois", "amelie.d@example.fr", "+33 6 12 34 56 78",
                     "12 rue des Ébénistes", "1981-06-02", "wholesale, oak, priority",
                     "Trade fair Köln 2023", "C-000142",
                     "Showroom visit", "Agreed 30 days net.", "55 min",
                     "S-2025-031", "40 × Walnut chair @ 129.00 EUR",
                     "Call about delivery date", "Send walnut samples"):
        assert expected in text, expected
    # Totals per currency, never mixed: 2×450 + 8×89.50 + 40×129 EUR, and 180 GBP apart.
    assert "6,776.00 EUR" in text
    assert "180.00 GBP" in text
    assert "6,956.00" not in text
    # The done reminder is left out.
    assert "Old task" not in text
    # Email consent was withdrawn after being granted: newest wins.
    assert "unsubscribe link" in text
    assert "no record" in text  # sms has no consent row at all


def test_current_consent_is_the_newest_record_per_channel() -> None:
    history = [
        ConsentRecord("email", "withdrawn", datetime(2024, 5, 1)),
        ConsentRecord("email", "granted", datetime(2023, 1, 1)),
        ConsentRecord("post", "granted", datetime(2023, 1, 1)),
    ]
    current = current_consent(history)
    assert current["email"].status == "withdrawn"
    assert current["post"].status == "granted"
    assert "sms" not in current


def test_sales_totals_are_kept_per_currency() -> None:
    sales = [
        SaleRecord(datetime(2025, 1, 2).date(), "EUR", (SaleLine("A", Decimal(3), Decimal("1.10")),)),
        SaleRecord(datetime(2025, 1, 3).date(), "EUR", (SaleLine("B", Decimal(1), Decimal("2")),)),
        SaleRecord(datetime(2025, 1, 4).date(), "JPY", (SaleLine("C", Decimal(2), Decimal(500)),)),
    ]
    assert totals_by_currency(sales) == {"EUR": (2, Decimal("5.30")), "JPY": (1, Decimal(1000))}


def test_dossier_grows_with_its_timeline() -> None:
    dossier = sample_data.sample_dossier()
    long_timeline = dossier.communications * 60
    longer = replace(dossier, communications=long_timeline)
    assert page_count(render_dossier(META, longer)) > page_count(render_dossier(META, dossier))


def test_dossier_of_a_bare_contact_still_renders() -> None:
    text = text_of(render_dossier(META, ContactDossier(ReportContact("C-9", company="Solo"))))
    assert "Solo" in text and "C-9" in text
    assert "No open reminders." in text


def test_access_summary_addresses_the_person_and_lists_files() -> None:
    data = AccessSummaryData(sample_data.sample_dossier(), sample_data.sample_attachments(),
                             request_received=datetime(2025, 3, 1).date(),
                             contact_point="privacy@lindenhof.example")
    meta = replace(META, title="What we hold about you")
    text = text_of(render_access_summary(meta, data))
    assert "Prepared for Amélie Dubois" in text
    assert "request received on 2025-03-01" in text
    assert "call-2025-01-06.ogg" in text and "1.4 MB" in text
    assert "privacy@lindenhof.example" in text
    assert "Your rights" in text
    assert "Confidential – contains personal data" in text


def test_erasure_receipt_holds_counts_and_no_personal_data() -> None:
    receipt = ErasureReceiptData(datetime(2025, 3, 14, 11, 5), "Maria Keller", "E-2025-0007",
                                 (CountRow("communications", 5), CountRow("sales", 3)),
                                 "DSR-2025-003")
    meta = replace(META, title="Erasure receipt")  # confidential=True is overridden
    text = text_of(render_erasure_receipt(meta, receipt))
    assert "E-2025-0007" in text and "DSR-2025-003" in text
    assert "2025-03-14 11:05" in text
    assert "communications" in text and "Total records removed" in text
    assert re.search(r"Total records removed\s+8\b", text)  # 5 + 3
    assert "Contains no personal data" in text
    assert "Confidential" not in text
