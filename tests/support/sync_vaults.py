"""Shared helpers of the sync integration tests: SQLCipher vaults, a moto S3 server, and a
TCP proxy that cuts connections (tests/integration/test_sync_cutting_proxy.py checks it)."""

from __future__ import annotations

import atexit
import json
import os
import random
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

import boto3
import sqlcipher3
from botocore.config import Config
from moto.server import ThreadedMotoServer

from contactweb.sync import S3Settings, S3Transport

ACCESS_KEY = "testing-access-key"
SECRET_KEY = "testing-secret-key"
PLAINTEXT_MARKER = "ZEBRA-PLAINTEXT-MARKER-7f3c"


# Vaults --------------------------------------------------------------------------------------
@dataclass
class SampleVault:
    folder: Path
    vault_id: str
    key: bytes

    @property
    def db_path(self) -> Path:
        return self.folder / "contactweb.db"

    @property
    def keyslots_path(self) -> Path:
        return self.folder / "keyslots.json"

    def connect(self) -> sqlcipher3.Connection:
        return connect_keyed(self.db_path, self.key)

    def rows(self) -> list[tuple]:
        return read_rows(self.db_path, self.key)


def connect_keyed(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(db_path), isolation_level=None, timeout=30)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def read_rows(db_path: Path, key: bytes) -> list[tuple]:
    connection = connect_keyed(db_path, key)
    try:
        return connection.execute("SELECT * FROM contact ORDER BY id").fetchall()
    finally:
        connection.close()


def fake_contact(number: int, rng: random.Random) -> tuple:
    first = rng.choice(["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances"])
    last = rng.choice(["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen"])
    return (
        first, last, f"{last} & Co {number % 97}", f"{first}.{last}{number}@example.com".lower(),
        f"+1 555 {number:07d}", f"note {number}: " + "x" * rng.randint(20, 200),
    )


def make_vault(folder: Path, rows: int = 2000, vault_id: str = "vault-test", seed: int = 1) -> SampleVault:
    folder.mkdir(parents=True, exist_ok=True)
    vault = SampleVault(folder, vault_id, os.urandom(32))
    connection = vault.connect()
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(
        "CREATE TABLE contact (id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
        "company TEXT, email TEXT, phone TEXT, notes TEXT)"
    )
    connection.execute("CREATE INDEX contact_email ON contact(email)")
    rng = random.Random(seed)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO contact (first_name, last_name, company, email, phone, notes) VALUES (?,?,?,?,?,?)",
        [fake_contact(number, rng) for number in range(rows)],
    )
    connection.execute(
        "UPDATE contact SET notes = ? WHERE id = 1", (f"{PLAINTEXT_MARKER} confidential",)
    )
    connection.execute("COMMIT")
    connection.close()
    vault.keyslots_path.write_text(
        json.dumps({"vault_id": vault_id, "version": 1, "slots": [{"id": "c2xvdA", "wrapped": "AAAA"}]})
    )
    return vault


def change_rows(vault: SampleVault, count: int, seed: int) -> None:
    rng = random.Random(seed)
    connection = vault.connect()
    total = connection.execute("SELECT max(id) FROM contact").fetchone()[0]
    connection.execute("BEGIN")
    for row_id in rng.sample(range(1, total + 1), count):
        connection.execute("UPDATE contact SET phone = ? WHERE id = ?", (f"+1 555 {rng.randrange(10**7):07d}", row_id))
    connection.execute("COMMIT")
    connection.close()


def page_set(db_path: Path, page_size: int = 4096) -> set[bytes]:
    data = db_path.read_bytes()
    return {data[offset:offset + page_size] for offset in range(0, len(data), page_size)}


# S3 ------------------------------------------------------------------------------------------
_server_lock = threading.Lock()
_server_endpoint: str | None = None


def moto_endpoint() -> str:
    """One moto server per test process (started on first use, stopped at exit)."""
    global _server_endpoint
    with _server_lock:
        if _server_endpoint is None:
            server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
            server.start()
            host, port = server.get_host_and_port()
            atexit.register(server.stop)
            _server_endpoint = f"http://{host}:{port}"
        return _server_endpoint


def s3_client(endpoint: str):
    return boto3.client(
        "s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY, config=Config(s3={"addressing_style": "path"}),
    )


def create_bucket(region: str | None = "us-west-2") -> str:
    name = f"contactweb-test-{os.urandom(6).hex()}"
    client = s3_client(moto_endpoint())
    if region in (None, "us-east-1"):  # S3 rejects an explicit us-east-1 constraint
        client.create_bucket(Bucket=name)
    else:
        client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})
    return name


def bucket_keys(bucket: str) -> list[str]:
    answer = s3_client(moto_endpoint()).list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in answer.get("Contents", [])]


def s3_transport(bucket: str, endpoint: str | None = None, region: str = "us-west-2", **extra) -> S3Transport:
    return S3Transport(
        S3Settings(
            endpoint_url=endpoint or moto_endpoint(), bucket=bucket, region=region,
            access_key_id=ACCESS_KEY, secret_access_key=SECRET_KEY, **extra,
        )
    )


# A proxy that cuts the connection ------------------------------------------------------------
class CuttingProxy:
    """Forwards TCP to an upstream; after ``budget`` bytes (both directions together) it cuts
    the connection mid-stream and then refuses every new one, like a network that goes down."""

    def __init__(self, upstream_host: str, upstream_port: int) -> None:
        self._upstream = (upstream_host, upstream_port)
        self._lock = threading.Lock()
        self._budget: int | None = None
        self._down = False
        self.bytes_forwarded = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def arm(self, budget: int | None) -> None:
        with self._lock:
            self._budget = budget
            self._down = False
            self.bytes_forwarded = 0

    @property
    def has_cut(self) -> bool:
        return self._down

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self._down:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._upstream)
            except OSError:
                client.close()
                continue
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target, client, upstream), daemon=True).start()

    def _allowance(self, wanted: int) -> int:
        with self._lock:
            if self._down:
                return 0
            if self._budget is None:
                self.bytes_forwarded += wanted
                return wanted
            allowed = min(wanted, self._budget - self.bytes_forwarded)
            self.bytes_forwarded += allowed
            if allowed < wanted:
                self._down = True
            return allowed

    def _pump(self, source: socket.socket, target: socket.socket, *both: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                allowed = self._allowance(len(data))
                if allowed:
                    target.sendall(data[:allowed])
                if allowed < len(data):
                    break
        except OSError:
            pass
        finally:
            for sock in both:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()
