"""Exporting contacts: the contact's right to take their data elsewhere, and the business's
to leave. CSV cells that a spreadsheet would run as formulas are neutralised by the writer."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from contactweb.errors import BadInput
from contactweb.models import Contact
from contactweb.services import audit
from contactweb.services.contact_queries import ContactQuery, filtered
from contactweb.services.contacts import details_of
from contactweb.services.interchange import write_csv, write_json, write_vcard
from contactweb.services.record_mapping import details_to_record
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

EXPORT_FORMATS = ("csv-google", "csv-outlook", "vcard3", "vcard4", "json")


def export_contacts(ws: Workspace, path: Path, fmt: str,
                    query: ContactQuery | None = None) -> int:
    """Write the selected (visible) contacts to ``path``; returns how many."""
    query = query or ContactQuery()
    ws.require(Action.EXPORT)
    if fmt not in EXPORT_FORMATS:
        raise BadInput(f"Unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}.")
    with ws.session() as session:
        stmt = filtered(ws, query, select(Contact)).order_by(Contact.sort_name, Contact.id)
        records = [details_to_record(details_of(session, c))
                   for c in session.execute(stmt).scalars()]
        audit.record(session, ws, "export", "file", "", {"format": fmt, "count": len(records)})
    if fmt == "csv-google":
        data = write_csv(records, "google")
    elif fmt == "csv-outlook":
        data = write_csv(records, "outlook")
    elif fmt == "vcard3":
        data = write_vcard(records, "3.0")
    elif fmt == "vcard4":
        data = write_vcard(records, "4.0")
    else:
        data = write_json(records)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise BadInput(f"Cannot write {path}: {exc.strerror}") from None
    return len(records)
