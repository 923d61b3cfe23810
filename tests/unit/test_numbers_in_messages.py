"""A number inside a message is written as the reader's language writes numbers: a German
reads "4.001 Empfänger", a French "4 001" (a no-break space, so the number never breaks
across lines), an English reader "4,001". Python's ``{n:,}`` wrote the English form into
every translated sentence."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contactweb import i18n
from contactweb.cli.interchange_commands import _progress_line
from contactweb.errors import BadInput
from contactweb.services.mailing.bulk_notice import LARGE_MAILING, large_mailing_notice
from contactweb.store.fts import MAX_SEARCH_CHARS, MAX_SEARCH_TERMS, build_match_query
from tests.unit.test_cli_lazy_commands import run_probe

pytestmark = pytest.mark.usefixtures("compiled_catalogs")

# The spaces CLDR groups French digits with; the narrow one is shown as a no-break space
# (some desktop fonts lack its glyph), as the GUI's own numbers are.
FRENCH_GROUPING = ("4\u00a0001", "4\u202f001")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language(i18n.ENGLISH)


@pytest.mark.parametrize(("language", "whole", "two_decimals"), [
    ("en", "4,001", "1,234.50"),
    ("de", "4.001", "1.234,50"),
    ("es", "4.001", "1.234,50"),
    ("fr", "4\u00a0001", "1\u00a0234,50"),
    (i18n.PSEUDO, "4,001", "1,234.50")])
def test_a_number_is_written_as_the_active_language_writes_it(
        language: str, whole: str, two_decimals: str) -> None:
    i18n.use_language(language)
    assert i18n.number_text(4001) == whole
    assert i18n.number_text(1234.5, digits=2) == two_decimals
    assert i18n.number_text(Decimal("1234.5"), digits=2) == two_decimals


def test_the_bulk_mail_notice_counts_in_german() -> None:
    i18n.use_language("de")
    notice = large_mailing_notice(LARGE_MAILING + 1)
    assert notice is not None
    assert "4.001" in notice and "4,001" not in notice
    assert "4.000" in notice and "4,000" not in notice  # the daily batch limit


def test_the_bulk_mail_notice_groups_with_a_space_in_french() -> None:
    i18n.use_language("fr")
    notice = large_mailing_notice(LARGE_MAILING + 1)
    assert notice is not None
    assert any(grouped in notice for grouped in FRENCH_GROUPING), notice
    assert "4,001" not in notice and "4.001" not in notice


def test_the_bulk_mail_notice_keeps_the_comma_in_english() -> None:
    notice = large_mailing_notice(LARGE_MAILING + 1)
    assert notice is not None
    assert notice.startswith("4,001 recipients is bulk mail")
    assert "fewer than 4,000 a day" in notice


def test_the_search_length_refusal_counts_in_german() -> None:
    i18n.use_language("de")
    with pytest.raises(BadInput) as refused:
        build_match_query("x" * 12_345)
    assert "10.000" in str(refused.value) and "12.345" in str(refused.value)
    assert "10,000" not in str(refused.value) and "12,345" not in str(refused.value)


def test_the_search_word_refusal_counts_in_german() -> None:
    i18n.use_language("de")
    with pytest.raises(BadInput) as refused:
        build_match_query(" ".join(["ann"] * (MAX_SEARCH_TERMS + 1)))
    assert str(MAX_SEARCH_TERMS + 1) in str(refused.value)


def test_the_search_length_refusal_in_english() -> None:
    with pytest.raises(BadInput, match=f"at most {MAX_SEARCH_CHARS:,} characters"):
        build_match_query("x" * 12_345)


def test_the_import_progress_line_counts_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    i18n.use_language("de")
    _progress_line(1234, 56789)
    line = capsys.readouterr().err
    assert "1.234" in line and "56.789" in line
    assert "1,234" not in line and "56,789" not in line


def test_the_import_progress_line_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    _progress_line(56789, 56789)
    assert capsys.readouterr().err == "\rImporting: 56,789 of about 56,789 entries\n"


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_german_and_english_write_the_same_whole_number(value: int) -> None:
    """Only the separators differ: the digits and the sign are the number's own."""
    try:
        i18n.use_language("de")
        german = i18n.number_text(value)
    finally:
        i18n.use_language(i18n.ENGLISH)
    english = i18n.number_text(value)
    assert english == f"{value:,}"
    assert german.replace(".", "") == str(value)
    assert german.replace(".", ",") == english


@pytest.mark.parametrize("argv", [["--version"], ["--help"]])
def test_starting_in_german_loads_no_number_formatting(
        monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    """Babel (and decimal) load when a number is first written, not when the command line
    starts: ``--version`` and ``--help`` stay as light in German as in English."""
    monkeypatch.setenv("CONTACTWEB_LANG", "de")
    modules = run_probe(*argv)["modules"]
    assert isinstance(modules, list)
    assert [m for m in modules if m.split(".")[0] in ("babel", "decimal", "_decimal")] == []
