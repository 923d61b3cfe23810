"""Contact directory: a selection of contacts grouped A to Z."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from contactweb.formats.pdf.data import DirectoryEntry, ReportMeta
from contactweb.formats.pdf.fonts import contains_cjk, text_width
from contactweb.formats.pdf.formatting import format_count, localised
from contactweb.formats.pdf.language import _, ngettext
from contactweb.formats.pdf.styles import STYLES
from contactweb.formats.pdf.text import para
from contactweb.formats.pdf.toolkit import (
    CELL_PADDING,
    Output,
    build_pdf,
    content_width,
    data_table,
    heading,
    title_block,
)
from contactweb.i18n import N_

HEADINGS = (N_("Name"), N_("Company"), N_("Title"), N_("Phones"), N_("Emails"), N_("City"))
# Shares of the content width, summing to 1.
_COLUMN_SHARES = (0.19, 0.16, 0.12, 0.17, 0.24, 0.12)
OTHER_GROUP = "#"


def sort_name(entry: DirectoryEntry) -> str:
    """The directory sorts by last name, or by company when there is no name."""
    return (entry.last_name or entry.company or entry.first_name).strip()


def display_name(entry: DirectoryEntry) -> str:
    first, last = entry.first_name.strip(), entry.last_name.strip()
    if first and last:
        # Chinese, Japanese and Korean names are written family name first, without a comma.
        return f"{last} {first}" if contains_cjk(last) else f"{last}, {first}"
    return last or first or entry.company.strip()


def group_letter(name: str) -> str:
    """"A".."Z" for Latin names (accents ignored), the capital letter of other alphabets,
    and "#" for digits, symbols and ideographic scripts."""
    if not name:
        return OTHER_GROUP
    first = name[0]
    base = unicodedata.normalize("NFKD", first)[0].upper()
    if "A" <= base <= "Z":
        return base
    if first.isalpha() and not contains_cjk(first):
        return first.upper()
    return OTHER_GROUP


def _group_order(letter: str) -> tuple[int, str]:
    if "A" <= letter <= "Z":
        return (0, letter)
    if letter == OTHER_GROUP:
        return (2, letter)
    return (1, letter)


def group_entries(entries: Sequence[DirectoryEntry]) -> list[tuple[str, list[DirectoryEntry]]]:
    groups: dict[str, list[DirectoryEntry]] = {}
    for entry in entries:
        groups.setdefault(group_letter(sort_name(entry)), []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: _group_order(item[0]))
    return [
        (letter, sorted(members, key=lambda e: (sort_name(e).casefold(), display_name(e))))
        for letter, members in ordered
    ]


def email_lines(address: str, width: float, size: float) -> list[str]:
    """An address too long for its column breaks after the "@" or before a dot, never
    inside a word (a table would cut it anywhere, and a reader would copy it wrong)."""
    return _packed(address, r"(?<=@)|(?=\.)", width, size)


def name_lines(name: str, width: float, size: float) -> list[str]:
    """A name too long for its column breaks at a space or after a hyphen
    (Hohenzollern-|Sigmaringen), not inside a word."""
    return _packed(name, r"(?<= )|(?<=-)", width, size)


def _packed(text: str, breaks: str, width: float, size: float) -> list[str]:
    if text_width(text, size, False) <= width:
        return [text]
    lines = [""]
    for piece in (piece for piece in re.split(breaks, text) if piece):
        if lines[-1].strip() and text_width(lines[-1] + piece.rstrip(), size, False) > width:
            lines[-1] = lines[-1].rstrip()
            lines.append(piece)
        else:
            lines[-1] += piece
    return [line.rstrip() for line in lines]


@localised
def render_directory(
    meta: ReportMeta, entries: Sequence[DirectoryEntry], out: Output = None
) -> bytes:
    """One table per initial letter; the table heading repeats when a group spans pages."""
    width = content_width(meta)
    col_widths = [share * width for share in _COLUMN_SHARES]
    email_width = col_widths[HEADINGS.index("Emails")] - 2 * CELL_PADDING
    name_width = col_widths[HEADINGS.index("Name")] - 2 * CELL_PADDING
    subtitle = ngettext("{count} contact, sorted by last name",
                        "{count} contacts, sorted by last name", len(entries)).format(
        count=format_count(len(entries)))
    story: list[Flowable] = title_block(meta, subtitle)
    if not entries:
        story.append(para(_("The selection holds no contacts."), STYLES.body))
    for letter, members in group_entries(entries):
        story.extend(heading(letter, STYLES.group))
        rows = [
            [
                "\n".join(name_lines(display_name(entry), name_width, 7)),
                entry.company,
                entry.title,
                "\n".join(entry.phones),
                "\n".join(line for email in entry.emails
                          for line in email_lines(email, email_width, 7)),
                entry.city,
            ]
            for entry in members
        ]
        story.append(data_table([_(text) for text in HEADINGS], rows, col_widths,
                                font_size=7))
        story.append(_GroupGap())
    return build_pdf(meta, story, out)


class _GroupGap(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return (0, 2 * mm)

    def draw(self) -> None:
        pass
