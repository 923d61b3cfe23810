"""The delivery agent's protocol: frames cut short by a dying sender are ignored, a server
that cannot be reached is reported, and the installed program's command-line hook serves the
same protocol."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from contactweb.services.mailing.agent import read_frame, serve, write_frame
from contactweb.services.mailing.journal import DeliveryJournal
from contactweb.services.mailing.smtp_transport import SmtpConfig
from tests.support.mailing_server import free_port, smtp_server


def _frames(*frames: tuple[dict, bytes]) -> bytes:
    buffer = io.BytesIO()
    for header, data in frames:
        write_frame(buffer, header, data)
    return buffer.getvalue()


def test_a_frame_cut_short_is_not_a_request() -> None:
    whole = _frames(({"op": "send", "row": 1}, b"message"))
    assert read_frame(io.BytesIO(whole)) == ({"op": "send", "row": 1}, b"message")
    for cut in (3, 10, len(whole) - 1):
        assert read_frame(io.BytesIO(whole[:cut])) is None


def test_agent_sends_journals_and_stops_when_the_sender_is_gone(tmp_path: Path) -> None:
    with smtp_server() as (server, port):
        config = SmtpConfig("127.0.0.1", port, "plain").to_dict()
        requests = _frames(({"op": "config", "smtp": config}, b""),
                           ({"op": "send", "row": 7, "attempt": 1, "from": "a@example.org",
                             "to": "b@example.org"}, b"Subject: hi\r\n\r\nhello\r\n"))
        requests += b"\x00\x00\x01"  # the sender died while writing its next request
        replies = io.BytesIO()
        assert serve(tmp_path, io.BytesIO(requests), replies) == 0
    replies.seek(0)
    assert read_frame(replies)[0] == {"ok": True}
    assert read_frame(replies)[0]["kind"] == "sent"
    assert read_frame(replies) is None
    assert server.recipients() == ["b@example.org"]
    events = [(e.row, e.event, e.kind) for e in DeliveryJournal(tmp_path).entries()]
    assert events == [(7, "begin", ""), (7, "end", "sent")]


def test_unreachable_server_is_reported_through_the_cli_hook(tmp_path: Path) -> None:
    config = SmtpConfig("127.0.0.1", free_port(), "plain", timeout=5).to_dict()
    result = subprocess.run(
        [sys.executable, "-m", "contactweb", "mailing", "deliver-agent", str(tmp_path)],
        input=_frames(({"op": "config", "smtp": config}, b"")), capture_output=True,
        timeout=120)
    assert result.returncode == 0, result.stderr
    reply = read_frame(io.BytesIO(result.stdout))[0]
    assert reply["ok"] is False and "Cannot reach the SMTP server" in reply["error"]
