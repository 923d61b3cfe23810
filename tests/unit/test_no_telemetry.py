"""No telemetry: a scripted session of every command opens no network connection (and looks
up no host name) other than the servers the user configured; here, none are configured.

Every socket entry point is recorded. Loopback destinations listed in ``ALLOWED`` (the local
SMTP and S3 test servers, once a step uses them) pass through; anything else is refused and
recorded, so a stray connection can neither succeed nor go unnoticed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import boto3
import pytest
from aiosmtpd.controller import Controller
from botocore.config import Config
from moto.server import ThreadedMotoServer

import contactweb
from contactweb.cli import build_parser
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliResult, CliRunner

LOOPBACK = "127.0.0.1"
S3_REGION = "us-west-2"
S3_SECRET = "testing-secret-key"

# Child processes (the mailing delivery agent) get the same recorder through sitecustomize:
# it appends every destination to a log file and refuses what is not allowed.
CHILD_RECORDER = """
import json, os, socket
_log, _allowed = os.environ["CW_NETLOG"], json.loads(os.environ["CW_NET_ALLOWED"])
def _check(kind, address):
    if isinstance(address, (str, bytes)):
        return
    with open(_log, "a") as f:
        f.write(json.dumps([kind, str(address[0]), int(address[1] or 0)]) + "\\n")
    if [str(address[0]), int(address[1] or 0)] not in _allowed:
        raise OSError("network access blocked by the no-telemetry test")
_connect, _getaddrinfo = socket.socket.connect, socket.getaddrinfo
def connect(self, address):
    _check("connect", address)
    return _connect(self, address)
def getaddrinfo(host, port, *args, **kwargs):
    _check("getaddrinfo", (host, port))
    return _getaddrinfo(host, port, *args, **kwargs)
socket.socket.connect, socket.getaddrinfo = connect, getaddrinfo
"""


class NetworkRecorder:
    """Records every destination; lets through only ``allowed`` (host, port) pairs."""

    def __init__(self, log_path: Path) -> None:
        self.allowed: set[tuple[str, int]] = set()
        self.attempts: list[tuple[str, str, int]] = []
        self.log_path = log_path

    def check(self, kind: str, address: object) -> None:
        if isinstance(address, str | bytes):  # AF_UNIX paths are local by definition
            return
        host, port = str(address[0]), int(address[1] or 0)  # type: ignore[index]
        self.attempts.append((kind, host, port))
        if (host, port) not in self.allowed:
            raise OSError(f"network access blocked by the no-telemetry test: {address!r}")

    def allow(self, host: str, port: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.allowed.add((host, port))
        monkeypatch.setenv("CW_NET_ALLOWED", json.dumps(sorted(map(list, self.allowed))))

    def all_attempts(self) -> list[tuple[str, str, int]]:
        child = [tuple(json.loads(line)) for line in self.log_path.read_text().splitlines()] \
            if self.log_path.exists() else []
        return self.attempts + child

    def unexpected(self) -> list[tuple[str, str, int]]:
        return [a for a in self.all_attempts() if (a[1], a[2]) not in self.allowed]


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[NetworkRecorder]:
    hook_dir = tmp_path_factory.mktemp("netrecorder")
    (hook_dir / "sitecustomize.py").write_text(CHILD_RECORDER)
    recorder = NetworkRecorder(hook_dir / "attempts.log")
    monkeypatch.setenv("CW_NETLOG", str(recorder.log_path))
    monkeypatch.setenv("CW_NET_ALLOWED", "[]")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (str(hook_dir), os.environ.get("PYTHONPATH", "")) if p))
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_sendto = socket.create_connection, socket.socket.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> None:
        recorder.check("connect", address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        recorder.check("connect_ex", address)
        return real_connect_ex(self, address)

    def create_connection(address: tuple, *args: object, **kwargs: object) -> socket.socket:
        recorder.check("create_connection", address)
        return real_create(address, *args, **kwargs)

    def sendto(self: socket.socket, data: bytes, *args: object) -> int:
        recorder.check("sendto", args[-1])
        return real_sendto(self, data, *args)

    def getaddrinfo(host: object, port: object, *args: object, **kwargs: object) -> list:
        recorder.check("getaddrinfo", (host, port))
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield recorder


class RecordingSmtpHandler:
    def __init__(self) -> None:
        self.recipients: list[str] = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802, ANN001
        self.recipients += [r.lower() for r in envelope.rcpt_tos]
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server() -> Iterator[tuple[RecordingSmtpHandler, int]]:
    """The one server the session configures: SMTP on loopback, started before recording."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port = probe.getsockname()[1]
    handler = RecordingSmtpHandler()
    controller = Controller(handler, hostname=LOOPBACK, port=port)
    controller.start()
    yield handler, port
    controller.stop()


@dataclass
class S3Server:
    host: str
    port: int
    bucket: str

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client(self):  # noqa: ANN201
        return boto3.client("s3", endpoint_url=self.endpoint, region_name=S3_REGION,
                            aws_access_key_id="testing", aws_secret_access_key=S3_SECRET,
                            config=Config(s3={"addressing_style": "path"}))

    def keys(self) -> list[str]:
        return [o["Key"] for o in self.client().list_objects_v2(Bucket=self.bucket)
                .get("Contents", [])]


@pytest.fixture
def s3_server() -> Iterator[S3Server]:
    """The backup destination the session configures: moto's S3 server on loopback."""
    server = ThreadedMotoServer(ip_address=LOOPBACK, port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    s3 = S3Server(host, port, "contactweb-telemetry-test")
    s3.client().create_bucket(Bucket=s3.bucket,
                              CreateBucketConfiguration={"LocationConstraint": S3_REGION})
    yield s3
    server.stop()


def leaf_commands() -> set[str]:
    """Every command the command line offers, as 'privacy erase', 'log', ..."""
    found: set[str] = set()

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                        walk(sub, [*prefix, name])
                    else:
                        found.add(" ".join([*prefix, name]))

    walk(build_parser(), [])
    return found


class Session:
    """Runs commands in-process, remembering which commands the script exercised."""

    def __init__(self, cli: CliRunner, commands: set[str]) -> None:
        self.cli = cli
        self.commands = commands
        self.ran: set[str] = set()

    def __call__(self, *args: str, stdin: str | None = None, runner: CliRunner | None = None,
                 expect: int = 0) -> CliResult:
        words = [a for a in args[:2] if not a.startswith("-")]
        self.ran.add(" ".join(words) if " ".join(words) in self.commands else words[0])
        result = (runner or self.cli)(*args, stdin=stdin)
        assert result.code == expect, (args, result.err)
        return result


def mailing_session(run: Session, tmp: Path, ann: str, smtp_port: int) -> None:
    """Mailings through the configured SMTP server (the delivery agent is a child process)."""
    run("mailing", "config", "--host", LOOPBACK, "--port", str(smtp_port), "--plain",
        "--from", "news@shop.example", "--sender-name", "Shop",
        "--postal-address", "Shop Ltd; 1 Main St; Springfield", "--business-name", "Shop Ltd")
    body = tmp / "body.txt"
    body.write_text("Hello {first_name}, our spring catalogue is out.\n", "utf-8")
    run("mailing", "preview", "--subject", "Spring", "--body-file", str(body), "--contact", ann)
    run("mailing", "send", "--subject", "Spring", "--body-file", str(body), "--ids", ann)
    status = json.loads(run("mailing", "status", "--json").out)
    mailing_id = str(status[0]["id"])
    run("mailing", "status", "--mailing", mailing_id)
    run("mailing", "cancel", mailing_id)
    run("mailing", "release-claim", mailing_id, expect=1)  # a team vault's only
    run("mailing", "retry", mailing_id)
    run("mailing", "resume")
    run("mailing", "one-to-one", ann, "--subject", "Your order", "--body-file", str(body))
    template = tmp / "letter.txt"
    template.write_text("Subject: Spring\nDear {first_name},\nOur catalogue is out.\n")
    run("mailing", "letters", "--template", str(template), "--out", str(tmp / "letters.pdf"),
        "--ids", ann)
    run("mailing", "labels", "--out", str(tmp / "labels.pdf"), "--ids", ann)
    replies = tmp / "replies"
    replies.mkdir()
    reply = ("From: Ann Lee <ann@example.com>\nTo: news@shop.example\nSubject: Re: Spring\n"
             "Message-ID: <r1@example.com>\n\nPlease unsubscribe me.\n")
    (replies / "reply.eml").write_text(reply)
    run("mailing", "process-replies", str(replies), "--yes", "--json")
    run("mailing", "record-optout", ann, "--message", str(replies / "reply.eml"),
        "--channel", "post")


def backup_session(run: Session, tmp: Path, s3: S3Server) -> None:
    """Encrypted backups to the configured S3 server, then restores from it."""
    s3_options = ("--endpoint", s3.endpoint, "--bucket", s3.bucket, "--region", S3_REGION,
                  "--access-key-id", "testing", "--secret-stdin")
    run("backup", "config", *s3_options, stdin=f"{PASSWORD}\n{S3_SECRET}\n")
    run("backup", "test")
    run("backup", "transfer-basis", "encryption", "--note", "client-side encryption")
    run("backup", "now", "--json")
    assert s3.keys()  # the backup really is on the server
    run("backup", "list", "--json")
    run("backup", "verify", "--read-data", "--json")
    run("backup", "history", "--json")
    run("vault", "info", "--json")
    run("backup", "prune", "--json")


def restore_session(run: Session, tmp: Path, s3: S3Server) -> None:
    run("backup", "restore", "latest", "--to", str(tmp / "restored"))
    run("backup", "adopt", "new",
        runner=CliRunner(tmp / "restored", run.cli.user, run.cli.password))
    run("backup", "restore-remote", "--endpoint", s3.endpoint, "--bucket", s3.bucket,
        "--region", S3_REGION, "--access-key-id", "testing", "--secret-stdin",
        "--to", str(tmp / "restored-remote"), stdin=f"{PASSWORD}\n{S3_SECRET}\n")


def scripted_session(run: Session, tmp: Path, smtp_port: int, s3: S3Server) -> None:
    """Every feature once, as a user would drive it."""
    other_vault = CliRunner(tmp / "second-vault", "boss", PASSWORD)
    run("init", "--admin", "boss", runner=other_vault)
    run("user", "passwd", "boss", stdin=f"{PASSWORD}\nAnother-pass-77!\n", runner=other_vault)
    run("user", "add", "sam", "--role", "staff", stdin=f"{PASSWORD}\nSam-pass-42!x\n")
    run("user", "list", "--json")
    run("user", "role", "sam", "manager")
    run("user", "reset", "sam")
    run("user", "disable", "sam")

    ann = run("contact", "add", "--first", "Ann", "--last", "Lee", "--email",
              "ann@example.com", "--phone", "+1 415 555 0100", "--tag", "vip",
              "--address", "1 Elm St; Springfield; IL; 62701; US").out.strip()
    bob = run("contact", "add", "--first", "Bob", "--last", "Ray", "--email",
              "bob@example.com").out.strip()
    dup = run("contact", "add", "--first", "Bob", "--last", "Ray", "--email",
              "bob.ray@example.com").out.strip()
    run("contact", "list", "--search", "ann", "--json")
    run("contact", "show", ann)
    run("contact", "edit", ann, "--title", "Buyer")
    run("contact", "close", bob)
    run("contact", "reopen", bob)

    recording = tmp / "call.wav"
    recording.write_bytes(b"RIFF" + b"\0" * 64)
    run("log", ann, "--kind", "call", "--direction", "in", "--body", "Order",
        "--attach", str(recording), "--recording")
    note = run("log", ann, "--kind", "note", "--body", "Wrong contact").out.strip()
    run("log-edit", note, "--body", "Meant for Bob")
    run("log-delete", note)
    run("timeline", ann, "--json")
    run("sale", "add", ann, "--product", "Oak table", "--price", "450.00")
    run("sale", "list", "--json")
    reminder = run("remind", ann, "--due", "2030-01-01T09:00", "--text", "Call").out.strip()
    run("reminders", "--json")
    run("reminder-snooze", reminder, "--minutes", "30")
    run("reminder-done", reminder)
    run("optin", ann, "--channel", "email", "--evidence", "web form")
    run("optout", ann, "--channel", "sms")
    run("optin", ann, "--channel", "post", "--evidence", "signed card")
    run("consent", ann, "--json")
    mailing_session(run, tmp, ann, smtp_port)

    card = tmp / "contacts.vcf"
    run("export", str(card), "--format", "vcard4")
    run("import", str(card), "--dry-run", "--json")
    run("duplicates", "list", "--json")
    merge = run("duplicates", "merge", bob, dup).out
    merge_id = re.search(r"unmerge (\d+)", merge).group(1)
    run("duplicates", "unmerge", merge_id)
    run("duplicates", "merges", "--json")
    for kind in ("directory", "sales", "activity", "stats"):
        run("report", kind, "--out", str(tmp / f"{kind}.pdf"))
    run("report", "contact", ann, "--out", str(tmp / "contact.pdf"))

    backup_session(run, tmp, s3)
    run("privacy", "export", ann, "--out", str(tmp / "access"))
    run("privacy", "hold", bob, "--reason", "Dispute")
    run("privacy", "erase", bob, "--yes", expect=1)
    run("privacy", "release", bob)
    receipt = json.loads(run("privacy", "erase", bob, "--yes", "--json").out)
    run("privacy", "receipt", str(receipt["erasure_id"]), "--pdf", str(tmp / "receipt.pdf"))
    run("privacy", "erasures", "--json")
    restore_session(run, tmp, s3)
    run("retention", "run", "--dry-run", "--json")
    run("retention", "run")
    run("audit", "list", "--json")
    run("audit", "verify")
    run("settings", "list")
    run("settings", "set", "default-region", "DE")
    run("settings", "get", "default-region")
    run("vault", "accept-outside-changes")
    run("vault", "rekey", "--backup")
    run("vault", "delete", "--confirm", f"DELETE {run.cli.vault_dir.name}")


# Every command includes re-keying and page-level backups of the SQLCipher file.
@pytest.mark.sqlite_only
def test_a_session_of_every_command_connects_only_to_the_configured_servers(
        cli: CliRunner, admin_ws, smtp_server, s3_server: S3Server, network: NetworkRecorder,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    admin_ws.lock()
    handler, smtp_port = smtp_server
    network.allow(LOOPBACK, smtp_port, monkeypatch)
    network.allow(LOOPBACK, s3_server.port, monkeypatch)
    commands = leaf_commands()
    run = Session(cli, commands)
    scripted_session(run, tmp_path, smtp_port, s3_server)
    assert network.unexpected() == []
    # The configured servers were really used: SMTP by the delivery agent and the one-to-one
    # email, S3 by the backups, which closing the account deleted.
    assert {port for _kind, _host, port in network.all_attempts()} == {smtp_port,
                                                                        s3_server.port}
    assert handler.recipients == ["ann@example.com", "ann@example.com"]
    assert s3_server.keys() == []
    # The hidden delivery-agent command is what 'mailing send' runs in its child process;
    # the team commands need a PostgreSQL server: their own session is below.
    missing = sorted(commands - run.ran - {"mailing deliver-agent"}
                     - {c for c in commands if c.startswith("team ")})
    assert missing == [], (
        f"commands not exercised by the no-telemetry session: {missing}; add them to "
        "scripted_session in tests/unit/test_no_telemetry.py (with a local test server "
        "allowed when they talk to SMTP, IMAP or S3)")


def test_the_team_commands_connect_only_to_the_team_server(
        network: NetworkRecorder, postgres_server, tmp_path: Path,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Every team command, against the tests' PostgreSQL server on loopback (libpq opens its
    own sockets; whatever Python resolves or opens must be that server)."""
    from contactweb.team import profile as profiles
    from tests.support.team_vaults import TeamVaultFixture, drop_team_vault, make_owner_database

    database, owner, password = make_owner_database(postgres_server)
    monkeypatch.setenv("PGPASSWORD", password)
    network.allow(LOOPBACK, postgres_server.port, monkeypatch)
    desk = CliRunner(tmp_path / "desk", "boss", PASSWORD)
    team = CliRunner(Path("team:office"), "boss", PASSWORD)
    commands = {c for c in leaf_commands() if c.startswith("team ")}
    run = Session(team, commands)
    run("init", "--admin", "boss", runner=desk)
    run("team", "create", f"postgresql://{owner}@{LOOPBACK}:{postgres_server.port}/{database}",
        "--admin", "boss", "--profile", "office", "--ca-file", str(postgres_server.ca.ca_pem))
    run("team", "move", "--from", str(tmp_path / "desk"), "--to", "office", "--owner", owner,
        runner=desk)
    run("team", "upgrade", "office", "--owner", owner)
    run("team", "scrub", "office", "--owner", owner)
    backups = tmp_path / "team-backups"
    backups.mkdir()
    monkeypatch.setenv("CONTACTWEB_BACKUP_PASSPHRASE", "correct horse battery staple")
    run("backup", "config", "--folder", str(backups))
    run("backup", "now", "--owner", owner)
    vault_id = json.loads(run("vault", "info", "--json").out)["vault_id"]
    restored = f"{database}_restored"
    postgres_server.execute(f'CREATE DATABASE "{restored}" OWNER "{owner}" TEMPLATE template0')
    run("team", "restore", f"postgresql://{owner}@{LOOPBACK}:{postgres_server.port}/{restored}",
        "--profile", "restored", "--vault-id", vault_id, "--folder", str(backups),
        "--ca-file", str(postgres_server.ca.ca_pem))
    run("team", "profiles", "--json")
    from dataclasses import replace

    profiles.save(replace(profiles.load("office"), name="spare"))  # to forget
    run("team", "forget", "spare")
    run("audit", "verify")
    try:
        assert network.unexpected() == []
        assert {port for _kind, _host, port in network.all_attempts()} <= {
            postgres_server.port}
        assert sorted(commands - run.ran) == []
    finally:
        postgres_server.drop_database(f"{database}_restored")
        drop_team_vault(TeamVaultFixture(postgres_server, profiles.load("office"), owner,
                                         password))


def test_importing_every_module_connects_nowhere(network: NetworkRecorder) -> None:
    for module in pkgutil.walk_packages(contactweb.__path__, "contactweb."):
        if ".ui." in module.name or module.name.endswith((".ui", "__main__")):
            continue  # Qt is covered by the GUI tests; importing it here would load PySide6
        importlib.import_module(module.name)
    assert network.all_attempts() == []


def test_the_recorder_catches_a_connection(network: NetworkRecorder) -> None:
    """The patching works, in this process and in child processes: an outside connection is
    refused and recorded."""
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("203.0.113.7", 443), timeout=1)
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("telemetry.example.com", 443)
    child = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('telemetry.example.com', 443))"],
        capture_output=True, text=True, timeout=60)
    assert child.returncode != 0 and "blocked" in child.stderr
    assert network.all_attempts() == [("create_connection", "203.0.113.7", 443),
                                      ("getaddrinfo", "telemetry.example.com", 443),
                                      ("getaddrinfo", "telemetry.example.com", 443)]
