"""Every sentence a person reads comes in their language, below ``ui/`` too: not only
ContactWeb's errors (tests/unit/test_errors_are_translated.py) but the notes, notices and
outcomes that reach the person in other ways. A backup's plain-words failure, the notes Verify
writes into the backup history, "Backups are paused", the re-key message, the certificate
advice, the retention note in a call entry and the SMTP test message once were English
literals or f-strings in every language.

The check: a string literal or f-string that starts with a capitalised word followed by two
or more lowercase words, outside a translation marker (or an alias of one), a docstring, a
logging call and SQL, in contactweb/ outside ui/ (which Qt's own check covers)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import contactweb

PACKAGE = Path(contactweb.__file__).parent
MARKERS = {"_", "N_", "ngettext", "pgettext", "npgettext"}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "log"}
SENTENCE = re.compile(r"[A-Z][A-Za-z’'-]*( [a-z][a-z’'-]*){2}")
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|CREATE|DELETE|ALTER|DROP)\b")
# A text on a line with this comment is not read by a person (a keyring entry's name).
NOT_SHOWN = "not shown to a person"
# Files that hold content, not interface: what they write is the business's data or a
# file format's own vocabulary, the same in every language.
CONTENT = {
    "services/demo_data.py",  # the demo vault's contacts, notes and tasks
    "formats/pdf/sample_data.py",  # the sample letter's and report's data
    "formats/pdf/samples.py",  # the sample documents' titles (data, like sample_data)
    "formats/interchange/overflow.py",  # vCard/CSV field names ("Label of phone")
    "formats/interchange/vcard_mapping.py",  # vCard/CSV field names ("Phonetic last name")
}


def _marker_names(tree: ast.Module) -> set[str]:
    """The markers and the names a module imports them under (``_ as in_document``)."""
    names = set(MARKERS)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {alias.asname for alias in node.names
                      if alias.name in MARKERS and alias.asname}
    return names


def _text(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else "{}"
                       for part in node.values)
    return None


def english_sentences(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    markers = _marker_names(tree)
    lines = source.splitlines()
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        text = _text(node)
        if text is None or not SENTENCE.match(text) or SQL.search(text):
            continue
        parent = parents.get(node)
        if isinstance(parent, (ast.JoinedStr, ast.Expr)):  # a part of an f-string; a docstring
            continue
        if NOT_SHOWN in lines[node.lineno - 1]:
            continue
        ancestor, inside = node, False
        while ancestor in parents and not inside:
            ancestor = parents[ancestor]
            if isinstance(ancestor, ast.Call):
                name = getattr(ancestor.func, "id", None) or getattr(ancestor.func, "attr", None)
                inside = name in markers or (isinstance(ancestor.func, ast.Attribute)
                                             and name in LOGGING)
        if not inside:
            found.append((node.lineno, text))
    return found


def test_the_check_finds_an_english_sentence() -> None:
    assert english_sentences('x = "The disk is full."') == [(1, "The disk is full.")]
    assert english_sentences('x = f"The disk holding {p} is full."') == \
        [(1, "The disk holding {} is full.")]
    assert english_sentences('x = ("ContactWeb could not connect "\n"to it.")') == \
        [(1, "ContactWeb could not connect to it.")]
    assert english_sentences('x = _("The disk is full.")') == []
    assert english_sentences('x = _("The disk holding {p} is full.").format(p=p)') == []
    assert english_sentences('X = N_("Keep the last backups")') == []
    assert english_sentences('x = ngettext("One row is left.", "{n} rows are left.", n)') == []
    assert english_sentences('from m import _ as say\nx = say("The disk is full.")') == []
    assert english_sentences('log.warning("The disk is full.")') == []
    assert english_sentences('def f():\n    """The disk is full."""') == []
    assert english_sentences('q = "DELETE FROM contact WHERE id = 1"') == []
    assert english_sentences('x = "Backup interval"') == []  # a label, two words
    assert english_sentences('x = "the disk is full"') == []  # not a sentence's start
    assert english_sentences('k = "ContactWeb team profile x"  # not shown to a person') == []


def test_no_english_sentence_below_the_ui() -> None:
    files = [path for path in sorted(PACKAGE.rglob("*.py"))
             if path.relative_to(PACKAGE).parts[0] != "ui"
             and path.relative_to(PACKAGE).as_posix() not in CONTENT]
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}: {text[:70]!r}" for path in files
             for line, text in english_sentences(path.read_text(encoding="utf-8"))]
    assert found == []


def test_the_content_files_exist() -> None:
    # A renamed file would leave its allowance behind, and the allowance would hide nothing.
    assert [name for name in CONTENT if not (PACKAGE / name).is_file()] == []
