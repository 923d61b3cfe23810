"""An email address too long for the directory's column breaks at "@" or a dot, never
inside a word."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from contactweb.formats.pdf import render_directory
from contactweb.formats.pdf.data import DirectoryEntry, ReportMeta

LONG = "maximilianus.vartanyan-oberhollenzer@glassworks-international.example.org"


def test_long_email_breaks_only_at_at_sign_or_dot() -> None:
    meta = ReportMeta("Biz", "me", datetime(2026, 1, 1), "Contact directory")
    pdf = render_directory(meta, [DirectoryEntry("Max", "Vartanyan", emails=[LONG])])
    lines = [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages
             for line in page.extract_text().splitlines()]
    pieces = [line for line in lines if line and line in LONG]
    assert "".join(pieces) == LONG
    assert len(pieces) > 1  # it did not fit on one line
    for piece in pieces[1:]:
        assert piece.startswith(".") or pieces[pieces.index(piece) - 1].endswith("@"), pieces


def test_long_name_breaks_at_a_space_or_hyphen() -> None:
    meta = ReportMeta("Biz", "me", datetime(2026, 1, 1), "Contact directory")
    pdf = render_directory(meta, [DirectoryEntry("Maximiliane Konstanze",
                                                 "von Hohenzollern-Sigmaringen")])
    lines = [line.strip() for page in PdfReader(io.BytesIO(pdf)).pages
             for line in page.extract_text().splitlines()]
    words = {"von", "Hohenzollern-", "Sigmaringen,", "Maximiliane", "Konstanze"}
    name_lines = [line for line in lines if line and set(line.split()) <= words]
    assert " ".join(name_lines).replace("- ", "-") == \
        "von Hohenzollern-Sigmaringen, Maximiliane Konstanze"
    assert len(name_lines) > 1
