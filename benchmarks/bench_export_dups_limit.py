"""Export of 100,000 contacts to vCard and duplicate finding over them, each against its raw
floor measured in the same run (issue 20).

- Export floor: one raw ``sqlcipher3`` connection reads the same contacts (in the export's
  order) and their emails, phones, addresses and tags, and writes vCard 4.0 cards of the same
  properties with f-strings and the minimal escaping, to a file. The real path is
  ``exporter.export_contacts(ws, path, "vcard4")``.
- Duplicate-finding floor: the raw queries for shared emails and phone numbers (GROUP BY ...
  HAVING), every contact's name and company, and RapidFuzz's native ``process.extract`` of
  each name against the names of its company. The real path is ``duplicates.list_duplicates``.

Each pair runs back to back ``REPEATS`` times; the ratio is the median of the pairs.
Run with ``python -m benchmarks export_dups_limit`` or ``python -m
benchmarks.bench_export_dups_limit [ROWS]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_interchange import google_csv

ROWS = 100_000
REPEATS = 3
RATIO_GOAL = 3.0
PASSWORD = "Benchmark-pass-42!"

Report = Callable[..., None]


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\n", "\\n"))


def _connect(folder: Path, key: bytes):  # noqa: ANN202 - sqlcipher3 connection
    import sqlcipher3

    from contactweb.store.engine import PRAGMAS

    conn = sqlcipher3.connect(str(folder / "contactweb.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def export_floor(folder: Path, key: bytes, target: Path) -> tuple[float, int]:
    started = time.perf_counter()
    conn = _connect(folder, key)
    children: dict[str, dict[int, list[tuple]]] = {}
    for name, sql in (
            ("emails", "SELECT contact_id, label, address FROM contact_emails ORDER BY "
                       "contact_id, position"),
            ("phones", "SELECT contact_id, label, number FROM contact_phones ORDER BY "
                       "contact_id, position"),
            ("addresses", "SELECT contact_id, label, street, city, region, postcode, country "
                          "FROM contact_addresses ORDER BY contact_id, position"),
            ("tags", "SELECT contact_id, name FROM contact_tags JOIN tags ON tags.id = "
                     "tag_id")):
        grouped: dict[int, list[tuple]] = defaultdict(list)
        for cid, *rest in conn.execute(sql):
            grouped[cid].append(rest)
        children[name] = grouped
    cards = []
    count = 0
    for cid, first, last, company, title, notes, uid in conn.execute(
            "SELECT id, first_name, last_name, company, title, notes, uid FROM contacts "
            "ORDER BY sort_name, id"):
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:{uid}",
                 f"FN:{_escape(' '.join(p for p in (first, last) if p))}",
                 f"N:{_escape(last)};{_escape(first)};;;"]
        if company:
            lines.append(f"ORG:{_escape(company)}")
        if title:
            lines.append(f"TITLE:{_escape(title)}")
        lines += [f"EMAIL;TYPE={label}:{address}" for label, address in children["emails"][cid]]
        lines += [f"TEL;TYPE={label};VALUE=uri:tel:{number}"
                  for label, number in children["phones"][cid]]
        lines += [f"ADR;TYPE={a[0]}:;;{';'.join(_escape(part) for part in a[1:])}"
                  for a in children["addresses"][cid]]
        if children["tags"][cid]:
            lines.append("CATEGORIES:" + ",".join(_escape(t[0]) for t in children["tags"][cid]))
        if notes:
            lines.append(f"NOTE:{_escape(notes)}")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines))
        count += 1
    conn.close()
    target.write_text("\r\n".join(cards) + "\r\n", encoding="utf-8")
    return time.perf_counter() - started, count


def duplicates_floor(folder: Path, key: bytes) -> float:
    from rapidfuzz import process
    from rapidfuzz.distance import Indel

    started = time.perf_counter()
    conn = _connect(folder, key)
    for sql in ("SELECT lower(address), group_concat(contact_id) FROM contact_emails GROUP BY "
                "lower(address) HAVING count(DISTINCT contact_id) > 1",
                "SELECT number, group_concat(contact_id) FROM contact_phones GROUP BY number "
                "HAVING count(DISTINCT contact_id) > 1"):
        conn.execute(sql).fetchall()
    blocks: dict[str, list[str]] = defaultdict(list)
    for first, last, company in conn.execute(
            "SELECT first_name, last_name, company FROM contacts ORDER BY id"):
        if company:
            blocks[company.casefold()].append(f"{first} {last}".casefold())
    for names in blocks.values():
        for name in names if len(names) > 1 else ():
            process.extract(name, names, scorer=Indel.normalized_similarity, score_cutoff=0.85,
                            limit=None)
    conn.close()
    return time.perf_counter() - started


def run(report: Report, rows: int = ROWS) -> None:
    report("load average at start: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="cw-bench-export-") as tmp:
        home = Path(tmp)
        os.environ.setdefault("CONTACTWEB_HOME", str(home / "home"))
        import keyring
        from keyring.backends.null import Keyring as NullKeyring

        from contactweb.services.accounts import session
        from contactweb.services.contacts import duplicates
        from contactweb.services.exporting import exporter
        from contactweb.services.importing import importer

        keyring.set_keyring(NullKeyring())  # the benchmark stores no secrets
        source = home / "google.csv"
        source.write_bytes(google_csv(rows))
        ws = session.create_vault(home / "vault", "admin", PASSWORD)
        try:
            importer.import_records(ws, importer.stream_file(source))
            key = ws.raw_key()
            exports, export_floors, export_ratios = [], [], []
            finds, find_floors, find_ratios = [], [], []
            for _ in range(REPEATS):
                floor, count = export_floor(home / "vault", key, home / "floor.vcf")
                started = time.perf_counter()
                exported = exporter.export_contacts(ws, home / "all.vcf", "vcard4")
                seconds = time.perf_counter() - started
                if exported != count:
                    raise RuntimeError(f"the export wrote {exported} cards, the floor {count}")
                exports.append(seconds)
                export_floors.append(floor)
                export_ratios.append(seconds / floor)
                floor = duplicates_floor(home / "vault", key)
                started = time.perf_counter()
                pairs = duplicates.list_duplicates(ws)
                seconds = time.perf_counter() - started
                finds.append(seconds)
                find_floors.append(floor)
                find_ratios.append(seconds / floor)
        finally:
            ws.lock()
        med = statistics.median
        report(f"floor: raw read + f-string vCards, {rows:,} contacts", med(export_floors), "s")
        report(f"export {rows:,} contacts to vCard 4.0 (median of {REPEATS})", med(exports),
               "s")
        report("export / floor (median of the pairs)", med(export_ratios), "x",
               f"<= {RATIO_GOAL:g}x")
        report("  sizes: floor file / export file",
               (home / "floor.vcf").stat().st_size / max(1, (home / "all.vcf").stat().st_size)
               if (home / "all.vcf").exists() else 0.0, "x")
        report("floor: raw GROUP BY + RapidFuzz extract per company", med(find_floors), "s")
        report(f"find duplicates among {rows:,} contacts ({len(pairs)} pairs, median)",
               med(finds), "s")
        report("duplicates / floor (median of the pairs)", med(find_ratios), "x",
               f"<= {RATIO_GOAL:g}x")
    report("load average at end: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))


if __name__ == "__main__":
    from benchmarks.__main__ import print_figure

    with tempfile.TemporaryDirectory(prefix="cw-bench-home-") as home_dir:
        os.environ.setdefault("CONTACTWEB_HOME", home_dir)
        run(print_figure, int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
