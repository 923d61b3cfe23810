"""Every text a widget shows goes through Qt's translation. The pseudo-locale test sees what
the screens it opens show; this one reads the sources of contactweb/ui, so that a message
shown only on a rare path (a refusal, a failure, a summary) cannot stay English either.

A string literal that reads like words must be an argument of ``tr``, ``translate`` or
``QT_TRANSLATE_NOOP`` (or a docstring, a log message, markup or a key), unless listed below
with the reason it is not shown as it is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import contactweb

UI = Path(contactweb.__file__).parent / "ui"
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are never shown as text.
NOT_SHOWN = {"setObjectName", "setStyleSheet", "debug", "info", "warning", "error", "exception",
             "getLogger", "Signal", "setProperty", "property", "startswith", "endswith",
             "split", "partition", "rsplit", "join", "replace", "strip", "get", "pop",
             "setdefault", "isoformat", "strftime", "strptime", "QKeySequence", "fromString",
             "setDisplayFormat", "import_module", "getattr", "hasattr", "setattr",
             "RememberedColumns", "put", "findChild", "findChildren", "mkdtemp", "encode",
             "decode", "QColor", "ValueError", "TypeError", "KeyError", "RuntimeError",
             "NotImplementedError", "AssertionError", "format_datetime", "format_date"}
WORDS = re.compile(r"[A-Za-z]{2,}\s+[A-Za-z]+|^[A-Z][a-z]{2,}|[A-Za-z]{3,}[…:.?!]$")
# (file under ui/, text): why it is not translated where it stands.
ALLOWED = {
    # Before Qt and its translations exist: printed on the console by the pre-flight check.
    ("app/gui_check.py", "*"), ("app/app.py", "*"),
    # The product's name, and the folder a new vault gets by default.
    ("app/main_window.py", "ContactWeb"), ("kit/dialog_host.py", "ContactWeb"),
    ("app/first_run_wizard.py", "ContactWeb vault"),
    ("interchange/import_file_page.py", "ContactWeb JSON"),
    ("interchange/import_mapping_page.py", "ContactWeb JSON"),
    # Keys: the editor kinds the discard question is chosen by, remembered period values,
    # words matched in what the CSV reader says or in column names of other languages.
    ("kit/dialog_host.py", "consent record"), ("contacts/consent_dialog.py", "consent record"),
    ("kit/period_filter_widget.py", "*"),
    ("interchange/import_file_page.py", "column mapping"),
    ("interchange/column_mapping_widget.py", "code postal"),
    # Each language's name in itself, as language menus show them.
    ("kit/translations.py", "*"),
    # Markup around a translated text.
    ("contacts/contact_details_tab.py", '<a href="mailto:'),
    ("contacts/contact_details_tab.py", "<tr><td width='"),
}


def _noise(text: str) -> bool:
    """Keys, identifiers, paths, markup, shortcuts: never read as a sentence."""
    stripped = re.sub(r"<[^>]*>", " ", text).strip()
    if not stripped or text.startswith(("Ctrl+", "Alt+", "Shift+")):
        return True
    if re.search(r"\{[^}]*:[^}]*;[^}]*\}", text):
        return True  # a style sheet
    if re.fullmatch(r"[yMdHhmsAap:./\- ]+", text):
        return True  # a date or time format
    if " " not in stripped and ("_" in stripped or "/" in stripped or stripped.islower()
                                or re.fullmatch(r"[\w.-]+\.[a-z]{2,4}", stripped)):
        return True  # a key, an identifier, a path or a file name
    return not WORDS.search(stripped)


def _call_name(node: ast.AST) -> str:
    func = node.func if isinstance(node, ast.Call) else None
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated_texts() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if (relative, "*") in ALLOWED:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                child.parent = parent  # type: ignore[attr-defined]
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            holder = getattr(node, "parent", None)
            if isinstance(holder, ast.Expr) or _noise(node.value):  # docstrings; not words
                continue
            # Up through f-strings, operators, tuples and keyword arguments to the call.
            while isinstance(holder, (ast.JoinedStr, ast.FormattedValue, ast.BinOp, ast.IfExp,
                                      ast.Tuple, ast.List, ast.keyword, ast.BoolOp)):
                holder = getattr(holder, "parent", None)
            if isinstance(holder, (ast.Subscript, ast.Compare)):
                continue  # a key looked up or compared
            if isinstance(holder, ast.Dict) and any(
                    key is node and isinstance(value, ast.Call) and _call_name(value) in TRANSLATING
                    for key, value in zip(holder.keys, holder.values, strict=True)):
                continue  # a stored code, its words translated beside it
            if isinstance(holder, ast.Assign) and any(
                    getattr(target, "id", "") == "__all__" for target in holder.targets):
                continue
            name = _call_name(holder) if isinstance(holder, ast.Call) else ""
            if name in TRANSLATING or name in NOT_SHOWN:
                continue
            if name == "format" and isinstance(holder.func.value, ast.Call):  # type: ignore[union-attr]
                continue  # "….format()" of a translated text: the literal is an argument
            if (relative, node.value) in ALLOWED:
                continue
            found.append(f"{relative}:{node.lineno}: {node.value!r}")
    return found


def test_every_text_the_widgets_show_goes_through_translation() -> None:
    assert untranslated_texts() == []


def test_the_check_finds_an_english_text_left_in_a_widget(tmp_path: Path,
                                                          monkeypatch) -> None:  # noqa: ANN001
    """The check itself: a label set from a plain string is found; a translated one is not."""
    folder = tmp_path / "ui"
    folder.mkdir()
    (folder / "sample.py").write_text(
        'def build(self):\n'
        '    self.ok = QLabel(self.tr("Saved."))\n'
        '    self.bad = QLabel("Could not save the file.")\n'
        '    self.key = settings.put("idle_minutes", 5)\n', "utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["UI"]), "UI", folder)
    assert untranslated_texts() == ["sample.py:3: 'Could not save the file.'"]
