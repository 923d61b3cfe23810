"""A command run as its own process (``python -m contactweb``) ends as it should once its
objects are frozen before exit: its output and its log are complete, its exit code is the
command's, and a second command opens the vault it left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

pytestmark = pytest.mark.sqlite_only  # the process's end, not the database

REPO = Path(__file__).resolve().parents[2]


def _run(home: Path, vault_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "CONTACTWEB_HOME": str(home),
           "CONTACTWEB_PASSWORD": PASSWORD, "CONTACTWEB_USER": "admin",
           "CONTACTWEB_VAULT": str(vault_dir)}
    return subprocess.run([sys.executable, "-m", "contactweb", *argv], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)


def test_output_log_and_exit_code_are_whole_at_the_processs_end(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    for i in range(300):  # enough output to fill the pipe's buffer more than once
        contacts.create_contact(admin_ws, ContactInput(first_name=f"Ann{i:03}", last_name="Lee"))
    admin_ws.lock()
    home = tmp_path / "home"
    listed = _run(home, vault_dir, "contact", "list", "--search", "lee")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("Lee, Ann") == 300 and "Lee, Ann299" in listed.stdout
    refused = _run(home, vault_dir, "contact", "show", "99999")
    assert refused.returncode != 0 and "99999" in refused.stderr
    log = (home / "logs" / "contactweb.log").read_text(encoding="utf-8")
    assert "command contact list finished with exit code 0" in log
    assert "command contact show refused" in log
    again = _run(home, vault_dir, "contact", "list", "--search", "ann299")
    assert again.returncode == 0 and "Lee, Ann299" in again.stdout
