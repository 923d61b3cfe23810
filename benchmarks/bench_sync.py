"""Backup benchmark: page-level encrypted backups of a 100,000-contact vault to a local S3
endpoint (moto's server over HTTP on 127.0.0.1, in its own process as a real server is).

Two vaults: one made through the real services (contacts with emails, phones, addresses,
tags, the search index, the audit log; changes through ``contacts.update_contact`` and
``communications.log_communication``; backups through ``services.backup.backup_now``), and a
synthetic one-table vault driving the engine directly. For each: a full backup, one with no
change, one after changing 1% of the contacts at random, one after logging 1,000
communications; seconds, bytes uploaded, and uploaded/changed-pages. When the ``restic``
binary is installed (Debian's ``restic``), it backs up the same database file to a local
repository after each step: the time and bytes ratios. Each step reports wall-clock seconds and
the CPU seconds of the ContactWeb process (the S3 server runs in its own process) and of
restic. Wall-clock on a shared machine is noisy, so the full backup is compared several times
(fresh bucket, fresh restic repository) and the goal is judged on the median ratio. Figures
only; speed is never asserted.

Goals (issue 10): full backup no slower than restic; incremental bytes at most half of
restic's; after 1% of the contacts change, uploaded <= 1.5x the changed pages; after 1,000
communications, under 3% of the vault.

    .venv/bin/python -m benchmarks sync          # through the runner
    .venv/bin/python -m benchmarks.bench_sync    # alone
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import boto3
import sqlcipher3
from botocore.config import Config

from contactweb.sync import BackupEngine, BackupResult, S3Settings, S3Transport

Report = Callable[..., None]  # report(name, value, unit, goal="")
FULL_BACKUP_RUNS = 3  # full backups compared with restic (the first, then fresh targets)

CONTACT_ROWS = 100_000
PAGE_SIZE = 4096
FIRST = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Radia", "Niklaus"]
LAST = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Perlman"]


def keyed(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(db_path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def build_vault(folder: Path, key: bytes, rng: random.Random) -> tuple[Path, Path]:
    db_path = folder / "contactweb.db"
    connection = keyed(db_path, key)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(
        "CREATE TABLE contact (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, company TEXT,"
        " email TEXT, phone TEXT, city TEXT, notes TEXT, updated_at TEXT)"
    )
    connection.execute("CREATE INDEX contact_email ON contact(email)")
    connection.execute("CREATE INDEX contact_name ON contact(last_name, first_name)")
    connection.execute(
        "CREATE TABLE communication (id INTEGER PRIMARY KEY, contact_id INTEGER, kind TEXT,"
        " occurred_at TEXT, subject TEXT, body TEXT)"
    )
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO contact (first_name, last_name, company, email, phone, city, notes, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (
            (
                first := rng.choice(FIRST), last := rng.choice(LAST), f"{last} Holdings {n % 500}",
                f"{first}.{last}.{n}@example.com".lower(), f"+1 555 {n:07d}",
                rng.choice(["Boston", "Denver", "Austin", "Portland", "Raleigh"]),
                "met at trade fair; " + "follow up " * rng.randint(1, 12), "2024-01-01T00:00:00",
            )
            for n in range(CONTACT_ROWS)
        ),
    )
    connection.execute("COMMIT")
    connection.close()
    keyslots = folder / "keyslots.json"
    keyslots.write_text(json.dumps({"vault_id": "bench-vault", "slots": [{"id": "x", "wrapped": "y"}]}))
    return db_path, keyslots


def page_hashes(db_path: Path) -> set[bytes]:
    data = db_path.read_bytes()
    return {hashlib.sha256(data[i:i + PAGE_SIZE]).digest() for i in range(0, len(data), PAGE_SIZE)}


def change_one_percent(db_path: Path, key: bytes, rng: random.Random) -> None:
    connection = keyed(db_path, key)
    connection.execute("BEGIN")
    for row_id in rng.sample(range(1, CONTACT_ROWS + 1), CONTACT_ROWS // 100):
        connection.execute(
            "UPDATE contact SET phone = ?, updated_at = '2024-06-01T12:00:00' WHERE id = ?",
            (f"+1 555 {rng.randrange(10**7):07d}", row_id),
        )
    connection.execute("COMMIT")
    connection.close()


def insert_communications(db_path: Path, key: bytes, rng: random.Random) -> None:
    connection = keyed(db_path, key)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO communication (contact_id, kind, occurred_at, subject, body) VALUES (?,?,?,?,?)",
        (
            (rng.randint(1, CONTACT_ROWS), rng.choice(["call", "email", "meeting"]),
             "2024-06-02T09:00:00", f"Subject {n}", "notes " * rng.randint(5, 40))
            for n in range(1000)
        ),
    )
    connection.execute("COMMIT")
    connection.close()


def checkpoint(db_path: Path, key: bytes) -> None:
    connection = keyed(db_path, key)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


class ResticRepo:
    def __init__(self, restic: str, folder: Path, name: str = "restic-repo") -> None:
        self.restic = restic
        self.repo = folder / name
        self.env = {**os.environ, "RESTIC_REPOSITORY": str(self.repo), "RESTIC_PASSWORD": "bench",
                    "RESTIC_CACHE_DIR": str(folder / f"{name}-cache")}
        subprocess.run([restic, "init"], env=self.env, check=True, capture_output=True)

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.repo.rglob("*") if p.is_file())

    def backup(self, db_path: Path) -> tuple[float, float, int]:
        """Wall seconds, CPU seconds (user + system of restic) and repository growth."""
        before = self.size()
        cpu_before = _children_cpu()
        started = time.perf_counter()
        subprocess.run([self.restic, "backup", "--quiet", str(db_path)], env=self.env, check=True,
                       capture_output=True, cwd=db_path.parent)
        seconds = time.perf_counter() - started
        return seconds, _children_cpu() - cpu_before, self.size() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class Stopwatch:
    """Wall-clock and CPU seconds of this process (every thread) around a block."""

    def __enter__(self) -> Stopwatch:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.seconds = time.perf_counter() - self._wall
        self.cpu_seconds = time.process_time() - self._cpu


def moto_bucket(endpoint: str, bucket: str) -> None:
    boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="k",
                 aws_secret_access_key="s", config=Config(s3={"addressing_style": "path"})
                 ).create_bucket(Bucket=bucket)


class Steps:
    """Reports one backup step: its time and bytes, the bytes of the pages that changed, and
    restic's figures on the same file."""

    def __init__(self, report: Report, prefix: str, db_path: Path, restic: ResticRepo | None
                 ) -> None:
        self.report = report
        self.prefix = prefix
        self.db_path = db_path
        self.restic = restic
        self.pages: set[bytes] | None = None
        self.full_backup_times: list[tuple[float, float]] = []  # (ContactWeb, restic) seconds

    def record(self, label: str, watch: Stopwatch, result: BackupResult, goal: str = "") -> None:
        report, name = self.report, f"{self.prefix}: {label}"
        pages = page_hashes(self.db_path)  # the file as snapshotted (checkpointed, idle)
        size = self.db_path.stat().st_size
        report(f"{name}: seconds", watch.seconds, "s")
        report(f"{name}: CPU seconds (ContactWeb process)", watch.cpu_seconds, "s")
        report(f"{name}: uploaded", result.bytes_uploaded / 2**20, "MiB")
        report(f"{name}: uploaded / vault size", 100 * result.bytes_uploaded / size, "%",
               goal if "communications" in label else "")
        if self.pages is not None:
            changed = len(pages - self.pages) * PAGE_SIZE
            report(f"{name}: changed pages", changed / 2**20, "MiB")
            if changed:
                report(f"{name}: uploaded / changed pages", result.bytes_uploaded / changed, "x",
                       goal if "1%" in label else "")
        self.pages = pages
        if self.restic is not None:
            restic_seconds, restic_cpu, restic_bytes = self.restic.backup(self.db_path)
            report(f"{name}: restic seconds", restic_seconds, "s")
            report(f"{name}: restic CPU seconds", restic_cpu, "s")
            report(f"{name}: restic repository growth", restic_bytes / 2**20, "MiB")
            report(f"{name}: time ContactWeb / restic", watch.seconds / max(restic_seconds, 1e-9), "x")
            report(f"{name}: bytes ContactWeb / restic", result.bytes_uploaded / max(restic_bytes, 1),
                   "x", "<= 0.5" if "1%" in label else "")
            if label == "full backup":
                self.full_backup_times.append((watch.seconds, restic_seconds))

    def record_full_backup_again(self, run: int, watch: Stopwatch, restic: ResticRepo) -> None:
        """A further full backup to a fresh target, and restic's to a fresh repository."""
        report, name = self.report, f"{self.prefix}: full backup, run {run} (fresh targets)"
        restic_seconds, restic_cpu, _ = restic.backup(self.db_path)
        report(f"{name}: seconds", watch.seconds, "s")
        report(f"{name}: CPU seconds (ContactWeb process)", watch.cpu_seconds, "s")
        report(f"{name}: restic seconds", restic_seconds, "s")
        report(f"{name}: restic CPU seconds", restic_cpu, "s")
        report(f"{name}: time ContactWeb / restic", watch.seconds / max(restic_seconds, 1e-9), "x")
        self.full_backup_times.append((watch.seconds, restic_seconds))

    def report_full_backup_median(self) -> None:
        if not self.full_backup_times:
            return
        ratios = [ours / max(theirs, 1e-9) for ours, theirs in self.full_backup_times]
        self.report(f"{self.prefix}: full backup: time ContactWeb / restic, median of "
                    f"{len(ratios)} runs", statistics.median(ratios), "x", "<= 1")


# --- a vault made through the services ----------------------------------------------------------
_GOOGLE_HEADER = ["First Name", "Last Name", "Organization Name", "E-mail 1 - Label",
                  "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Label",
                  "Address 1 - Street", "Address 1 - City", "Address 1 - Postal Code",
                  "Address 1 - Country", "Notes", "Labels"]
_CITIES = [("Boston", "02108", "US"), ("Berlin", "10115", "DE"), ("Austin", "78701", "US"),
           ("Lyon", "69001", "FR"), ("Denver", "80202", "US")]


def google_contacts_csv(path: Path, rows: int, rng: random.Random) -> None:
    """A Google Contacts export of distinct people (the way most vaults are first filled)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(_GOOGLE_HEADER)
        for n in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            city, postcode, country = _CITIES[n % len(_CITIES)]
            writer.writerow([
                first, f"{last}-{n}", f"{last} Holdings {n}", "* Work",
                f"{first}.{last}.{n}@example.com".lower(), "Mobile", f"+1 415 {2000000 + n:07d}",
                "Work", f"{n % 300} Market Street", city, postcode, country,
                "met at trade fair; " + "follow up " * rng.randint(1, 12),
                "* myContacts ::: Customers" if n % 3 else "* myContacts"])


def _service_vault(folder: Path, rng: random.Random):  # noqa: ANN202 - Workspace
    """A vault filled by importing a Google Contacts CSV through the importer service."""
    import keyring
    from keyring.backends.null import Keyring as NullKeyring

    from contactweb.services.accounts import session
    from contactweb.services.importing import importer

    keyring.set_keyring(NullKeyring())  # the S3 secret goes into the vault
    ws = session.create_vault(folder / "vault", "admin", "Benchmark-pass-42!")
    source = folder / "google.csv"
    google_contacts_csv(source, CONTACT_ROWS, rng)
    created = importer.import_records(ws, importer.parse_file(source)).created
    if len(created) != CONTACT_ROWS:
        raise RuntimeError(f"only {len(created)} of {CONTACT_ROWS} contacts were imported")
    source.unlink()
    return ws


def run_services(report: Report, endpoint: str) -> None:
    """A 100,000-contact vault made, changed and backed up through the services."""
    from contactweb.services.activity import communications
    from contactweb.services.activity.communications import CommunicationInput
    from contactweb.services.backup import backup
    from contactweb.services.contacts import contacts
    from contactweb.services.contacts.contacts import PhoneInput
    from contactweb.store.engine import checkpoint as checkpoint_engine

    rng = random.Random(2025)
    with tempfile.TemporaryDirectory(prefix="contactweb-bench-sync-services-") as temp:
        folder = Path(temp)
        started = time.perf_counter()
        ws = _service_vault(folder, rng)
        try:
            checkpoint_engine(ws.engine)
            db_path = ws.vault.db_path
            report(f"services: import {CONTACT_ROWS:,} contacts (Google CSV)", time.perf_counter() - started,
                   "s")
            report("services: vault size", db_path.stat().st_size / 2**20, "MiB")
            moto_bucket(endpoint, "contactweb-bench-services")
            backup.configure_s3(ws, endpoint, "contactweb-bench-services", "us-east-1", "k", "s")
            backup.record_transfer_basis(ws, "encryption")
            restic_path = shutil.which("restic")
            restic = ResticRepo(restic_path, folder) if restic_path else None
            steps = Steps(report, "services", db_path, restic)

            def step(label: str, goal: str = "") -> None:
                checkpoint_engine(ws.engine)
                with Stopwatch() as watch:
                    result = backup.backup_now(ws)
                checkpoint_engine(ws.engine)  # fold the run's own history row in for restic
                steps.record(label, watch, result, goal)

            step("full backup")
            step("no change")
            for contact_id in rng.sample(range(1, CONTACT_ROWS + 1), CONTACT_ROWS // 100):
                data = contacts.get_contact(ws, contact_id, audit_view=False).to_input()
                data.phones = [PhoneInput(f"+1 415 {rng.randrange(3000000, 9999999):07d}")]
                contacts.update_contact(ws, contact_id, data)
            step("after changing 1% of the contacts (1,000) at random", "<= 1.5")
            for n in range(1000):
                communications.log_communication(ws, rng.randint(1, CONTACT_ROWS), CommunicationInput(
                    kind=rng.choice(["call", "email", "meeting"]), subject=f"Subject {n}",
                    body="notes " * rng.randint(5, 40)))
            step("after logging 1,000 communications", "< 3 %")
            if restic is None:
                report("services: restic not installed (apt-get install restic): no comparison",
                       0, "")
            before = time.perf_counter()
            restored = backup.restore_backup(ws, None, folder / "restored")
            report("services: restore of the newest backup", time.perf_counter() - before, "s")
            report("services: restored vault holds every contact",
                   float(_contact_count(restored.db_path, ws.raw_key()) == CONTACT_ROWS), "(1 = yes)")
            if restic_path:
                for run in range(2, FULL_BACKUP_RUNS + 1):
                    bucket = f"contactweb-bench-services-{run}"
                    moto_bucket(endpoint, bucket)
                    backup.configure_s3(ws, endpoint, bucket, "us-east-1", "k", "s")
                    checkpoint_engine(ws.engine)
                    with Stopwatch() as watch:
                        backup.backup_now(ws)
                    checkpoint_engine(ws.engine)
                    steps.record_full_backup_again(run, watch, ResticRepo(restic_path, folder,
                                                                          f"restic-repo-{run}"))
                steps.report_full_backup_median()
        finally:
            ws.lock()


def _contact_count(db_path: Path, key: bytes) -> int:
    connection = keyed(db_path, key)
    try:
        return int(connection.execute("SELECT count(*) FROM contacts").fetchone()[0])
    finally:
        connection.close()


# --- the engine alone on a synthetic table --------------------------------------------------
def run_engine(report: Report, endpoint: str) -> None:
    rng = random.Random(2024)
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="contactweb-bench-sync-") as temp:
        folder = Path(temp)
        (folder / "vault").mkdir()
        db_path, keyslots = build_vault(folder / "vault", key, rng)
        checkpoint(db_path, key)
        report("engine: synthetic 100,000-row vault size", db_path.stat().st_size / 2**20, "MiB")
        moto_bucket(endpoint, "contactweb-bench")
        transport = S3Transport(S3Settings(endpoint, "contactweb-bench", "us-east-1", "k", "s"))
        engine = BackupEngine(transport, "bench-vault", key, cache_dir=folder / "cache")
        restic_path = shutil.which("restic")
        steps = Steps(report, "engine", db_path, ResticRepo(restic_path, folder) if restic_path
                      else None)

        def step(label: str, goal: str = "") -> None:
            checkpoint(db_path, key)
            with Stopwatch() as watch:
                result = engine.backup(db_path, keyslots)
            steps.record(label, watch, result, goal)

        step("full backup")
        step("no change")
        change_one_percent(db_path, key, rng)
        step("after changing 1% of the rows at random", "<= 1.5")
        insert_communications(db_path, key, rng)
        step("after inserting 1,000 communication rows", "< 3 %")
        before = time.perf_counter()
        restored = engine.restore(None, folder / "restored")
        report("engine: restore of the newest snapshot", time.perf_counter() - before, "s")
        report("engine: restored file byte-identical", float(restored.read_bytes() == db_path.read_bytes()),
               "(1 = yes)")
        if restic_path:
            for run in range(2, FULL_BACKUP_RUNS + 1):
                bucket = f"contactweb-bench-{run}"
                moto_bucket(endpoint, bucket)
                fresh = BackupEngine(S3Transport(S3Settings(endpoint, bucket, "us-east-1", "k", "s")),
                                     "bench-vault", key, cache_dir=folder / f"cache-{run}")
                with Stopwatch() as watch:
                    fresh.backup(db_path, keyslots)
                steps.record_full_backup_again(run, watch, ResticRepo(restic_path, folder,
                                                                      f"restic-repo-{run}"))
            steps.report_full_backup_median()


class MotoServerProcess:
    """moto's S3 server (``python -m moto.server``) in a process of its own on a free port of
    127.0.0.1. A real S3 server never shares the uploader's interpreter; in the same process
    the server's request handling competes with the uploader for the GIL and the socket waits
    grow, which measures the server rather than ContactWeb."""

    def __init__(self, start_timeout_s: float = 30.0) -> None:
        self._start_timeout_s = start_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self.endpoint = ""

    def __enter__(self) -> str:
        for _ in range(3):  # the free port may be taken between probing and binding
            port = _free_port()
            self._process = subprocess.Popen(
                [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.endpoint = f"http://127.0.0.1:{port}"
            if self._wait_until_it_answers():
                return self.endpoint
            self._stop()
        raise RuntimeError("moto's S3 server did not start on 127.0.0.1")

    def __exit__(self, *exc_info: object) -> None:
        self._stop()

    def _wait_until_it_answers(self) -> bool:
        deadline = time.monotonic() + self._start_timeout_s
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                return False  # exited: the port was taken
            try:
                with urllib.request.urlopen(self.endpoint + "/", timeout=1.0):
                    return True
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        return False

    def _stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run(report: Report) -> None:
    with MotoServerProcess() as endpoint:
        run_services(report, endpoint)
        run_engine(report, endpoint)


def _print_figure(name: str, value: float, unit: str, goal: str = "") -> None:
    suffix = f"   (goal {goal})" if goal else ""
    print(f"  {name:<70} {value:>12,.3f} {unit}{suffix}", flush=True)


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["services", "engine"]
    with MotoServerProcess() as server_endpoint:
        if "services" in wanted:
            run_services(_print_figure, server_endpoint)
        if "engine" in wanted:
            run_engine(_print_figure, server_endpoint)
