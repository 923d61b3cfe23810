"""Fictional demo data so a new vault can be tried out: contacts with emails, phones,
addresses and tags, plus communications, sales, reminders and consent.

Everything is made up: emails use the reserved example.* domains and phone numbers come from
ranges set aside for fiction (US 555-01xx, UK 020 7946 0xxx). One transaction holds it all,
so a cancelled run leaves the vault untouched.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from contactweb.errors import ContactWebError
from contactweb.i18n import _
from contactweb.models import (
    Communication,
    ConsentEvent,
    ConsentState,
    Product,
    Reminder,
    Sale,
    SaleLine,
    utcnow,
)
from contactweb.models.consent import CHANNELS
from contactweb.services import audit
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import AddressInput, ContactInput, EmailInput, PhoneInput
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

ProgressCallback = Callable[[int, int], None]

FIRST_NAMES = (
    "Ada", "Ben", "Carla", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas",
    "Kenji", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tomás",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Amélie", "Björn", "Chloé", "Søren",
)
LAST_NAMES = (
    "Abbott", "Becker", "Castillo", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann",
    "Ivanova", "Jansen", "Kowalski", "Larsen", "Moreau", "Nakamura", "O'Neill", "Petrov",
    "Quinn", "Rossi", "Schmidt", "Tanaka", "Ulrich", "Varga", "Weber", "Xu", "Yilmaz",
    "Zimmermann", "Müller", "Novák", "Ødegaard", "Łukasik",
)
COMPANIES = (
    "", "", "", "Northwind Traders", "Contoso Bakery", "Fabrikam Tools", "Tailspin Toys",
    "Blue Yonder Travel", "Lakeside Florists", "Harbor Dental", "Maple Street Books",
    "Summit Cycling", "Greenleaf Gardens", "Brightside Cleaning",
)
TITLES = ("", "", "Owner", "Manager", "Buyer", "Office manager", "Director", "Accountant")
CITIES = (
    ("Springfield", "IL", "62701", "US"), ("Portland", "OR", "97201", "US"),
    ("Austin", "TX", "73301", "US"), ("Boston", "MA", "02108", "US"),
    ("London", "", "EC1A 1BB", "GB"), ("Manchester", "", "M1 1AE", "GB"),
    ("Berlin", "", "10115", "DE"), ("Lyon", "", "69001", "FR"), ("Wien", "", "1010", "AT"),
)
STREETS = ("Oak Street", "Elm Avenue", "Harbor Road", "Mill Lane", "Station Road",
           "Lindenweg", "Rue des Fleurs", "Hauptstraße", "Church Street", "Park View")
TAGS = ("customer", "prospect", "supplier", "vip", "newsletter", "wholesale", "partner",
        "event 2025", "referral")
PRODUCTS = (("Consultation hour", 9500), ("Starter bundle", 14900), ("Annual support", 49900),
            ("Repair service", 7500), ("Gift card", 5000), ("Workshop seat", 22000))
CALL_SUBJECTS = ("Follow-up on quote", "Question about invoice", "Booked a visit",
                 "Asked for a catalogue", "Complaint resolved", "Introduced a colleague")
REMINDER_TEXTS = ("Call back about the quote", "Send the catalogue", "Check on delivery",
                  "Ask for a review", "Renewal is due")


@dataclass(frozen=True)
class DemoDataSummary:
    contacts: int
    communications: int
    sales: int
    reminders: int
    consent_events: int


class DemoDataCancelled(ContactWebError):
    """The person stopped the demo data run; nothing was added."""


def make_demo_data(ws: Workspace, count: int, seed: int = 7,
                   progress: ProgressCallback | None = None,
                   cancel: threading.Event | None = None) -> DemoDataSummary:
    """Add ``count`` fictional contacts with their history in one transaction."""
    ws.require(Action.CONTACT_EDIT)
    rng = random.Random(seed)
    now = utcnow()
    totals = {"communications": 0, "sales": 0, "reminders": 0, "consent": 0}
    with ws.session() as session:
        products = _products(session)
        history: list[object] = []
        consent_events: list[ConsentEvent] = []
        for index in range(count):
            if cancel is not None and cancel.is_set():
                raise DemoDataCancelled(_("Stopped: no demo data was added."))
            # The one path every new contact takes (validation, FTS, audit).
            contact_id = contacts.create_in_session(session, ws, _contact(rng, index))
            # The history around it is added in bulk: one audit event sums it up below.
            history += _communications(ws, rng, contact_id, now)
            consent_events += _consent(ws, rng, contact_id)
            if rng.random() < 0.3:
                history.append(_sale(ws, rng, contact_id, products, now))
            if rng.random() < 0.08:
                history.append(Reminder(
                    contact_id=contact_id, due_at=now + timedelta(hours=rng.randint(-48, 240)),
                    text=rng.choice(REMINDER_TEXTS), assignee_id=ws.user_id,
                    created_by_id=ws.user_id))
            if progress is not None and (index % 50 == 49 or index == count - 1):
                progress(index + 1, count)
        for item in history:
            kind = {Communication: "communications", Sale: "sales",
                    Reminder: "reminders"}[type(item)]
            totals[kind] += 1
        totals["consent"] = len(consent_events)
        session.add_all(history)
        session.add_all(consent_events)
        session.flush()
        # The newest event per channel is the current state (events come in order).
        latest = {(e.contact_id, e.channel): e for e in consent_events}
        session.add_all(ConsentState(contact_id=cid, channel=channel, status=e.status,
                                     event_id=e.id) for (cid, channel), e in latest.items())
        audit.record(session, ws, "demo_data.add", "vault", "", {"contacts": count, **totals})
    return DemoDataSummary(count, totals["communications"], totals["sales"],
                           totals["reminders"], totals["consent"])


def _contact(rng: random.Random, index: int) -> ContactInput:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    company = rng.choice(COMPANIES)
    city, region, postcode, country = rng.choice(CITIES)
    local = f"{_ascii(first)}.{_ascii(last)}{index}".lower()
    domain = rng.choice(("example.com", "example.org", "example.net"))
    emails = [EmailInput(f"{local}@{domain}", "work")]
    if rng.random() < 0.25:
        emails.append(EmailInput(f"{_ascii(first).lower()}{index}@example.net", "home"))
    phones = [PhoneInput(_phone(rng, country), rng.choice(("work", "mobile")))]
    address = AddressInput(f"{rng.randint(1, 240)} {rng.choice(STREETS)}", city, region,
                           postcode, country, "work")
    # "demo" on every contact, so the demo data is easy to find (and erase) later.
    tags = ["demo", *rng.sample(TAGS, rng.randint(0, 3))]
    birthday = date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)) \
        if rng.random() < 0.3 else None
    return ContactInput(
        first_name=first, last_name=last, company=company, title=rng.choice(TITLES),
        emails=emails, phones=phones, addresses=[address], tags=tags, birthday=birthday,
        notes="Met at the spring fair." if rng.random() < 0.1 else "", source="demo")


def _ascii(text: str) -> str:
    table = str.maketrans({"é": "e", "á": "a", "ö": "o", "ü": "u", "ë": "e", "ø": "o",
                           "Ø": "O", "Ł": "L", "ł": "l", "'": "", "ß": "ss", "í": "i",
                           "ç": "c"})
    return text.translate(table)


def _phone(rng: random.Random, country: str) -> str:
    if country == "GB":
        return f"+44 20 7946 0{rng.randint(0, 999):03d}"
    return f"+1 {rng.choice(('212', '312', '415', '503', '617'))} 555 01{rng.randint(0, 99):02d}"


def _communications(ws: Workspace, rng: random.Random, contact_id: int,
                    now: datetime) -> list[Communication]:
    result = []
    for _step in range(rng.choice((0, 1, 1, 2, 3))):
        kind = rng.choice(("call", "call", "email", "meeting", "note"))
        result.append(Communication(
            contact_id=contact_id, kind=kind, direction=rng.choice(("in", "out")),
            occurred_at=now - timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 600)),
            duration_minutes=rng.randint(2, 45) if kind in ("call", "meeting") else None,
            subject=rng.choice(CALL_SUBJECTS), body="Notes from the conversation.",
            user_id=ws.user_id))
    return result


def _consent(ws: Workspace, rng: random.Random, contact_id: int) -> list[ConsentEvent]:
    result = []
    for channel in CHANNELS:
        roll = rng.random()
        if roll < 0.35:
            result.append(ConsentEvent(
                contact_id=contact_id, channel=channel, status="granted", method="web form",
                recorded_by_id=ws.user_id, wording="Yes, keep me informed.", source="demo",
                evidence="Signed up on the website"))
        elif roll < 0.45:
            result.append(ConsentEvent(
                contact_id=contact_id, channel=channel, status="opted_out",
                method="by phone", recorded_by_id=ws.user_id, source="demo"))
    return result


def _products(session) -> list[Product]:  # noqa: ANN001
    existing = {p.name: p for p in session.execute(select(Product)).scalars()}
    result = []
    for name, price in PRODUCTS:
        product = existing.get(name)
        if product is None:
            product = Product(name=name, unit_price_cents=price, currency="USD")
            session.add(product)
        result.append(product)
    session.flush()
    return result


def _sale(ws: Workspace, rng: random.Random, contact_id: int, products: list[Product],
          now: datetime) -> Sale:
    sale = Sale(contact_id=contact_id,
                sale_date=(now - timedelta(days=rng.randint(0, 700))).date(),
                status=rng.choice(("quote", "won", "won", "invoiced", "lost")),
                currency="USD", user_id=ws.user_id)
    for product in rng.sample(products, rng.randint(1, 3)):
        sale.lines.append(SaleLine(product_id=product.id, description=product.name,
                                   quantity=rng.randint(1, 5),
                                   unit_price_cents=product.unit_price_cents))
    return sale
