"""The built-in samples render every report (the screenshot step depends on it)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pypdf
import pytest

from contactweb.formats.pdf.samples import main, write_samples

EXPECTED = {"directory", "dossier", "sales", "activity", "statistics", "letters",
            "labels-l7160", "labels-5160", "access-summary", "erasure-receipt"}


def test_write_samples_renders_every_report(tmp_path: Path) -> None:
    written = write_samples(tmp_path / "out")
    assert {path.stem.removeprefix("report-") for path in written} == EXPECTED
    for path in written:
        reader = pypdf.PdfReader(path)
        assert len(reader.pages) >= 1
        assert reader.metadata is not None and reader.metadata.title
        first_page = reader.pages[0].extract_text()
        assert first_page.strip(), f"{path.name} has an empty first page"


@pytest.mark.skipif(shutil.which("pdftoppm") is None and importlib.util.find_spec("pypdfium2") is None, reason="needs pypdfium2 or poppler-utils")
def test_png_only_writes_one_picture_per_report(tmp_path: Path) -> None:
    assert main([str(tmp_path), "--png-only"]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == sorted(f"report-{name}.png" for name in EXPECTED)
    assert all((tmp_path / name).read_bytes().startswith(b"\x89PNG") for name in names)
