"""Run the command line in-process, with its own stdin, and capture what it prints."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

from contactweb.cli import main


@dataclass
class CliResult:
    code: int
    out: str
    err: str


class CliRunner:
    def __init__(self, vault_dir: Path, user: str = "admin", password: str = "") -> None:
        self.vault_dir = vault_dir
        self.user = user
        self.password = password

    def __call__(self, *args: str, user: str | None = None, password: str | None = None,
                 stdin: str | None = None) -> CliResult:
        argv = ["--vault", str(self.vault_dir), "--user", user or self.user, "--password-stdin",
                *args]
        text = stdin if stdin is not None else (password or self.password) + "\n"
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdin, sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(text), out, err
        try:
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        finally:
            sys.stdin, sys.stdout, sys.stderr = old
        return CliResult(code, out.getvalue(), err.getvalue())
