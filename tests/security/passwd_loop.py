"""Helper process for the crash test: change one user's password back and forth through the
command line, forever, until it is killed.

Usage: python -m tests.security.passwd_loop VAULT USER CURRENT_PASSWORD OTHER_PASSWORD
Prints "ready" once imported, then "changed N" after each completed change.
"""

from __future__ import annotations

import io
import sys

from contactweb.cli import main


def change(vault: str, user: str, old: str, new: str) -> int:
    sys.stdin = io.StringIO(f"{old}\n{new}\n")
    return main(["--vault", vault, "--user", user, "--password-stdin", "user", "passwd", user])


def run(vault: str, user: str, current: str, other: str) -> None:
    print("ready", flush=True)
    count = 0
    while True:
        code = change(vault, user, current, other)
        if code != 0:
            print(f"failed {code}", flush=True)
            sys.exit(code)
        count += 1
        print(f"changed {count}", flush=True)
        current, other = other, current


if __name__ == "__main__":
    run(*sys.argv[1:5])
