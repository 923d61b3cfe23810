"""The test locales, made from the source texts: ``x-pseudo`` wraps every text as
``[!! Ŝàvé !!]`` (a text without the brackets on screen escaped translation, and the accents
and longer words show cramped layouts); ``x-rtl`` writes every text right to left."""

from __future__ import annotations

import re

OPEN, CLOSE = "[!! ", " !!]"
# Kept as they are: Python's {name} and %(name)s / %s / %d, Qt's %1 and %n, HTML tags and
# entities, so the translated text still formats and renders.
_KEEP = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdrn%]|%L?\d+|<[^<>]+>|&[a-z]+;|&#\d+;")
_ACCENTED = str.maketrans(
    "aceinouyACEINOUY", "àçéîñöûýÀÇÉÎÑÖÛÝ")
RLO, PDF = "\u202e", "\u202c"


def _accent(text: str) -> str:
    out, last = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[last:match.start()].translate(_ACCENTED))
        out.append(match.group())
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    return "".join(out)


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    return f"{OPEN}{_accent(text)}{CLOSE}"


def pseudo_rtl(text: str) -> str:
    """Each line overridden right to left, so the words read mirrored as an Arabic or Hebrew
    translation would sit; the GUI itself mirrors from its layout direction."""
    if not text.strip():
        return text
    return "\n".join(f"{RLO}{OPEN}{line}{CLOSE}{PDF}" if line.strip() else line
                     for line in text.split("\n"))


def is_pseudo(text: str) -> bool:
    return OPEN.strip() in text and CLOSE.strip() in text


MAKERS = {"x-pseudo": pseudo, "x-rtl": pseudo_rtl}
