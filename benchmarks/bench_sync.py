"""Backup benchmark: page-level encrypted backups of a ~100,000-contact vault to a local S3.

Measures a full backup, an incremental after changing 1% of the rows at random, and one after
inserting 1,000 rows into another table; compares with restic on the same file when the
``restic`` binary is installed. Prints figures only; speed is never asserted.

    .venv/bin/python -m benchmarks.bench_sync
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import boto3
import sqlcipher3
from botocore.config import Config
from moto.server import ThreadedMotoServer

from contactweb.sync import BackupEngine, BackupResult, S3Settings, S3Transport

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
    def __init__(self, restic: str, folder: Path) -> None:
        self.restic = restic
        self.repo = folder / "restic-repo"
        self.env = {**os.environ, "RESTIC_REPOSITORY": str(self.repo), "RESTIC_PASSWORD": "bench",
                    "RESTIC_CACHE_DIR": str(folder / "restic-cache")}
        subprocess.run([restic, "init"], env=self.env, check=True, capture_output=True)

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.repo.rglob("*") if p.is_file())

    def backup(self, db_path: Path) -> tuple[float, int]:
        before = self.size()
        started = time.perf_counter()
        subprocess.run([self.restic, "backup", "--quiet", str(db_path)], env=self.env, check=True,
                       capture_output=True, cwd=db_path.parent)
        return time.perf_counter() - started, self.size() - before


def run(report: Callable[[str], None]) -> None:
    rng = random.Random(2024)
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="contactweb-bench-sync-") as temp:
        folder = Path(temp)
        (folder / "vault").mkdir()
        started = time.perf_counter()
        db_path, keyslots = build_vault(folder / "vault", key, rng)
        checkpoint(db_path, key)
        db_size = db_path.stat().st_size
        report(f"sync: built a {CONTACT_ROWS:,}-contact vault of {db_size / 2**20:.1f} MiB "
               f"in {time.perf_counter() - started:.1f} s")

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        try:
            host, port = server.get_host_and_port()
            endpoint = f"http://{host}:{port}"
            boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id="k",
                         aws_secret_access_key="s", config=Config(s3={"addressing_style": "path"})
                         ).create_bucket(Bucket="contactweb-bench")
            transport = S3Transport(S3Settings(endpoint, "contactweb-bench", "us-east-1", "k", "s"))
            engine = BackupEngine(transport, "bench-vault", key, cache_dir=folder / "cache")
            restic_path = shutil.which("restic")
            restic = ResticRepo(restic_path, folder) if restic_path else None

            def step(label: str, previous_pages: set[bytes] | None) -> tuple[BackupResult, set[bytes]]:
                started = time.perf_counter()
                result = engine.backup(db_path, keyslots)
                seconds = time.perf_counter() - started
                pages = page_hashes(db_path)  # the file equals the snapshot: nothing wrote since
                size = db_path.stat().st_size
                line = (f"sync: {label}: {seconds:.2f} s, uploaded {result.bytes_uploaded / 2**20:.2f} MiB "
                        f"({100 * result.bytes_uploaded / size:.2f}% of the {size / 2**20:.1f} MiB db), "
                        f"{result.pages_uploaded}/{result.pages_total} pages, {result.packs_uploaded} packs, "
                        f"manifest {result.manifest_bytes / 1024:.0f} KiB")
                if previous_pages is not None:
                    changed_bytes = len(pages - previous_pages) * PAGE_SIZE
                    ratio = result.bytes_uploaded / changed_bytes if changed_bytes else float("inf")
                    line += (f"; changed pages {changed_bytes / 2**20:.2f} MiB, "
                             f"uploaded/changed = {ratio:.3f}")
                report(line)
                if restic is not None:
                    restic_seconds, restic_bytes = restic.backup(db_path)
                    report(f"restic: {label}: {restic_seconds:.2f} s, repository grew "
                           f"{restic_bytes / 2**20:.2f} MiB; ContactWeb/restic bytes = "
                           f"{result.bytes_uploaded / max(restic_bytes, 1):.3f}, time = "
                           f"{seconds / max(restic_seconds, 1e-9):.2f}")
                return result, pages

            _, pages = step("full backup", None)
            _, pages = step("no change", pages)
            change_one_percent(db_path, key, rng)
            checkpoint(db_path, key)
            _, pages = step(f"after changing 1% of rows ({CONTACT_ROWS // 100:,}) at random", pages)
            insert_communications(db_path, key, rng)
            checkpoint(db_path, key)
            step("after inserting 1,000 communication rows", pages)
            if restic is None:
                report("restic: not installed (apt-get install -y restic), comparison skipped")

            started = time.perf_counter()
            restored = engine.restore(None, folder / "restored")
            report(f"sync: restore of the newest snapshot: {time.perf_counter() - started:.2f} s, "
                   f"byte-identical: {restored.read_bytes() == db_path.read_bytes()}")
        finally:
            server.stop()


if __name__ == "__main__":
    run(print)
