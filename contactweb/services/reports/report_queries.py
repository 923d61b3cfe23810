"""Filling the report records from the vault: visible contacts only, in a few bulk queries."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from contactweb.formats.pdf import data as rd
from contactweb.models import (
    Communication,
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    Reminder,
    Sale,
    SaleLine,
    Tag,
    User,
    contact_tags,
)
from contactweb.services.consent import consent
from contactweb.services.contacts.contact_queries import ContactQuery, filtered
from contactweb.services.contacts.contacts import details_of
from contactweb.services.contacts.visibility import visible_contacts
from contactweb.services.mailing.postal_address import postal_lines
from contactweb.services.validation import format_phone
from contactweb.store.dialect_sql import byte_order
from contactweb.vault.workspace import Workspace

CHUNK = 500


def _grouped(session: Session, column, key, ids: list[int]) -> dict[int, list[str]]:  # noqa: ANN001
    result: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        for cid, value in session.execute(select(key, column).where(
                key.in_(ids[start:start + CHUNK])).order_by(key, column.table.c.position)):
            result[cid].append(value)
    return result


def directory_entries(session: Session, ws: Workspace, query: ContactQuery) -> list[rd.DirectoryEntry]:
    rows = session.execute(filtered(ws, query, select(
        Contact.id, Contact.first_name, Contact.last_name, Contact.company, Contact.title,
        Contact.city)).order_by(byte_order(Contact.sort_name), Contact.id)).all()
    ids = [r.id for r in rows]
    emails = _grouped(session, ContactEmail.address, ContactEmail.contact_id, ids)
    phones = _grouped(session, ContactPhone.number, ContactPhone.contact_id, ids)
    return [rd.DirectoryEntry(r.first_name, r.last_name, r.company, r.title,
                              [format_phone(p) for p in phones.get(r.id, [])],
                              emails.get(r.id, []), r.city) for r in rows]


def _address_lines(a: ContactAddress, language: str) -> list[str]:
    return list(postal_lines(a.street, a.city, a.region, a.postcode, a.country,
                             language=language))


def contact_details(session: Session, contact: Contact, language: str = "en"
                    ) -> rd.ReportContact:
    """``language``: the document's, in which a foreign address names its country."""
    d = details_of(session, contact)
    return rd.ReportContact(
        record_id=str(d.id), first_name=d.first_name, last_name=d.last_name,
        company=d.company, title=d.title,
        emails=[rd.LabelledValue(e.label, e.address) for e in d.emails],
        phones=[rd.LabelledValue(p.label, format_phone(p.number)) for p in d.phones],
        addresses=[rd.LabelledAddress(a.label, _address_lines(a, language))
                   for a in contact.addresses],
        birthday=d.birthday, tags=d.tags, owner=d.owner,
        visibility="owner only" if d.owner_only else "everyone", status=d.status,
        source=d.source, notes=d.notes, created_at=d.created_at, updated_at=d.updated_at)


def dossier(session: Session, contact: Contact, language: str = "en") -> rd.ContactDossier:
    history = [rd.ConsentRecord(e.channel, e.status.replace("_", " "), e.recorded_at, e.method,
                                e.recorded_by, e.wording, e.source)
               for e in consent.history_in(session, contact.id)]
    comms = [rd.CommunicationItem(c.occurred_at, c.kind,
                                  "" if c.kind == "note" else c.direction, c.subject,
                                  (c.body or "")[:300], name or "", c.duration_minutes)
             for c, name in session.execute(
                 select(Communication, User.username)
                 .outerjoin(User, User.id == Communication.user_id)
                 .where(Communication.contact_id == contact.id)
                 .order_by(Communication.occurred_at.desc()))]
    sales = [rd.SaleRecord(s.sale_date, s.currency,
                           [rd.SaleLine(ln.description, Decimal(ln.quantity),
                                        Decimal(ln.unit_price_cents) / 100) for ln in s.lines],
                           reference=f"#{s.id}", status=s.status)
             for s in session.execute(select(Sale).where(Sale.contact_id == contact.id)
                                      .order_by(Sale.sale_date.desc())).scalars()]
    reminders = [rd.ReminderItem(r.due_at, r.text, name or "", r.done)
                 for r, name in session.execute(
                     select(Reminder, User.username)
                     .outerjoin(User, User.id == Reminder.assignee_id)
                     .where(Reminder.contact_id == contact.id).order_by(Reminder.due_at))]
    return rd.ContactDossier(contact_details(session, contact, language), history, comms, sales,
                             reminders)


def sales_data(session: Session, ws: Workspace, start: date, end: date) -> rd.SalesReportData:
    rows = session.execute(
        select(Sale.sale_date, Contact.first_name, Contact.last_name, Contact.company,
               SaleLine.description, SaleLine.quantity, SaleLine.unit_price_cents, Sale.currency)
        .join(SaleLine, SaleLine.sale_id == Sale.id)
        .join(Contact, Contact.id == Sale.contact_id)
        .where(visible_contacts(ws), Sale.sale_date >= start, Sale.sale_date <= end,
               Sale.status.in_(("won", "invoiced")))).all()
    facts = [rd.SaleFact(r.sale_date, " ".join(p for p in (r.first_name, r.last_name) if p)
                         or r.company, r.description, Decimal(r.quantity),
                         Decimal(r.quantity * r.unit_price_cents) / 100, r.currency)
             for r in rows]
    return rd.SalesReportData(start, end, facts)


def activity_data(session: Session, ws: Workspace, start: date, end: date) -> rd.ActivityReportData:
    counts: dict[tuple[date, str, str], int] = defaultdict(int)
    for occurred, username, kind in session.execute(
            select(Communication.occurred_at, User.username, Communication.kind)
            .join(Contact, Contact.id == Communication.contact_id)
            .outerjoin(User, User.id == Communication.user_id)
            .where(visible_contacts(ws), Communication.occurred_at >= datetime(
                start.year, start.month, start.day),
                Communication.occurred_at < datetime(end.year, end.month, end.day)
                + timedelta(days=1))):
        monday = occurred.date() - timedelta(days=occurred.weekday())
        counts[(monday, username or "(unknown)", kind)] += 1
    return rd.ActivityReportData(start, end, [rd.ActivityCount(w, u, k, n)
                                              for (w, u, k), n in sorted(counts.items())])


def statistics_data(session: Session, ws: Workspace) -> rd.StatisticsData:
    """Counts only: no name, address, email or phone can reach this report."""
    vis = visible_contacts(ws)
    total = session.execute(select(func.count(Contact.id)).where(vis)).scalar() or 0
    by_status = [rd.CountRow(s, n) for s, n in session.execute(
        select(Contact.status, func.count()).where(vis).group_by(Contact.status))]
    by_tag = [rd.CountRow(t, n) for t, n in session.execute(
        select(Tag.name, func.count()).join(contact_tags, contact_tags.c.tag_id == Tag.id)
        .join(Contact, Contact.id == contact_tags.c.contact_id).where(vis)
        .group_by(Tag.name).order_by(func.count().desc()).limit(30))]
    by_region = [rd.CountRow(c or "(unknown)", n) for c, n in session.execute(
        select(ContactAddress.country, func.count(func.distinct(ContactAddress.contact_id)))
        .join(Contact, Contact.id == ContactAddress.contact_id).where(vis)
        .group_by(ContactAddress.country).order_by(func.count().desc()).limit(30))]
    totals = [rd.CurrencyTotal(cur, Decimal(int(amount or 0)) / 100, count) for cur, amount, count
              in session.execute(
                  select(Sale.currency, func.sum(SaleLine.quantity * SaleLine.unit_price_cents),
                         func.count(func.distinct(Sale.id)))
                  .join(SaleLine, SaleLine.sale_id == Sale.id)
                  .join(Contact, Contact.id == Sale.contact_id)
                  .where(vis, Sale.status.in_(("won", "invoiced"))).group_by(Sale.currency))]
    by_tag, by_region = rd.suppress_small_counts(by_tag), rd.suppress_small_counts(by_region)
    return rd.StatisticsData(date.today(), total, by_status, by_tag, by_region, totals,
                             "all time, won and invoiced sales")
