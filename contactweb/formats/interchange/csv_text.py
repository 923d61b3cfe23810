"""A CSV file's text, decoded as it is read: the file is never held whole, as bytes or as
text, however large it is.

The character set is chosen on a head sample (the first ``HEAD_BYTES``, cut at a line end)
by the same rules a whole file was read by (text_decoding: UTF-16 by its byte-order mark or
its zero bytes, UTF-8, UTF-8 with a few damaged bytes, then the legacy code page
charset-normalizer and the Latin rules find most plausible); a file no larger than the head
is therefore read exactly as before. A head that is all ASCII leaves the choice to the first
block with other bytes: until then every candidate reads the same. The text is then made by
an incremental decoder, so a character whose bytes fall on both sides of a block boundary is
whole. Lines are cut as ``open(newline="")`` cuts them (CRLF, CR or LF, kept at their end).
"""

from __future__ import annotations

import codecs
import io
import re
import threading
from collections.abc import Callable, Iterator
from typing import BinaryIO

from contactweb.i18n import N_, _

from .record import ImportProblem, InterchangeError
from .text_decoding import decode_legacy_csv, looks_binary, mostly_utf8, utf16_codec

#: how much of a file its character set is chosen on
HEAD_BYTES = 1024 * 1024
#: how much is read and decoded at a time after the head
BLOCK_BYTES = 256 * 1024
_REPLACE = "contactweb-noted-replace"
_C1_CONTROLS = re.compile("[\x80-\x9f]")
# one line and its end (CRLF, CR or LF), or a last line without one
_LINES = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")
_LINE_END = re.compile(r"\r\n?|\n")
_REPLACED_NOTE = N_("some bytes are not text in any encoding a contact file uses; they were "
                    "replaced")

Opener = Callable[[], BinaryIO]


# Whether this thread's decoder replaced bytes that are not text (its error handler says so).
_replacements = threading.local()


def _noted_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _replacements.seen = True
    return "\ufffd", error.end


codecs.register_error(_REPLACE, _noted_replace)


class _Choice:
    """The codec a file is decoded with, how many bytes of byte-order mark to skip, whether
    replaced bytes are reported (as the whole-file reader reported them), and a note."""

    def __init__(self, codec: str, skip: int = 0, report: bool = True, note: str = "") -> None:
        self.codec, self.skip, self.report, self.note = codec, skip, report, note
        # ISO-8859-2 has C1 control characters where Windows code pages have no character;
        # no contact file holds them, so they count as bytes that are no text.
        self.c1_replaced = codecs.lookup(codec).name == "iso8859-2"


def choose_codec(sample: bytes, source_name: str) -> _Choice:
    """The character set of a file from its first bytes (``sample`` ends at a line end)."""
    utf16 = utf16_codec(sample)
    if utf16 is not None:
        bom = codecs.BOM_UTF16_LE if utf16 == "utf-16-le" else codecs.BOM_UTF16_BE
        return _Choice(utf16, len(bom) if sample.startswith(bom) else 0)
    skip = len(codecs.BOM_UTF8) if sample.startswith(codecs.BOM_UTF8) else 0
    body = sample[skip:]
    if looks_binary(body[:4096].decode("latin-1")):
        raise InterchangeError(_("{source_name} is not a CSV file: it holds binary data").format(
            source_name=source_name))
    try:
        body.decode("utf-8")
        return _Choice("utf-8", skip)
    except UnicodeDecodeError:
        pass
    if mostly_utf8(body) is not None:
        return _Choice("utf-8", skip)
    legacy = decode_legacy_csv(body)
    note = "" if legacy.sure else _("no character set given; read as {codec}, which is a "
                                    "guess: check names with accents").format(codec=legacy.codec)
    if legacy.codec == "shift_jis":  # read as Windows reads it, as the whole-file reader did
        return _Choice("cp932", skip, note=note)
    latin = legacy.codec in ("windows-1252", "windows-1250", "iso8859-2")
    return _Choice(legacy.codec, skip, report=latin, note=note)


class CsvText:
    """The decoded lines of a CSV file, read from ``opener`` (a fresh binary file each time
    it is called) as they are taken. What the decoding finds (a guessed character set,
    replaced bytes) is added to ``problems`` as it is found, before the lines it concerns."""

    def __init__(self, opener: Opener, source_name: str, problems: list[ImportProblem]) -> None:
        self._opener, self._name, self._problems = opener, source_name, problems
        with opener() as stream:
            head = stream.read(HEAD_BYTES)
            whole = len(head) < HEAD_BYTES or not stream.read(1)
        if not head or head.isspace():
            raise InterchangeError(_("{source_name} is empty").format(source_name=source_name))
        self._choice: _Choice | None = None
        self.line_ends = 0  # counted as the lines are read (see ``expected_lines``)
        sample = head if whole else head[:head.rfind(b"\n") + 1] or head
        if whole or not sample.isascii() or utf16_codec(sample) is not None:
            self._choose(sample)
        self._expected = _count_line_ends(opener, head, self._choice)

    @property
    def expected_lines(self) -> int:
        """The file's line ends, counted on its bytes before any is decoded."""
        return self._expected

    def _choose(self, sample: bytes) -> None:
        self._choice = choose_codec(sample, self._name)
        if self._choice.note:
            self._problems.append(ImportProblem(self._name, self._choice.note))

    def lines(self) -> Iterator[str]:
        """The lines from the start, each with its line end (the last may have none)."""
        # The last piece of a chunk may go on in the next (a CR may be half of a CRLF); a
        # line longer than a chunk (a photo cell) is gathered in pieces, each looked at once.
        pending: list[str] = []
        for chunk in self._chunks():
            if pending and pending[-1].endswith("\r"):
                if chunk.startswith("\n"):
                    pending.append("\n")
                    chunk = chunk[1:]
                yield "".join(pending)
                pending = []
            elif pending:
                end = _LINE_END.search(chunk)
                if end is None or end.end() == len(chunk) and end.group() == "\r":
                    pending.append(chunk)
                    continue
                pending.append(chunk[:end.end()])
                yield "".join(pending)
                pending = []
                chunk = chunk[end.end():]
            matches = _LINES.findall(chunk)
            if matches and not chunk.endswith("\n"):
                pending.append(matches.pop())
            yield from matches
        if pending:
            yield "".join(pending)

    def _chunks(self) -> Iterator[str]:
        for number, text in enumerate(self._decoded()):
            if number == 0 and looks_binary(text):
                raise InterchangeError(_("{name} is not a CSV file: it holds binary data").format(
                    name=self._name))
            yield text

    def _decoded(self) -> Iterator[str]:
        reported = False
        with self._opener() as stream:
            decoder = None
            if self._choice is not None:
                stream.seek(self._choice.skip)
                decoder = self._decoder()
            while True:
                block = stream.read(BLOCK_BYTES)
                if decoder is None:  # all ASCII so far: any candidate reads it alike
                    if block.isascii():
                        if not block:
                            return
                        yield block.decode("ascii")
                        continue
                    block += stream.readline(HEAD_BYTES)  # the sample ends at a line end
                    self._choose(block)
                    decoder = self._decoder()
                choice = self._choice
                assert choice is not None
                _replacements.seen = False
                text = decoder.decode(block, final=not block)
                if choice.c1_replaced and _C1_CONTROLS.search(text):
                    text, _replacements.seen = _C1_CONTROLS.sub("\ufffd", text), True
                if _replacements.seen and choice.report and not reported:
                    reported = True
                    self._problems.append(ImportProblem(self._name, _(_REPLACED_NOTE),
                                                        replaced=True))
                if text:
                    yield text
                if not block:
                    return

    def _decoder(self) -> codecs.IncrementalDecoder:
        assert self._choice is not None
        return codecs.getincrementaldecoder(self._choice.codec)(errors=_REPLACE)


def _count_line_ends(opener: Opener, head: bytes, choice: _Choice | None) -> int:
    """Line ends in the file's bytes (LF, or CR where a file ends its lines with CR alone),
    read in blocks: about the number of entries, for progress."""
    utf16 = choice is not None and choice.codec.startswith("utf-16")
    newline = (b"\n\x00" if choice.codec.endswith("le") else b"\x00\n") if utf16 else b"\n"
    if head.count(newline) == 0 and head.count(b"\r") > 0:
        newline = b"\r\x00" if utf16 and choice.codec.endswith("le") else \
            b"\x00\r" if utf16 else b"\r"
    count = 0
    with opener() as stream:
        while block := stream.read(4 * BLOCK_BYTES):
            count += block.count(newline)
    return count


def bytes_opener(data: bytes) -> Opener:
    return lambda: io.BytesIO(data)
