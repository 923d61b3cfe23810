"""The Communications and Sales pages as CSV: every row the page's filter, search and sort
select (not only the rows loaded on screen), under the same permission as any export."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from pathlib import Path

from contactweb.errors import BadInput
from contactweb.formats.interchange.csv_writer import neutralise_cell
from contactweb.i18n import _
from contactweb.services import audit
from contactweb.services.activity import communications, sales
from contactweb.services.activity.communications import CommunicationFilter
from contactweb.services.activity.sales import SaleFilter
from contactweb.vault.atomic import write_atomic
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

PAGE = 2000
COMMUNICATION_COLUMNS = ("When (UTC)", "Contact", "Kind", "Direction", "Subject", "Text",
                         "By", "Minutes")
SALE_COLUMNS = ("Date", "Contact", "Status", "Products", "Currency", "Total", "By")


def export_communications_csv(ws: Workspace, flt: CommunicationFilter, path: Path) -> int:
    ws.require(Action.EXPORT)
    rows = ([e.occurred_at.isoformat(sep=" ", timespec="minutes"), e.contact_name, e.kind,
             "" if e.kind == "note" else e.direction, e.subject, e.body, e.user,
             "" if e.duration_minutes is None else str(e.duration_minutes)]
            for e in _all(lambda offset: communications.across_contacts(ws, flt, offset, PAGE)))
    return _write(ws, path, "communications", COMMUNICATION_COLUMNS, rows)


def export_sales_csv(ws: Workspace, flt: SaleFilter, path: Path) -> int:
    ws.require(Action.EXPORT)
    rows = ([s.sale_date.isoformat(), s.contact_name, s.status,
             "; ".join(f"{line.quantity} x {line.product}" for line in s.lines), s.currency,
             f"{s.total_cents / 100:.2f}", s.user]
            for s in _all(lambda offset: sales.list_sales(ws, flt, PAGE, offset)))
    return _write(ws, path, "sales", SALE_COLUMNS, rows)


def _all(page: Callable[[int], list]) -> Iterable:
    offset = 0
    while True:
        rows = page(offset)
        yield from rows
        if len(rows) < PAGE:
            return
        offset += len(rows)


def _write(ws: Workspace, path: Path, what: str, header: tuple[str, ...],
           rows: Iterable[list[str]]) -> int:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
        count += 1
    try:
        write_atomic(Path(path), buffer.getvalue().encode("utf-8"))
    except OSError as exc:
        raise BadInput(_("Cannot write {path}: {strerror}").format(
            path=path, strerror=exc.strerror)) from None
    audit.record_now(ws, "export", "file", "", {"format": "csv", "what": what, "count": count})
    return count
