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
import pkgutil
import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import contactweb
from contactweb.cli import build_parser
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliResult, CliRunner

ALLOWED: set[tuple[str, int]] = set()  # (host, port) of configured local test servers


class NetworkRecorder:
    def __init__(self) -> None:
        self.attempts: list[tuple[str, object]] = []

    def check(self, kind: str, address: object) -> None:
        if isinstance(address, str | bytes):  # AF_UNIX paths are local by definition
            return
        self.attempts.append((kind, address))
        host_port = (address[0], address[1]) if isinstance(address, tuple) else None
        if host_port not in ALLOWED:
            raise OSError(f"network access blocked by the no-telemetry test: {address!r}")


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkRecorder]:
    recorder = NetworkRecorder()
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_create, real_sendto = socket.create_connection, socket.socket.sendto

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
        raise OSError("name lookups are blocked by the no-telemetry test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield recorder


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


def scripted_session(run: Session, tmp: Path) -> None:
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
              "ann@example.com", "--phone", "+1 415 555 0100", "--tag", "vip").out.strip()
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
    run("timeline", ann, "--json")
    run("sale", "add", ann, "--product", "Oak table", "--price", "450.00")
    run("sale", "list", "--json")
    reminder = run("remind", ann, "--due", "2030-01-01T09:00", "--text", "Call").out.strip()
    run("reminders", "--json")
    run("reminder-snooze", reminder, "--minutes", "30")
    run("reminder-done", reminder)
    run("optin", ann, "--channel", "email", "--evidence", "web form")
    run("optout", ann, "--channel", "sms")
    run("consent", ann, "--json")

    card = tmp / "contacts.vcf"
    run("export", str(card), "--format", "vcard4")
    run("import", str(card), "--dry-run", "--json")
    run("duplicates", "list", "--json")
    merge = run("duplicates", "merge", bob, dup).out
    merge_id = re.search(r"unmerge (\d+)", merge).group(1)
    run("duplicates", "unmerge", merge_id)
    for kind in ("directory", "sales", "activity", "stats"):
        run("report", kind, "--out", str(tmp / f"{kind}.pdf"))
    run("report", "contact", ann, "--out", str(tmp / "contact.pdf"))

    run("privacy", "export", ann, "--out", str(tmp / "access"))
    run("privacy", "hold", bob, "--reason", "Dispute")
    run("privacy", "erase", bob, "--yes", expect=1)
    run("privacy", "release", bob)
    receipt = json.loads(run("privacy", "erase", bob, "--yes", "--json").out)
    run("privacy", "receipt", str(receipt["erasure_id"]), "--pdf", str(tmp / "receipt.pdf"))
    run("privacy", "erasures", "--json")
    run("retention", "run", "--dry-run", "--json")
    run("retention", "run")
    run("audit", "list", "--json")
    run("audit", "verify")
    run("vault", "delete", "--confirm", f"DELETE {run.cli.vault_dir.name}")


def test_a_session_of_every_command_connects_nowhere(
        cli: CliRunner, admin_ws, network: NetworkRecorder, tmp_path: Path) -> None:  # noqa: ANN001
    admin_ws.lock()
    commands = leaf_commands()
    run = Session(cli, commands)
    scripted_session(run, tmp_path)
    assert network.attempts == []
    missing = sorted(commands - run.ran)
    assert missing == [], (
        f"commands not exercised by the no-telemetry session: {missing}; add them to "
        "scripted_session in tests/unit/test_no_telemetry.py (with their local test servers "
        "in ALLOWED when they talk to SMTP, IMAP or S3)")


def test_importing_every_module_connects_nowhere(network: NetworkRecorder) -> None:
    for module in pkgutil.walk_packages(contactweb.__path__, "contactweb."):
        if ".ui." in module.name or module.name.endswith((".ui", "__main__")):
            continue  # Qt is covered by the GUI tests; importing it here would load PySide6
        importlib.import_module(module.name)
    assert network.attempts == []


def test_the_recorder_catches_a_connection(network: NetworkRecorder) -> None:
    """The patching works: an outside connection is refused and recorded."""
    with pytest.raises(OSError, match="blocked"):
        socket.create_connection(("203.0.113.7", 443), timeout=1)
    with pytest.raises(OSError, match="blocked"):
        socket.getaddrinfo("telemetry.example.com", 443)
    assert [kind for kind, _ in network.attempts] == ["create_connection", "getaddrinfo"]
