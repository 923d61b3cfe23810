"""The command line's parser in the active language.

Two kinds of words are on a help page or an error: ContactWeb's own (descriptions, ``help=``,
group titles), which stay plain English where the commands are declared and are translated
as they are formatted (``tools/i18n`` collects them from the built parser into the catalog,
so a new option's help needs no marking), and argparse's ("usage:", "options", "error:"),
which argparse looks up through the ``gettext`` it imported for itself. argparse offers no
hook for a catalog, so its two module-level lookups are pointed at ContactWeb's copy of its
words (:func:`route_argparse`), before any parser is made: some are looked up when a parser
is built (the "options" title), others when it prints.
"""

from __future__ import annotations

import argparse
import copy
import re
from typing import Any

from contactweb.i18n import _, argparse_gettext, argparse_ngettext

# A metavar that is a word (PATH, FILE, NAME), not a code or a pattern (ID, ISO, URL stay as
# they are only if the catalog says so): shown in the reader's language in usage and help.
WORD_METAVAR = re.compile(r"^[A-Z][A-Z_]{2,}$")
_ARGPARSE_ACTION_NAME = argparse._get_action_name  # type: ignore[attr-defined]


def route_argparse() -> None:
    argparse._ = argparse_gettext  # type: ignore[attr-defined]
    argparse.ngettext = argparse_ngettext  # type: ignore[attr-defined]
    # An error names a positional argument by its metavar ("the following arguments are
    # required: PATH", "argument PATH: ..."): the same word as the help shows it.
    argparse._get_action_name = _action_name  # type: ignore[attr-defined]


def _action_name(argument: argparse.Action | None) -> str | None:
    if argument is not None and not argument.option_strings and \
            isinstance(argument.metavar, str) and WORD_METAVAR.match(argument.metavar):
        return _(argument.metavar)
    return _ARGPARSE_ACTION_NAME(argument)


def _translated(text: str | None) -> str | None:
    # argparse tells SUPPRESS by identity: it must come back as the very same object
    return _(text) if text and text is not argparse.SUPPRESS else text


class _Translating:
    """Mixed in front of a formatter class: help, descriptions and section titles pass
    through the catalog where they are printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _translated(super()._get_help_string(action))  # type: ignore[misc]

    def add_text(self, text: str | None) -> None:
        super().add_text(_translated(text))  # type: ignore[misc]

    def start_section(self, heading: str | None) -> None:
        super().start_section(_translated(heading))  # type: ignore[misc]

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str) -> Any:
        if isinstance(action.metavar, str) and WORD_METAVAR.match(action.metavar):
            action = copy.copy(action)
            action.metavar = _(action.metavar)
        return super()._metavar_formatter(action, default_metavar)  # type: ignore[misc]


_FORMATTERS: dict[type, type] = {}


def _translating(formatter_class: type) -> type:
    if formatter_class not in _FORMATTERS:
        _FORMATTERS[formatter_class] = type(f"Translated{formatter_class.__name__}",
                                            (_Translating, formatter_class), {})
    return _FORMATTERS[formatter_class]


class TranslatedParser(argparse.ArgumentParser):
    """Its subcommands' parsers are of its class too (argparse makes them of the parent's)."""

    def _get_formatter(self) -> Any:
        return _translating(self.formatter_class)(prog=self.prog)
