"""The sender killed with SIGKILL at random points, then 'mailing resume': every eligible
contact gets exactly one message, over 20 runs (a real SMTP server counts what arrives).

Each run starts 'mailing send' and kills it. The next run's 'send' settles the killed run
first; 'mailing resume' runs after every fourth run and at the end (fewer program starts keep
the test short) and must leave every run's mailing complete."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from contactweb.models import Mailing, OutboxMessage
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD
from tests.support.mailing_server import (
    ContactSpec,
    RecordingHandler,
    add_contacts,
    configure,
    smtp_server,
)

RUNS = 20
ELIGIBLE = 25


def _cli(vault_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "contactweb", "--vault", str(vault_dir), "--user", "admin",
            *args]


def _env() -> dict[str, str]:
    return {**os.environ, "CONTACTWEB_PASSWORD": PASSWORD,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def _received(handler: RecordingHandler, run: int) -> Counter:
    with handler.lock:
        items = list(handler.received)
    prefix = f"Run {run} for "
    return Counter(r.lower() for item in items if item.subject.startswith(prefix)
                   for r in item.rcpt_tos)


def _wait_and_kill(process: subprocess.Popen, handler: RecordingHandler, run: int,
                   rng: random.Random) -> str:
    """Kill at a random point: mostly while messages go out (after a random number of them
    arrived, plus a random few milliseconds), sometimes at a random time after start."""
    if rng.random() < 0.15:
        deadline = time.monotonic() + rng.uniform(0.0, 3.0)
        while time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.002)
        where = "early"
    else:
        target = rng.randint(0, ELIGIBLE - 1)
        deadline = time.monotonic() + 60
        while (sum(_received(handler, run).values()) < target and process.poll() is None
               and time.monotonic() < deadline):
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.004))
        where = f"after {target}"
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait()
    return where


@pytest.mark.slow
def test_killed_sender_resumes_without_doubles_or_gaps(admin_ws: Workspace, vault_dir: Path,
                                                       tmp_path: Path) -> None:
    specs = [ContactSpec(f"Kim{i}", f"Kay{i}", f"kim{i}@example.org") for i in range(ELIGIBLE)]
    specs += [ContactSpec(f"Out{i}", "Never", f"out{i}@example.org", "opted_out")
              for i in range(3)]
    specs += [ContactSpec(f"Unasked{i}", "Never", f"unasked{i}@example.org", "unknown")
              for i in range(2)]
    add_contacts(admin_ws, specs)
    eligible = Counter({s.email: 1 for s in specs if s.consent_email == "granted"})
    body = tmp_path / "body.txt"
    body.write_text("Hello {first_name},\nour news.\n", encoding="utf-8")
    rng = random.Random(20260522)
    kill_points = []
    with smtp_server() as (handler, port):
        configure(admin_ws, port)
        for run in range(RUNS):
            subject = f"Run {run} for {{first_name}}"
            send = subprocess.Popen(
                _cli(vault_dir, "mailing", "send", "--subject", subject, "--body-file",
                     str(body)), env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            kill_points.append(_wait_and_kill(send, handler, run, rng))
            with admin_ws.session() as session:
                queued = session.execute(select(Mailing.id).where(
                    Mailing.subject == subject)).scalar()
            if queued is None:  # killed before the mailing was stored: nothing went out
                assert _received(handler, run) == Counter()
                again = subprocess.run(
                    _cli(vault_dir, "mailing", "send", "--subject", subject, "--body-file",
                         str(body)), env=_env(), capture_output=True, text=True, timeout=120)
                assert again.returncode == 0, again.stderr
            for earlier in range(run + 1):  # never a second message, at any moment
                assert max(_received(handler, earlier).values(), default=0) <= 1, earlier
            # The next run's 'send' first settles this one's journal (waiting for its agent);
            # every fourth run, and at the end, 'resume' sends what the killed runs left.
            if run % 4 == 3 or run == RUNS - 1:
                resumed = subprocess.run(_cli(vault_dir, "mailing", "resume"), env=_env(),
                                         capture_output=True, text=True, timeout=300)
                assert resumed.returncode == 0, resumed.stderr
                for earlier in range(run - run % 4, run + 1):
                    assert _received(handler, earlier) == eligible, (earlier,
                                                                     kill_points[earlier])
    with admin_ws.session() as session:
        statuses = Counter(session.execute(select(OutboxMessage.status)).scalars())
        notes = [r for r in session.execute(select(OutboxMessage.last_error)).scalars()
                 if r.startswith("unconfirmed")]
    assert statuses == Counter({"sent": ELIGIBLE * RUNS, "excluded": 5 * RUNS})
    assert notes == []
    assert sum(1 for p in kill_points if p != "early") >= RUNS // 2
