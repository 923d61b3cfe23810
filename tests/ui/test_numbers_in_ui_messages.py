"""The GUI's messages write their numbers as the person's locale does (regional_formats, the
same CLDR data as its dates and amounts): "1.234,50 MiB" and "4.001" in Germany, a no-break
space between French thousands, and English's "1,234.50" when no locale was chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from contactweb.sync import BackupResult
from contactweb.ui.backup.admin_backup_widget import _backup_text, _team_backup_text
from contactweb.ui.contacts.contact_photo_widget import ContactPhotoWidget
from contactweb.ui.kit.regional_formats import number_text

MIB = 2**20
RESULT = BackupResult(snapshot_id="s1", created_at=datetime(2026, 12, 7, tzinfo=UTC),
                      bytes_uploaded=int(1234.5 * MIB), pages_total=40_001,
                      pages_uploaded=4_001, packs_uploaded=3, db_size=int(2345.25 * MIB))


@pytest.fixture
def person_locale(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Sets Qt's default locale as translations.install does, and puts it back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(("locale", "whole", "two_decimals"), [
    ("C", "40,001", "1,234.50"),
    ("de_DE", "40.001", "1.234,50"),
    ("fr_FR", "40\u00a0001", "1\u00a0234,50")])
def test_a_number_in_the_persons_locale(person_locale: Callable[[str], None], locale: str,
                                        whole: str, two_decimals: str) -> None:
    person_locale(locale)
    assert number_text(40_001) == whole
    assert number_text(1234.5, digits=2) == two_decimals
    assert number_text(1234.5) == two_decimals.removesuffix("0")


def test_the_backup_outcome_counts_in_german(person_locale: Callable[[str], None]) -> None:
    person_locale("de_DE")
    text, ok = _backup_text(RESULT)
    assert ok and text == "Backed up: 1.234,50 MiB uploaded (4.001 new of 40.001 pages)."
    team, _ok = _team_backup_text(RESULT)
    assert team == ("Backed up: a database dump of 2.345,25 MiB, 1.234,50 MiB uploaded "
                    "(4.001 new of 40.001 blocks).")


def test_the_backup_outcome_keeps_the_english_form_without_a_locale(
        person_locale: Callable[[str], None]) -> None:
    person_locale("C")
    text, _ok = _backup_text(RESULT)
    assert text == "Backed up: 1,234.50 MiB uploaded (4,001 new of 40,001 pages)."


def test_a_photo_too_large_is_measured_in_german(person_locale: Callable[[str], None],
                                                 tmp_path: Path) -> None:
    person_locale("de_DE")
    problems: list[str] = []
    widget = ContactPhotoWidget(lambda: [], problems.append)
    big = tmp_path / "huge.bmp"
    big.write_bytes(b"BM" + bytes(1536 * 1024))
    assert not widget.load_file(big)
    assert problems and "huge.bmp is 1.536 KiB" in problems[0]
