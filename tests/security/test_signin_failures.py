"""Wrong passwords through the command line: exit 3, nothing changes, and repeated failures back
off, even across a restart of the program."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from contactweb.services.accounts import users
from contactweb.vault.backoff import FREE_ATTEMPTS
from contactweb.vault.vault import BACKOFF_NAME, WRONG_CREDENTIALS
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

REPO = Path(__file__).resolve().parents[2]


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file() and p.name != BACKOFF_NAME}


def _cli_process(vault_dir: Path, user: str, password: str, *args: str
                 ) -> subprocess.CompletedProcess[str]:
    """A fresh program, so nothing survives in memory between attempts."""
    env = {**os.environ, "CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "contactweb", "--vault", str(vault_dir), "--user", user,
         "--password-stdin", *args],
        input=password + "\n", capture_output=True, text=True, cwd=REPO, env=env, timeout=60)


def test_wrong_password_exits_3_and_changes_nothing(cli: CliRunner, vault_dir: Path) -> None:
    assert cli("contact", "add", "--first", "Ann").code == 0
    before = _hashes(vault_dir)
    result = cli("contact", "add", "--first", "Intruder", password="Wrong-horse-9")
    assert result.code == 3
    assert result.out == ""
    assert result.err.strip() == f"contactweb: {WRONG_CREDENTIALS}"
    assert _hashes(vault_dir) == before
    listed = cli("contact", "list", "--json")
    assert "Intruder" not in listed.out and "Ann" in listed.out


def test_unknown_user_gets_the_wrong_password_message(cli: CliRunner) -> None:
    wrong_password = cli("contact", "list", password="Wrong-horse-9")
    unknown_user = cli("contact", "list", user="nobody", password=PASSWORD)
    assert wrong_password.code == unknown_user.code == 3
    assert wrong_password.err == unknown_user.err == f"contactweb: {WRONG_CREDENTIALS}\n"


def test_disabled_user_is_told_so(admin_ws: Workspace, cli: CliRunner) -> None:
    users.add_user(admin_ws, "leaver", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    assert cli("contact", "list", user="leaver", password=ROLE_PASSWORDS["staff"]).code == 0
    assert cli("user", "disable", "leaver").code == 0
    right = cli("contact", "list", user="leaver", password=ROLE_PASSWORDS["staff"])
    assert right.code == 3
    assert "disabled" in right.err
    wrong = cli("contact", "list", user="leaver", password="Wrong-horse-9")
    assert wrong.code == 3
    assert "disabled" not in wrong.err and WRONG_CREDENTIALS in wrong.err


def _seconds_in(message: str) -> int:
    match = re.search(r"(\d+) seconds?\b", message)
    assert match, message
    return int(match.group(1))


def test_failures_back_off_and_survive_a_restart(admin_ws: Workspace, cli: CliRunner,
                                                 vault_dir: Path) -> None:
    users.add_user(admin_ws, "colleague", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    for _ in range(FREE_ATTEMPTS):
        assert cli("contact", "list", password="Wrong-horse-9").code == 3
    refused = cli("contact", "list")  # the right password, too soon
    assert refused.code == 3
    assert "Too many failed sign-ins" in refused.err and _seconds_in(refused.err) >= 1
    assert refused.out == ""

    time.sleep(1.1)  # the first wait is one second
    # A new program continues the count: this is failure number FREE_ATTEMPTS + 1, so the next
    # wait doubles. A count that started afresh would ask for no wait at all.
    restarted = _cli_process(vault_dir, "admin", "Wrong-horse-9", "contact", "list")
    assert restarted.returncode == 3, restarted.stderr
    assert "Wait 2 seconds" in restarted.stderr
    # Someone else's failures do not hold back a colleague.
    other = _cli_process(vault_dir, "colleague", ROLE_PASSWORDS["staff"], "contact", "list")
    assert other.returncode == 0, other.stderr
