"""A password change killed at any moment leaves the old or the new password working, and never
touches anyone else's."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from contactweb.errors import AuthenticationFailed
from contactweb.services.accounts import users
from contactweb.vault.keyslots import KeySlotFile
from contactweb.vault.vault import KEYSLOTS_NAME, Vault
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD, ROLE_PASSWORDS
from tests.support.cli_runner import CliRunner

REPO = Path(__file__).resolve().parents[2]
FIRST, SECOND = "First-password-1!", "Second-password-2!"
KILLS = 20


def _works(vault_dir: Path, user: str, password: str) -> bool:
    try:
        Vault(vault_dir).sign_in(user, password).lock()
    except AuthenticationFailed:
        return False
    return True


def test_old_password_stops_new_one_works_others_untouched(
        admin_ws: Workspace, cli: CliRunner, vault_dir: Path) -> None:
    users.add_user(admin_ws, "owner", "staff", FIRST, must_change=False)
    users.add_user(admin_ws, "bystander", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    bystander_slot = KeySlotFile.load(vault_dir / KEYSLOTS_NAME).slots[
        admin_ws.vault.load_keyslots().slot_id("bystander")].to_json()

    changed = cli("user", "passwd", "owner", user="owner", stdin=f"{FIRST}\n{SECOND}\n")
    assert changed.code == 0, changed.err
    assert not _works(vault_dir, "owner", FIRST)
    assert _works(vault_dir, "owner", SECOND)
    assert _works(vault_dir, "bystander", ROLE_PASSWORDS["staff"])
    assert _works(vault_dir, "admin", PASSWORD)
    slots = KeySlotFile.load(vault_dir / KEYSLOTS_NAME)
    assert slots.slots[slots.slot_id("bystander")].to_json() == bystander_slot


@pytest.mark.timeout(120)
def test_killed_password_changes_leave_a_working_password(
        admin_ws: Workspace, vault_dir: Path) -> None:
    users.add_user(admin_ws, "owner", "staff", FIRST, must_change=False)
    users.add_user(admin_ws, "bystander", "staff", ROLE_PASSWORDS["staff"], must_change=False)
    env = {**os.environ, "CONTACTWEB_INSECURE_FAST_KDF_FOR_TESTS": "1"}
    helper = subprocess.Popen([sys.executable, "-m", "tests.security.passwd_loop"], cwd=REPO,
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    assert helper.stdin is not None and helper.stdout is not None
    rng = random.Random(2024)
    current, other = FIRST, SECOND
    completed = 0
    try:
        assert helper.stdout.readline().strip() == "ready"
        for _ in range(KILLS):
            helper.stdin.write(json.dumps([str(vault_dir), "owner", current, other]) + "\n")
            helper.stdin.flush()
            lines = _read_until(helper.stdout, "changed")  # one change done, more under way
            lines = _read_until(helper.stdout, "child", lines)
            pid = int(next(line for line in lines if line.startswith("child ")).split()[1])
            assert pid > 1 and pid != helper.pid
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(pid, signal.SIGKILL)
            lines = _read_until(helper.stdout, "reaped", lines)
            assert not any(line.startswith("failed") for line in lines), lines
            completed += sum(line.startswith("changed") for line in lines)

            first_works = _works(vault_dir, "owner", current)
            second_works = _works(vault_dir, "owner", other)
            assert first_works != second_works, "exactly one of old and new must work"
            if second_works:
                current, other = other, current
            KeySlotFile.load(vault_dir / KEYSLOTS_NAME)  # always a readable file
    finally:
        helper.stdin.close()
        helper.wait(timeout=30)
    assert completed >= KILLS
    assert _works(vault_dir, "bystander", ROLE_PASSWORDS["staff"])
    assert _works(vault_dir, "admin", PASSWORD)


def _read_until(stream: IO[str], prefix: str, seen: list[str] | None = None) -> list[str]:
    """Lines from the helper until one starts with ``prefix`` (or was already seen)."""
    lines = list(seen or [])
    while not any(line.startswith(prefix) for line in lines):
        line = stream.readline()
        assert line, f"the helper ended before printing {prefix!r}: {lines}"
        lines.append(line.strip())
    return lines
