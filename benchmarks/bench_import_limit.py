"""Import of a 100,000-row Google CSV against its physical floor (issue 20).

The floor is what "store it encrypted and searchable" costs at the least: the same rows, already
in memory as tuples, written with raw ``sqlcipher3`` ``executemany`` into the same tables of a
fresh vault, and the FTS5 search index built over them, in one transaction. The real path is
the whole command, ``contactweb import FILE``, a process of its own (start-up, key derivation,
reading the file, validation, duplicate detection, the write, the index, the audit event). The
two run back to back, ``REPEATS`` times, and the ratio is the median of the pairs, so a busy
machine slows both sides alike. The command's peak memory is its own max RSS (``wait4``).

The import's parts are measured in-process beside it: reading the CSV, validation and mapping
(``clean_input``, the dialog's rules) and duplicate detection (``DuplicateLookup``: the vault
asked a batch of 1,000 rows at a time, here the vault the command filled, so that every row
finds itself), each alone.

Run with ``python -m benchmarks import_limit`` or ``python -m benchmarks.bench_import_limit
[ROWS]``. ``CONTACTWEB_BENCH_IMPORT_ROWS=1000000 python -m benchmarks import_limit`` runs the
million-row import (its file, ~150 MB, is written under the system's temporary folder and
deleted afterwards): one pair, no in-process parts, and the command's peak memory to compare
with the 100,000-row figure.
"""

from __future__ import annotations

import csv
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_interchange import google_csv

ROWS = int(os.environ.get("CONTACTWEB_BENCH_IMPORT_ROWS", "100000"))
REPEATS = 3
#: above this many rows one floor and one command are run, and the parts are not measured
LARGE_ROWS = 200_000
PASSWORD = "Benchmark-pass-42!"
RATIO_GOAL = 3.0
MEMORY_GOAL_MB = 300.0

Report = Callable[..., None]


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _floor_rows(data: bytes) -> list[tuple]:
    """The CSV's rows as the tuples the floor writes (built before its clock starts)."""
    rows = []
    reader = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    next(reader)
    for r in reader:
        tags = [t.strip().lstrip("* ") for t in r[15].split(":::")]
        tags = [t for t in tags if t.casefold() != "mycontacts"]  # Google's own group
        rows.append((r[0], r[1], r[2], r[3], r[5], r[7].replace(" ", ""), r[9], r[10], r[11],
                     r[12], r[14], tags))
    return rows


def _new_vault(folder: Path):  # noqa: ANN202 - Workspace, imported lazily
    from contactweb.services.accounts import session

    return session.create_vault(folder, "admin", PASSWORD)


def floor_seconds(folder: Path, rows: list[tuple]) -> tuple[float, float]:
    """Raw executemany of ``rows`` into a fresh vault's tables, triggers off, then the search
    index built over them in one statement per 5,000 contacts, all in one transaction:
    (seconds, CPU seconds of this process meanwhile)."""
    import sqlcipher3

    from contactweb.store.bulk_insert import _INDEX_RANGE, _INSERT_TRIGGERS
    from contactweb.store.engine import PRAGMAS

    ws = _new_vault(folder)
    key = ws.raw_key()
    ws.lock()
    now = "2026-01-01 00:00:00.000000"
    conn = sqlcipher3.connect(str(folder / "contactweb.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    first = (conn.execute("SELECT max(id) FROM contacts").fetchone()[0] or 0) + 1
    numbered = list(zip(range(first, first + len(rows)), rows, strict=True))
    tag_names = sorted({t for row in rows for t in row[11]})
    tag_ids = {name: number for number, name in enumerate(tag_names, 1)}
    # every parameter tuple is built before the clock starts: the floor is SQLite's work
    contacts = [(cid, r[0], r[1], f"{r[1]} {r[0]}".casefold(), r[2], r[3], r[10], r[4], r[5],
                 r[7], now, now, f"uid-{cid}") for cid, r in numbered]
    emails = [(cid, r[4]) for cid, r in numbered]
    phones = [(cid, r[5], r[5][2:]) for cid, r in numbered]
    addresses = [(cid, r[6], r[7], r[8], r[9]) for cid, r in numbered]
    tags = [(cid, tag_ids[t]) for cid, r in numbered for t in r[11]]
    started, started_cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in _INSERT_TRIGGERS)})", _INSERT_TRIGGERS).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.executemany("INSERT INTO tags (id, name) VALUES (?, ?)",
                     [(number, name) for name, number in tag_ids.items()])
    conn.executemany(
        "INSERT INTO contacts (id, prefix, first_name, middle_name, last_name, suffix, "
        "sort_name, company, title, notes, primary_email, primary_phone, city, owner_id, "
        "visibility, status, source, photo_mime, legal_hold, legal_hold_reason, created_at, "
        "updated_at, uid, website) VALUES (?, '', ?, '', ?, '', ?, ?, ?, ?, ?, ?, ?, 1, "
        "'everyone', 'active', 'google.csv', '', 0, '', ?, ?, ?, '')", contacts)
    conn.executemany("INSERT INTO contact_emails (contact_id, label, address, position) "
                     "VALUES (?, 'work', ?, 0)", emails)
    conn.executemany("INSERT INTO contact_phones (contact_id, label, number, national_digits, "
                     "position) VALUES (?, 'mobile', ?, ?, 0)", phones)
    conn.executemany("INSERT INTO contact_addresses (contact_id, label, street, city, region, "
                     "postcode, country, position) VALUES (?, 'work', ?, ?, '', ?, ?, 0)",
                     addresses)
    conn.executemany("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)", tags)
    for _name, sql in triggers:
        conn.execute(sql)
    index = _INDEX_RANGE.replace(":first", "?").replace(":last", "?")
    for start in range(first, first + len(rows), 5000):
        conn.execute(index, (start, min(first + len(rows) - 1, start + 4999)))
    conn.execute("COMMIT")
    seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    conn.close()
    return seconds, cpu


# Starts the command from a small process and reports the command's own peak memory. Started
# straight from this (large) process, a child's max RSS counts the pages it shared with this
# one between fork and exec: at 1,000,000 rows that read as 1.8 GB for a 0.3 GB import.
_LAUNCHER = ("import os, subprocess, sys\n"
             "child = subprocess.Popen(sys.argv[1:])\n"
             "_pid, status, usage = os.wait4(child.pid, 0)\n"
             "sys.stderr.write(f'\\nmax-rss-kb {usage.ru_maxrss}\\n'\n"
             "                 f'cpu-seconds {usage.ru_utime + usage.ru_stime}\\n')\n"
             "sys.exit(os.waitstatus_to_exitcode(status))\n")


def command_run(folder: Path, source: Path, home: Path
                ) -> tuple[float, float, str, float]:
    """``contactweb import`` as a process: (seconds, peak RSS in MB, its last output line,
    its CPU seconds, user and system, of all its threads)."""
    _new_vault(folder).lock()
    env = {**os.environ, "CONTACTWEB_HOME": str(home), "CONTACTWEB_PASSWORD": PASSWORD,
           "CONTACTWEB_USER": "admin", "CONTACTWEB_VAULT": str(folder)}
    env.pop("CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS", None)
    out_path, err_path = home.parent / "import.out", home.parent / "import.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", _LAUNCHER, sys.executable, "-m",
                                "contactweb", "import", str(source)],
                               env=env, stdout=out, stderr=err, check=False)
        seconds = time.perf_counter() - started
    errors = err_path.read_text(errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"import failed: {errors[-2000:]}")
    said = out_path.read_text(errors="replace").strip().splitlines()[0]
    peak_kb = int(errors.rsplit("max-rss-kb ", 1)[1].split()[0])
    cpu = float(errors.rsplit("cpu-seconds ", 1)[1].split()[0])
    return seconds, peak_kb / 1024.0, said, cpu


def parts(home: Path, source: Path, report: Report) -> None:
    """Reading, validation and duplicate detection of the same file, each timed alone."""
    from contactweb.formats.interchange import ImportProblem
    from contactweb.services.accounts import session as accounts
    from contactweb.services.contacts.duplicate_lookup import DuplicateLookup
    from contactweb.services.importing import importer
    from contactweb.services.importing.record_mapping import clean_input

    started = time.perf_counter()
    parsed = importer.parse_file(source)
    report("  part: reading the CSV", time.perf_counter() - started, "s")
    notes: list[ImportProblem] = []
    started = time.perf_counter()
    cleaned = [clean_input(record, "US", notes) for record in parsed.records]
    report("  part: validation and mapping (clean_input)", time.perf_counter() - started, "s")
    ws = accounts.sign_in(home / "cmd0", "admin", PASSWORD)
    try:
        with ws.session() as session:
            started, started_cpu = time.perf_counter(), time.process_time()
            lookup = DuplicateLookup(session, ws)
            found = 0
            for start in range(0, len(cleaned), 1000):
                rows = cleaned[start:start + 1000]
                lookup.prefetch(rows)
                found += sum(lookup.match(data) is not None for data in rows)
            report(f"  part: duplicate lookup in the filled vault ({found:,} found), CPU",
                   time.process_time() - started_cpu, "s")
            report("  part: duplicate lookup, wall", time.perf_counter() - started, "s")
    finally:
        ws.lock()


def run(report: Report, rows: int = ROWS) -> None:
    report(f"load average at start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="cw-bench-limit-") as tmp:
        home = Path(tmp)
        os.environ.setdefault("CONTACTWEB_HOME", str(home / "home"))
        import keyring
        from keyring.backends.null import Keyring as NullKeyring

        keyring.set_keyring(NullKeyring())  # the benchmark stores no secrets
        data = google_csv(rows)
        source = home / "google.csv"
        source.write_bytes(data)
        floor_input = _floor_rows(data)
        floors, commands, ratios, peaks, cpu_ratios = [], [], [], [], []
        floor_cpus, command_cpus = [], []
        repeats = 1 if rows > LARGE_ROWS else REPEATS
        for run_number in range(repeats):
            floor, floor_cpu = floor_seconds(home / f"floor{run_number}", floor_input)
            seconds, peak, said, cpu = command_run(home / f"cmd{run_number}", source,
                                                   home / "home")
            floor_cpus.append(floor_cpu)
            command_cpus.append(cpu)
            cpu_ratios.append(cpu / floor_cpu)
            floors.append(floor)
            commands.append(seconds)
            ratios.append(seconds / floor)
            peaks.append(peak)
        report(f"  command says: {said}")
        report(f"floor: raw executemany + FTS5 index, {rows:,} rows (median of {repeats})",
               statistics.median(floors), "s")
        report(f"contactweb import of {rows:,} Google CSV rows (median)",
               statistics.median(commands), "s")
        report("import / floor (median of the pairs)", statistics.median(ratios), "x",
               f"<= {RATIO_GOAL:g}x")
        report("import / floor, each pair: " + ", ".join(f"{r:.2f}" for r in ratios))
        # CPU seconds move far less than wall time when other work shares the cores.
        report("floor: CPU time (median)", statistics.median(floor_cpus), "s")
        report("import: CPU time of the command, all threads (median)",
               statistics.median(command_cpus), "s")
        report("import / floor in CPU time (median of the pairs)",
               statistics.median(cpu_ratios), "x")
        report("import / floor in CPU, each pair: " + ", ".join(f"{r:.2f}" for r in cpu_ratios))
        report("import: peak memory of the command (max RSS)", max(peaks), "MB",
               f"<= {MEMORY_GOAL_MB:g} MB")
        if rows <= LARGE_ROWS:
            parts(home, source, report)
    report(f"load average at end: {load_average()}")


if __name__ == "__main__":
    from benchmarks.__main__ import print_figure

    with tempfile.TemporaryDirectory(prefix="cw-bench-home-") as home_dir:
        os.environ.setdefault("CONTACTWEB_HOME", home_dir)
        run(print_figure, int(sys.argv[1]) if len(sys.argv) > 1 else ROWS)
