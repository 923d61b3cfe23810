"""Ctrl+C during ``contactweb import`` of a large file, as a person at a terminal does it: the
progress line counts the entries, Ctrl+C stops the import with a message that nothing was
imported and a non-zero exit code, and the vault holds exactly what it held before, although
whole batches had been written inside the import's transaction."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select as sql_select

from contactweb.models import Contact, ContactEmail
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput, EmailInput
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

ROWS = 30_000
_PROGRESS = re.compile(rb"Importing: ([\d,]+) of about ([\d,]+) entries")


def _contacts(ws: Workspace) -> list[tuple]:
    with ws.session(readonly=True) as session:
        return [tuple(row) for row in session.execute(
            sql_select(Contact.id, Contact.first_name, Contact.last_name, ContactEmail.address)
            .outerjoin(ContactEmail, ContactEmail.contact_id == Contact.id)
            .order_by(Contact.id))]


def _read(fd: int, seconds: float) -> bytes:
    """What the terminal shows within ``seconds`` (less if the program ends)."""
    ready, _, _ = select.select([fd], [], [], seconds)
    if not ready:
        return b""
    try:
        return os.read(fd, 65536)
    except OSError:  # the program ended and closed the terminal
        return b""


def test_ctrl_c_stops_a_large_import_and_leaves_the_vault_as_it_was(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    contacts.create_contact(admin_ws, ContactInput(
        first_name="Already", last_name="Here", emails=[EmailInput("here@example.com")]))
    before = _contacts(admin_ws)
    source = tmp_path / "people.csv"
    source.write_text("First Name,Last Name,E-mail Address\n" + "".join(
        f"Person{i},Sample,p{i}@example.com\n" for i in range(ROWS)), encoding="utf-8")
    terminal, child_side = pty.openpty()
    env = {**os.environ, "CONTACTWEB_VAULT": str(vault_dir), "CONTACTWEB_USER": "admin",
           "CONTACTWEB_PASSWORD": PASSWORD}
    child = subprocess.Popen([sys.executable, "-m", "contactweb", "import", str(source)],
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=child_side)
    os.close(child_side)
    shown = b""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # until two batches are in the transaction
            shown += _read(terminal, 1.0)
            counts = _PROGRESS.findall(shown)
            if counts and int(counts[-1][0].replace(b",", b"")) > 2_500:
                break
            assert child.poll() is None, shown
        child.send_signal(signal.SIGINT)
        code = child.wait(timeout=120)
        while chunk := _read(terminal, 0.5):
            shown += chunk
    finally:
        if child.poll() is None:
            child.kill()
        os.close(terminal)
    out = child.stdout.read().decode() if child.stdout else ""
    said = shown.decode(errors="replace")
    assert code == 1, said
    done, total = _PROGRESS.findall(shown)[-1]
    assert 2_500 < int(done.replace(b",", b"")) < ROWS <= int(total.replace(b",", b""))
    assert "Cancelling the import..." in said
    assert "Import cancelled; nothing was imported." in said
    assert "Imported" not in out
    assert _contacts(admin_ws) == before
