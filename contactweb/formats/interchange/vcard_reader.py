"""Reading vCard files (2.1, 3.0, 4.0) into ContactRecords.

vobject is not used for reading: it rejects half of the real-world files this must accept
(2.1 quoted-printable soft breaks, Shift-JIS and Windows-1252 bytes, CR CR LF, folds inside
a UTF-8 character, bare "FN" lines, missing END) and it recurses on nested cards. This reader
is a single pass with bounded state: nesting is limited, oversize lines are dropped, and a
file that stops looking like vCard data is abandoned with a problem entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from contactweb.i18n import _, number_text

from .record import (
    ContactRecord,
    ImportProblem,
    InterchangeError,
    ParseResult,
    unstored_problems,
)
from .text_decoding import (
    LegacyGuess,
    decode_utf16,
    looks_binary,
    strip_utf8_bom,
    utf16_codec,
)
from .vcard_lines import ContentLine, logical_lines, parse_content_line
from .vcard_mapping import CardMapper

#: cards nested deeper than this (vCard 2.1 AGENT inside AGENT ...) are skipped
MAX_NESTING = 10
#: a card with more properties than this, or a value (other than the photo, which has its
#: own cap) longer than this, is refused whole: importing part of it would lose data quietly
MAX_PROPERTIES_PER_CARD = 1000
MAX_VALUE_BYTES = 1_000_000
#: after this many lines that are not vCard properties (and more of them than properties)
#: the rest of the file is not read
_MAX_IGNORED_LINES = 1000
_MAX_PROBLEMS = 200
_BEGIN = re.compile(rb"BEGIN[ \t]*:[ \t]*VCARD", re.IGNORECASE)


@dataclass
class _OpenCard:
    index: int
    line_number: int
    version: str = ""
    lines: list[ContentLine] = field(default_factory=list)
    refused: str = ""  # why the whole card is left out (its lines are no longer kept)


class _CardCollector:
    def __init__(self, source_name: str, utf8_file: bool) -> None:
        self.source_name = source_name
        self.utf8_file = utf8_file
        self.stack: list[_OpenCard] = []
        self.skipped_depth = 0
        self.card_count = 0
        self.records: list[tuple[int, ContactRecord]] = []
        self.problems: list[ImportProblem] = []
        self.versions: set[str] = set()
        self.ignored_lines = 0
        self.property_lines = 0
        self.abandoned = False
        self.unstored: dict[str, int] = {}  # property name -> cards that had it
        self.legacy_hint: LegacyGuess | None = None

    def problem(self, location: str, reason: str, *, refused: bool = False,
                replaced: bool = False) -> None:
        if len(self.problems) < _MAX_PROBLEMS:
            self.problems.append(ImportProblem(location, reason, refused, replaced))
        elif len(self.problems) == _MAX_PROBLEMS:
            self.problems.append(ImportProblem(self.source_name, _("further problems not listed"),
                                               refused=True))

    def card_location(self, card: _OpenCard) -> str:
        return f"{self.source_name}#{card.index}"

    def feed(self, line_number: int, raw: bytes, oversize: bool) -> None:
        line = parse_content_line(raw, line_number, oversize)
        if line is None:
            self._ignore(line_number)
            return
        keyword = line.value.strip().upper()
        if line.name == "BEGIN" and keyword == b"VCARD":
            self._begin(line_number)
        elif line.name == "END" and keyword == b"VCARD":
            if self.skipped_depth:
                self.skipped_depth -= 1
            elif self.stack:
                self._finish(self.stack.pop(), complete=True)
        elif self.skipped_depth:
            return
        elif not self.stack:
            self._ignore(line_number)
        elif line.name == "VERSION":
            self.stack[-1].version = line.value.decode("ascii", errors="replace").strip()
        else:
            self.property_lines += 1
            self._keep(self.stack[-1], line)

    def _keep(self, card: _OpenCard, line: ContentLine) -> None:
        if card.refused:
            return
        if len(card.lines) >= MAX_PROPERTIES_PER_CARD:
            card.refused = _("it has more than {count} properties").format(
                count=number_text(MAX_PROPERTIES_PER_CARD))
        elif line.name != "PHOTO" and (line.oversize or len(line.value) > MAX_VALUE_BYTES):
            card.refused = _("its {name} (line {number}) is larger than {size} MB").format(
                name=line.name[:40], number=line.line_number, size=MAX_VALUE_BYTES // 1_000_000)
        else:
            card.lines.append(line)
            return
        card.lines.clear()  # bounded memory for the rest of a hostile card

    def _begin(self, line_number: int) -> None:
        if self.skipped_depth or len(self.stack) >= MAX_NESTING:
            if not self.skipped_depth:
                self.problem(f"{self.source_name} line {line_number}",
                             _("cards nested more than {count} deep were skipped").format(
                                 count=MAX_NESTING), refused=True)
            self.skipped_depth += 1
            return
        self.card_count += 1
        self.stack.append(_OpenCard(self.card_count, line_number))

    def _ignore(self, line_number: int) -> None:
        self.ignored_lines += 1
        if self.ignored_lines > _MAX_IGNORED_LINES and self.ignored_lines > self.property_lines:
            self.abandoned = True
            self.problem(f"{self.source_name} line {line_number}",
                         _("stopped reading: the rest of the file is not vCard data"),
                         refused=True)

    def _finish(self, card: _OpenCard, *, complete: bool) -> None:
        location = self.card_location(card)
        if card.version:
            self.versions.add(card.version)
        if not complete:
            self.problem(location, _("card starting at line {number} has no END:VCARD (the file "
                                     "may be cut off); what could be read was imported").format(
                                         number=card.line_number))
        if card.refused:
            self.problem(location, _("card starting at line {number} refused: {reason}; contact "
                                     "skipped").format(number=card.line_number,
                                                       reason=card.refused), refused=True)
            return
        mapper = CardMapper(card.version, self.utf8_file,
                            lambda reason, *, refused=False, replaced=False: self.problem(
                                location, reason, refused=refused, replaced=replaced),
                            self.legacy_hint)
        record = mapper.build(card.lines)
        if mapper.legacy is not None and mapper.legacy[0] is not None and mapper.legacy[0].sure:
            self.legacy_hint = mapper.legacy[0]
        for name in dict.fromkeys(mapper.unstored):
            self.unstored[name] = self.unstored.get(name, 0) + 1
        if not record.has_content():
            self.problem(location, _("card has no name, email, phone or other data; skipped"))
            return
        record.source = f"vcard:{location}"
        self.records.append((card.index, record))

    def close(self) -> None:
        while self.stack:
            self._finish(self.stack.pop(), complete=False)
        # listed even when it carries nothing a person typed (PRODID), so that the report
        # names everything that was left behind; outside the problem cap, bounded itself
        self.problems += unstored_problems(
            self.source_name, "property", {n[:40]: c for n, c in self.unstored.items()})

    def format_name(self) -> str:
        versions = "/".join(sorted(self.versions))
        return f"vcard {versions}" if versions else "vcard"


def _prepare_bytes(data: bytes, source_name: str) -> tuple[bytes, bool, list[ImportProblem]]:
    """UTF-16 is turned into UTF-8 first; the flag says the whole file is now UTF-8."""
    problems: list[ImportProblem] = []
    codec = utf16_codec(data)
    if codec is None:
        data = strip_utf8_bom(data)
        if looks_binary(data[:4096].decode("latin-1")):
            raise InterchangeError(_("{source_name} is not a vCard file: it holds binary data").format(
                source_name=source_name))
        return data, False, problems
    text, replaced = decode_utf16(data, codec)
    if replaced:
        problems.append(ImportProblem(source_name, _("the file is damaged UTF-16; unreadable "
                                                     "characters were replaced"), replaced=True))
    return text.encode("utf-8"), True, problems


def read_vcards(data: bytes, source_name: str) -> ParseResult:
    """All cards of a vCard file; what cannot be read is listed in ``problems``.

    Raises InterchangeError for a file that holds no vCard at all.
    """
    if not data or data.isspace():
        raise InterchangeError(_("{source_name} is empty").format(source_name=source_name))
    data, utf8_file, file_problems = _prepare_bytes(data, source_name)
    if not _BEGIN.search(data):
        raise InterchangeError(_("{source_name} is not a vCard file: it has no BEGIN:VCARD line").format(
            source_name=source_name))
    collector = _CardCollector(source_name, utf8_file)
    collector.problems.extend(file_problems)
    for line_number, raw, oversize in logical_lines(data):
        collector.feed(line_number, raw, oversize)
        if collector.abandoned:
            break
    collector.close()
    collector.records.sort(key=lambda item: item[0])  # nested cards end before their parent
    records = [record for _, record in collector.records]
    return ParseResult(records, collector.problems, collector.format_name())
