"""Neither Babel's extractor (on Python 3.11) nor pyside6-lupdate reads the expressions inside
an f-string, so a text marked for translation there never reaches the catalogs and is shown
in English in every language: "Address" and "Consent" in `contact show`, "nothing" in the
sales totals and "(no subject)" on the timeline once were."""

from __future__ import annotations

import ast
from pathlib import Path

import contactweb

MARKERS = {"_", "ngettext", "pgettext", "npgettext", "N_", "tr", "translate",
           "QT_TRANSLATE_NOOP"}
CONTEXT_FIRST = {"translate", "QT_TRANSLATE_NOOP"}


def marked_texts_inside_fstrings(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for call in ast.walk(node):
            if not isinstance(call, ast.Call):
                continue
            name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
            if name not in MARKERS:
                continue
            # translate(context, text) and QT_TRANSLATE_NOOP(context, text); else text first
            text_at = 1 if name in CONTEXT_FIRST else 0
            text = call.args[text_at] if len(call.args) > text_at else None
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((call.lineno, text.value))
    return found


def test_the_check_finds_a_marked_text_inside_an_fstring() -> None:
    assert marked_texts_inside_fstrings('x = f"{_(\'Address\')}: {a}"') == [(1, "Address")]
    assert marked_texts_inside_fstrings('x = f"{translate(\'Ctx\', \'Kind\')}"') == [(1, "Kind")]
    assert marked_texts_inside_fstrings('x = f"{translate(\'Ctx\', words[k])}"') == []
    assert marked_texts_inside_fstrings('x = _("Address") + f"{a}"') == []


def test_no_text_marked_for_translation_inside_an_fstring() -> None:
    package = Path(contactweb.__file__).parent
    found = [f"{path.relative_to(package)}:{line}: {text!r}"
             for path in sorted(package.rglob("*.py"))
             for line, text in marked_texts_inside_fstrings(path.read_text(encoding="utf-8"))]
    assert found == []
