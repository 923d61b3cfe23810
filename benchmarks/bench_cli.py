"""Command-line start-up: ``contactweb --version``, ``--help`` and a read command
(``contact list --search``), each a whole process; beside them the floor of starting Python
itself and the key derivation that every signed-in command pays, measured in the same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 7
PASSWORD = "Bench-pass-123!"


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "CONTACTWEB_HOME": str(home), "CONTACTWEB_PASSWORD": PASSWORD,
           "CONTACTWEB_USER": "bench"}
    # An installed program runs from cached bytecode; let the warm-up run write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _median_run(command: list[str], env: dict[str, str]) -> float:
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm caches
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _kdf_seconds() -> float:
    from contactweb.vault.crypto import KdfParams, derive_kek

    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        derive_kek(PASSWORD, b"0123456789abcdef", KdfParams())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(report: Callable[..., None]) -> None:
    cw = [sys.executable, "-m", "contactweb"]
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = _env(home)
        subprocess.run([*cw, "init", "--admin", "bench"], env=env, check=True,
                       capture_output=True)
        for first, last in (("Ann", "Lee"), ("Bob", "Annand"), ("Cy", "Young")):
            subprocess.run([*cw, "contact", "add", "--first", first, "--last", last], env=env,
                           check=True, capture_output=True)
        floor = _median_run([sys.executable, "-c", "pass"], env)
        report("floor: python -c pass", floor * 1000, "ms")
        report("contactweb --version", _median_run([*cw, "--version"], env) * 1000, "ms",
               "<= 150 ms")
        report("contactweb --help", _median_run([*cw, "--help"], env) * 1000, "ms",
               "<= 150 ms")
        listing = _median_run([*cw, "contact", "list", "--search", "ann"], env)
        kdf = _kdf_seconds()
        report("contactweb contact list --search ann", listing * 1000, "ms")
        report("  of which key derivation (Argon2id, default cost)", kdf * 1000, "ms")
        report("  the rest (start-up, imports, unlock, query)", (listing - kdf) * 1000, "ms",
               "<= 200 ms")


if __name__ == "__main__":
    from benchmarks.__main__ import print_figure

    run(print_figure)
