"""Crash-safe file replacement: a reader sees the old file or the new one, never a mix.

The one helper for every durable write (key slots, settings, exports, reports, backup
folders); it lives in ``vault/`` because that is the lowest layer that writes files, so
``sync/`` and ``services/`` may both import it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes | bytearray) -> None:
    """Write ``data`` to ``path`` through a hidden temp file beside it (same file system, so
    ``os.replace`` is atomic; the leading dot keeps listings from showing a leftover)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_directory(path.parent)


def write_json_atomic(path: Path, value: object) -> None:
    write_atomic(path, json.dumps(value, indent=2, sort_keys=True).encode("utf-8"))


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable; some platforms cannot open directories,
    where the rename is as durable as the platform makes it."""
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
