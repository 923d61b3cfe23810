"""Where contacts dragged out of ContactWeb are written as .vcf files while a drag needs
them: a private temporary folder (owner-only, 0700; files 0600) that the end of the session
removes with everything in it, so no vCard outlives the sign-in on this computer. Erasing or
purging a contact removes at once every file that holds it: it is not kept to the session's end."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path


class DragOutFolder:
    def __init__(self) -> None:
        self._path: Path | None = None
        self._holding: dict[Path, frozenset[int]] = {}  # each file: the contacts it holds

    @property
    def path(self) -> Path | None:
        return self._path

    def file_for(self, name: str, contact_ids: Iterable[int]) -> Path:
        """A fresh path named ``name`` in the folder (made on first use, owner-only), for a
        file that will hold ``contact_ids``."""
        if self._path is None or not self._path.is_dir():
            # mkdtemp makes the folder 0700: nobody else on the machine can list or read it.
            self._path = Path(tempfile.mkdtemp(prefix="contactweb-drag-"))
        target = self._path / name
        if target.exists():
            target.unlink()
        self._holding[target] = frozenset(contact_ids)
        return target

    def forget_contacts(self, contact_ids: Iterable[int]) -> None:
        """These contacts were erased or purged: every dragged-out file holding one goes."""
        gone = set(contact_ids)
        for path, held in list(self._holding.items()):
            if held & gone:
                path.unlink(missing_ok=True)
                del self._holding[path]

    @staticmethod
    def make_private(path: Path) -> None:
        os.chmod(path, 0o600)

    def remove(self) -> None:
        """Signing out: the folder and every vCard in it go."""
        path, self._path = self._path, None
        self._holding.clear()
        if path is not None:
            shutil.rmtree(path, ignore_errors=True)
