"""A password change killed at any moment leaves the old or the new password working, and never
touches anyone else's."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contactweb.errors import AuthenticationFailed
from contactweb.services import users
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
    rng = random.Random(2024)
    current, other = FIRST, SECOND
    completed = 0
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.security.passwd_loop", str(vault_dir), "owner",
             current, other],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        output = proc.communicate(timeout=30)[0]
        assert "failed" not in output
        completed += output.count("changed")

        first_works = _works(vault_dir, "owner", current)
        second_works = _works(vault_dir, "owner", other)
        assert first_works != second_works, "exactly one of old and new must work"
        if second_works:
            current, other = other, current
        KeySlotFile.load(vault_dir / KEYSLOTS_NAME)  # always a readable file
    assert completed > KILLS, "the helper should have finished many changes between kills"
    assert _works(vault_dir, "bystander", ROLE_PASSWORDS["staff"])
    assert _works(vault_dir, "admin", PASSWORD)
