"""Start-up: from launching ContactWeb to its first window (sign-in), from the source tree and
from the one-folder build when it exists; and the build's size on disk."""

from __future__ import annotations

import os
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


def _time_to_window(command: list[str], home: Path) -> tuple[float, float]:
    """(wall seconds, the process's own CPU seconds) to the first window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CONTACTWEB_HOME": str(home),
           "CONTACTWEB_EXIT_WHEN_READY": "1"}
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL)
    out = child.stdout.read() if child.stdout is not None else b""
    _pid, _status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if b"ContactWeb ready" not in out:
        raise RuntimeError(f"{command[0]} did not reach its first window")
    return elapsed, usage.ru_utime + usage.ru_stime


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
            times = [wall for wall, _ in runs]
            # CPU time: what a busy machine moves least (wall time waits for the cores)
            report(f"launch to sign-in window, {name}: median {statistics.median(times):.2f} s "
                   f"(min {min(times):.2f}, max {max(times):.2f}, {RUNS} runs), CPU median "
                   f"{statistics.median(cpu for _, cpu in runs):.2f} s")


if __name__ == "__main__":
    run(print)
