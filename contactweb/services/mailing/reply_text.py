"""The words a person wrote in a reply, without the mailing quoted below it.

The quoted mailing carries its own unsubscribe footer ("To stop receiving these emails, reply
with the word unsubscribe"), so anything read from the quote would turn every reply into a
request. Mail programs mark the start of a quote in a handful of ways; each is recognised here
in English, German, French and Spanish.
"""

from __future__ import annotations

import re

MAX_OWN_LINES = 40  # a reply longer than this is read by a person anyway
EXCERPT_CHARS = 160

_ATTRIBUTION_PATTERNS = (
    r"on\b.{1,250}\bwrote\s*:?",
    r"am\b.{1,250}\bschrieb\b.{0,200}:?",
    r"le\b.{1,250}\ba\s+[ée]crit\s*:?",
    r"el\b.{1,250}\bescribi[óo]\s*:?",
    r".{1,200}\b(?:wrote|schrieb|a\s+[ée]crit|escribi[óo])\s*:",
)
# "On Mon, 2 Mar 2026 Lindenhof <news@...> wrote:", often wrapped over two lines by the mailer.
_ATTRIBUTION = re.compile(r"^(?:" + "|".join(_ATTRIBUTION_PATTERNS) + r")\s*$", re.IGNORECASE)
# "-----Original Message-----", forwarded-message banners, Outlook's long underscore rule.
_SEPARATOR = re.compile(
    r"^(?:-{2,}\s*(?:original message|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|mensaje original|forwarded message|weitergeleitete nachricht|"
    r"message transf[ée]r[ée]|mensaje reenviado)\s*-{2,}|_{8,}|-{8,})\s*$", re.IGNORECASE)
# The first line of a quoted header block ("From: ..." / "Von: ..." / "De : ..."), as Outlook
# writes it above the original; people do not start a line of their own with it.
_HEADER_FIRST = re.compile(r"^\*?(?:from|von|de|absender)\s*:\*?\s*\S", re.IGNORECASE)
_SIGNATURE = re.compile(r"^--\s*$")
# Mobile signatures say nothing about what the person wants.
_DEVICE_LINE = re.compile(
    r"^(?:sent from my|get outlook for|von meinem .{1,40} gesendet|gesendet von meinem|"
    r"envoy[ée] de mon|enviado desde mi)\b", re.IGNORECASE)


def _quote_starts(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if _SIGNATURE.match(lines[index].rstrip()) or _SEPARATOR.match(line):
        return True
    if _ATTRIBUTION.match(line):
        return True
    if index + 1 < len(lines) and len(line) < 250 and re.match(
            r"^(?:on|am|le|el)\b", line, re.IGNORECASE) and _ATTRIBUTION.match(
            line + " " + lines[index + 1].strip()):
        return True
    return bool(_HEADER_FIRST.match(line))


def own_lines(text: str) -> list[str]:
    """The non-empty lines the person wrote, up to where the quoted original begins; lines
    quoted with '>' between the person's own lines are left out."""
    lines = text.replace("\r", "").split("\n")
    result: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _quote_starts(lines, index):
            break
        if stripped.startswith(">") or not stripped or _DEVICE_LINE.match(stripped):
            continue
        result.append(stripped)
        if len(result) >= MAX_OWN_LINES:
            break
    return result


def excerpt(lines: list[str], limit: int = EXCERPT_CHARS) -> str:
    """The start of what the person wrote, on one line, for a list a person reads."""
    text = " ".join(" ".join(lines).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
