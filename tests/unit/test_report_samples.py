"""The built-in samples render every report (the screenshot step depends on it)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from contactweb.services.reports.samples import write_samples

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
