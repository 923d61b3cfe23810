"""A real PostgreSQL server (Debian's ``postgresql`` binaries) started by the tests themselves.

One server per test session (per pytest-xdist worker): ``initdb`` into a temp folder, listening
on 127.0.0.1 on a free port and on a unix socket in that folder, TLS on with a certificate from
a test CA (valid for 127.0.0.1 and localhost, so ``sslmode=verify-full`` works against
``server.ca.ca_pem``), SCRAM-SHA-256 for every TCP login, ``pg_trgm`` available.

``initdb`` and ``postgres`` refuse to run as root; as root the server runs as Debian's
``postgres`` account (or ``nobody``) through ``setpriv``. Without the binaries the tests that
need the server are skipped with a reason that says how to install them.

Durability is off (``fsync``, ``synchronous_commit``, ``full_page_writes``): the data is thrown
away at the end of the session, and the tests run much faster.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from tests.support.mailing_server import free_port
from tests.support.tls_authority import CaFiles, make_test_ca


def _find_bindir() -> Path | None:
    """The newest PostgreSQL 15+ found in Debian's layout, then on PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "postgres").exists():
            if Path(folder).parent.name.isdigit() and int(Path(folder).parent.name) >= 15:
                return Path(folder)
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("postgres") else None


BINDIR = _find_bindir()
SKIP_REASON = ("PostgreSQL 15+ is not installed (Debian: apt-get install postgresql; "
               ".ci/run does it)")
needs_postgres = pytest.mark.skipif(BINDIR is None, reason=SKIP_REASON)

SUPERUSER = "contactweb_test_super"
TEMPLATE_DATABASE = "contactweb_template"

CONFIG = """
listen_addresses = '127.0.0.1'
port = {port}
unix_socket_directories = '{socket_dir}'
ssl = on
ssl_cert_file = '{cert}'
ssl_key_file = '{key}'
ssl_ca_file = '{ca}'
password_encryption = 'scram-sha-256'
max_connections = 200
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
logging_collector = off
log_min_messages = warning
"""

# The superuser may use the unix socket without a password (the fixture's own setup); every
# other login, and every TCP login, is SCRAM-SHA-256. Plain TCP is accepted here because a
# server on this computer is the one case where ContactWeb allows it.
HBA = """
local all {superuser} trust
local all all scram-sha-256
hostssl all all 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
"""


@dataclass(frozen=True)
class PostgresServer:
    root: Path
    port: int
    socket_dir: Path
    ca: CaFiles  # ca.ca_pem is what a client passes as sslrootcert
    superuser: str
    superuser_password: str

    def url(self, database: str, user: str | None = None, password: str | None = None,
            sslmode: str = "verify-full", host: str = "127.0.0.1") -> URL:
        """A SQLAlchemy URL over TCP (psycopg 3); the superuser unless ``user`` is given.
        ``sslmode="verify-full"`` trusts only the test CA."""
        query = {"sslmode": sslmode}
        if sslmode in ("verify-ca", "verify-full"):
            query["sslrootcert"] = str(self.ca.ca_pem)
        return URL.create("postgresql+psycopg", username=user or self.superuser,
                          password=password if user else self.superuser_password,
                          host=host, port=self.port, database=database, query=query)

    def socket_url(self, database: str) -> URL:
        """The superuser over the unix socket: no TLS handshake, the fastest way in."""
        return URL.create("postgresql+psycopg", username=self.superuser, database=database,
                          query={"host": str(self.socket_dir), "port": str(self.port)})

    def conninfo(self, database: str = "postgres") -> str:
        """A libpq connection string for psycopg: the superuser over the unix socket."""
        return (f"host={self.socket_dir} port={self.port} dbname={database} "
                f"user={self.superuser}")

    def execute(self, sql: str, database: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser in autocommit (CREATE DATABASE needs it)."""
        import psycopg

        with psycopg.connect(self.conninfo(database), autocommit=True) as conn:
            cursor = conn.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def create_database(self, template: str = "template0") -> str:
        """A new empty database with a unique name, copied from ``template``."""
        name = f"cw_{secrets.token_hex(6)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _server_account() -> pwd.struct_passwd | None:
    """None when we are not root (the server runs as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' or 'nobody' account to run the "
                       "PostgreSQL server as")


def _as_account(account: pwd.struct_passwd | None, argv: list[str]) -> list[str]:
    """The command run as ``account``; the server also dies with the test process."""
    prefix = ["setpriv", "--pdeathsig", "KILL"] if shutil.which("setpriv") else []
    if account is None:
        return prefix + argv
    if not prefix:
        raise RuntimeError("running as root and setpriv (util-linux) is missing")
    return prefix + [f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}",
                     "--clear-groups", "--reset-env"] + argv


def _give(path: Path, account: pwd.struct_passwd | None) -> None:
    if account is not None:
        os.chown(path, account.pw_uid, account.pw_gid)


def _wait_until_ready(server: PostgresServer, process: subprocess.Popen, log: Path) -> None:
    import psycopg

    for _ in range(600):  # readiness, not a timing assertion
        if process.poll() is not None:
            raise RuntimeError("postgres exited: " + (log.read_text() if log.exists() else ""))
        try:
            psycopg.connect(server.conninfo(), connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            time.sleep(0.05)
    raise RuntimeError("postgres did not accept connections: "
                       + (log.read_text() if log.exists() else ""))


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """Start a throw-away server; stopped (fast shutdown) and deleted afterwards."""
    if BINDIR is None:
        pytest.skip(SKIP_REASON)
    account = _server_account()
    # Its own folder outside pytest's (private to us): as root the server runs as another
    # account that must reach it.
    root = Path(tempfile.mkdtemp(prefix="contactweb-postgres-"))
    root.chmod(0o755)
    data, socket_dir, tls = root / "data", root / "socket", root / "tls"
    for folder in (data, socket_dir):
        folder.mkdir(mode=0o700)
        _give(folder, account)
    ca = make_test_ca(tls)
    for path in (tls, ca.cert_pem, ca.key_pem, ca.ca_pem):
        _give(path, account)
    password = secrets.token_urlsafe(18)
    pwfile = root / "pwfile"
    pwfile.write_text(password + "\n")
    _give(pwfile, account)
    init = subprocess.run(
        _as_account(account, [str(BINDIR / "initdb"), "-D", str(data), "-U", SUPERUSER,
                              "--pwfile", str(pwfile), "--auth-local=trust",
                              "--auth-host=scram-sha-256", "--encoding=UTF8",
                              "--locale=C.UTF-8", "--no-sync"]),
        capture_output=True, text=True, check=False, timeout=180)
    pwfile.unlink()
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError("initdb failed: " + init.stdout + init.stderr)
    port = free_port()
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(CONFIG.format(port=port, socket_dir=socket_dir, cert=ca.cert_pem,
                                 key=ca.key_pem, ca=ca.ca_pem))
    (data / "pg_hba.conf").write_text(HBA.format(superuser=SUPERUSER))
    log = root / "postgres.log"
    server = PostgresServer(root, port, socket_dir, ca, SUPERUSER, password)
    with open(log, "wb") as log_file:
        process = subprocess.Popen(_as_account(account, [str(BINDIR / "postgres"), "-D",
                                                         str(data)]),
                                   stdout=log_file, stderr=subprocess.STDOUT)
    try:
        _wait_until_ready(server, process, log)
        yield server
    finally:
        process.send_signal(signal.SIGINT)  # fast shutdown: end sessions, no waiting
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
