"""Sign-in back-off with a controllable clock: the schedule, the wait, the reset, the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactweb.errors import AuthenticationFailed
from contactweb.vault.backoff import (
    FORGET_AFTER_SECONDS,
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    SignInBackoff,
    delay_for,
)
from contactweb.vault.vault import BACKOFF_NAME, Vault
from contactweb.vault.workspace import Workspace
from tests.conftest import PASSWORD


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_schedule() -> None:
    assert [delay_for(n) for n in range(FREE_ATTEMPTS)] == [0.0] * FREE_ATTEMPTS
    assert [delay_for(FREE_ATTEMPTS + i) for i in range(5)] == [1, 2, 4, 8, 16]
    assert delay_for(100) == MAX_DELAY_SECONDS


def _fail(vault: Vault, user: str = "admin") -> AuthenticationFailed:
    with pytest.raises(AuthenticationFailed) as caught:
        vault.sign_in(user, "Wrong-horse-9")
    return caught.value


def test_wait_then_the_right_password_works_and_resets(admin_ws: Workspace,
                                                       vault_dir: Path) -> None:
    clock = Clock()
    vault = Vault(vault_dir, clock)
    for _ in range(FREE_ATTEMPTS + 2):
        _fail(vault)
        clock.now += 60  # wait out each delay so every attempt counts
    with pytest.raises(AuthenticationFailed, match="Try again in"):
        clock.now -= 60
        vault.sign_in("admin", PASSWORD)
    refused_at = clock.now
    clock.now = refused_at + delay_for(FREE_ATTEMPTS + 2) + 0.01
    vault.sign_in("admin", PASSWORD).lock()
    # Success forgets the failures: the next mistake is free again.
    assert _fail(vault).retry_after == 0.0
    assert vault.backoff.seconds_left(vault.load_keyslots().slot_id("admin")) == 0.0


def test_waiting_attempts_do_not_count_as_failures(admin_ws: Workspace, vault_dir: Path) -> None:
    clock = Clock()
    vault = Vault(vault_dir, clock)
    for _ in range(FREE_ATTEMPTS):
        _fail(vault)
    for _ in range(10):  # hammering during the wait does not lengthen it
        assert "Too many" in str(_fail(vault))
    sid = vault.load_keyslots().slot_id("admin")
    assert vault.backoff.seconds_left(sid) == pytest.approx(delay_for(FREE_ATTEMPTS))


def test_unknown_names_back_off_too_and_the_file_names_nobody(admin_ws: Workspace,
                                                             vault_dir: Path) -> None:
    clock = Clock()
    vault = Vault(vault_dir, clock)
    for _ in range(FREE_ATTEMPTS):
        _fail(vault, "nobody")
    assert "Too many" in str(_fail(vault, "nobody"))
    text = (vault_dir / BACKOFF_NAME).read_text()
    assert "nobody" not in text and '"admin"' not in text
    # Someone else's failures do not hold back the admin.
    vault.sign_in("admin", PASSWORD).lock()


def test_old_failures_are_forgotten(tmp_path: Path) -> None:
    clock = Clock()
    backoff = SignInBackoff(tmp_path / BACKOFF_NAME, clock)
    for _ in range(FREE_ATTEMPTS + 3):
        backoff.record_failure("a")
    assert backoff.seconds_left("a") > 0
    clock.now += FORGET_AFTER_SECONDS + 1
    backoff.record_failure("b")  # any write prunes stale entries
    assert backoff.seconds_left("a") == 0.0
    assert set(json.loads((tmp_path / BACKOFF_NAME).read_text())) == {"b"}


def test_damaged_state_file_does_not_lock_anyone_out(admin_ws: Workspace,
                                                     vault_dir: Path) -> None:
    (vault_dir / BACKOFF_NAME).write_text("{broken")
    Vault(vault_dir).sign_in("admin", PASSWORD).lock()
