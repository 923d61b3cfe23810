"""Where ContactWeb keeps things on this machine. ``CONTACTWEB_HOME`` redirects everything
(tests, portable installs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ContactWeb"


def _home() -> Path | None:
    value = os.environ.get("CONTACTWEB_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(
        platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def documents_dir() -> Path:
    """Where reports and exports are offered to go by default."""
    home = _home()
    return home / "documents" if home else Path(platformdirs.user_documents_dir())
