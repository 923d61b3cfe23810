"""Backups into a plain folder: a second site, a USB disk, a mounted network share."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from contactweb.sync.errors import BackupError, MissingObject, TransportError
from contactweb.sync.transport import check_object_name, check_prefix

# Temp files live next to their target (same file system, so os.replace is atomic) and
# carry this prefix so that listings skip leftovers of an interrupted write.
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
            raise TransportError(str(self.root), f"folder is not writable: {exc}") from exc
        return f"{self.describe()} is writable"

    def put(self, name: str, data: bytes | bytearray) -> None:
        target = self._path(name)
        self._require_root()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(temp_name, target)
            except BaseException:
                Path(temp_name).unlink(missing_ok=True)
                raise
            _fsync_directory(target.parent)
        except OSError as exc:
            raise TransportError(name, f"could not write to {self.describe()}: {exc}") from exc

    def get(self, name: str) -> bytes:
        path = self._path(name)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise MissingObject(name, f"not found in {self.describe()}") from exc
        except OSError as exc:
            raise TransportError(name, f"could not read from {self.describe()}: {exc}") from exc

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
            raise TransportError(name, f"could not delete from {self.describe()}: {exc}") from exc

    def _path(self, name: str) -> Path:
        return self.root.joinpath(*check_object_name(name).split("/"))

    def _require_root(self) -> None:
        # A missing root usually means an unplugged disk: refuse rather than create it on
        # the mount point's parent file system.
        if not self.root.is_dir():
            raise BackupError(f"backup folder {self.root} does not exist (is the disk attached?)")


def _fsync_directory(directory: Path) -> None:
    """Make the rename durable; some platforms cannot open directories, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
