"""The sign-in window is painted before the heavy parts of the application are loaded: the
main window and its pages, the backup transports (boto3), the PDF reports (reportlab), the
first-run wizard, the demo data and the contact editor load after it, or when first used; and
so do SQLAlchemy, the models, the services behind a signed-in session, the key derivation and
cipher libraries, and Babel's locale data: the window needs none of them until the person
presses Sign in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from contactweb import paths
from contactweb.services.accounts import session
from contactweb.ui.app.app_controller import LOADED_AFTER_FIRST_PAINT

REPO = Path(__file__).resolve().parents[2]
NOT_BEFORE_SIGN_IN = ("contactweb.ui.app.main_window", "contactweb.ui.app.first_run_wizard",
                      "contactweb.services.demo_data", "contactweb.ui.contacts",
                      "contactweb.ui.backup.backup_scheduler", "contactweb.sync", "boto3",
                      "botocore", "reportlab", "phonenumbers", "email_validator",
                      "sqlalchemy", "alembic", "sqlcipher3", "contactweb.models",
                      "contactweb.services.accounts", "contactweb.services.audit",
                      "contactweb.services.integrity_seal", "contactweb.store.engine",
                      "argon2", "cryptography", "babel")

PROBE = """
import json, sys
from contactweb.ui.app.app import run_gui
code = run_gui([sys.argv[0]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_the_sign_in_window_paints_before_the_heavy_modules_load(tmp_path: Path) -> None:
    session.create_vault(paths.default_vault_dir(), "admin", "Startup-pass-42!").lock()
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen",
           "CONTACTWEB_EXIT_WHEN_READY": "1"}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    assert "ContactWeb ready" in done.stdout
    probe = json.loads(done.stdout.splitlines()[-1])
    assert probe["code"] == 0
    modules = probe["modules"]
    assert "contactweb.ui.app.sign_in_dialog" in modules
    assert [m for m in modules if m.startswith(NOT_BEFORE_SIGN_IN)] == []


def test_what_loads_after_the_first_paint_is_what_signing_in_opens() -> None:
    # The names _load_later imports are real modules (a rename would make it fail quietly).
    import importlib.util

    for name in LOADED_AFTER_FIRST_PAINT:
        assert importlib.util.find_spec(name) is not None, name
