"""A vault of N fictional contacts, built quickly through the importer (the same code path a
user's import takes), for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from contactweb.formats.interchange import ContactRecord, LabelledValue, ParseResult, PostalAddress
from contactweb.services.accounts import session
from contactweb.services.importing import importer
from contactweb.vault.workspace import Workspace

FIRST = ("Ada", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas",
         "Kenji", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Søren", "Tomás")
LAST = ("Abbott", "Becker", "Castillo", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann",
        "Ivanova", "Jansen", "Kowalski", "Larsen", "Müller", "Nakamura", "Ødegaard", "Petrov")
COMPANIES = ("Harbor Dental", "Lakeside Florists", "Northwind Traders", "Contoso Bakery", "")
CITIES = (("Portland", "OR", "97201", "US"), ("Berlin", "", "10115", "DE"),
          ("Lyon", "", "69001", "FR"), ("Austin", "TX", "73301", "US"))
PASSWORD = "Bench-pass-123!"


def records(count: int, seed: int = 11) -> list[ContactRecord]:
    rng = random.Random(seed)
    result = []
    for i in range(count):
        first, last = rng.choice(FIRST), f"{rng.choice(LAST)}{i // 500 or ''}"
        city, region, postcode, country = rng.choice(CITIES)
        result.append(ContactRecord(
            first_name=first, last_name=last, company=rng.choice(COMPANIES),
            emails=[LabelledValue("work", f"{first.lower()}.{i}@example.com")],
            phones=[LabelledValue("work", f"+1 415 {rng.randint(200, 999)} {i % 10000:04d}")],
            addresses=[PostalAddress("work", f"{i} Main Street", city, region, postcode,
                                     country)],
            tags=[rng.choice(("customer", "supplier", "press", "vip"))],
            source=f"bench:{i}"))
    return result


def build_vault(folder: Path, count: int) -> Workspace:
    ws = session.create_vault(folder, "bench", PASSWORD)
    parsed = ParseResult(records(count), [], "bench")
    importer.import_records(ws, parsed, on_duplicate="create")
    return ws
