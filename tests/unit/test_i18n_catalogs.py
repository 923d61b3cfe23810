"""The translation catalogs are current and complete: extracting the texts from the sources
again (Babel for the gettext catalogs below ui/, lupdate for the widgets' .ts files) changes
no catalog, and every German, French and Spanish catalog translates every text, keeps its
placeholders and has no unfinished entries."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tools.i18n import catalogs

LANGUAGES = catalogs.LANGUAGES
PYTHON_FIELD = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sr]")
QT_FIELD = re.compile(r"%L?\d|%n")


def po_messages(path: Path, language: str) -> dict[object, object]:
    with path.open("rb") as source:
        catalog = read_po(source, locale=language)
    return {(tuple(m.id) if isinstance(m.id, list | tuple) else m.id):
            (tuple(m.string) if isinstance(m.string, list | tuple) else m.string,
             "fuzzy" in m.flags)
            for m in catalog if m.id}


def ts_messages(path: Path) -> dict[tuple[str, str], tuple[object, str | None]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            found[(name, message.findtext("source") or "")] = (
                forms or (translation.text or ""), translation.get("type"))
    return found


def test_extracting_again_changes_no_gettext_catalog(tmp_path: Path) -> None:
    copy = tmp_path / "locale"
    shutil.copytree(catalogs.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo", "x-*"))
    catalogs.extract_po(copy)
    for domain in catalogs.DOMAINS:  # ContactWeb's texts, and argparse's own words
        for language in LANGUAGES:
            committed = po_messages(catalogs.po_path(language, domain=domain), language)
            extracted = po_messages(catalogs.po_path(language, copy, domain), language)
            assert set(extracted) - set(committed) == set(), \
                f"{domain} {language}: texts not in the catalog"
            assert set(committed) - set(extracted) == set(), \
                f"{domain} {language}: texts no longer used"
            assert extracted == committed


def test_extracting_again_changes_no_qt_catalog(tmp_path: Path) -> None:
    for language in LANGUAGES:
        shutil.copy(catalogs.ts_path(language), tmp_path)
    catalogs.extract_ts(tmp_path)
    for language in LANGUAGES:
        committed = ts_messages(catalogs.ts_path(language))
        extracted = ts_messages(catalogs.ts_path(language, tmp_path))
        assert set(extracted) - set(committed) == set(), f"{language}: texts not in the catalog"
        assert set(committed) - set(extracted) == set(), f"{language}: texts no longer used"
        assert extracted == committed


@pytest.mark.parametrize("domain", catalogs.DOMAINS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gettext_text_is_translated_with_its_placeholders(language: str,
                                                                domain: str) -> None:
    messages = po_messages(catalogs.po_path(language, domain=domain), language)
    assert messages, "an empty catalog translates nothing"
    for source, (translation, fuzzy) in messages.items():
        assert not fuzzy, f"{language}: unfinished: {source!r}"
        sources = source if isinstance(source, tuple) else (source,)
        forms = translation if isinstance(translation, tuple) else (translation,)
        assert all(forms), f"{language}: untranslated: {source!r}"
        fields = set(PYTHON_FIELD.findall(sources[-1]))
        for form in forms:
            assert set(PYTHON_FIELD.findall(form)) == fields, f"{language}: {form!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_qt_text_is_translated_with_its_placeholders(language: str) -> None:
    messages = ts_messages(catalogs.ts_path(language))
    for (context, source), (translation, state) in messages.items():
        assert state is None, f"{language}: {state}: {context}: {source!r}"
        forms = translation if isinstance(translation, tuple) else (translation,)
        assert forms and all(forms), f"{language}: untranslated: {context}: {source!r}"
        for form in forms:
            assert set(PYTHON_FIELD.findall(form)) == set(PYTHON_FIELD.findall(source)), form
            assert set(QT_FIELD.findall(form)) >= set(QT_FIELD.findall(source)) - {"%n"}, form


def test_building_the_catalogs_replaces_each_file_in_one_rename() -> None:
    """Qt maps a .qm catalog into memory: a build that rewrote it in place while a test worker
    (or a running ContactWeb) had it mapped ended that process with a bus error. Each built
    file is a new file renamed over the old one, which any reader keeps whole."""
    catalogs.build_mo()
    catalogs.build_qm()
    built = sorted(catalogs.LOCALE_DIR.glob("*/LC_MESSAGES/*.mo")) \
        + sorted(catalogs.ts_path("de").parent.glob("*.qm"))
    assert len(built) >= 8
    before = {path: path.stat().st_ino for path in built}
    catalogs.build_mo()
    catalogs.build_qm()
    assert [path for path in built if path.stat().st_ino == before[path]] == []
    assert not list(catalogs.ts_path("de").parent.glob(".*.tmp"))
