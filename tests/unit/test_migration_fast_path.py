"""Opening a vault that is already at the newest schema skips Alembic, and the check that
decides so agrees with Alembic itself: an old vault is still migrated."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from contactweb.store.engine import make_engine
from contactweb.store.migrate import (
    _stored_revision,
    current_revision,
    declared_head,
    head_revision,
    upgrade_to_head,
)
from tests.fixtures.make_schema_0001_vault import FIXTURE_DIR, FIXTURE_KEY

REPO = Path(__file__).resolve().parents[2]


def test_declared_head_is_alembics_head() -> None:
    assert declared_head() == head_revision() != ""


def test_old_vault_is_still_migrated_and_then_recognised(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_DIR, tmp_path / "v")
    engine = make_engine(tmp_path / "v" / "contactweb.db", FIXTURE_KEY)
    try:
        assert _stored_revision(engine) == "0001"
        assert upgrade_to_head(engine) is True
        assert current_revision(engine) == _stored_revision(engine) == head_revision()
        assert upgrade_to_head(engine) is False
    finally:
        engine.dispose()


def test_opening_a_current_vault_does_not_import_alembic(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE_DIR, tmp_path / "v")
    engine = make_engine(tmp_path / "v" / "contactweb.db", FIXTURE_KEY)
    upgrade_to_head(engine)
    engine.dispose()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from contactweb.store.engine import make_engine\n"
        "from contactweb.store.migrate import upgrade_to_head\n"
        f"engine = make_engine(Path({str(tmp_path / 'v' / 'contactweb.db')!r}), {FIXTURE_KEY!r})\n"
        "ran = upgrade_to_head(engine)\n"
        "print(ran, 'alembic' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(REPO)},
                          check=True)
    assert done.stdout.split() == ["False", "False"]
