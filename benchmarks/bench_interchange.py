"""Import a 100,000-row Google Contacts CSV into a fresh vault, and export 100,000 contacts
to vCard. Goals (issue 8): import <= 15 s with peak memory <= 400 MB.

Run alone with ``python -m benchmarks.bench_interchange [ROWS]``; ``run(report)`` is the entry
point the benchmark runner calls. ``report(name, value, unit, goal)`` receives each figure.
"""

from __future__ import annotations

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


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _fresh_vault(home: Path):  # noqa: ANN202 - Workspace, imported lazily
    os.environ.setdefault("CONTACTWEB_HOME", str(home / "home"))
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from contactweb.services import session
    keyring.set_keyring(NullKeyring())  # the benchmark never stores secrets
    return session.create_vault(home / "vault", "admin", "Benchmark-pass-42!")


def run(report: Report, rows: int = ROWS) -> None:
    from contactweb.services import duplicates, exporter, importer

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
    run(_print_report, int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
