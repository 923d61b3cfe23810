"""Helper process for the crash test: changes one user's password back and forth through the
command line (``user passwd``), forever, until it is killed.

Run as ``python -m tests.security.passwd_loop``. It imports everything once, prints "ready",
then reads one JSON line per round from stdin, ``[vault, user, current, other]``, and forks a
child that loops the change; it prints "child PID", and "reaped" once that child is dead
(killed by the test). Forking keeps each round quick: no fresh interpreter to start.
The child prints "changed N" after each completed change.
"""

from __future__ import annotations

import io
import json
import os
import sys

from contactweb.cli import build_parser, main


def change(vault: str, user: str, old: str, new: str) -> int:
    sys.stdin = io.StringIO(f"{old}\n{new}\n")
    return main(["--vault", vault, "--user", user, "--password-stdin", "user", "passwd", user])


def loop(vault: str, user: str, current: str, other: str) -> None:
    count = 0
    while True:
        code = change(vault, user, current, other)
        if code != 0:
            print(f"failed {code}", flush=True)
            return
        count += 1
        print(f"changed {count}", flush=True)
        current, other = other, current


def serve() -> None:
    build_parser()  # imports every command module now, not in each child
    print("ready", flush=True)
    for line in sys.stdin:
        vault, user, current, other = json.loads(line)
        pid = os.fork()
        if pid == 0:
            try:
                loop(vault, user, current, other)
            finally:
                os._exit(1)
        print(f"child {pid}", flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)


if __name__ == "__main__":
    serve()
