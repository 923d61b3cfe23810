"""Backups into a plain folder: a second site, a USB disk, a mounted network share."""

from __future__ import annotations

import os
from pathlib import Path

from contactweb.i18n import _
from contactweb.sync.errors import BackupError, MissingObject, TransportError
from contactweb.sync.transport import check_object_name, check_prefix
from contactweb.vault.atomic import write_atomic

# The probe file carries this prefix; like write_atomic's temp files it starts with a dot,
# so listings skip a leftover of an interrupted check or write.
_TEMP_PREFIX = ".tmp-"


class FolderTransport:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def describe(self) -> str:
        return f"folder {self.root}"

    def check_region(self) -> None:
        """A local folder has no region."""

    def test_connection(self) -> str:
        self._require_root()
        probe = f"{_TEMP_PREFIX}probe-{os.getpid()}"
        try:
            (self.root / probe).write_bytes(b"")
            (self.root / probe).unlink()
        except OSError as exc:
            raise TransportError(str(self.root), _("folder is not writable: {exc}").format(
                exc=exc)) from exc
        return _("folder {path} is writable").format(path=self.root)

    def put(self, name: str, data: bytes | bytearray) -> None:
        target = self._path(name)
        self._require_root()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
        except OSError as exc:
            raise TransportError(name, _("could not write to {value}: {exc}").format(
                value=self.describe(), exc=exc)) from exc

    def get(self, name: str) -> bytes:
        path = self._path(name)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise MissingObject(name, f"not found in {self.describe()}") from exc
        except OSError as exc:
            raise TransportError(name, _("could not read from {value}: {exc}").format(
                value=self.describe(), exc=exc)) from exc

    def list(self, prefix: str) -> list[str]:
        check_prefix(prefix)
        if not self.root.is_dir():
            return []
        # Walk only the deepest directory the prefix names completely.
        directory_part = prefix.rsplit("/", 1)[0] if "/" in prefix else ""
        start = self.root / directory_part if directory_part else self.root
        names: list[str] = []
        for dirpath, dirnames, filenames in os.walk(start):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for filename in filenames:
                if filename.startswith("."):
                    continue
                relative = Path(dirpath, filename).relative_to(self.root).as_posix()
                if relative.startswith(prefix):
                    names.append(relative)
        return sorted(names)

    def delete(self, name: str) -> None:
        try:
            self._path(name).unlink(missing_ok=True)
        except OSError as exc:
            raise TransportError(name, _("could not delete from {value}: {exc}").format(
                value=self.describe(), exc=exc)) from exc

    def _path(self, name: str) -> Path:
        return self.root.joinpath(*check_object_name(name).split("/"))

    def _require_root(self) -> None:
        # A missing root usually means an unplugged disk: refuse rather than create it on
        # the mount point's parent file system.
        if not self.root.is_dir():
            raise BackupError(_("backup folder {root} does not exist (is the disk attached?)").format(
                root=self.root))

