"""The command line's help texts, collected from the parser as built: every description,
``help=`` and group title of every command. They are written as plain English where the
commands are declared and translated where they are printed (contactweb/cli/
translated_parser.py), so they join the catalog from here rather than from ``_()`` calls."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from contactweb.cli.translated_parser import WORD_METAVAR


def _texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    yield parser.description or ""
    yield parser.epilog or ""
    for group in parser._action_groups:
        yield group.title or ""
        yield group.description or ""
    for action in parser._actions:
        if isinstance(action.help, str):
            yield action.help
        if isinstance(action.metavar, str) and WORD_METAVAR.match(action.metavar):
            yield action.metavar
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield choice.help or ""
            for sub in dict.fromkeys(action.choices.values()):
                yield from _texts(sub)


def parser_texts(argparse_pot: Path) -> list[str]:
    """ContactWeb's own help texts (argparse's words, such as its "options" title and the
    help of ``--help``, are in argparse's catalog)."""
    from contactweb import i18n
    from contactweb.cli import build_parser

    i18n.use_language(i18n.ENGLISH)  # the texts as written, whatever the environment says
    own = argparse_words(argparse_pot)
    texts = {text for text in _texts(build_parser()) if text.strip()}
    return sorted(texts - own - {argparse.SUPPRESS})


def argparse_words(argparse_pot: Path) -> set[str]:
    """What argparse itself says, read from its catalog template."""
    from babel.messages.pofile import read_po

    with argparse_pot.open("rb") as source:
        return {m.id for m in read_po(source) if isinstance(m.id, str) and m.id}
