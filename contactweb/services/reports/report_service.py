"""Making PDF reports: the queries of report_queries, the renderers of reports, an audit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from contactweb.errors import BadInput, ContactWebError, PermissionDenied
from contactweb.formats.pdf import (
    render_activity_report,
    render_directory,
    render_dossiers,
    render_sales_report,
    render_statistics,
)
from contactweb.formats.pdf.data import ReportMeta
from contactweb.i18n import N_, _
from contactweb.services import audit
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.contact_queries import ContactQuery
from contactweb.services.reports import report_queries as q
from contactweb.services.reports.report_kinds import REPORT_KINDS
from contactweb.services.reports.report_meta import report_meta
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

# Marked for translation; each is translated where it is shown (i18n._ or a report's language).
REPORT_TITLES = {"directory": N_("Contact directory"), "contact": N_("Contact dossier"),
                 "sales": N_("Sales report"), "activity": N_("Activity report"),
                 "stats": N_("Statistics")}


def meta(ws: Workspace, title: str, confidential: bool = True,
         language: str = "") -> ReportMeta:
    return report_meta(ws, title, confidential, language=language)


# Reports that print many contacts' personal data are an export on paper: the role must be
# allowed to export as well as to make reports.
# (The sales report names its customers; the activity report and the statistics name no
# contact.)
BULK_PERSONAL_DATA = {"directory": "a contact directory", "sales": "a sales report"}


def check_permission(ws: Workspace, kind: str, contact_count: int = 1) -> None:
    """Refuses, with the reason in the user's words, a report the role may not make."""
    ws.require(Action.REPORT_MAKE)
    bulk = kind in BULK_PERSONAL_DATA or (kind == "contact" and contact_count > 1)
    if bulk and not ws.can(Action.EXPORT):
        what = BULK_PERSONAL_DATA.get(kind, "the dossiers of several contacts at once")
        raise PermissionDenied(
            _("Your role ({role}) may not make {what}: it holds the personal data of many "
              "contacts, like an export, and exports are made by managers and administrators. "
              "You can print one contact's dossier at a time.").format(role=ws.role, what=what))


def suggested_file_name(kind: str, contact_names: Sequence[str] = (),
                        on: date | None = None) -> str:
    """A name that says what the report is: 'Dossier - Anna Quist - 2026-03-04.pdf'."""
    day = f"{on or date.today():%Y-%m-%d}"
    title = REPORT_TITLES.get(kind, kind)
    if kind == "contact" and contact_names:
        who = contact_names[0] if len(contact_names) == 1 else \
            f"{len(contact_names)} contacts"
        title = f"Dossier - {who}"
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    return f"{' '.join(safe.split())[:120]} - {day}.pdf"


def contact_names(ws: Workspace, contact_ids: Sequence[int]) -> list[str]:
    """The names of the contacts a dossier is for (those the user may see), for its file
    name and title."""
    names = []
    with ws.session(readonly=True) as session:
        for contact_id in contact_ids:
            try:
                names.append(load_visible_contact(session, ws, contact_id).display_name)
            except ContactWebError:
                continue
    return names


def write_pdf(out: Path, pdf: bytes) -> int:
    """Save a report atomically (owner-only, never half-written); returns its size."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, pdf)
    except OSError as exc:
        raise BadInput(_("Cannot write {out}: {strerror}").format(
            out=out, strerror=exc.strerror)) from None
    return len(pdf)


def unique_path(folder: Path, name: str) -> Path:
    """``name`` in ``folder``, or 'name (2).pdf' ... when taken: a default never overwrites."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def _period(since: date | None, until: date | None) -> tuple[date, date]:
    today = date.today()
    start, end = since or date(today.year, 1, 1), until or today
    if end < start:
        raise BadInput(_("The period ends before it starts."))
    return start, end


def render_report(ws: Workspace, kind: str, contact_ids: Sequence[int] = (),
                  query: ContactQuery | None = None, since: date | None = None,
                  until: date | None = None) -> bytes:
    """One report as PDF bytes (to save or to print); the audit records it."""
    if kind not in REPORT_KINDS:
        raise BadInput(_("Unknown report {kind!r}; choose one of {items}.").format(
            kind=kind, items=', '.join(REPORT_KINDS)))
    contact_ids = list(dict.fromkeys(contact_ids))
    check_permission(ws, kind, len(contact_ids))
    with ws.session() as session:
        if kind == "directory":
            entries = q.directory_entries(session, ws, query or ContactQuery())
            pdf = render_directory(meta(ws, REPORT_TITLES["directory"]), entries)
            details: dict = {"contacts": len(entries)}
        elif kind == "contact":
            if not contact_ids:
                raise BadInput(_("The contact report needs a contact: choose one or more."))
            contacts = [load_visible_contact(session, ws, contact_id)
                        for contact_id in contact_ids]
            # One contact's dossier speaks their language; several, the business's.
            language = contacts[0].language if len(contacts) == 1 else ""
            dossier_meta = meta(ws, REPORT_TITLES["contact"], language=language)
            pdf = render_dossiers(dossier_meta, [q.dossier(session, contact, dossier_meta.language)
                                                 for contact in contacts])
            details = {"contacts": contact_ids}
        elif kind == "sales":
            start, end = _period(since, until)
            pdf = render_sales_report(meta(ws, REPORT_TITLES["sales"]),
                                      q.sales_data(session, ws, start, end))
            details = {"from": start.isoformat(), "to": end.isoformat()}
        elif kind == "activity":
            start, end = _period(since, until)
            pdf = render_activity_report(meta(ws, REPORT_TITLES["activity"]),
                                         q.activity_data(session, ws, start, end))
            details = {"from": start.isoformat(), "to": end.isoformat()}
        else:
            pdf = render_statistics(meta(ws, REPORT_TITLES["stats"], confidential=False),
                                    q.statistics_data(session, ws))
            details = {}
        single = contact_ids[0] if len(contact_ids) == 1 else None
        audit.record(session, ws, f"report.{kind}", "contact" if single else "report",
                     single or "", details)
    return pdf


def make_report(ws: Workspace, kind: str, out: Path, contact_id: int | None = None,
                query: ContactQuery | None = None, since: date | None = None,
                until: date | None = None, contact_ids: Sequence[int] = ()) -> int:
    """Write one report to ``out``; returns its size in bytes."""
    ids = [*([contact_id] if contact_id is not None else []), *contact_ids]
    return write_pdf(out, render_report(ws, kind, ids, query, since, until))
