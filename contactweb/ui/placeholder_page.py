"""Stands in for a page whose module is not in this build: what the page will do, and the
command-line commands that do the work meanwhile (only those this build has)."""

from __future__ import annotations

import argparse
import html
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contactweb.ui.pages import PageSpec


@cache
def available_commands() -> frozenset[str]:
    from contactweb.cli import build_parser

    parser = build_parser()
    for action in parser._actions:  # argparse keeps subcommands in a private list
        if isinstance(action, argparse._SubParsersAction):
            return frozenset(action.choices)
    return frozenset()


class PlaceholderPage(QWidget):
    def __init__(self, spec: PageSpec, parent: QWidget | None = None,
                 problem: str = "") -> None:
        super().__init__(parent)
        self.spec = spec
        commands = [(line, what) for line, what in spec.cli_commands
                    if line.split()[1] in available_commands()]
        parts = [f"<h2>{html.escape(spec.title)}</h2>"]
        if problem:
            parts.append(f"<p>This page could not be opened: {html.escape(problem)}</p>")
        if spec.placeholder:
            parts.append(f"<p>{html.escape(spec.placeholder)}</p>")
        if commands:
            parts.append("<p>Meanwhile the command line does this work:</p><table>")
            parts += [f"<tr><td><code>{html.escape(line)}</code>&nbsp;&nbsp;</td>"
                      f"<td>{html.escape(what)}</td></tr>" for line, what in commands]
            parts.append("</table><p>Run <code>contactweb --help</code> for every command.</p>")
        self.text = QLabel("".join(parts))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing from the vault is shown here."""

    def clear(self) -> None:
        """Nothing from the vault is shown here."""
