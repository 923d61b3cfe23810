"""How consent was given or withdrawn is stored in English words (the PDFs' vocabulary reads
them too): every way ContactWeb itself records is shown in the person's language, in the
consent tab and the dialog, and in a contact report's language; a way typed by hand is shown
as typed."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from contactweb.formats.pdf import language as pdf_language
from contactweb.formats.pdf.vocabulary import word
from contactweb.ui.contacts.consent_dialog import METHODS, RECORDED_METHODS, method_title
from contactweb.ui.kit import translations

pytestmark = [pytest.mark.sqlite_only, pytest.mark.usefixtures("compiled_catalogs")]
SERVICES = Path(__file__).resolve().parents[2] / "contactweb" / "services"


def stored_methods() -> set[str]:
    """Every ``method=`` literal (and ``method`` default) in the services' code: the ways
    ContactWeb records consent by itself."""
    found = set()
    for path in SERVICES.rglob("*.py"):
        if path.name == "demo_data.py":  # sample content, like the demo names
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "method" \
                    and isinstance(node.value, ast.Constant) and node.value.value:
                found.add(node.value.value)
            if isinstance(node, ast.FunctionDef):
                arguments = node.args.args + node.args.kwonlyargs
                defaults = [None] * (len(node.args.args) - len(node.args.defaults)) \
                    + list(node.args.defaults) + list(node.args.kw_defaults)
                for argument, default in zip(arguments, defaults, strict=True):
                    if argument.arg == "method" and isinstance(default, ast.Constant) \
                            and default.value:
                        found.add(default.value)
    return found


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translations.install(qapp, "de")
    yield
    translations.reset(qapp)


def test_every_way_contactweb_records_has_a_title() -> None:
    methods = stored_methods()
    assert {"recorded by staff", "import", "merge", "previously erased",
            "taken back (undo)"} <= methods
    assert methods <= set(METHODS) | set(RECORDED_METHODS), \
        methods - set(METHODS) - set(RECORDED_METHODS)


def test_the_ways_are_shown_in_german(german: None) -> None:
    for method in {*METHODS, *RECORDED_METHODS}:
        assert method_title(method) != method, method
    assert method_title("recorded by staff") == "von Mitarbeitenden erfasst"
    assert method_title("at the trade fair stand") == "at the trade fair stand"


def test_a_report_names_the_ways_in_its_language() -> None:
    with pdf_language.writing_in("de"):
        for method in RECORDED_METHODS.keys() - {"import"}:  # "import": the contact's source
            assert word(method) != method, method
