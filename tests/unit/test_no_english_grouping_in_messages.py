"""No translated message groups its numbers the English way. A ``{count:,}`` (or
``{size:,.2f}``) in a msgid writes "4,001" and "1,234.50" into the German, French and Spanish
sentences alike; the number is formatted for the language (``i18n.number_text``, in the GUI
``regional_formats.number_text``) and passed in as text. The same goes for an f-string with a
grouping spec passed to a translated message's ``format``.

The interchange readers' problem fragments are English on purpose (they name a file's own
content for a log), and the PDF formatting already uses Babel when it has a locale."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import contactweb

PACKAGE = Path(contactweb.__file__).parent
ENGLISH_ON_PURPOSE = ("formats/interchange/",)
# The marker and where its texts are: translate(context, text); ngettext(singular, plural, n).
TEXT_ARGUMENTS = {"_": (0,), "N_": (0,), "tr": (0,), "ngettext": (0, 1), "pgettext": (1,),
                  "npgettext": (1, 2), "translate": (1,), "QT_TRANSLATE_NOOP": (1,)}


def _groups_digits(spec: str) -> bool:
    # Python's format mini-language: "," or "_" after the width asks for grouping.
    return "," in spec or "_" in spec


def _grouping_fields(text: str) -> list[str]:
    try:
        fields = list(string.Formatter().parse(text))
    except ValueError:  # not a format string (a lone brace): nothing to format
        return []
    return [f"{{{name}:{spec}}}" for _literal, name, spec, _conversion in fields
            if name is not None and spec and _groups_digits(spec)]


def _marker(call: ast.Call) -> str | None:
    return getattr(call.func, "id", None) or getattr(call.func, "attr", None)


def _grouped_fstring(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) and any(
        isinstance(part, ast.FormattedValue) and part.format_spec is not None
        and _groups_digits(ast.unparse(part.format_spec)) for part in node.values)


def english_grouping(source: str) -> list[tuple[int, str]]:
    """(line, what) for each msgid with a grouping spec, and each grouped f-string passed to
    a translated message's ``format``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _marker(node)
        for index in TEXT_ARGUMENTS.get(name or "", ()):
            text = node.args[index] if len(node.args) > index else None
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found += [(node.lineno, field) for field in _grouping_fields(text.value)]
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if name == "format" and isinstance(receiver, ast.Call) and \
                _marker(receiver) in TEXT_ARGUMENTS:
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            found += [(node.lineno, ast.unparse(argument)) for argument in arguments
                      if _grouped_fstring(argument)]
    return found


def test_the_check_finds_english_grouping() -> None:
    assert english_grouping('_("{n:,} contacts").format(n=n)') == [(1, "{n:,}")]
    assert english_grouping('self.tr("{size:,.2f} MiB")') == [(1, "{size:,.2f}")]
    assert english_grouping('translate("Ctx", "{a} of {b:_}")') == [(1, "{b:_}")]
    assert english_grouping('ngettext("{n} page", "{n:,} pages", n)') == [(1, "{n:,}")]
    assert english_grouping('_("{n} demo").format(n=f"{n:,}")') == [(1, "f'{n:,}'")]
    assert english_grouping('_("{n} contacts").format(n=number_text(n))') == []
    assert english_grouping('_("{n:>4} and {{literal}}")') == []
    assert english_grouping('x = f"{n:,}"') == []  # not a message


def test_no_message_groups_numbers_the_english_way() -> None:
    found = [f"{path.relative_to(PACKAGE)}:{line}: {what}"
             for path in sorted(PACKAGE.rglob("*.py"))
             if not path.relative_to(PACKAGE).as_posix().startswith(ENGLISH_ON_PURPOSE)
             for line, what in english_grouping(path.read_text(encoding="utf-8"))]
    assert found == []
