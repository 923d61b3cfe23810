"""The "What we hold about you" PDF, made from the very same values as the JSON report."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from contactweb.formats.pdf.data import (
    ACCESS_SUMMARY_TITLE,
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
    TableSection,
)
from contactweb.formats.pdf.formatting import (
    format_date,
    format_datetime,
    format_size,
    using_locale,
)
from contactweb.formats.pdf.language import _, document_language, writing_in
from contactweb.formats.pdf.privacy import render_access_summary
from contactweb.i18n import N_, with_colon
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.validation import format_phone


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def words(value: str | None) -> str:
    """A stored code as a word: 'opted_out' -> 'Opted out'."""
    text = (value or "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def yes_no(value: bool | None) -> str:
    return _("Yes") if value else _("No")


# Translated where they are written, in the reader's language (writing_in).
DIRECTIONS = {"in": N_("From you"), "out": N_("To you")}
VISIBILITY = {"everyone": N_("Everyone in the business"), "owner": N_("Only its owner")}
KEPT_UNTIL_ERASED = N_("until you ask us to erase it")


def _pairs(values: dict | None) -> str:
    """A stored record's fields as 'field name: value' lines."""
    lines = []
    for key, value in (values or {}).items():
        shown = _value(value)
        if shown:
            lines.append(f"{with_colon(words(key), document_language())} {shown}")
    return "\n".join(lines)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, dict):
        return "; ".join(f"{with_colon(words(k), document_language())} {_value(v)}"
                         for k, v in value.items() if _value(v))
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, str):
        moment = _moment(value)
        return moment if moment is not None else value
    return "" if value is None else str(value)


def _moment(text: str) -> str | None:
    """An ISO date or time stamp inside a stored record, as the report writes dates."""
    if len(text) < 10 or text[4:5] != "-" or text[7:8] != "-":
        return None
    try:
        if len(text) == 10:
            return format_date(date.fromisoformat(text))
        return format_datetime(datetime.fromisoformat(text))
    except ValueError:
        return None


def _details(c: dict) -> ReportContact:
    return ReportContact(
        record_id=str(c["id"]), first_name=c["first_name"], last_name=c["last_name"],
        company=c["company"], title=c["title"],
        emails=tuple(LabelledValue(e["label"], e["address"]) for e in c["emails"]),
        phones=tuple(LabelledValue(p["label"], format_phone(p["number"])) for p in c["phones"]),
        # The postal form the dossier and letters use, in the country's own order.
        addresses=tuple(LabelledAddress(a["label"], tuple(postal_lines(
            a["street"], a["city"], a["region"], a["postcode"], a["country"],
            language=document_language()))) for a in c["addresses"]),
        birthday=_date(c["birthday"]), tags=tuple(c["tags"]), owner=c["owner"],
        visibility=_(VISIBILITY[c["visibility"]]) if c["visibility"] in VISIBILITY
        else words(c["visibility"]),
        status=words(c["status"]), source=words(c["source"]), notes=c["notes"],
        created_at=_dt(c["created_at"]), updated_at=_dt(c["updated_at"]))


def _more_details(c: dict) -> list[tuple[str, str]]:
    pairs = [(_("Name prefix"), c.get("prefix") or ""),
             (_("Middle name"), c.get("middle_name") or ""),
             (_("Name suffix"), c.get("suffix") or ""), (_("Website"), c.get("website") or ""),
             (_("Closed on"), format_datetime(_dt(c.get("closed_at")))),
             (_("Kept under a legal hold"), yes_no(c.get("legal_hold"))),
             (_("Photo"), _value(c.get("photo")) or _("None"))]
    return [(label, value) for label, value in pairs if value]


def _business_section(business: dict) -> TableSection:
    rows = [[label, value] for label, value in (
        (_("Name"), business.get("name") or ""), (_("Email"), business.get("email") or ""),
        (_("Phone"), format_phone(business["phone"]) if business.get("phone") else ""),
        (_("Postal address"), business.get("postal_address") or "")) if value]
    return TableSection(_("Who holds this data"), ("", ""), rows, (0.3, 0.7))


def _files_section(report: dict) -> TableSection:
    rows = [[a["filename"], words(a["kind"]), a.get("mime") or "", format_size(a["size"]),
             format_datetime(_dt(a["added_at"])),
             format_date(_date(a["retain_until"])) or _(KEPT_UNTIL_ERASED),
             "\n".join(x for x in (a.get("file") or "", a.get("sha256") or "") if x)]
            for m in report["communications"] for a in m["attachments"]]
    return TableSection(_("Files we keep"), (_("File"), _("Kind"), _("Type"), _("Size"),
                                             _("Added"), _("Kept until"),
                                             _("In this answer as, and its SHA-256")),
                        rows, (0.15, 0.09, 0.1, 0.09, 0.13, 0.13, 0.31))


def _sale_notes_section(report: dict) -> TableSection:
    rows = [[format_date(_date(s["sale_date"])), str(s["id"]), s.get("user") or "",
             s.get("notes") or "",
             "\n".join(f"{ln['product']}: {ln['description']}" for ln in s["lines"]
                       if ln.get("description") and ln["description"] != ln["product"])]
            for s in report["sales"]]
    return TableSection(_("About your purchases"), (_("Date"), _("Reference"),
                                                    _("Recorded by"), _("Notes"),
                                                    _("Product descriptions")),
                        rows, (0.13, 0.12, 0.15, 0.35, 0.25))


def _reminders_section(report: dict) -> TableSection:
    rows = [[format_datetime(_dt(r["due_at"])), r["text"], words(r.get("kind")),
             r.get("assignee") or "", yes_no(r["done"]), format_datetime(_dt(r.get("done_at"))),
             format_datetime(_dt(r.get("created_at")))] for r in report["reminders"]]
    return TableSection(_("Follow-ups we have planned or made"),
                        (_("Due"), _("Follow-up"), _("Kind"), _("Assigned to"), _("Done"),
                         _("Done on"), _("Added")),
                        rows, (0.14, 0.3, 0.08, 0.12, 0.07, 0.14, 0.15))


def _outbox_section(report: dict) -> TableSection:
    rows = [[str(m.get("mailing_id") or ""), words(m.get("channel")), m.get("subject") or "",
             m.get("to_address") or "", words(m.get("status")),
             format_datetime(_dt(m.get("sent_at"))), format_datetime(_dt(m.get("updated_at")))]
            for m in report.get("outbox_messages", [])]
    return TableSection(_("Mailings addressed to you"), (_("Mailing"), _("Channel"),
                                                         _("Subject"), _("To"), _("Status"),
                                                         _("Sent"), _("Last change")),
                        rows, (0.09, 0.09, 0.22, 0.22, 0.1, 0.14, 0.14))


def _merged_section(report: dict) -> TableSection:
    rows = [[format_datetime(_dt(m.get("merged_at"))), m.get("merged_by") or "",
             yes_no(m.get("undone")), _pairs(m.get("snapshot"))]
            for m in report.get("merged_records", [])]
    return TableSection(_("Duplicate records merged into this one"),
                        (_("Merged on"), _("By"), _("Undone"), _("What the duplicate held")),
                        rows, (0.17, 0.13, 0.1, 0.6))


def _drafts_section(report: dict) -> TableSection:
    rows = [[words(d.get("kind")), format_datetime(_dt(d.get("saved_at"))),
             _pairs(d.get("payload"))] for d in report.get("drafts", [])]
    return TableSection(_("Unfinished edits kept as drafts"),
                        (_("Kind"), _("Saved"), _("Content")),
                        rows, (0.15, 0.2, 0.65))


def _audit_section(report: dict) -> TableSection:
    rows = [[format_datetime(_dt(e.get("at"))), e.get("user") or "",
             words(e.get("action", "").replace(".", " ")), _pairs(e.get("details"))]
            for e in report.get("audit_events", [])]
    return TableSection(_("What was done with your record, and by whom"),
                        (_("When"), _("By"), _("What"), _("Details")), rows, (0.18, 0.14, 0.28, 0.4))


def summary_data(report: dict) -> AccessSummaryData:
    consent = tuple(ConsentRecord(h["channel"], words(h["status"]), _dt(h["recorded_at"]),
                                  h["method"], h["recorded_by"], h["wording"], h["source"],
                                  h.get("evidence") or "", h.get("override_reason") or "")
                    for h in report["consent"]["history"])
    communications = tuple(
        CommunicationItem(_dt(m["occurred_at"]), words(m["kind"]),
                          _(DIRECTIONS[m["direction"]]) if m["direction"] in DIRECTIONS
                          else words(m["direction"]), m["subject"],
                          " ".join(m["body"].split()), m["user"], m["duration_minutes"])
        for m in report["communications"])
    sales = tuple(
        SaleRecord(_date(s["sale_date"]), s["currency"],
                   tuple(SaleLine(ln["product"] or ln["description"], Decimal(ln["quantity"]),
                                  Decimal(ln["unit_price_cents"]) / 100) for ln in s["lines"]),
                   str(s["id"]), words(s["status"]))
        for s in report["sales"])
    reminders = tuple(ReminderItem(_dt(r["due_at"]), r["text"], r["assignee"], r["done"])
                      for r in report["reminders"])
    attachments = tuple(
        AttachmentSummary(a["filename"], a["kind"], a["size"], _dt(a["added_at"]),
                          _date(a["retain_until"]))
        for m in report["communications"] for a in m["attachments"])
    business = report["business"]
    sections = [_sale_notes_section(report), _reminders_section(report), _files_section(report),
                _outbox_section(report), _merged_section(report), _drafts_section(report),
                _audit_section(report), _business_section(business)]
    return AccessSummaryData(
        ContactDossier(_details(report["contact"]), consent, communications, sales, reminders),
        attachments, contact_point=business.get("email") or business.get("phone") or "",
        more_details=_more_details(report["contact"]), sections=sections)


def write_summary_pdf(report: dict, path: Path, meta: ReportMeta | None = None) -> None:
    """`meta` brings the business's logo, paper and formats; who and when come from the
    report itself, so the PDF and the JSON say the same."""
    base = meta or ReportMeta(business_name="", made_by="", made_at=datetime.now(),
                              title=ACCESS_SUMMARY_TITLE)
    meta = dataclasses.replace(base, business_name=report["business"]["name"],
                               made_by=report["generated_by"],
                               made_at=datetime.fromisoformat(report["generated_at"]),
                               title=ACCESS_SUMMARY_TITLE)
    # The tables are written here, in the report's language and formats.
    with using_locale(meta.locale), writing_in(meta.language):
        data = summary_data(report)
    render_access_summary(meta, data, path)
