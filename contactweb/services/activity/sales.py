"""Products and sales with lines; money in integer minor units, totals per currency."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from contactweb.errors import BadInput, NotFound
from contactweb.i18n import _
from contactweb.models import Contact, Product, Sale, SaleLine, User
from contactweb.models.sale import SALE_STATUSES
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.services.contacts.contact_access import load_visible_contact
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.stale_edits import count_save, hold_and_check
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

_CURRENCY = re.compile(r"^[A-Z]{3}$")


def parse_money(text: str | float | Decimal) -> int:
    """Amount as typed (``"19.99"``) to cents, refusing what would lose precision."""
    try:
        value = Decimal(str(text).strip().replace(",", ""))
    except InvalidOperation:
        raise BadInput(_("{text!r} is not an amount of money").format(text=text)) from None
    # NaN and Infinity parse as Decimals too, but compare only with an exception.
    if (not value.is_finite() or value < 0 or value > Decimal("1e12")
            or value != value.quantize(Decimal("0.01"))):
        raise BadInput(_("{text!r} is not an amount with at most two decimals").format(text=text))
    return int(value * 100)


def format_money(cents: int, currency: str) -> str:
    return f"{currency} {cents / 100:,.2f}"


@dataclass
class SaleLineInput:
    product: str
    quantity: int = 1
    unit_price_cents: int | None = None  # None: the product's list price


@dataclass
class SaleInput:
    lines: list[SaleLineInput]
    status: str = "quote"
    currency: str = "USD"
    sale_date: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class SaleLineView:
    product: str
    quantity: int
    unit_price_cents: int
    total_cents: int


@dataclass(frozen=True)
class SaleView:
    id: int
    contact_id: int | None
    contact_name: str
    sale_date: date
    status: str
    currency: str
    total_cents: int
    user: str
    lines: list[SaleLineView] = field(default_factory=list)
    version: int = 1  # what a status change passes back (set_status's version)


def _product(session: Session, name: str, price: int | None, currency: str) -> Product:
    product = session.execute(select(Product).where(Product.name == name)).scalar()
    if product is None:
        product = Product(name=name, unit_price_cents=price or 0, currency=currency)
        session.add(product)
        session.flush()
    return product


def add_sale(ws: Workspace, contact_id: int, data: SaleInput) -> int:
    ws.require(Action.SALE_EDIT)
    if data.status not in SALE_STATUSES:
        raise BadInput(_("Unknown status {status!r}; choose one of {items}.").format(
            status=data.status, items=', '.join(SALE_STATUSES)))
    currency = data.currency.strip().upper()
    if not _CURRENCY.match(currency):
        raise BadInput(_("{currency!r} is not a three-letter currency code like USD.").format(
            currency=data.currency))
    if not data.lines:
        raise BadInput(_("A sale needs at least one line."))
    for line in data.lines:
        if not line.product.strip():
            raise BadInput(_("Each sale line names a product."))
        if not 0 < line.quantity <= 1_000_000:
            raise BadInput(_("Quantity is a whole number from 1 to 1,000,000."))
    with ws.session() as session:
        load_visible_contact(session, ws, contact_id)
        sale = Sale(contact_id=contact_id, sale_date=data.sale_date or date.today(),
                    status=data.status, currency=currency, notes=data.notes, user_id=ws.user_id)
        for line in data.lines:
            product = _product(session, line.product.strip(), line.unit_price_cents, currency)
            price = product.unit_price_cents if line.unit_price_cents is None \
                else line.unit_price_cents
            sale.lines.append(SaleLine(product_id=product.id, description=product.name,
                                       quantity=line.quantity, unit_price_cents=price))
        session.add(sale)
        session.flush()
        audit.record(session, ws, "sale.add", "contact", contact_id,
                     {"sale": sale.id, "status": data.status, "lines": len(data.lines)})
        return sale.id


def set_status(ws: Workspace, sale_id: int, status: str,
               version: int | None = None) -> Changes:
    """``version``: the sale's version the person was looking at, so that a change someone
    saved since is not passed over (None: no version shown, as on the command line)."""
    ws.require(Action.SALE_EDIT)
    if status not in SALE_STATUSES:
        raise BadInput(_("Unknown status {status!r}; choose one of {items}.").format(
            status=status, items=', '.join(SALE_STATUSES)))
    with ws.session() as session:
        sale = session.get(Sale, sale_id)
        if sale is None or sale.contact_id is None:
            raise NotFound(_("No sale with id {sale_id}.").format(sale_id=sale_id))
        load_visible_contact(session, ws, sale.contact_id)
        hold_and_check(session, sale, version, "sale")
        sale.status = status
        count_save(sale, ws.username)
        audit.record(session, ws, "sale.status", "contact", sale.contact_id,
                     {"sale": sale_id, "status": status})
        return Changes.about(sale.contact_id, sales=True)


@dataclass(frozen=True)
class SaleFilter:
    contact_id: int | None = None
    since: date | None = None
    until: date | None = None
    status: str = ""
    username: str = ""
    search: str = ""  # words found in the contact's name or company or a product
    sort: str = "date"  # one of SORT_KEYS
    descending: bool = True


def _total_of_sale():  # noqa: ANN202
    return (select(func.coalesce(func.sum(SaleLine.quantity * SaleLine.unit_price_cents), 0))
            .where(SaleLine.sale_id == Sale.id).correlate(Sale).scalar_subquery())


SORT_KEYS = {"date": lambda: (Sale.sale_date,), "contact": lambda: (Contact.last_name,
                                                                   Contact.first_name),
             "status": lambda: (Sale.status,), "total": lambda: (Sale.currency,
                                                                 _total_of_sale()),
             "user": lambda: (User.username,)}


def list_sales(ws: Workspace, flt: SaleFilter = SaleFilter(), limit: int = 1000,
               offset: int = 0) -> list[SaleView]:
    ws.require(Action.CONTACT_VIEW)
    stmt = _filtered(ws, flt, select(Sale, Contact.first_name, Contact.last_name,
                                     Contact.company, User.username))
    keys = SORT_KEYS.get(flt.sort, SORT_KEYS["date"])()
    order = [k.desc() if flt.descending else k.asc() for k in (*keys, Sale.id)]
    stmt = stmt.order_by(*order).limit(limit).offset(offset)
    with ws.session(readonly=True) as session:
        if flt.contact_id is not None:
            load_visible_contact(session, ws, flt.contact_id)
        result = []
        for sale, first, last, company, username in session.execute(stmt).all():
            lines = [SaleLineView(ln.description, ln.quantity, ln.unit_price_cents,
                                  ln.line_total_cents) for ln in sale.lines]
            result.append(SaleView(
                sale.id, sale.contact_id, " ".join(p for p in (first, last) if p) or company,
                sale.sale_date, sale.status, sale.currency, sum(x.total_cents for x in lines),
                username or "", lines, sale.version))
        return result


def totals_by_currency(ws: Workspace, flt: SaleFilter = SaleFilter(),
                       statuses: tuple[str, ...] = ("won", "invoiced")) -> dict[str, int]:
    """Sum of line totals per currency, counting only sales in ``statuses``."""
    ws.require(Action.CONTACT_VIEW)
    stmt = _filtered(ws, flt, select(
        Sale.currency, func.sum(SaleLine.quantity * SaleLine.unit_price_cents))
        .join(SaleLine, SaleLine.sale_id == Sale.id))
    if statuses:
        stmt = stmt.where(Sale.status.in_(statuses))
    with ws.session(readonly=True) as session:
        return {cur: int(total or 0) for cur, total in
                session.execute(stmt.group_by(Sale.currency)).all()}


def _filtered(ws: Workspace, flt: SaleFilter, stmt):  # noqa: ANN001, ANN202
    stmt = (stmt.join(Contact, Contact.id == Sale.contact_id)
            .outerjoin(User, User.id == Sale.user_id).where(visible_contacts(ws)))
    if flt.contact_id is not None:
        stmt = stmt.where(Sale.contact_id == flt.contact_id)
    if flt.since:
        stmt = stmt.where(Sale.sale_date >= flt.since)
    if flt.until:
        stmt = stmt.where(Sale.sale_date < flt.until)
    if flt.status:
        stmt = stmt.where(Sale.status == flt.status)
    if flt.username:
        stmt = stmt.where(User.username == flt.username)
    for word in flt.search.split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
            "_", "\\_") + "%"
        # Correlated to the sale only: the totals' query joins SaleLine itself.
        product = select(SaleLine.id).where(
            SaleLine.sale_id == Sale.id,
            SaleLine.description.ilike(pattern, escape="\\")).correlate(Sale)
        stmt = stmt.where(or_(Contact.first_name.ilike(pattern, escape="\\"),
                              Contact.last_name.ilike(pattern, escape="\\"),
                              Contact.company.ilike(pattern, escape="\\"), product.exists()))
    return stmt


def list_products(ws: Workspace) -> list[tuple[str, int, str]]:
    with ws.session(readonly=True) as session:
        return [(p.name, p.unit_price_cents, p.currency) for p in
                session.execute(select(Product).order_by(Product.name)).scalars()]


