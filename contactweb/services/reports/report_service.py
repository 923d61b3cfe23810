"""Making PDF reports: the queries of report_queries, the renderers of reports, an audit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from contactweb.errors import BadInput
from contactweb.formats.pdf import (
    render_activity_report,
    render_directory,
    render_dossier,
    render_sales_report,
    render_statistics,
)
from contactweb.formats.pdf.data import ReportMeta
from contactweb.models import utcnow
from contactweb.services import audit, settings
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.reports import report_queries as q
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

REPORT_KINDS = ("directory", "contact", "sales", "activity", "stats")


def meta(ws: Workspace, title: str, confidential: bool = True) -> ReportMeta:
    profile = settings.business_profile(ws)
    return ReportMeta(business_name=profile.name, made_by=ws.username, made_at=utcnow(),
                      title=title, confidential=confidential)


def _period(since: date | None, until: date | None) -> tuple[date, date]:
    today = date.today()
    start, end = since or date(today.year, 1, 1), until or today
    if end < start:
        raise BadInput("The period ends before it starts.")
    return start, end


def make_report(ws: Workspace, kind: str, out: Path, contact_id: int | None = None,
                query: ContactQuery | None = None, since: date | None = None,
                until: date | None = None) -> int:
    """Write one report to ``out``; returns its size in bytes."""
    ws.require(Action.REPORT_MAKE)
    if kind not in REPORT_KINDS:
        raise BadInput(f"Unknown report {kind!r}; choose one of {', '.join(REPORT_KINDS)}.")
    with ws.session() as session:
        if kind == "directory":
            entries = q.directory_entries(session, ws, query or ContactQuery())
            pdf = render_directory(meta(ws, "Contact directory"), entries)
            details = {"contacts": len(entries)}
        elif kind == "contact":
            if contact_id is None:
                raise BadInput("The contact report needs a contact id.")
            contact = load_visible_contact(session, ws, contact_id)
            pdf = render_dossier(meta(ws, "Contact dossier"), q.dossier(session, contact))
            details = {"contact": contact_id}
        elif kind == "sales":
            start, end = _period(since, until)
            pdf = render_sales_report(meta(ws, "Sales report"), q.sales_data(session, ws, start,
                                                                              end))
            details = {"from": start.isoformat(), "to": end.isoformat()}
        elif kind == "activity":
            start, end = _period(since, until)
            pdf = render_activity_report(meta(ws, "Activity report"),
                                         q.activity_data(session, ws, start, end))
            details = {"from": start.isoformat(), "to": end.isoformat()}
        else:
            pdf = render_statistics(meta(ws, "Statistics", confidential=False),
                                    q.statistics_data(session, ws))
            details = {}
        audit.record(session, ws, f"report.{kind}", "contact" if contact_id else "report",
                     contact_id or "", details)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, pdf)
    except OSError as exc:
        raise BadInput(f"Cannot write {out}: {exc.strerror}") from None
    return len(pdf)
