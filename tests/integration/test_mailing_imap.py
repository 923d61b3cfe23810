"""Opt-out requests read from an IMAP folder (a small IMAP4rev1 server on 127.0.0.1 that
speaks just what a read-only client needs), through the command line."""

from __future__ import annotations

import json
import re
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from contactweb.services.consent import consent
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner
from tests.support.mailing_server import add_contact, free_port
from tests.unit.test_mailing_replies import _eml

USER, SECRET = "replies@lindenhof.example", "imap-secret"


class _ImapHandler(socketserver.StreamRequestHandler):
    mailbox: list[bytes] = []
    log: list[str] = []

    def _send(self, line: str | bytes) -> None:
        self.wfile.write((line.encode() if isinstance(line, str) else line) + b"\r\n")

    def handle(self) -> None:
        self._send("* OK IMAP4rev1 test server ready")
        selected = False
        while raw := self.rfile.readline():
            tag, _, rest = raw.decode().strip().partition(" ")
            command = rest.upper()
            self.log.append(command.split(" ")[0] if command else "")
            if command.startswith("CAPABILITY"):
                self._send("* CAPABILITY IMAP4rev1 AUTH=PLAIN")
                self._send(f"{tag} OK done")
            elif command.startswith("LOGIN"):
                ok = rest.split(" ", 2)[1:] == [USER, f'"{SECRET}"'] or \
                    rest.split(" ", 2)[1:] == [USER, SECRET]
                self._send(f"{tag} OK logged in" if ok else f"{tag} NO wrong password")
            elif command.startswith(("EXAMINE", "SELECT")):
                selected = '"INBOX"' in rest or rest.endswith("INBOX")
                if selected:
                    self._send(f"* {len(self.mailbox)} EXISTS")
                    self._send(f"{tag} OK [READ-ONLY] selected")
                else:
                    self._send(f"{tag} NO no such folder")
            elif command.startswith("UID SEARCH") and selected:
                self._send("* SEARCH " + " ".join(str(i + 1) for i in range(len(self.mailbox))))
                self._send(f"{tag} OK search done")
            elif command.startswith("UID FETCH") and selected:
                uid = int(re.search(r"UID FETCH (\d+)", command).group(1))
                data = self.mailbox[uid - 1]
                if "RFC822.SIZE" in command:  # the client asks the size before the message
                    self._send(f"* {uid} FETCH (UID {uid} RFC822.SIZE {len(data)})")
                    self._send(f"{tag} OK fetch done")
                    continue
                self._send(f"* {uid} FETCH (UID {uid} BODY[] {{{len(data)}}}".encode())
                self.wfile.write(data)
                self._send(")")
                self._send(f"{tag} OK fetch done")
            elif command.startswith("LOGOUT"):
                self._send("* BYE")
                self._send(f"{tag} OK bye")
                return
            else:
                self._send(f"{tag} BAD unsupported")


@contextmanager
def imap_server(messages: list[bytes]) -> Iterator[tuple[int, list[str]]]:
    handler = type("Handler", (_ImapHandler,), {"mailbox": messages, "log": []})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", free_port()), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], handler.log
    finally:
        server.shutdown()
        server.server_close()


def test_opt_outs_from_an_imap_folder(admin_ws: Workspace, cli: CliRunner) -> None:
    asker = add_contact(admin_ws, "Ivy", "Imap", "ivy@example.org")
    happy = add_contact(admin_ws, "Jay", "Imap", "jay@example.org")
    messages = [_eml("ivy@example.org", "Re: news", "Unsubscribe, please.").encode(),
                _eml("jay@example.org", "Re: news", "See you Saturday!").encode()]
    with imap_server(messages) as (port, log):
        args = ("mailing", "process-replies", "--imap", "--imap-host", "127.0.0.1",
                "--imap-port", str(port), "--imap-security", "plain", "--imap-user", USER)
        wrong = cli(*args, stdin=f"{PASSWORD}\nnot-it\n")
        assert wrong.code == 1 and "refused the user name or password" in wrong.err
        result = cli(*args, "--yes", "--json", stdin=f"{PASSWORD}\n{SECRET}\n")
        assert result.code == 0, result.err
    report = json.loads(result.out)
    assert (report["checked"], report["recorded"]) == (2, 1)
    assert consent.status_by_channel(admin_ws, asker)["email"] == "opted_out"
    assert consent.status_by_channel(admin_ws, happy)["email"] == "granted"
    assert "EXAMINE" in log and "STORE" not in log  # read-only: nothing marked or moved
