"""Foundation: bulk create through the services vs raw executemany, search latency, unlock time,
and what encryption costs against plain SQLite (the same SQLite build, no key).

Goals: search p95 <= 15 ms; service bulk create <= 5x raw executemany; encrypted <= 1.5x plain.
Run alone with ``python -m benchmarks.bench_foundation [CONTACTS]``.
"""

from __future__ import annotations

import itertools
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

CONTACTS = 100_000
BATCH = 1000
SINGLE_SAMPLE = 2000  # contacts created one at a time, for the per-contact figure
QUERIES = 300
PASSWORD = "Benchmark-pass-42!"
SEARCH_GOAL_MS = 15.0
CREATE_RATIO_GOAL = 5.0
ENCRYPTION_RATIO_GOAL = 1.5

Report = Callable[..., None]

_FIRST = ["Anna", "Bernd", "Chloé", "Dmitri", "Eun-ji", "Fatima", "Giorgos", "Hana", "Ivan",
          "Jürgen", "Kwame", "Léa", "Mateo", "Nadia", "Olu", "Priya", "Quentin", "Rosa",
          "Sven", "Tomasz", "Ursula", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë"]
_LAST = ["Schmidt", "Okafor", "Nguyen", "Ivanova", "García", "Kowalski", "Papadopoulos",
         "Tanaka", "Müller", "Haddad", "O'Brien", "Silva", "Lefèvre", "Andersson", "Rossi",
         "Novak", "Dubois", "Jensen", "Kaya", "Moreau", "Ferreira", "Costa", "Meyer", "Lee"]
_CITIES = [("Berlin", "10115", "DE"), ("Lyon", "69001", "FR"), ("Austin", "78701", "US"),
           ("Leeds", "LS1 1UR", "GB"), ("Porto", "4000-001", "PT"), ("Osaka", "530-0001", "JP")]
_TAGS = ["customer", "lead", "partner", "newsletter", "vip", "supplier"]
_NOTES = ["", "", "", "Met at the trade fair", "Prefers email", "Call after 5 pm",
          "Interested in the premium plan", "Referred by a customer"]


_SYLLABLES = ["ba", "ber", "chi", "da", "dor", "el", "fen", "gar", "ho", "ka", "kin", "la",
              "lin", "ma", "mor", "na", "nel", "o", "pa", "per", "qui", "ra", "ros", "sa",
              "sen", "ta", "ton", "u", "va", "ver", "wa", "yo", "za", "zel"]


def _made_up_name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def people(count: int) -> Iterator[dict]:
    """Contacts with names spread as in life: a few common names, and a long tail of rare
    ones (tens of thousands of surnames), so that most searches of three letters or more
    match a handful of people while one or two letters match thousands."""
    rng = random.Random(7)
    for i in range(count):
        first = rng.choice(_FIRST) if rng.random() < 0.6 else _made_up_name(rng, 2)
        last = rng.choice(_LAST) if rng.random() < 0.25 else _made_up_name(rng, rng.randint(2, 3))
        if i % 7 == 0:
            last += "-Smith"
        city, postcode, country = _CITIES[i % len(_CITIES)]
        national = f"415{2000000 + i:07d}"
        yield {
            "first": first, "last": last, "company": f"Company {i % 5000}",
            "title": "Buyer" if i % 3 else "", "email": f"person{i}@example{i % 97}.com",
            "e164": f"+1{national}", "national": national, "street": f"{i % 300} Market St",
            "city": city, "postcode": postcode, "country": country,
            "tags": sorted({_TAGS[i % len(_TAGS)], *([] if i % 4 else ["vip"])}),
            "notes": _NOTES[i % len(_NOTES)],
        }


def _input(row: dict):  # noqa: ANN202 - ContactInput, imported lazily
    from contactweb.services.contacts.contacts import (
        AddressInput,
        ContactInput,
        EmailInput,
        PhoneInput,
    )

    return ContactInput(
        first_name=row["first"], last_name=row["last"], company=row["company"],
        title=row["title"], emails=[EmailInput(row["email"])], phones=[PhoneInput(row["e164"])],
        addresses=[AddressInput(row["street"], row["city"], "", row["postcode"], row["country"])],
        tags=row["tags"], notes=row["notes"], source="benchmark")


class Timer:
    """Wall-clock and CPU seconds: on a shared machine the CPU time of this process is the
    steadier figure (it includes SQLCipher's work, which runs in this process)."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def service_create(ws, rows: list[dict]) -> Timer:  # noqa: ANN001
    """The services' bulk create, one unit of work per BATCH contacts (as the raw path
    commits): validation, erasure check, audit event and search index for every contact."""
    from contactweb.services.contacts.contacts_bulk import create_many

    with Timer() as timer:
        for start in range(0, len(rows), BATCH):
            create_many(ws, [_input(row) for row in rows[start:start + BATCH]])
    return timer


def one_at_a_time(ws, rows: list[dict]) -> Timer:  # noqa: ANN001
    """``create_contact`` per contact, as the contact dialog saves one."""
    from contactweb.services.contacts import contacts

    with Timer() as timer:
        for row in rows:
            contacts.create_contact(ws, _input(row))
    return timer


def raw_create(db_path: Path, key: bytes, rows: Iterable[dict], index_per_batch: bool = False
               ) -> Timer:
    """The same rows into the same tables with executemany on one keyed sqlcipher3
    connection: no validation, no ORM, no audit record. The search triggers fire per row,
    or with ``index_per_batch`` they are dropped for each batch and the batch is indexed by
    one statement afterwards, as the services' bulk create does. ``rows`` may be a
    generator (a million contacts are never all in memory)."""
    import sqlcipher3

    from contactweb.services.contacts.match_keys import company_key
    from contactweb.store.bulk_insert import _INDEX_RANGE, _INSERT_TRIGGERS
    from contactweb.store.engine import PRAGMAS

    conn = sqlcipher3.connect(str(db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    now = "2026-01-01 00:00:00.000000"
    first_id = (conn.execute("SELECT max(id) FROM contacts").fetchone()[0] or 0) + 1
    tag_ids: dict[str, int] = dict(conn.execute("SELECT name, id FROM tags").fetchall())
    timer = Timer().__enter__()
    pending = iter(rows)
    for start in itertools.count(0, BATCH):
        batch = list(enumerate(itertools.islice(pending, BATCH), first_id + start))
        if not batch:
            break
        conn.execute("BEGIN IMMEDIATE")
        if index_per_batch:
            triggers = conn.execute(
                f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                f"({', '.join('?' for _ in _INSERT_TRIGGERS)})", _INSERT_TRIGGERS).fetchall()
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
        for name in {t for _, r in batch for t in r["tags"]} - set(tag_ids):
            tag_ids[name] = conn.execute("INSERT INTO tags (name) VALUES (?)", (name,)).lastrowid
        conn.executemany(
            "INSERT INTO contacts (id, prefix, first_name, middle_name, last_name, suffix, "
            "sort_name, company, company_key, title, notes, primary_email, primary_phone, city, "
            "owner_id, visibility, status, source, photo_mime, legal_hold, legal_hold_reason, "
            "created_at, updated_at) VALUES (?, '', ?, '', ?, '', ?, ?, ?, ?, ?, ?, ?, ?, 1, "
            "'everyone', 'active', 'benchmark', '', 0, '', ?, ?)",
            # company_key as the services store it: left empty, the rows would be smaller
            # than a real vault's, and a 100,000-contact eligibility would fit the page
            # cache that a real vault's does not (half the time, misleadingly).
            [(cid, r["first"], r["last"], f"{r['last']} {r['first']}".casefold(), r["company"],
              company_key(r["company"]), r["title"], r["notes"], r["email"], r["e164"],
              r["city"], now, now)
             for cid, r in batch])
        conn.executemany("INSERT INTO contact_emails (contact_id, label, address, position) "
                         "VALUES (?, 'work', ?, 0)", [(cid, r["email"]) for cid, r in batch])
        conn.executemany("INSERT INTO contact_phones (contact_id, label, number, national_digits, "
                         "position) VALUES (?, 'work', ?, ?, 0)",
                         [(cid, r["e164"], r["national"]) for cid, r in batch])
        conn.executemany("INSERT INTO contact_addresses (contact_id, label, street, city, region, "
                         "postcode, country, position) VALUES (?, 'work', ?, ?, '', ?, ?, 0)",
                         [(cid, r["street"], r["city"], r["postcode"], r["country"])
                          for cid, r in batch])
        conn.executemany("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)",
                         [(cid, tag_ids[t]) for cid, r in batch for t in r["tags"]])
        if index_per_batch:
            for _name, sql in triggers:
                conn.execute(sql)
            conn.execute(_INDEX_RANGE.replace(":first", "?").replace(":last", "?"),
                         (batch[0][0], batch[-1][0]))
        conn.execute("COMMIT")
    timer.__exit__()
    conn.close()
    return timer


def plain_workspace(folder: Path):  # noqa: ANN201 - Workspace
    """A workspace over an unencrypted database: same SQLite build, pragmas, pool and
    migrations, only no key, to show what encryption costs."""
    import sqlcipher3
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from contactweb.models import User
    from contactweb.store.engine import POOL_SIZE, PRAGMAS
    from contactweb.store.migrate import upgrade_to_head
    from contactweb.vault.vault import Vault
    from contactweb.vault.workspace import Workspace

    folder.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{folder / 'plain.db'}", module=sqlcipher3,
                           poolclass=QueuePool, pool_size=POOL_SIZE, pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # noqa: ANN001
        for pragma in PRAGMAS:
            dbapi_connection.execute(f"PRAGMA {pragma}")
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get("readonly")
                             else "BEGIN IMMEDIATE")

    upgrade_to_head(engine)
    with engine.begin() as conn:
        user_id = conn.execute(User.__table__.insert().values(
            username="admin", display_name="admin", role="admin")).inserted_primary_key[0]
    return Workspace(vault=Vault(folder), engine=engine, key=bytearray(os.urandom(32)),
                     user_id=user_id, username="admin", role="admin")


def realistic_queries(rows: list[dict], count: int) -> list[str]:
    """What people type: name prefixes as they type, full names, emails, phone numbers as
    digits or E.164, companies, tags, note words, and a few misses."""
    rng = random.Random(42)
    queries = []
    for _ in range(count):
        row = rng.choice(rows)
        kind = rng.randrange(10)
        if kind < 3:
            queries.append(row["first"][:rng.randint(1, len(row["first"]))].lower())
        elif kind == 3:
            queries.append(row["last"][:rng.randint(2, 6)])
        elif kind == 4:
            queries.append(f"{row['first']} {row['last'][:3]}")
        elif kind == 5:
            queries.append(row["email"] if rng.random() < 0.5 else row["email"].split("@")[0])
        elif kind == 6:
            queries.append(rng.choice([row["national"], row["e164"], row["national"][:6]]))
        elif kind == 7:
            queries.append(row["company"].lower())
        elif kind == 8:
            queries.append(rng.choice(_TAGS + ["fair", "premium", "email"]))
        else:
            queries.append(rng.choice(["zzyzx", "qwerty", "nobody here", "xq"]))
    return queries


def search_times(ws, queries: list[str]) -> dict[str, list[float]]:  # noqa: ANN001
    """Milliseconds per query for the first page (200 rows, as the contact list shows) and for
    the match count shown beside it, wall-clock and CPU."""
    from contactweb.services.contacts.contact_queries import (
        ContactQuery,
        count_contacts,
        list_contacts,
    )

    times: dict[str, list[float]] = {"page": [], "page_cpu": [], "count": []}
    for text in queries:
        query = ContactQuery(search=text)
        with Timer() as timer:
            list_contacts(ws, query, limit=200)
        times["page"].append(timer.wall * 1000)
        times["page_cpu"].append(timer.cpu * 1000)
        with Timer() as timer:
            count_contacts(ws, query)
        times["count"].append(timer.wall * 1000)
    return times


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def unlock_seconds(folder: Path, rounds: int = 5) -> tuple[float, float]:
    """Median seconds for a sign-in (Argon2 + open + checks) and for the key derivation alone."""
    from contactweb.vault import crypto
    from contactweb.vault.vault import Vault

    vault = Vault(folder)
    signin, kdf = [], []
    slot = next(iter(vault.load_keyslots().slots.values()))
    for _ in range(rounds):
        started = time.perf_counter()
        vault.sign_in("admin", PASSWORD).lock()
        signin.append(time.perf_counter() - started)
        started = time.perf_counter()
        crypto.derive_kek(PASSWORD, slot.salt, slot.kdf)
        kdf.append(time.perf_counter() - started)
    return statistics.median(signin), statistics.median(kdf)


def run(report: Report, contacts: int = CONTACTS) -> None:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from contactweb.services.accounts import session
    from contactweb.vault import crypto

    keyring.set_keyring(NullKeyring())  # the benchmark stores no secrets
    fast_kdf = os.environ.pop("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", None)  # real Argon2
    rows = list(people(contacts))
    try:
        with tempfile.TemporaryDirectory(prefix="cw-bench-foundation-") as tmp:
            root = Path(tmp)
            encrypted = session.create_vault(root / "encrypted", "admin", PASSWORD)
            made = service_create(encrypted, rows)
            report(f"services: create {contacts:,} contacts (encrypted)", made.wall, "s")
            report("services: create rate (encrypted)", contacts / made.wall, "contacts/s")
            report("services: create, CPU per contact (encrypted)", made.cpu / contacts * 1000,
                   "ms")

            for name, batch_indexed in (("raw, index per row", False), ("raw, index per batch", True)):
                folder = root / name.replace(" ", "_").replace(",", "")
                raw_vault = session.create_vault(folder, "admin", PASSWORD)
                raw_key = raw_vault.raw_key()
                raw_vault.lock()
                raw = raw_create(folder / "contactweb.db", raw_key, rows, batch_indexed)
                report(f"{name}: executemany of the same rows", raw.wall, "s")
                report(f"{name}: CPU per contact", raw.cpu / contacts * 1000, "ms")
                goal = f"<= {CREATE_RATIO_GOAL:g}x" if batch_indexed else ""
                report(f"services / {name} (wall)", made.wall / raw.wall, "x", goal)
                report(f"services / {name} (CPU)", made.cpu / raw.cpu, "x", goal)


            plain = plain_workspace(root / "plain")
            plain_made = service_create(plain, rows)
            report(f"services: create {contacts:,} contacts (plain SQLite)", plain_made.wall,
                   "s")
            report("create: encrypted / plain (wall)", made.wall / plain_made.wall, "x",
                   f"<= {ENCRYPTION_RATIO_GOAL:g}x")
            report("create: encrypted / plain (CPU)", made.cpu / plain_made.cpu, "x",
                   f"<= {ENCRYPTION_RATIO_GOAL:g}x")

            queries = realistic_queries(rows, QUERIES)
            search_times(encrypted, queries[:20])  # warm the page cache, as a user session would
            enc = search_times(encrypted, queries)
            report(f"search page of 200, p50 ({len(queries)} queries)",
                   percentile(enc["page"], .5), "ms")
            report("search page of 200, p95", percentile(enc["page"], .95), "ms",
                   f"<= {SEARCH_GOAL_MS:g} ms")
            report("search page of 200, max", max(enc["page"]), "ms")
            report("search page of 200, CPU p50", percentile(enc["page_cpu"], .5), "ms")
            report("search page of 200, CPU p95", percentile(enc["page_cpu"], .95), "ms",
                   f"<= {SEARCH_GOAL_MS:g} ms")
            report("search match count, p95", percentile(enc["count"], .95), "ms")
            search_times(plain, queries[:20])
            flat = search_times(plain, queries)
            report("search page p95 (plain SQLite)", percentile(flat["page"], .95), "ms")
            report("search page CPU p95 (plain SQLite)", percentile(flat["page_cpu"], .95), "ms")
            for label, key in (("wall", "page"), ("CPU", "page_cpu")):
                for share in (.5, .95):
                    report(f"search p{int(share * 100)} {label}: encrypted / plain",
                           percentile(enc[key], share) / percentile(flat[key], share), "x",
                           f"<= {ENCRYPTION_RATIO_GOAL:g}x")

            db_size = (root / "encrypted" / "contactweb.db").stat().st_size
            plain_size = (root / "plain" / "plain.db").stat().st_size
            report("vault file size (encrypted)", db_size / 2**20, "MiB")
            report("database file size (plain)", plain_size / 2**20, "MiB")
            # After the searches, which should see exactly the 100,000.
            single = one_at_a_time(encrypted, rows[:SINGLE_SAMPLE])
            report(f"services: one contact at a time ({SINGLE_SAMPLE:,} more), CPU per contact",
                   single.cpu / SINGLE_SAMPLE * 1000, "ms")
            encrypted.lock()
            plain.lock()

            signin, kdf = unlock_seconds(root / "encrypted")
            params = crypto.KdfParams()
            report(f"unlock: Argon2id m={params.memory_kib // 1024} MiB t={params.iterations} "
                   f"p={params.parallelism}", kdf * 1000, "ms")
            report(f"unlock: whole sign-in, {contacts:,}-contact vault", signin * 1000, "ms",
                   "well under 1000 ms")
    finally:
        if fast_kdf is not None:
            os.environ["CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS"] = fast_kdf


if __name__ == "__main__":
    import sys

    from benchmarks.__main__ import print_figure

    with tempfile.TemporaryDirectory(prefix="cw-bench-home-") as home:
        os.environ.setdefault("CONTACTWEB_HOME", home)
        run(print_figure, int(sys.argv[1]) if len(sys.argv) > 1 else CONTACTS)
