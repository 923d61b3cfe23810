"""What the desktop application remembers on this machine between runs: the vault folder and
the last username. Nothing secret, and no contact data, ever goes in this file."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from contactweb import paths
from contactweb.vault.atomic import write_json_atomic

log = logging.getLogger(__name__)
FILE_NAME = "gui.json"


@dataclass
class GuiPreferences:
    vault_path: str = ""
    last_username: str = ""
    # This machine is shared (ticked on the sign-in screen): short idle lock, no username
    # remembered, no secrets in the OS keyring, whatever the vault's own setting says.
    shared_computer: bool = False
    # The vault at ``vault_path`` has shared-computer mode on for every machine (its own
    # setting, learnt at the last sign-in): the sign-in screen shows it before anyone signs in.
    vault_shared_computer: bool = False
    # Where the main window was left (Qt's saveGeometry in base64) and whether maximised.
    window_geometry: str = ""
    window_maximised: bool = False
    # The team server profile signed in to last (its name); empty: the vault folder above.
    team_profile: str = ""
    # The language chosen in Settings on this computer ("de", "fr"...); empty: the system's.
    language: str = ""

    @staticmethod
    def file_path() -> Path:
        return paths.config_dir() / FILE_NAME

    @classmethod
    def load(cls) -> GuiPreferences:
        try:
            data = json.loads(cls.file_path().read_text("utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            # A damaged preferences file costs the remembered name, never the start-up.
            log.warning("ignoring unreadable %s: %s", cls.file_path(), exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(**{k: _typed(k, v) for k, v in data.items()
                      if k in cls.__dataclass_fields__})

    def save(self) -> None:
        path = self.file_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, asdict(self))

    def shared_here(self) -> bool:
        """Shared-computer mode applies on this machine: ticked here or set for the vault."""
        return self.shared_computer or self.vault_shared_computer

    def vault_dir(self) -> Path:
        """The remembered vault, else the default one in the user data folder."""
        return Path(self.vault_path) if self.vault_path else paths.default_vault_dir()


def _typed(name: str, value: object) -> str | bool:
    """A stored value as its field's type; a hand-edited "false" is still False."""
    if isinstance(GuiPreferences.__dataclass_fields__[name].default, bool):
        return value if isinstance(value, bool) else str(value).strip().lower() == "true"
    return str(value)
