"""What every command needs: the vault path, passwords from stdin or the environment, the
signed-in workspace, and output in text or JSON."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import sys
from array import array
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contactweb import paths
from contactweb.errors import AuthenticationFailed, BadInput, Refused
from contactweb.i18n import _

if TYPE_CHECKING:  # the vault and SQLAlchemy load only when a command signs in
    from contactweb.vault.workspace import Workspace


class CliContext:
    def __init__(self, args: Any) -> None:
        self.args = args
        self.vault_dir = Path(args.vault or os.environ.get("CONTACTWEB_VAULT")
                              or paths.default_vault_dir())
        self._stdin_lines: list[str] | None = None
        self.workspace: Workspace | None = None

    # --- secrets -----------------------------------------------------------------------
    def _stdin_line(self) -> str | None:
        if self._stdin_lines is None:
            self._stdin_lines = sys.stdin.read().splitlines() if not sys.stdin.isatty() else []
        return self._stdin_lines.pop(0) if self._stdin_lines else None

    def password(self) -> str:
        """The signing-in user's password: first stdin line with --password-stdin, else
        $CONTACTWEB_PASSWORD, else a prompt on a terminal."""
        if self.args.password_stdin:
            line = self._stdin_line()
            if line is not None:
                return line
            raise AuthenticationFailed(_("--password-stdin was given but standard input is empty."))
        if os.environ.get("CONTACTWEB_PASSWORD"):
            return os.environ["CONTACTWEB_PASSWORD"]
        if sys.stdin.isatty():
            return getpass.getpass(_("Password: "))
        raise AuthenticationFailed(
            _("No password: use --password-stdin or set CONTACTWEB_PASSWORD."))

    def new_password(self, prompt: str = "") -> str | None:
        """A second secret (a new or initial password): the next stdin line, else
        $CONTACTWEB_NEW_PASSWORD, else a prompt on a terminal; None when none is given."""
        if self.args.password_stdin or (self._stdin_lines is not None):
            line = self._stdin_line()
            if line is not None:
                return line
        if os.environ.get("CONTACTWEB_NEW_PASSWORD"):
            return os.environ["CONTACTWEB_NEW_PASSWORD"]
        if sys.stdin.isatty():
            first = getpass.getpass(prompt or _("New password: "))
            if getpass.getpass(_("Repeat: ")) != first:
                raise BadInput(_("The two passwords differ."))
            return first
        return None

    def secret_from_stdin(self) -> str:
        line = self._stdin_line()
        if line is None:
            raise BadInput(_("Expected the secret on standard input."))
        return line

    # --- sign-in -----------------------------------------------------------------------
    def username(self) -> str:
        name = self.args.user or os.environ.get("CONTACTWEB_USER")
        if not name:
            raise AuthenticationFailed(
                _("Who is signing in? Use --user NAME or CONTACTWEB_USER."))
        return name

    def sign_in(self, allow_must_change: bool = False, check_seal: bool = True) -> Workspace:
        return self.sign_in_with(self.password(), allow_must_change, check_seal)

    def team_profile_name(self) -> str | None:
        """``--vault team:NAME`` (or a profile's ``.json`` file) names a team vault."""
        text = str(self.args.vault or os.environ.get("CONTACTWEB_VAULT") or "")
        if text.startswith("team:"):
            return text.removeprefix("team:")
        return text if text.endswith(".json") else None

    def sign_in_with(self, password: str, allow_must_change: bool = False,
                     check_seal: bool = True) -> Workspace:
        if self.team_profile_name() is not None:
            from contactweb.team import profile, team_session

            ws = team_session.sign_in(profile.load(self.team_profile_name()),
                                      self.username(), password)
            return self._signed_in(ws, allow_must_change)
        if not (self.vault_dir / "keyslots.json").exists():
            raise BadInput(_("No vault at {folder}. Create one with "
                             "'contactweb init --admin NAME'.").format(folder=self.vault_dir))
        from contactweb.services.accounts import session

        ws = session.sign_in(self.vault_dir, self.username(), password, check_seal)
        return self._signed_in(ws, allow_must_change)

    def _signed_in(self, ws: Workspace, allow_must_change: bool) -> Workspace:
        self.workspace = ws
        if ws.must_change_password and not allow_must_change:
            raise Refused(_("{name} must choose a new password first: run "
                            "'contactweb user passwd {name}'.").format(name=ws.username))
        return ws

    def close(self) -> None:
        if self.workspace is not None and not self.workspace.locked:
            self.workspace.lock()

    # --- output ------------------------------------------------------------------------
    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit_json(self, value: Any) -> None:
        print(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False))

    def table(self, headers: list[str], rows: list[list[Any]]) -> None:
        cells = [[_cell(v) for v in row] for row in rows]
        widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
        print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
        for row in cells:
            print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value).replace("\n", " ")


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: to_jsonable(v) for k, v in dataclasses.asdict(value).items()
                if not isinstance(v, bytes)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items() if not isinstance(v, bytes)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, array):  # an import's ids (importer.ContactIds)
        return value.tolist()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value
