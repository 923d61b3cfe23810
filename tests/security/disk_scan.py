"""Looking for plain text in raw files: what an attacker with a copy of the disk would see."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_under(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists()
                  for p in folder.rglob("*") if p.is_file())


def hits(folders: Iterable[Path], needles: Iterable[str]) -> list[tuple[str, str, str]]:
    """(file, needle, encoding) for every needle found in any file, ignoring ASCII case."""
    found = []
    needles = list(needles)
    for path in files_under(*folders):
        data = path.read_bytes().lower()
        for needle in needles:
            for encoding in ENCODINGS:
                if needle.lower().encode(encoding) in data:
                    found.append((str(path), needle, encoding))
    return found
