"""The vault's default phone region is written when the vault is made (issue 19, item 4):
from ``contactweb init --region CC``, else from the system locale; a locale that names no
country leaves it unset and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from contactweb.models import Setting
from contactweb.services import settings
from contactweb.services.accounts import session
from tests.conftest import PASSWORD
from tests.support.cli_runner import CliRunner


def stored_region(vault_dir: Path) -> str | None:
    """The region row in the vault itself, not the fallback ``settings.read`` gives."""
    ws = session.sign_in(vault_dir, "admin", PASSWORD)
    try:
        with ws.session(readonly=True) as db:
            row = db.get(Setting, "default_region")
            return None if row is None else settings.read(db, "default_region")
    finally:
        ws.lock()


def locale_is(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("LC_ALL", name)  # the first locale variable set decides


def test_init_takes_the_region_from_the_system_locale(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    locale_is(monkeypatch, "de_DE.UTF-8")
    done = CliRunner(tmp_path / "v", "admin", PASSWORD)("init", "--admin", "admin")
    assert done.code == 0, done.err
    assert "read as DE (from the system locale)" in done.out
    assert stored_region(tmp_path / "v") == "DE"


def test_init_region_option_wins_over_the_locale(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    locale_is(monkeypatch, "de_DE.UTF-8")
    done = CliRunner(tmp_path / "v", "admin", PASSWORD)("init", "--admin", "admin",
                                                        "--region", "pl")
    assert done.code == 0, done.err
    assert stored_region(tmp_path / "v") == "PL"


def test_a_locale_without_a_country_leaves_the_region_unset_and_says_so(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    locale_is(monkeypatch, "C.UTF-8")
    done = CliRunner(tmp_path / "v", "admin", PASSWORD)("init", "--admin", "admin")
    assert done.code == 0, done.err
    assert "No default phone region" in done.out
    assert stored_region(tmp_path / "v") is None


def test_a_bad_region_is_refused_before_a_vault_is_made(tmp_path: Path) -> None:
    done = CliRunner(tmp_path / "v", "admin", PASSWORD)("init", "--admin", "admin",
                                                        "--region", "Germany")
    assert done.code == 1 and "two-letter country code" in done.err
    assert not (tmp_path / "v" / "keyslots.json").exists()
