"""Run every ``benchmarks/bench_*.py`` module, or those whose name contains a filter word:

    python -m benchmarks                 # all
    python -m benchmarks foundation      # bench_foundation only
    python -m benchmarks --list          # what there is

Each module's ``run(report)`` calls ``report(name, value, unit, goal="")`` per figure. The
runner prints them, one section per module, with the machine and the date, for BENCHMARKS.md.
"""

from __future__ import annotations

import datetime
import importlib
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def discover() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or cpu
    ram = ""
    try:
        kib = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal")))
        ram = f", {kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{os.cpu_count()} CPUs ({cpu}){ram}, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def print_figure(name: str, value: float | None = None, unit: str = "", goal: str = "") -> None:
    if value is None:  # a module that reports whole sentences
        print(f"  {name}", flush=True)
        return
    suffix = f"   (goal {goal})" if goal else ""
    print(f"  {name:<55} {value:>12,.2f} {unit}{suffix}", flush=True)


def main(argv: list[str]) -> int:
    names = discover()
    if "--list" in argv:
        print("\n".join(names))
        return 0
    wanted = [n for n in names if not argv or any(word in n for word in argv)]
    if not wanted:
        print(f"No benchmark matches {' '.join(argv)!r}; there are: {', '.join(names)}",
              file=sys.stderr)
        return 2
    # Benchmarks never touch the real data folder or keyring of whoever runs them.
    with tempfile.TemporaryDirectory(prefix="cw-bench-home-") as home:
        os.environ.setdefault("CONTACTWEB_HOME", home)
        return run_all(wanted)


def run_all(wanted: list[str]) -> int:
    print(f"ContactWeb benchmarks, {datetime.date.today().isoformat()}")
    print(f"Machine: {machine()}")
    failed = 0
    for name in wanted:
        print(f"\n== {name}", flush=True)
        started = time.perf_counter()
        try:
            importlib.import_module(f"benchmarks.{name}").run(print_figure)
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            failed += 1
        print(f"  ({time.perf_counter() - started:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
