"""A sign-in loads SQLAlchemy, the models and the services while the password's key is derived
(Argon2 releases the GIL), not before: the derivation starts with none of them loaded, and
what it derives, the refusals and their errors are those of the plain derivation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from argon2.exceptions import HashingError

from contactweb.errors import AuthenticationFailed
from contactweb.services.accounts import session
from contactweb.services.contacts import contacts
from contactweb.services.contacts.contacts import ContactInput
from contactweb.vault import crypto
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD

pytestmark = pytest.mark.sqlite_only  # the order of loading, not the database

REPO = Path(__file__).resolve().parents[2]
SALT = b"0123456789abcdef"
FAST = crypto.KdfParams(memory_kib=1024, iterations=1, parallelism=1)

# Records, at the moment the derivation starts, which of the heavy modules are loaded, and
# on which thread it runs; then runs a command-line command to its end.
PROBE = """
import json, sys, threading
from contactweb.vault import crypto
seen = []
original = crypto.derive_kek
def recording(*args, **kwargs):
    seen.append({"thread": threading.current_thread().name,
                 "loaded": [m for m in ("sqlalchemy", "sqlalchemy.orm", "contactweb.models",
                                        "contactweb.services.audit") if m in sys.modules]})
    return original(*args, **kwargs)
crypto.derive_kek = recording
from contactweb.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "seen": seen,
                  "audit_loaded": "contactweb.services.audit" in sys.modules}))
"""


def test_commands_derive_the_key_before_sqlalchemy_is_loaded(
        admin_ws: Workspace, vault_dir: Path, tmp_path: Path) -> None:
    cid = contacts.create_contact(admin_ws, ContactInput(first_name="Ann", last_name="Lee"))
    env = {**os.environ, "PYTHONPATH": str(REPO), "CONTACTWEB_PASSWORD": PASSWORD,
           "CONTACTWEB_USER": "admin", "CONTACTWEB_VAULT": str(vault_dir)}
    people = tmp_path / "people.csv"
    people.write_text("First Name,Last Name,E-mail 1 - Value\nBea,Lee,bea@example.com\n",
                      encoding="utf-8")
    commands = {("contact", "list", "--search", "ann"): "Lee",
                ("contact", "show", str(cid)): "Lee",
                ("import", str(people)): "Imported 1 new contact",
                ("export", str(tmp_path / "out.vcf")): "Exported 2 contact",
                ("duplicates", "list"): "KEEP",
                # One read of each other command module: its services load once signed in.
                ("reminders",): "DUE (UTC)",
                ("consent", str(cid)): "email: unknown",
                ("mailing", "status"): "SUBJECT",
                ("privacy", "erasures"): "RECORDS REMOVED",
                ("vault", "info"): "Signed in as: admin",
                ("report", "directory", "--out", str(tmp_path / "d.pdf")): "Wrote ",
                ("settings", "list"): "default-region",
                ("backup", "history"): "started (UTC)",
                ("user", "list"): "admin  active"}
    for command, said in commands.items():
        done = subprocess.run([sys.executable, "-c", PROBE, *command], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=60)
        report = json.loads(done.stdout.splitlines()[-1])
        assert report["seen"] == [{"thread": "key derivation", "loaded": []}], command
        assert report["audit_loaded"] and report["code"] == 0
        assert said in done.stdout, (command, done.stdout, done.stderr)


def test_what_is_derived_equals_the_plain_derivation_and_both_ran() -> None:
    loaded_on: list[threading.Thread] = []
    kek = crypto.derive_kek_while("pw", SALT, FAST,
                                  lambda: loaded_on.append(threading.current_thread()))
    assert kek == crypto.derive_kek("pw", SALT, FAST)
    assert loaded_on == [threading.main_thread()]


def test_a_failure_on_either_side_reaches_the_caller_after_the_derivation() -> None:
    with pytest.raises(ZeroDivisionError):
        crypto.derive_kek_while("pw", SALT, FAST, lambda: 1 / 0)
    with pytest.raises(HashingError):  # a salt Argon2 refuses: the thread's error comes back
        crypto.derive_kek_while("pw", b"short", FAST, lambda: None)


def test_wrong_passwords_and_unknown_names_are_refused_as_before(
        admin_ws: Workspace, vault_dir: Path) -> None:
    for name, password in (("admin", "not-the-password"), ("nobody", PASSWORD)):
        with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
            session.sign_in(vault_dir, name, password)
