"""The integrity seal follows every commit, but a commit that changed nothing it covers
leaves the file alone: signing in commits two or three times (the opt-out backfill check,
the sign-in's audit event) and each rewrite cost two fsyncs on the way to the first rows."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from contactweb.models import Setting
from contactweb.services import audit
from contactweb.services.accounts import session
from contactweb.services.integrity_seal import SEAL_FILE_NAME
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD


def _file(path: Path) -> tuple[int, int, bytes]:
    stat = path.stat()
    return stat.st_ino, stat.st_mtime_ns, path.read_bytes()


def test_a_commit_that_changes_nothing_sealed_leaves_the_seal_file_alone(
        admin_ws: Workspace, vault_dir: Path) -> None:
    seal = vault_dir / SEAL_FILE_NAME
    before = _file(seal)
    with admin_ws.session() as db:  # a read in a write transaction, committed
        assert db.get(Setting, "vault.sealed") is not None
        db.execute(select(Setting.key)).all()
    assert _file(seal) == before

    audit.record_now(admin_ws, "test.event")  # a new audit head: the seal moves on
    after = _file(seal)
    assert after[0] != before[0] and after[2] != before[2]


def test_signing_in_leaves_a_seal_that_the_next_sign_in_accepts(
        admin_ws: Workspace, vault_dir: Path) -> None:
    session.sign_out(admin_ws)
    for _ in range(2):
        ws = session.sign_in(vault_dir, "admin", PASSWORD)
        assert audit.verify(ws).ok
        session.sign_out(ws)
