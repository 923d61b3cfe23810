"""Where contacts dragged out of ContactWeb are written as .vcf files while a drag needs
them: a private temporary folder (owner-only, 0700; files 0600) that the end of the session
removes with everything in it, so no vCard outlives the sign-in on this computer."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


class DragOutFolder:
    def __init__(self) -> None:
        self._path: Path | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    def file_for(self, name: str) -> Path:
        """A fresh path named ``name`` in the folder (made on first use, owner-only)."""
        if self._path is None or not self._path.is_dir():
            # mkdtemp makes the folder 0700: nobody else on the machine can list or read it.
            self._path = Path(tempfile.mkdtemp(prefix="contactweb-drag-"))
        target = self._path / name
        if target.exists():
            target.unlink()
        return target

    @staticmethod
    def make_private(path: Path) -> None:
        os.chmod(path, 0o600)

    def remove(self) -> None:
        """Signing out: the folder and every vCard in it go."""
        path, self._path = self._path, None
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)
