"""Every refusal a person reads comes in their language: an error of ContactWeb's own
(``ContactWebError`` and its kinds) is made with a translated message, never an English
literal or f-string. Team server connection errors, the merge-field check, "Mailings are not
set up yet" and the restore's refusals once were English in every language."""

from __future__ import annotations

import ast
from pathlib import Path

import contactweb
from contactweb import errors

PACKAGE = Path(contactweb.__file__).parent
# A raise that a comment shows cannot be reached stays English on purpose.
NOT_REACHED = "not reached"


def _own_error_names(trees: list[ast.Module]) -> set[str]:
    """``ContactWebError``'s kinds, in errors.py and wherever a module derives one."""
    names = {name for name, value in vars(errors).items()
             if isinstance(value, type) and issubclass(value, errors.ContactWebError)}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        getattr(base, "id", None) in names for base in node.bases):
                    names.add(node.name)
                    grew = True
    return names


def _english(node: ast.expr) -> bool:
    """A text written in the code: a string literal, an f-string with words, or either
    joined to something."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_english(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return False


def untranslated_errors(source: str, names: set[str]) -> list[int]:
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in names):
            continue
        # FieldError(field, message): the message is the second argument.
        message_at = 1 if node.func.id == "FieldError" else 0
        message = node.args[message_at] if len(node.args) > message_at else None
        if message is not None and _english(message) and \
                NOT_REACHED not in lines[node.lineno - 1]:
            found.append(node.lineno)
    return found


def test_the_check_finds_english_messages() -> None:
    names = {"Refused", "FieldError"}
    assert untranslated_errors('raise Refused("No.")', names) == [1]
    assert untranslated_errors('raise Refused(f"No {x}.")', names) == [1]
    assert untranslated_errors('raise Refused("No. " + x)', names) == [1]
    assert untranslated_errors('raise FieldError("email", "Bad.")', names) == [1]
    assert untranslated_errors('raise FieldError("email", _("Bad."))', names) == []
    assert untranslated_errors('raise Refused(_("No {x}.").format(x=x))', names) == []
    assert untranslated_errors('raise Refused(str(exc))', names) == []
    assert untranslated_errors('raise Refused("x")  # not reached: ...', names) == []


def test_no_error_of_contactwebs_own_is_made_with_an_english_text() -> None:
    files = sorted(PACKAGE.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    names = _own_error_names(trees)
    assert {"TeamServerUnavailable", "DumpFailed", "BackupProblem"} <= names
    found = [f"{path.relative_to(PACKAGE.parent)}:{line}" for path in files
             for line in untranslated_errors(path.read_text(encoding="utf-8"), names)]
    assert found == []
