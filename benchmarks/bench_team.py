"""Team server: search p95 and save p95 on a 100,000-contact team vault with 1 and with 10
desktops at once (each its own process, signed in as its own person), against the desktop
vault's figures measured in the same run on the same data, and the cost of a refresh
notification end to end (a save committed by one desktop to the Changes arriving on another).

The server is the tests' own PostgreSQL (``tests/support/postgres_server.py``: Debian's
binaries, TLS over 127.0.0.1, durability off as in the tests); without it this module
reports that it was skipped. Queries and data are ``bench_foundation``'s.

Run alone with ``python -m benchmarks.bench_team [CONTACTS]``. The load average is printed
before and after: on a shared machine the figures say as much about the others' work.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

CONTACTS = 100_000
QUERIES = 300  # one desktop; ten desktops share as many between them, thrice over
SAVES = 150
DESKTOPS = 10
NOTIFY_ROUNDS = 100
PERSON_PASSWORD = "Desk-pass-42!xyz"

Report = Callable[..., None]


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def search_and_save(ws: Any, queries: list[str], save_ids: list[int],
                    seed: int) -> dict[str, list[float]]:
    """One desktop's work: each query's first page (200 rows, as the list shows), then saves
    of its own contacts (read, change the notes, save with the version check). Milliseconds."""
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contact_queries import ContactQuery, list_contacts

    rng = random.Random(seed)
    search, save = [], []
    for text in queries:
        started = time.perf_counter()
        list_contacts(ws, ContactQuery(search=text), limit=200)
        search.append((time.perf_counter() - started) * 1000)
    for cid in save_ids:
        base = contacts.get_contact(ws, cid, audit_view=False).to_input()
        edited = replace(base, notes=f"{base.notes} checked {rng.randrange(10**6)}")
        started = time.perf_counter()
        contacts.update_contact(ws, cid, edited)
        save.append((time.perf_counter() - started) * 1000)
    return {"search": search, "save": save}


def _report_times(report: Report, label: str, times: dict[str, list[float]]) -> None:
    for kind in ("search", "save"):
        values = times[kind]
        report(f"{label}: {kind} p50", percentile(values, 0.5), "ms")
        report(f"{label}: {kind} p95", percentile(values, 0.95), "ms")


def import_rows(ws: Any, rows: list[dict]) -> float:
    """The rows through the importer (its bulk insert, as a user's import of a file takes):
    the quick way to fill either kind of vault; seconds."""
    from contactweb.formats.interchange import (
        ContactRecord,
        LabelledValue,
        ParseResult,
        PostalAddress,
    )
    from contactweb.services.importing import importer

    records = [ContactRecord(
        first_name=r["first"], last_name=r["last"], company=r["company"], title=r["title"],
        emails=[LabelledValue("work", r["email"])], phones=[LabelledValue("work", r["e164"])],
        addresses=[PostalAddress("work", r["street"], r["city"], "", r["postcode"],
                                 r["country"])],
        tags=r["tags"], notes=r["notes"], source="benchmark") for r in rows]
    started = time.perf_counter()
    importer.import_records(ws, ParseResult(records, [], "benchmark"), on_duplicate="create")
    return time.perf_counter() - started


def _desktop(report: Report, rows: list[dict], queries: list[str], home: Path) -> dict:
    from benchmarks.bench_foundation import PASSWORD
    from contactweb.services.accounts import session

    ws = session.create_vault(home / "vault", "admin", PASSWORD)
    try:
        report(f"desktop vault: import {len(rows):,} contacts", import_rows(ws, rows), "s")
        times = search_and_save(ws, queries, list(range(1, SAVES + 1)), 1)
    finally:
        ws.lock()
    _report_times(report, "desktop vault, 1 desktop", times)
    return times


def _seed_team(report: Report, admin: Any, rows: list[dict]) -> None:
    """Through the importer as the administrator's own login role, as a person's import
    runs: one insert per table and batch, the search index built per batch at the end."""
    seconds = import_rows(admin, rows)
    report(f"team vault: import {len(rows):,} contacts", seconds, "s")


def _notify_cost(report: Report, team: Any, admin: Any, person: tuple[str, str]) -> None:
    """A save on one desktop until its Changes arrive on another's listening connection,
    read as fast as possible (the application reads every half second, which adds up to
    500 ms to what a person sees)."""
    from contactweb.services.contacts import contacts
    from contactweb.team import team_session
    from contactweb.team.change_feed import ChangeFeed

    other = team_session.sign_in(team.profile, *person)
    feed = ChangeFeed(other.engine)
    whole, after_commit = [], []
    try:
        for round_ in range(NOTIFY_ROUNDS):
            cid = 1 + round_ % 50
            base = contacts.get_contact(admin, cid, audit_view=False).to_input()
            started = time.perf_counter()
            contacts.update_contact(admin, cid, replace(base, notes=f"notify {round_}"))
            committed = time.perf_counter()
            while not feed.drain().contacts:
                time.sleep(0.0002)
            arrived = time.perf_counter()
            whole.append((arrived - started) * 1000)
            after_commit.append((arrived - committed) * 1000)
            feed.drain()  # the audit event's notification of the same save
    finally:
        feed.close()
        other.lock()
    report("refresh: save on one desktop to Changes on another, p50",
           percentile(whole, 0.5), "ms")
    report("refresh: save on one desktop to Changes on another, p95",
           percentile(whole, 0.95), "ms")
    report("refresh: commit returned to Changes arriving, p50",
           percentile(after_commit, 0.5), "ms")
    report("refresh: commit returned to Changes arriving, p95",
           percentile(after_commit, 0.95), "ms")


def _team(report: Report, rows: list[dict], queries: list[str], home: Path,
          desktop: dict) -> None:
    from contactweb.services.accounts import users
    from contactweb.team import team_session
    from tests.support.postgres_server import BINDIR, postgres_server
    from tests.support.team_desktops import run_desktops
    from tests.support.team_vaults import create_team_vault

    if BINDIR is None:
        report("team vault: skipped, PostgreSQL 15+ is not installed (apt-get install "
               "postgresql)")
        return
    with postgres_server() as server:
        team = create_team_vault(server)
        admin = team_session.sign_in(team.profile, "boss", team.admin_password)
        people = [(f"desk{i}", PERSON_PASSWORD) for i in range(1, DESKTOPS + 1)]
        try:
            for name, password in people:
                users.add_user(admin, name, "staff", password, must_change=False)
            _seed_team(report, admin, rows)
            report(f"load average before the team figures: {load_average()}")
            one = run_desktops(team.profile, home / "one", people[:1], search_and_save,
                               (queries, list(range(1, SAVES + 1)), 1))
            _report_times(report, "team vault, 1 desktop", _ok(one)[0])
            per_desk = len(queries) * 3 // DESKTOPS
            work = []
            for i, person in enumerate(people):
                mine = [queries[(i * per_desk + j) % len(queries)] for j in range(per_desk)]
                saves = list(range(1000 + i * SAVES, 1000 + (i + 1) * SAVES))
                work.append((person, (mine, saves, i)))
            ten = _run_each(team.profile, home / "ten", work)
            merged = {kind: [v for times in ten for v in times[kind]]
                      for kind in ("search", "save")}
            _report_times(report, f"team vault, {DESKTOPS} desktops at once", merged)
            one_times = _ok(one)[0]
            for kind in ("search", "save"):
                base = percentile(desktop[kind], 0.95)
                report(f"{kind} p95, team 1 desktop / desktop vault",
                       percentile(one_times[kind], 0.95) / base, "x")
                report(f"{kind} p95, team {DESKTOPS} desktops / desktop vault",
                       percentile(merged[kind], 0.95) / base, "x")
            _notify_cost(report, team, admin, people[0])
            report(f"load average after: {load_average()}")
        finally:
            admin.lock()


def _run_each(profile: Any, homes: Path, work: list) -> list[dict]:
    """Every desktop its own arguments, all at once (run_desktops gives each the same)."""
    from tests.support.team_desktops import SPAWN, _as_desktop

    results = SPAWN.Queue()
    processes = []
    for (username, password), args in work:
        home = homes / username
        home.mkdir(parents=True, exist_ok=True)
        process = SPAWN.Process(target=_as_desktop, args=(
            str(home), search_and_save, profile, username, password, args, results))
        process.start()
        processes.append(process)
    found = [results.get(timeout=3600) for _ in processes]
    for process in processes:
        process.join()
    return _ok({name: (status, value) for name, status, value in found})


def _ok(outcomes: dict) -> list[dict]:
    failed = [value for status, value in outcomes.values() if status != "ok"]
    if failed:
        raise RuntimeError(failed[0])
    return [value for _, value in outcomes.values()]


def run(report: Report, contacts: int = CONTACTS) -> None:
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from benchmarks.bench_foundation import people, realistic_queries

    keyring.set_keyring(NullKeyring())  # the benchmark stores no secrets
    report(f"load average at the start: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="contactweb-bench-team-") as temp:
        home = Path(temp)
        old_home = os.environ.get("CONTACTWEB_HOME")
        os.environ["CONTACTWEB_HOME"] = str(home / "home")  # desktops spawned inherit it
        try:
            rows = list(people(contacts))
            queries = realistic_queries(rows, QUERIES)
            desktop = _desktop(report, rows, queries, home)
            _team(report, rows, queries, home, desktop)
        finally:
            if old_home is None:
                os.environ.pop("CONTACTWEB_HOME", None)
            else:
                os.environ["CONTACTWEB_HOME"] = old_home


if __name__ == "__main__":
    from benchmarks.__main__ import print_figure

    run(print_figure, int(sys.argv[1]) if len(sys.argv) > 1 else CONTACTS)
