"""ContactWeb's translation catalogs, kept current and compiled (``make translations``).

    python -m tools.i18n.catalogs extract   # sources -> .pot/.po (Babel) and .ts (lupdate)
    python -m tools.i18n.catalogs build     # .po -> .mo, .ts -> .qm, and the test locales

Two families, as the layers are: gettext catalogs for everything below ``contactweb/ui/``
(``contactweb/locale/<lang>/LC_MESSAGES/contactweb.po``) and Qt's for the widgets
(``resources/translations/contactweb_<lang>.ts``). The compiled files are not kept in git.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tools.i18n.pseudo import MAKERS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "fr", "es")
DOMAIN = "contactweb"
LOCALE_DIR = ROOT / "contactweb" / "locale"
POT = LOCALE_DIR / f"{DOMAIN}.pot"
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "contactweb" / "ui"
BIN = Path(sys.executable).parent


def po_path(language: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{DOMAIN}_{language}.ts"


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def extract_po(locale_dir: Path = LOCALE_DIR) -> None:
    """The template from the sources, then each language's catalog brought up to it (new
    texts untranslated, vanished ones dropped). No source lines are written, so a catalog
    changes only when a text does."""
    pot = locale_dir / f"{DOMAIN}.pot"
    locale_dir.mkdir(parents=True, exist_ok=True)
    _babel("extract", "-F", str(ROOT / "babel.cfg"), "-k", "N_", "--no-location",
           "--sort-output", "--project", "ContactWeb", "--copyright-holder", "ContactWeb",
           "--omit-header", "-o", str(pot), str(ROOT / "contactweb"))
    for language in LANGUAGES:
        target = po_path(language, locale_dir)
        if target.exists():
            _babel("update", "-i", str(pot), "-o", str(target), "-l", language,
                   "--no-fuzzy-matching", "--ignore-obsolete")
        else:
            _babel("init", "-i", str(pot), "-o", str(target), "-l", language)


def ui_sources() -> list[str]:
    return sorted(str(p) for p in UI_DIR.rglob("*.py"))


def extract_ts(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_path(language, ts_dir)) for language in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), *ui_sources(), "-locations", "none",
                    "-no-obsolete", "-silent", "-ts", *targets], check=True)


def build_mo() -> None:
    for language in LANGUAGES:
        po = po_path(language)
        with po.open("rb") as source:
            catalog = read_po(source, locale=language)
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalog)
    with POT.open("rb") as source:
        template = read_po(source)
    for name, make in MAKERS.items():
        pseudo = Catalog(locale="en", domain=DOMAIN)
        for message in template:
            if not message.id:
                continue
            if isinstance(message.id, tuple | list):
                text = tuple(make(part) for part in message.id)
            else:
                text = make(message.id)
            pseudo.add(message.id, text)
        target = po_path(name).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as out:
            write_mo(out, pseudo)


def pseudo_ts(source: Path, target: Path, make) -> None:  # noqa: ANN001
    """A Qt catalog translating every text of ``source`` (any language's .ts) by ``make``."""
    tree = ET.parse(source)
    tree.getroot().set("language", "en")
    for message in tree.getroot().iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = make(text)
        else:
            translation.text = make(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def build_qm() -> None:
    lrelease = str(BIN / "pyside6-lrelease")
    for language in LANGUAGES:
        source = ts_path(language)
        subprocess.run([lrelease, "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in MAKERS.items():
            source = Path(scratch) / f"{DOMAIN}_{name}.ts"
            pseudo_ts(ts_path(LANGUAGES[0]), source, make)
            subprocess.run([lrelease, "-silent", str(source), "-qm",
                            str(ts_path(name).with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "extract":
        extract_po()
        extract_ts()
    elif command == "build":
        build_mo()
        build_qm()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


