"""The "What we hold about you" PDF, made from the very same values as the JSON report."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from contactweb.formats.pdf.data import (
    AccessSummaryData,
    AttachmentSummary,
    CommunicationItem,
    ConsentRecord,
    ContactDossier,
    LabelledAddress,
    LabelledValue,
    ReminderItem,
    ReportContact,
    ReportMeta,
    SaleLine,
    SaleRecord,
)
from contactweb.formats.pdf.privacy import render_access_summary

SUMMARY_LENGTH = 300  # characters of a communication's body shown in the PDF; JSON has all


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _summary(body: str) -> str:
    text = " ".join(body.split())
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH - 1] + "…"


def _details(c: dict) -> ReportContact:
    return ReportContact(
        record_id=str(c["id"]), first_name=c["first_name"], last_name=c["last_name"],
        company=c["company"], title=c["title"],
        emails=tuple(LabelledValue(e["label"], e["address"]) for e in c["emails"]),
        phones=tuple(LabelledValue(p["label"], p["number"]) for p in c["phones"]),
        addresses=tuple(LabelledAddress(a["label"], tuple(
            line for line in (a["street"], " ".join(x for x in (a["postcode"], a["city"]) if x),
                              a["region"], a["country"]) if line)) for a in c["addresses"]),
        birthday=_date(c["birthday"]), tags=tuple(c["tags"]), owner=c["owner"],
        visibility=c["visibility"], status=c["status"], source=c["source"], notes=c["notes"],
        created_at=_dt(c["created_at"]), updated_at=_dt(c["updated_at"]))


def summary_data(report: dict) -> AccessSummaryData:
    consent = tuple(ConsentRecord(h["channel"], h["status"], _dt(h["recorded_at"]), h["method"],
                                  h["recorded_by"], h["wording"], h["source"])
                    for h in report["consent"]["history"])
    communications = tuple(
        CommunicationItem(_dt(m["occurred_at"]), m["kind"], m["direction"], m["subject"],
                          _summary(m["body"]), m["user"], m["duration_minutes"])
        for m in report["communications"])
    sales = tuple(
        SaleRecord(_date(s["sale_date"]), s["currency"],
                   tuple(SaleLine(ln["description"] or ln["product"], Decimal(ln["quantity"]),
                                  Decimal(ln["unit_price_cents"]) / 100) for ln in s["lines"]),
                   str(s["id"]), s["status"])
        for s in report["sales"])
    reminders = tuple(ReminderItem(_dt(r["due_at"]), r["text"], r["assignee"], r["done"])
                      for r in report["reminders"])
    attachments = tuple(
        AttachmentSummary(a["filename"], a["kind"], a["size"], _dt(a["added_at"]),
                          _date(a["retain_until"]))
        for m in report["communications"] for a in m["attachments"])
    business = report["business"]
    return AccessSummaryData(
        ContactDossier(_details(report["contact"]), consent, communications, sales, reminders),
        attachments, contact_point=business.get("email") or business.get("phone") or "")


def write_summary_pdf(report: dict, path: Path) -> None:
    meta = ReportMeta(business_name=report["business"]["name"],
                      made_by=report["generated_by"],
                      made_at=datetime.fromisoformat(report["generated_at"]),
                      title="What we hold about you")
    render_access_summary(meta, summary_data(report), path)
