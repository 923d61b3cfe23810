"""Mailings: eligibility over 100,000 contacts (goal <= 50 ms) and 10,000 messages to a local
SMTP server (aiosmtpd in its own process) over one reused connection, in messages per second.

Run alone with ``python -m benchmarks.bench_mailing [CONTACTS] [MESSAGES]``; MESSAGES 0 runs
the eligibility part only. Wall and CPU time are both printed: on a shared machine the wall
time includes waiting for a processor.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CONTACTS = 100_000
MESSAGES = 10_000
PASSWORD = "Benchmark-pass-42!"
ELIGIBILITY_GOAL_MS = 50.0
REPEATS = 7

Report = Callable[..., None]


def _vault(folder: Path, count: int, tag_every: int = 6):  # noqa: ANN202 - Workspace
    """A vault with ``count`` contacts: 85% with express consent for email and post, 10%
    opted out, 5% never asked (bulk-inserted like bench_foundation; consent rows likewise)."""
    import sqlcipher3

    from benchmarks.bench_foundation import people, raw_create
    from contactweb.services.accounts import session

    ws = session.create_vault(folder, "admin", PASSWORD)
    raw_create(ws.vault.db_path, ws.raw_key(), list(people(count)))
    conn = sqlcipher3.connect(str(ws.vault.db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{ws.raw_key().hex()}'\"")
    ids = [r[0] for r in conn.execute("SELECT id FROM contacts ORDER BY id")]
    conn.execute("BEGIN IMMEDIATE")
    for channel in ("email", "post"):
        rows = [(cid, channel, "opted_out" if n % 10 == 7 else "granted")
                for n, cid in enumerate(ids) if n % 20 != 11]
        conn.executemany(
            "INSERT INTO consent_events (contact_id, channel, status, recorded_at, method, "
            "wording, source, evidence, override_reason) VALUES (?, ?, ?, "
            "'2026-01-01 00:00:00.000000', 'benchmark', '', '', 'form', '')", rows)
        conn.execute(
            "INSERT INTO consent_state (contact_id, channel, status, event_id) "
            "SELECT contact_id, channel, status, id FROM consent_events WHERE channel = ?",
            (channel,))
    conn.execute("COMMIT")
    conn.close()
    return ws


def _timed_ms(action: Callable[[], object]) -> tuple[list[float], list[float], object]:
    """Wall-clock and CPU milliseconds of REPEATS runs. The CPU time says what the work costs
    when other programs share the processor (wall time then includes waiting for it)."""
    walls, cpus, result = [], [], None
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus, result


def _median_ms(action: Callable[[], object]) -> tuple[float, float, object]:
    walls, cpus, result = _timed_ms(action)
    return statistics.median(walls), statistics.median(cpus), result


def _report_runs(report: Report, name: str, action: Callable[[], object], goal: str = ""
                 ) -> object:
    walls, cpus, result = _timed_ms(action)
    report(f"{name} (median of {REPEATS})", statistics.median(walls), "ms", goal)
    report(f"  wall, fastest to slowest: {min(walls):.0f}-{max(walls):.0f} ms")
    report("  CPU time (median)", statistics.median(cpus), "ms")
    report(f"  CPU, fastest to slowest: {min(cpus):.0f}-{max(cpus):.0f} ms")
    return result


def bench_eligibility(report: Report, root: Path, count: int) -> None:
    from contactweb.services.eligibility.eligibility import (
        EligibilityChecker,
        Selection,
        eligible_recipients,
    )

    ws = _vault(root / "eligibility", count)
    try:
        for channel in ("email", "post"):
            result = _report_runs(report, f"eligibility, {channel}, {count:,} contacts",
                                  lambda ch=channel: eligible_recipients(ws, ch),
                                  f"<= {ELIGIBILITY_GOAL_MS:.0f} ms")
            report(f"  included ({channel})", len(result.included), "contacts")
            report(f"  excluded ({channel}): " + ", ".join(
                f"{code} {n:,}" for code, n in result.counts_by_reason().items()))
            # The recipients and the excluded are made when first read: what a mailing that
            # goes through every one of them pays in all.
            # Names (and post's addresses) are read when first shown: what the mailing
            # wizard's worker reads for its pages (the excluded, 500 recipients to preview).
            _report_runs(report, f"  the same, then the excluded and 500 recipients read "
                         f"({channel})",
                         lambda ch=channel: eligible_recipients(ws, ch).read_shown(500))
            _report_runs(report, f"  the same, then every recipient and excluded read ({channel})",
                         lambda ch=channel: _read_all(eligible_recipients(ws, ch)))
        ms, cpu, result = _median_ms(
            lambda: eligible_recipients(ws, "email", Selection(tag="vip")))
        report(f"eligibility, email, tag 'vip' ({len(result.included):,} included)", ms, "ms")
        report("  CPU time", cpu, "ms")
        checker = EligibilityChecker(ws, "email")
        with ws.session(readonly=True) as session:
            started = time.perf_counter()
            for contact_id in range(1, 2001):
                checker.check(session, contact_id)
            per_check = (time.perf_counter() - started) / 2000 * 1e6
        report("re-check of one contact before its message", per_check, "µs")
    finally:
        ws.lock()


def _read_all(result) -> int:  # noqa: ANN001 - an Eligibility
    return sum(1 for _ in result.included) + sum(1 for _ in result.excluded)


def _serve(port: int) -> None:
    """The SMTP server process: accepts everything, counts messages and connections."""
    from aiosmtpd.controller import Controller

    class Counting:
        messages = 0
        connections = 0

        async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802, ANN001, ANN201
            Counting.connections += 1
            session.host_name = hostname
            return responses

        async def handle_DATA(self, server, session, envelope):  # noqa: N802, ANN001, ANN201
            Counting.messages += 1
            return "250 OK"

    controller = Controller(Counting(), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()
    print(Counting.messages, Counting.connections, flush=True)


def bench_sending(report: Report, root: Path, count: int) -> None:
    from contactweb.services.eligibility.eligibility import Selection
    from contactweb.services.mailing import outbox, sender, smtp_settings
    from contactweb.services.mailing.message import Draft
    from contactweb.services.mailing.smtp_settings import SmtpSettings
    from tests.support.mailing_server import free_port

    ws = _vault(root / "sending", int(count / 0.85) + 1)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "benchmarks.bench_mailing", "--serve",
                               str(port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        server.stdout.readline()
        # Everything ``outbox.ready_setup`` asks for: a real business name and postal
        # address (the defaults are placeholders, and a mailing's footer carries both).
        smtp_settings.configure(ws, SmtpSettings("127.0.0.1", port, "plain", "",
                                                 "Bench News", "news@bench.example"),
                                postal_address="1 Bench Road\nTestville",
                                business_name="Bench Garden Supplies")
        draft = Draft("Spring news for {first_name}",
                      "Dear {first_name|customer},\n\n" + "Our spring catalogue is out.\n" * 20,
                      "<html><body><p>Dear {first_name},</p><p>Spring is here.</p></body></html>")
        started = time.perf_counter()
        queued = outbox.queue_mailing(ws, draft, Selection())
        report(f"queue a mailing of {queued.queued:,} messages", time.perf_counter() - started,
               "s")
        started, cpu = time.perf_counter(), time.process_time()
        result = sender.deliver_outbox(ws, [queued.mailing_id])
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        server.stdin.close()
        received, connections = (int(v) for v in server.stdout.read().split())
        report(f"send {result.sent:,} messages (re-check, merge, journal, timeline, audit)",
               result.sent / seconds, "messages/s")
        report("  sender's own CPU time per message", cpu / max(result.sent, 1) * 1000, "ms")
        report("  messages the server received", received, "messages")
        report("  SMTP connections used", connections, "connections")
    finally:
        if server.poll() is None:
            server.kill()
        ws.lock()


def run(report: Report, contacts: int = CONTACTS, messages: int = MESSAGES) -> None:
    with tempfile.TemporaryDirectory(prefix="cw-bench-mailing-") as tmp:
        bench_eligibility(report, Path(tmp), contacts)
        if messages:
            bench_sending(report, Path(tmp), messages)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _serve(int(sys.argv[2]))
    else:
        from benchmarks.__main__ import print_figure

        numbers = [int(a) for a in sys.argv[1:3]]
        run(print_figure, *numbers)
