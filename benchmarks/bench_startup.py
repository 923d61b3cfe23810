"""Start-up: from launching ContactWeb to its first window (sign-in), from the source tree and
from the one-folder build when it exists; and the build's size on disk."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "dist" / "contactweb" / "contactweb"
RUNS = 5


def _folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _time_to_window(command: list[str], home: Path) -> tuple[float, float, float, float]:
    """(wall seconds to the first window, the process's own CPU seconds by then, wall and
    CPU seconds until the process has exited). The window is up when the application says
    so on standard output; quitting (Qt's and Python's teardown) is no part of the launch,
    but earlier runs of this benchmark timed it, so it is reported beside."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONTACTWEB_HOME": str(home),
           "CONTACTWEB_EXIT_WHEN_READY": "1"}
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    line = b""
    for line in child.stdout:
        if b"ContactWeb ready" in line:
            break
    ready = time.perf_counter() - start
    child.stdout.read()
    _pid, _status, usage = os.wait4(child.pid, 0)
    exited = time.perf_counter() - start
    if b"ContactWeb ready" not in line:
        raise RuntimeError(f"{command[0]} did not reach its first window")
    found = re.search(rb"CPU ([0-9.]+) s", line)  # builds before it was printed: not known
    return (ready, float(found[1]) if found else float("nan"), exited,
            usage.ru_utime + usage.ru_stime)


def _make_vault(home: Path) -> None:
    env = {**os.environ, "CONTACTWEB_HOME": str(home), "CONTACTWEB_PASSWORD": "Bench-pass-123!"}
    subprocess.run([sys.executable, "-m", "contactweb", "init", "--admin", "bench"], env=env,
                   check=True, capture_output=True)


def run(report: Callable[[str], None]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        _make_vault(home)  # so the first window is the sign-in dialog
        commands = {"source tree (python -m contactweb)": [sys.executable, "-m", "contactweb"]}
        if BUILD.exists():
            commands["one-folder build (dist/contactweb)"] = [str(BUILD)]
            report(f"one-folder build size: {_folder_size(BUILD.parent) / 2**20:.0f} MiB")
        else:
            report("one-folder build: not built (run `make installer` first)")
        report("load average: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
        for name, command in commands.items():
            _time_to_window(command, home)  # warm the file cache
            runs = [_time_to_window(command, home) for _ in range(RUNS)]
            times = [run[0] for run in runs]
            # CPU time: what a busy machine moves least (wall time waits for the cores)
            report(f"launch to sign-in window, {name}: median {statistics.median(times):.2f} s "
                   f"(min {min(times):.2f}, max {max(times):.2f}, {RUNS} runs), CPU median "
                   f"{statistics.median(run[1] for run in runs):.2f} s; launch to exit "
                   f"{statistics.median(run[2] for run in runs):.2f} s, CPU "
                   f"{statistics.median(run[3] for run in runs):.2f} s")


if __name__ == "__main__":
    run(print)
