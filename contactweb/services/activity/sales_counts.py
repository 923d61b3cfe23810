"""Counts across contacts for the Communications and Sales pages: filtered in SQL with the
same rules as the lists they summarise."""

from __future__ import annotations

from sqlalchemy import func, select

from contactweb.models import Sale
from contactweb.services.activity import sales
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace


def count_sales(ws: Workspace, flt: sales.SaleFilter | None = None) -> int:
    """How many sales ``sales.list_sales`` would return for this filter, without a limit."""
    ws.require(Action.CONTACT_VIEW)
    # The sales module's own filter, so the count and the list can never disagree.
    stmt = sales._filtered(ws, flt or sales.SaleFilter(), select(func.count(Sale.id)))
    with ws.session(readonly=True) as session:
        return int(session.execute(stmt).scalar() or 0)


