"""The integrity seal follows every commit, but a commit that changed nothing it covers
leaves the file alone: signing in commits two or three times (the opt-out backfill check,
the sign-in's audit event) and each rewrite cost two fsyncs on the way to the first rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from contactweb.models import AuditEvent, Setting
from contactweb.services import audit, integrity_seal
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


def test_the_check_at_sign_in_reads_the_vault_once_when_the_seal_is_up_to_date(
        admin_ws: Workspace, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to date, the check reads the sealed state once and writes nothing; a seal left
    behind (ContactWeb committed, then stopped before rewriting it) or written in an older
    form is written again, so that the next commit's comparison starts from it."""
    seal = vault_dir / SEAL_FILE_NAME
    reads = []
    real = integrity_seal.current_state
    monkeypatch.setattr(integrity_seal, "current_state",
                        lambda db: reads.append(1) or real(db))
    before = _file(seal)
    integrity_seal.check(admin_ws)
    assert len(reads) == 1 and _file(seal) == before

    admin_ws.after_commit = lambda: None  # stopped before rewriting the seal
    audit.record_now(admin_ws, "test.event")
    assert _file(seal) == before
    integrity_seal.check(admin_ws)
    head = json.loads(seal.read_text())["state"]["audit_head_id"]
    with admin_ws.session(readonly=True) as db:
        assert head == db.execute(select(func.max(AuditEvent.id))).scalar_one()

    older = json.loads(seal.read_text())
    seal.write_text(json.dumps({**older, "version": 0}))  # the same state, an older form
    integrity_seal.check(admin_ws)
    assert json.loads(seal.read_text()) == older
