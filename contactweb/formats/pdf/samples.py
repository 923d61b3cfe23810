"""Render every report from built-in fictional data, for screenshots and manual checks.

    python -m contactweb.formats.pdf.samples OUT_DIR [--png | --png-only]

writes `report-<name>.pdf` for each report and, with --png (needs poppler's pdftoppm), the
first page of each as `report-<name>.png` at 70 dpi. --png-only leaves out the PDFs, as
`make screenshots` wants for docs/screenshots.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from contactweb.formats.pdf import sample_data as sample
from contactweb.formats.pdf.activity import render_activity_report
from contactweb.formats.pdf.data import AccessSummaryData
from contactweb.formats.pdf.directory import render_directory
from contactweb.formats.pdf.dossier import render_dossier
from contactweb.formats.pdf.labels import AVERY_5160, AVERY_L7160, render_labels
from contactweb.formats.pdf.letters import render_letters
from contactweb.formats.pdf.privacy import render_access_summary, render_erasure_receipt
from contactweb.formats.pdf.sales import render_sales_report
from contactweb.formats.pdf.statistics import render_statistics


def _renderers() -> dict[str, Callable[[Path], bytes]]:
    meta = sample.sample_meta
    recipients = sample.sample_recipients() * 4
    return {
        "directory": lambda p: render_directory(meta("Contact directory"),
                                                sample.sample_directory(), p),
        "dossier": lambda p: render_dossier(meta("Contact dossier"), sample.sample_dossier(), p),
        "sales": lambda p: render_sales_report(meta("Sales report 2024"), sample.sample_sales(),
                                               p),
        "activity": lambda p: render_activity_report(meta("Activity report"),
                                                     sample.sample_activity(), p),
        "statistics": lambda p: render_statistics(meta("Contact statistics", False),
                                                  sample.sample_statistics(), p),
        "letters": lambda p: render_letters(meta("Spring showroom letters"),
                                            sample.sample_sender(), sample.sample_letters(), p),
        "labels-l7160": lambda p: render_labels(meta("Address labels"), recipients,
                                                AVERY_L7160, p, outlines=True),
        "labels-5160": lambda p: render_labels(meta("Address labels"), recipients,
                                               AVERY_5160, p, outlines=True),
        "access-summary": lambda p: render_access_summary(
            meta("What we hold about you"),
            AccessSummaryData(sample.sample_dossier(), sample.sample_attachments(),
                              contact_point="privacy@lindenhof.example"), p),
        "erasure-receipt": lambda p: render_erasure_receipt(meta("Erasure receipt", False),
                                                            sample.sample_erasure(), p),
    }


def write_samples(out_dir: str | Path) -> list[Path]:
    """Write `report-<name>.pdf` for every report; return the paths."""
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, render in _renderers().items():
        path = folder / f"report-{name}.pdf"
        render(path)
        written.append(path)
    return written


def write_first_page_pngs(pdf_paths: list[Path], dpi: int = 70,
                          out_dir: Path | None = None) -> list[Path]:
    """First page of each PDF as a PNG, beside it or in `out_dir`: with pypdfium2 (from PyPI,
    in the test extra) where installed, else poppler's pdftoppm."""
    pngs = []
    for pdf in pdf_paths:
        stem = (out_dir / pdf.stem) if out_dir else pdf.with_suffix("")
        _first_page_png(pdf, stem.with_suffix(".png"), dpi)
        pngs.append(stem.with_suffix(".png"))
    return pngs


def _first_page_png(pdf: Path, png: Path, dpi: int) -> None:
    try:
        import pypdfium2
    except ImportError:
        pypdfium2 = None
    if pypdfium2 is not None:
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            document[0].render(scale=dpi / 72).to_pil().save(png)
        finally:
            document.close()
        return
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("Neither pypdfium2 nor pdftoppm is installed: cannot make PNGs")
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--png", action="store_true", help="also write first-page PNGs")
    formats.add_argument("--png-only", action="store_true", help="write only first-page PNGs")
    args = parser.parse_args(argv)
    if args.png_only:
        args.out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as scratch:
            written = write_first_page_pngs(write_samples(scratch), out_dir=args.out_dir)
    else:
        written = write_samples(args.out_dir)
        if args.png:
            written += write_first_page_pngs(written)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
