"""Import a 100,000-row Google Contacts CSV into a fresh vault, and export 100,000 contacts
to vCard. Goals (issue 8): import <= 15 s with peak memory <= 400 MB. Also one vCard file of
1,000 cards as phones and mail programs write them (issue 19: such a file took 4.2 s).

Run alone with ``python -m benchmarks.bench_interchange [ROWS]``, or only the vCard file with
``python -m benchmarks.bench_interchange vcard``; ``run(report)`` is the entry point the
benchmark runner calls. ``report(name, value, unit, goal)`` receives each figure.
"""

from __future__ import annotations

import base64
import csv
import gc
import io
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROWS = 100_000
IMPORT_SECONDS_GOAL = 15.0
IMPORT_MEMORY_GOAL_MB = 400.0

Report = Callable[..., None]

_FIRST = ["Anna", "Bernd", "Chloé", "Dmitri", "Eun-ji", "Fatima", "Giorgos", "Hana", "Ivan",
          "Jürgen", "Kwame", "Léa", "Mateo", "Nadia", "Olu", "Priya", "Quentin", "Rosa"]
_LAST = ["Schmidt", "Okafor", "Nguyen", "Ivanova", "García", "Kowalski", "Papadopoulos",
         "Tanaka", "Müller", "Haddad", "O'Brien", "Silva", "Lefèvre", "Andersson"]
_CITIES = [("Berlin", "10115", "DE"), ("Lyon", "69001", "FR"), ("Austin", "78701", "US"),
           ("Leeds", "LS1 1UR", "GB"), ("Porto", "4000-001", "PT")]
_HEADER = ["First Name", "Last Name", "Organization Name", "Organization Title",
           "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
           "Address 1 - Label", "Address 1 - Street", "Address 1 - City",
           "Address 1 - Postal Code", "Address 1 - Country", "Birthday", "Notes", "Labels"]


def google_csv(rows: int) -> bytes:
    """A Google Contacts export with ``rows`` distinct people (unique email and phone)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_HEADER)
    for i in range(rows):
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
        city, postcode, country = _CITIES[i % len(_CITIES)]
        writer.writerow([
            first, f"{last}-{i}", f"Company {i % 20000}" if i % 3 else "",
            "Buyer" if i % 3 else "",
            "* Work", f"person{i}@example{i % 97}.com", "Mobile", f"+1 415 {2000000 + i:07d}",
            "Work", f"{i % 300} Market Street", city, postcode, country,
            f"19{50 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 2 else "",
            "Met at the fair, \"booth 4\"" if i % 10 == 0 else "",
            "* myContacts ::: Customers" if i % 4 == 0 else "* myContacts",
        ])
    return buffer.getvalue().encode("utf-8")


VCARD_CARDS = 1_000
# A small JPEG-like payload: every tenth card has a photo, as exported address books do
_PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 24).decode("ascii")


def vcard_file(cards: int) -> bytes:
    """``cards`` distinct vCard 3.0 cards: names in several scripts, two e-mails, a national
    and an international phone number beside the address's country, an address, a note with
    escapes, categories, and a folded base64 photo on every tenth card."""
    lines: list[str] = []
    for i in range(cards):
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
        city, postcode, country = _CITIES[i % len(_CITIES)]
        national = {"DE": "030 {n}", "FR": "01 42 {n}", "US": "(512) 555-{n}",
                    "GB": "0113 496 {n}", "PT": "22 {n}"}[country]
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{i}", f"N:{last}-{i};{first};;;",
                  f"FN:{first} {last}-{i}", f"ORG:Company {i % 200}\\, Ltd",
                  f"EMAIL;TYPE=INTERNET,WORK:person{i}@example{i % 97}.com",
                  f"EMAIL;TYPE=INTERNET,HOME:p{i}@home.example",
                  f"TEL;TYPE=CELL:+1 415 {2000000 + i:07d}",
                  "TEL;TYPE=WORK:" + national.format(n=f"{1000 + i % 9000:04d}"),
                  f"ADR;TYPE=WORK:;;{i % 300} Market Street;{city};;{postcode};{country}",
                  f"NOTE:Met at the fair\\, booth {i % 40}\\nCall back; ask for {first}",
                  "CATEGORIES:Customers,Trade fair"]
        if i % 10 == 0:
            photo = f"PHOTO;ENCODING=b;TYPE=JPEG:{_PHOTO}"
            lines += [photo[:75]] + [" " + photo[j:j + 74] for j in range(75, len(photo), 74)]
        lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def cyrillic_vcard_file(cards: int) -> bytes:
    """``cards`` vCard 2.1 cards in Windows-1251 without any CHARSET parameter."""
    text = "".join(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Петрова-{i};Анна;;;\r\n"
        f"ADR;WORK:;;ул. Тверская, д. {i % 50};Москва;;125009;Россия\r\n"
        f"TEL;WORK:+7 495 {1000000 + i:07d}\r\nNOTE:Звонить утром\r\nEND:VCARD\r\n"
        for i in range(cards))
    return text.encode("cp1251")


def run_vcard_file(report: Report, cards: int = VCARD_CARDS) -> None:
    from contactweb.services.importing import importer

    with tempfile.TemporaryDirectory(prefix="cw-bench-") as tmp:
        home = Path(tmp)
        source = home / "cards.vcf"
        source.write_bytes(vcard_file(cards))
        ws = _fresh_vault(home)
        try:
            started = time.perf_counter()
            parsed = importer.parse_file(source)
            parse_seconds = time.perf_counter() - started
            result = importer.import_records(ws, parsed)
            seconds = time.perf_counter() - started
            if len(result.created) != cards:
                raise RuntimeError(f"only {len(result.created)} of {cards} cards were imported")
            report(f"import one {cards:,}-card vCard file", seconds, "s", "")
            report("  of which reading the vCard file", parse_seconds, "s", "")
            report("vCard import rate", cards / seconds, "cards/s", "")
            # the same number of 2.1 cards in Windows-1251 that never name their charset:
            # each card's code page is found by charset-normalizer
            legacy = cyrillic_vcard_file(cards)
            started = time.perf_counter()
            parsed = importer.parse_bytes(legacy, "legacy.vcf", "vcard")
            report(f"read {cards:,} undeclared Windows-1251 2.1 cards",
                   time.perf_counter() - started, "s", "")
            if parsed.records[-1].last_name != f"Петрова-{cards - 1}":
                raise RuntimeError("the Cyrillic cards were not read as Cyrillic")
        finally:
            ws.lock()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _fresh_vault(home: Path):  # noqa: ANN202 - Workspace, imported lazily
    os.environ.setdefault("CONTACTWEB_HOME", str(home / "home"))
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from contactweb.services.accounts import session
    keyring.set_keyring(NullKeyring())  # the benchmark never stores secrets
    return session.create_vault(home / "vault", "admin", "Benchmark-pass-42!")


def run(report: Report, rows: int = ROWS) -> None:
    from contactweb.services.contacts import duplicates
    from contactweb.services.exporting import exporter
    from contactweb.services.importing import importer

    run_vcard_file(report)

    with tempfile.TemporaryDirectory(prefix="cw-bench-") as tmp:
        home = Path(tmp)
        source = home / "google.csv"
        source.write_bytes(google_csv(rows))
        ws = _fresh_vault(home)
        try:
            gc.collect()
            rss_before = _peak_rss_mb()
            started, cpu_started = time.perf_counter(), time.process_time()
            parsed = importer.parse_file(source)
            parse_cpu = time.process_time() - cpu_started
            result = importer.import_records(ws, parsed)
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            del parsed
            if len(result.created) != rows:
                raise RuntimeError(f"only {len(result.created)} of {rows} rows were imported")
            report(f"import {rows:,}-row Google CSV", seconds, "s",
                   f"<= {IMPORT_SECONDS_GOAL:g} s")
            report("import: process peak memory (max RSS)", _peak_rss_mb(), "MB",
                   f"<= {IMPORT_MEMORY_GOAL_MB:g} MB")
            report("import: peak RSS growth during import", _peak_rss_mb() - rss_before, "MB",
                   "")
            report("import rate", rows / seconds, "contacts/s", "")
            report("import CPU time", cpu, "s", "")
            report("  of which reading the CSV file", parse_cpu, "s", "")

            target = home / "all.vcf"
            started = time.perf_counter()
            count = exporter.export_contacts(ws, target, "vcard4")
            seconds = time.perf_counter() - started
            report(f"export {count:,} contacts to vCard 4.0", seconds, "s", "")
            report("vCard file size", target.stat().st_size / 1024 / 1024, "MB", "")

            started = time.perf_counter()
            pairs = duplicates.list_duplicates(ws)
            report(f"find duplicates among {rows:,} contacts ({len(pairs)} pairs)",
                   time.perf_counter() - started, "s", "")
        finally:
            ws.lock()


def _print_report(name: str, value: float, unit: str, goal: str = "") -> None:
    suffix = f"   (goal {goal})" if goal else ""
    print(f"{name:<45} {value:>12,.2f} {unit}{suffix}", flush=True)


if __name__ == "__main__":
    os.environ.setdefault("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", "1")
    if sys.argv[1:] == ["vcard"]:
        run_vcard_file(_print_report)
    else:
        run(_print_report, int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
