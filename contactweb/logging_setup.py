"""Logging to a rotating file in the user log folder, with personal data and secrets redacted.

The code logs ids, counts and actions, never contact data; the redacting filter is the second
line of defence for what slips through (exception texts, SQL parameters, typed input)."""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

from contactweb import paths

LOG_NAME = "contactweb.log"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # SQLAlchemy appends bound parameters (the data itself) to its error texts.
    (re.compile(r"\[parameters: .*?\](?=\s*(\(Background|$))", re.S), "[parameters: <redacted>]"),
    (re.compile(r"x'[0-9a-fA-F]{16,}'"), "x'<redacted key>'"),
    (re.compile(r"\b[0-9a-fA-F]{48,}\b"), "<redacted hex>"),
    (re.compile(r"(?i)(password|secret|passwd|pwd|token|key)(\s*[=:]\s*)\S+"), r"\1\2<redacted>"),
    (re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)*"), "<email>"),
    (re.compile(r"\+?\d[\d ()./-]{5,}\d"), "<number>"),
    (re.compile(r"'[^'\n]{1,200}'"), "'<text>'"),  # quoted user input inside messages
]


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def configure_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating, redacted file; returns its path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_contactweb", False)]:
        root.removeHandler(old)
        old.close()
    handler._contactweb = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    return path


def describe_unhandled(exc_type: type[BaseException], exc: BaseException,
                       tb: TracebackType | None) -> str:
    """Where it failed (files, lines, code) and what type of error, but not the error's
    message: an unexpected message may quote anything, a contact's name included."""
    parts = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
    parts.append(f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld: it may "
                 "hold personal data)\n")
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc:
        parts.append(f"  caused by {type(cause).__module__}.{type(cause).__qualname__}\n")
    return redact("".join(parts))


def log_unhandled(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    """Write an unhandled error to the log; returns the same text for a dialog."""
    text = describe_unhandled(exc_type, exc, tb)
    logging.getLogger("contactweb").error("Unhandled error:\n%s", text)
    return text

