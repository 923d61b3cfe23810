"""ContactWeb's translation catalogs, kept current and compiled (``make translations``).

    python -m tools.i18n.catalogs extract   # sources -> .pot/.po (Babel) and .ts (lupdate)
    python -m tools.i18n.catalogs build     # .po -> .mo, .ts -> .qm, and the test locales

Two families, as the layers are: gettext catalogs for everything below ``contactweb/ui/``
(``contactweb/locale/<lang>/LC_MESSAGES/contactweb.po``) and Qt's for the widgets
(``resources/translations/contactweb_<lang>.ts``). The compiled files are not kept in git.
The gettext family has a second domain, ``argparse``: the standard library argparse's own
words ("usage:", "options", "error:"), extracted from the argparse module of the Python that
runs this, which the command line routes argparse to.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from tools.i18n.cli_help import parser_texts
from tools.i18n.pseudo import MAKERS

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "fr", "es")
DOMAIN = "contactweb"
ARGPARSE_DOMAIN = "argparse"
DOMAINS = (DOMAIN, ARGPARSE_DOMAIN)
LOCALE_DIR = ROOT / "contactweb" / "locale"
POT = LOCALE_DIR / f"{DOMAIN}.pot"
TS_DIR = ROOT / "resources" / "translations"
UI_DIR = ROOT / "contactweb" / "ui"
BIN = Path(sys.executable).parent


def po_path(language: str, locale_dir: Path = LOCALE_DIR, domain: str = DOMAIN) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{domain}.po"


def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"{DOMAIN}_{language}.ts"


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def extract_po(locale_dir: Path = LOCALE_DIR) -> None:
    """The template from the sources, then each language's catalog brought up to it (new
    texts untranslated, vanished ones dropped). No source lines are written, so a catalog
    changes only when a text does."""
    pot = locale_dir / f"{DOMAIN}.pot"
    argparse_pot = locale_dir / f"{ARGPARSE_DOMAIN}.pot"
    locale_dir.mkdir(parents=True, exist_ok=True)
    common = ("--no-location", "--sort-output", "--project", "ContactWeb",
              "--copyright-holder", "ContactWeb", "--omit-header")
    _babel("extract", "-F", str(ROOT / "babel.cfg"), "-k", "N_", *common, "-o", str(pot),
           str(ROOT / "contactweb"))
    _babel("extract", *common, "-o", str(argparse_pot), argparse.__file__)
    _add_texts(pot, parser_texts(argparse_pot))
    for domain, template in ((DOMAIN, pot), (ARGPARSE_DOMAIN, argparse_pot)):
        for language in LANGUAGES:
            target = po_path(language, locale_dir, domain)
            if target.exists():
                _babel("update", "-i", str(template), "-o", str(target), "-l", language,
                       "-D", domain, "--no-fuzzy-matching", "--ignore-obsolete")
            else:
                _babel("init", "-i", str(template), "-o", str(target), "-l", language,
                       "-D", domain)


def _add_texts(pot: Path, texts: list[str]) -> None:
    """Texts found other than by Babel's extraction (the command line's help) added to a
    template, which stays sorted and without source lines."""
    with pot.open("rb") as source:
        template = read_po(source)
    for text in texts:
        if text not in template:
            template.add(text, flags=("python-format",) if "%(" in text else ())
    with pot.open("wb") as target:
        write_po(target, template, omit_header=True, sort_output=True, no_location=True)


def ui_sources() -> list[str]:
    return sorted(str(p) for p in UI_DIR.rglob("*.py"))


def extract_ts(ts_dir: Path = TS_DIR) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_path(language, ts_dir)) for language in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), *ui_sources(), "-locations", "none",
                    "-no-obsolete", "-silent", "-ts", *targets], check=True)


def build_mo() -> None:
    for domain in DOMAINS:
        _build_mo(domain)


def _build_mo(domain: str) -> None:
    for language in LANGUAGES:
        po = po_path(language, domain=domain)
        with po.open("rb") as source:
            catalog = read_po(source, locale=language)
        with _replacing(po.with_suffix(".mo")) as scratch, scratch.open("wb") as target:
            write_mo(target, catalog)
    with (LOCALE_DIR / f"{domain}.pot").open("rb") as source:
        template = read_po(source)
    for name, make in MAKERS.items():
        pseudo = Catalog(locale="en", domain=domain)
        for message in template:
            if not message.id:
                continue
            if isinstance(message.id, tuple | list):
                text = tuple(make(part) for part in message.id)
            else:
                text = make(message.id)
            pseudo.add(message.id, text)
        target = po_path(name, domain=domain).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with _replacing(target) as scratch, scratch.open("wb") as out:
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
        with _replacing(source.with_suffix(".qm")) as target:
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in MAKERS.items():
            source = Path(scratch) / f"{DOMAIN}_{name}.ts"
            pseudo_ts(ts_path(LANGUAGES[0]), source, make)
            with _replacing(ts_path(name).with_suffix(".qm")) as target:
                subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)],
                               check=True)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A file written beside ``path`` that then takes its place in one rename. Qt maps a .qm
    catalog into memory: rewriting it in place (as each test worker building the catalogs
    did) while another process reads it ended that process with a bus error."""
    scratch = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield scratch
        os.replace(scratch, path)
    finally:
        scratch.unlink(missing_ok=True)


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


