"""A search index in the contact list's order, measured in raw SQL against today's plan (a
prototype kept as a measurement: not what the application runs).

    python -m benchmarks search_order_index                       # 100,000 contacts
    CONTACTWEB_BENCH_MILLION=1 python -m benchmarks search_order_index

The list's first page of a broad search (thousands of matches) walks the contacts in name
order and tests each against every match, which SQLite gathers from FTS5 first. The variant
measured here is a second, contentless FTS5 table over the same text whose rowid is the
first four bytes of ``sort_name`` followed by the contact id (31 bits), so that the first
page is the index's first matching rowids (``ORDER BY rowid LIMIT``). Contacts whose four
leading bytes tie with the page's last one are put in exact order by walking ``sort_name``
inside that range. Two more things it needs: prefix indexes of 1 to 6 characters (a one-letter
or phone-digit prefix otherwise makes FTS5 merge thousands of term lists), and each typed
word of ASCII letters and digits replaced by the few terms it is a prefix of, looked up in an
``fts5vocab`` instance table one seek at a time (the "row" kind counts every term's documents
first: 15 ms for "company" at 1,000,000). Every page is compared with today's plan's page.

Figures are CPU milliseconds of this process (SQLCipher's work runs in it), over the same 300
``bench_foundation`` queries as ``bench_search_scale``. They are the SQL only: the service adds
its transaction, the tags of the page and the row objects (``bench_search_scale`` measures it
whole; a page of 200 contacts with no search at all costs it about 1.5 ms).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_foundation import QUERIES, people, percentile, realistic_queries
from benchmarks.bench_search_scale import MILLION, QUERY_SOURCE, WARM_UP, fill, machine_moment

Report = Callable[..., None]

ID_BITS = 31  # the contact id's share of the rowid; the sort key's first 4 bytes take 32
ID_MASK = (1 << ID_BITS) - 1
MOST_TERMS = 8  # a typed prefix of more terms than this is left to FTS5's own prefix search
COLUMNS = ("c.id, c.first_name, c.last_name, c.company, c.primary_email, c.primary_phone, "
           "c.city, c.status")
TODAY_FEW = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 2001"
TODAY_FEW_ROWS = (f"SELECT {COLUMNS} FROM contacts c WHERE c.id IN (SELECT value FROM "
                  "json_each(?)) ORDER BY c.sort_name, c.id LIMIT 200")
TODAY_BROAD_ROWS = (f"SELECT {COLUMNS} FROM contacts c WHERE c.id + 0 IN (SELECT rowid FROM "
                    "contact_fts WHERE contact_fts MATCH ?) ORDER BY c.sort_name, c.id LIMIT 200")
ORDERED_FIRST = "SELECT rowid FROM contact_order_fts WHERE contact_order_fts MATCH ? " \
                "ORDER BY rowid LIMIT ?"
ROWS_OF_IDS = (f"SELECT {COLUMNS} FROM contacts c WHERE c.id IN (SELECT value FROM "
               "json_each(?)) ORDER BY c.sort_name, c.id")
TIED_ROWS = (f"SELECT {COLUMNS} FROM contacts c WHERE c.sort_name >= CAST(? AS TEXT) "
             "AND c.sort_name < CAST(? AS TEXT) AND c.id + 0 IN (SELECT rowid & "
             f"{ID_MASK} FROM contact_order_fts WHERE contact_order_fts MATCH ? AND rowid >= ? "
             "AND rowid < ?) ORDER BY c.sort_name, c.id LIMIT ?")


def order_key(sort_name: str, contact_id: int) -> int:
    lead = sort_name.encode()[:4].ljust(4, b"\0")
    return int.from_bytes(lead, "big") << ID_BITS | contact_id


def build_ordered_index(conn) -> float:  # noqa: ANN001 - a keyed sqlcipher3 connection
    """The twin table, filled from contact_fts's stored text; CPU seconds."""
    started = time.process_time()
    conn.execute("BEGIN")
    conn.execute("CREATE VIRTUAL TABLE contact_order_fts USING fts5(names, company, emails, "
                 "phones, notes, tags, content='', contentless_delete=1, "
                 "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6')")
    conn.execute("CREATE TEMP TABLE order_keys (id INTEGER PRIMARY KEY, k INTEGER)")
    conn.executemany("INSERT INTO order_keys VALUES (?, ?)", (
        (cid, order_key(name, cid)) for cid, name in conn.execute(
            "SELECT id, sort_name FROM contacts").fetchall()))
    conn.execute("INSERT INTO contact_order_fts(rowid, names, company, emails, phones, notes, "
                 "tags) SELECT k.k, f.names, f.company, f.emails, f.phones, f.notes, f.tags "
                 "FROM contact_fts f JOIN order_keys k ON k.id = f.rowid ORDER BY k.k")
    conn.execute("INSERT INTO contact_order_fts(contact_order_fts) VALUES ('optimize')")
    conn.execute("COMMIT")
    conn.execute("CREATE VIRTUAL TABLE temp.order_terms USING "
                 "fts5vocab(main, contact_order_fts, instance)")
    return time.process_time() - started


def expanded(conn, match: str) -> str:  # noqa: ANN001
    """``"word"*`` as ``("term1" OR "term2")`` when the word is plain ASCII letters and digits
    and few terms start with it: FTS5 then reads their lists lazily, in rowid order."""
    parts = []
    for phrase in re.findall(r'"(?:[^"]|"")*"\*', match):
        word = phrase[1:-2].replace('""', '"').lower()
        if re.fullmatch(r"[a-z0-9]+", word):
            terms, seek = [], word
            while len(terms) <= MOST_TERMS:
                row = conn.execute("SELECT term FROM temp.order_terms WHERE term >= ? LIMIT 1",
                                   (seek,)).fetchone()
                if row is None or not row[0].startswith(word):
                    break
                terms.append(row[0])
                seek = row[0] + "0"  # the least longer term: tokens hold no byte below "0"
            if len(terms) <= MOST_TERMS:
                parts.append("(" + " OR ".join(f'"{t}"' for t in terms) + ")" if terms
                             else f'"{word}"')
                continue
        parts.append(phrase)
    return " AND ".join(parts)


def today_page(conn, match: str) -> list[tuple]:  # noqa: ANN001
    ids = [r[0] for r in conn.execute(TODAY_FEW, (match,))]
    if len(ids) <= 2000:
        return conn.execute(TODAY_FEW_ROWS, (json.dumps(ids),)).fetchall()
    return conn.execute(TODAY_BROAD_ROWS, (match,)).fetchall()


def ordered_page(conn, match: str, limit: int = 200) -> list[tuple]:  # noqa: ANN001
    match = expanded(conn, match)
    keys = [r[0] for r in conn.execute(ORDERED_FIRST, (match, limit))]
    if len(keys) < limit:
        return conn.execute(ROWS_OF_IDS, (json.dumps([k & ID_MASK for k in keys]),)).fetchall()
    lead = keys[-1] >> ID_BITS
    before = [k & ID_MASK for k in keys if k >> ID_BITS < lead]
    rows = conn.execute(ROWS_OF_IDS, (json.dumps(before),)).fetchall() if before else []
    low = lead.to_bytes(4, "big").rstrip(b"\0")
    # Names shorter than four bytes were padded with zeros: their range is the name alone.
    high = low + b"\0" if len(low) < 4 else (
        (lead + 1).to_bytes(4, "big") if lead + 1 < 1 << 32 else b"\xff" * 5)
    return rows + conn.execute(TIED_ROWS, (low, high, match, lead << ID_BITS,
                                           (lead + 1) << ID_BITS, limit - len(rows))).fetchall()


def cpu_ms(fn: Callable[[str], object], matches: list[str | None]) -> tuple[list[float], list]:
    for match in matches[:WARM_UP]:
        if match:
            fn(match)
    times, results = [], []
    for match in matches:
        started = time.process_time()
        results.append(fn(match) if match else [])
        times.append((time.process_time() - started) * 1000)
    return times, results


def measure(report: Report, root: Path, count: int, queries: list[str]) -> None:
    import sqlcipher3

    from contactweb.store.engine import PRAGMAS
    from contactweb.store.fts import build_match_query

    ws = fill(root / f"vault-{count}", count)
    db_path, key = ws.vault.db_path, ws.raw_key()
    ws.lock()
    conn = sqlcipher3.connect(str(db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    report(f"{count:,}: ordered index built", build_ordered_index(conn), "s CPU")
    load, loop = machine_moment()
    report(f"{count:,}: load average / fixed loop", load, f"(loop {loop:.0f} ms CPU)")
    matches = [build_match_query(q) for q in queries]
    figures = {
        "raw FTS5 first 200 rowids": lambda m: conn.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? LIMIT 200", (m,)).fetchall(),
        "today's plan, page of 200": lambda m: today_page(conn, m),
        "ordered index, page of 200": lambda m: ordered_page(conn, m),
        "today's count": lambda m: conn.execute(
            "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH ?", (m,)).fetchone(),
        "count of the expanded words": lambda m: conn.execute(
            "SELECT count(*) FROM contact_order_fts WHERE contact_order_fts MATCH ?",
            (expanded(conn, m),)).fetchone(),
    }
    results = {}
    for name, fn in figures.items():
        times, results[name] = cpu_ms(fn, matches)
        report(f"{count:,}: {name}, p50 CPU", percentile(times, .5), "ms")
        report(f"{count:,}: {name}, p95 CPU", percentile(times, .95), "ms")
    differ = sum(a != b for a, b in zip(results["today's plan, page of 200"],
                                        results["ordered index, page of 200"], strict=True))
    report(f"{count:,}: pages differing from today's plan", differ, f"of {len(queries)}")
    counts_differ = sum(a != b for a, b in zip(results["today's count"],
                                               results["count of the expanded words"], strict=True))
    report(f"{count:,}: counts differing from today's", counts_differ, f"of {len(queries)}")
    conn.close()


def run(report: Report, sizes: tuple[int, ...] | None = None) -> None:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    keyring.set_keyring(NullKeyring())
    if sizes is None:
        sizes = (100_000,) + ((MILLION,) if os.environ.get("CONTACTWEB_BENCH_MILLION") else ())
    queries = realistic_queries(list(people(min(QUERY_SOURCE, min(sizes)))), QUERIES)
    for count in sizes:
        with tempfile.TemporaryDirectory(prefix="cw-bench-order-", dir="/tmp") as tmp:
            measure(report, Path(tmp), count, queries)
