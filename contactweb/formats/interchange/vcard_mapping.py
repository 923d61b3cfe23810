"""One vCard's properties to a ContactRecord (all versions; see record.py for conventions)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from contactweb.i18n import _

from .consent_marks import VCARD_PROPERTY, parse_channel, parse_status
from .dates import parse_birthday
from .labels import OTHER, label_from_types, normalise_label
from .record import ContactRecord, LabelledValue, PostalAddress, append_details
from .text_decoding import LegacyGuess, guess_non_latin, mostly_utf8
from .vcard_lines import ContentLine
from .vcard_values import (
    decode_photo,
    decode_text,
    raw_text,
    split_unescaped,
    strip_uri_scheme,
    unescape,
)

_WORD = re.compile(r"\w+")
_NAME_PARTS = ("last_name", "first_name", "middle_name", "prefix", "suffix")
_IM_PROPERTIES = {
    "X-AIM": "AIM", "X-GTALK": "Google Talk", "X-GOOGLE-TALK": "Google Talk",
    "X-SKYPE": "Skype", "X-SKYPE-USERNAME": "Skype", "X-MSN": "MSN", "X-ICQ": "ICQ",
    "X-JABBER": "Jabber", "X-YAHOO": "Yahoo", "X-QQ": "QQ", "X-MS-IMADDRESS": "",
    "X-GADUGADU": "Gadu-Gadu", "X-TWITTER": "Twitter",
}
_PEOPLE_PROPERTIES = {
    "X-EVOLUTION-SPOUSE": "Spouse", "X-SPOUSE": "Spouse", "X-MS-SPOUSE": "Spouse",
    "X-MS-MANAGER": "Manager", "X-EVOLUTION-MANAGER": "Manager", "X-MANAGER": "Manager",
    "X-MS-ASSISTANT": "Assistant", "X-EVOLUTION-ASSISTANT": "Assistant",
    "X-ASSISTANT": "Assistant",
}
# read for another property (X-ABLabel names its group's label), or the card itself
_CONSUMED = frozenset({"X-ABLABEL", "VERSION", "BEGIN", "END"})
# No contact field holds how a name is pronounced or sorted; kept as "Label: value" lines
_PHONETIC_PROPERTIES = {
    "X-PHONETIC-FIRST-NAME": "Phonetic first name", "X-PHONETIC-MIDDLE-NAME":
    "Phonetic middle name", "X-PHONETIC-LAST-NAME": "Phonetic last name",
    "X-PHONETIC-ORG": "Phonetic company", "X-MS-YOMI-FIRST": "Phonetic first name",
    "X-MS-YOMI-LAST": "Phonetic last name", "SORT-STRING": "Sort as",
}
_ANNIVERSARIES = ("ANNIVERSARY", "X-ANNIVERSARY", "X-MS-ANNIVERSARY", "X-EVOLUTION-ANNIVERSARY")
# Google's system group "My Contacts" is a marker of the source account, not a tag
_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts"})


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def is_system_group(tag: str) -> bool:
    return tag.lstrip("* ").strip().lower() in _SYSTEM_GROUPS


class Warn(Protocol):
    """Receives a problem's reason (in the reader's language) and what it means for the
    card: ``refused``, it is not imported; ``replaced``, bytes were replaced by U+FFFD."""

    def __call__(self, reason: str, *, refused: bool = False, replaced: bool = False) -> None:
        ...


class CardMapper:
    """Collects one card's properties into a record; ``warn`` receives problem reasons."""

    def __init__(self, version: str, utf8_file: bool, warn: Warn,
                 file_hint: LegacyGuess | None = None) -> None:
        self.version = version
        #: the code page earlier cards of the file were surely read in
        self.file_hint = file_hint
        self.utf8_file = utf8_file
        self.warn = warn
        self.record = ContactRecord()
        self.details: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.formatted_name = ""
        self.extra_names: list[str] = []
        self.nickname = ""
        self.has_structured_name = False
        self.labels_by_group: dict[str, str] = {}
        self.formatted_addresses: list[tuple[str, str]] = []
        #: names of the properties no field took (the import report lists them)
        self.unstored: list[str] = []
        self.lines: list[ContentLine] = []
        self.card_charset = ""  # a CHARSET another property of the card declares
        self.legacy: tuple[LegacyGuess | None] | None = None

    # -- values -----------------------------------------------------------------------------
    def text(self, line: ContentLine) -> str:
        decoded = decode_text(line, version=self.version, utf8_file=self.utf8_file,
                              card_charset=self.card_charset, guess=self._guess)
        if decoded.warning:
            self.warn(_("{name} (line {number}): {reason}").format(
                name=line.name, number=line.line_number, reason=decoded.warning),
                replaced=decoded.replaced)
        return decoded.text

    def plain(self, line: ContentLine) -> str:
        return unescape(self.text(line)).strip()

    def parts(self, line: ContentLine, separator: str = ";") -> list[str]:
        return [part.strip() for part in split_unescaped(self.text(line), separator)]

    def label(self, line: ContentLine, *, phone: bool = False) -> str:
        if line.group and line.group in self.labels_by_group:
            return normalise_label(self.labels_by_group[line.group])
        return label_from_types(line.types, phone=phone)

    # -- mapping ------------------------------------------------------------------------------
    def _guess(self) -> LegacyGuess | None:
        """The code page of the card's undeclared text that is not UTF-8, judged once from
        all of it together: one name alone is too little to tell scripts apart."""
        if self.legacy is None:
            sample = b"\n".join(raw for line in self.lines if not line.param("CHARSET")
                                and line.name != "PHOTO" and not (raw := raw_text(line)).isascii()
                                and mostly_utf8(raw) is None and not _is_utf8(raw))
            own = guess_non_latin(sample) if sample else None
            if (own is None or not own.sure) and sample and self.file_hint is not None:
                own = self.file_hint  # a card too short to tell: as the file's other cards
            self.legacy = (own,)
        return self.legacy[0]

    def build(self, lines: list[ContentLine]) -> ContactRecord:
        self.lines = lines
        self.card_charset = next((line.param("CHARSET") for line in lines
                                  if line.param("CHARSET").lower().replace("-", "")
                                  not in ("", "utf8")), "")
        for line in lines:
            if line.name == "X-ABLABEL" and line.group:
                self.labels_by_group[line.group] = self.plain(line)
        for line in lines:
            if line.oversize and line.name != "PHOTO":
                self.warn(_("{name} (line {number}) dropped: longer than 2 MB").format(
                    name=line.name[:40], number=line.line_number))
                continue
            handler = _HANDLERS.get(line.name)
            if handler is not None:
                handler(self, line)
            elif line.name in _IM_PROPERTIES:
                service = _IM_PROPERTIES[line.name]
                self.detail(f"IM ({service})" if service else "IM", self.plain(line))
            elif line.name in _PHONETIC_PROPERTIES:
                self.detail(_PHONETIC_PROPERTIES[line.name], self.plain(line))
            elif line.name == "SOUND" and "x-irmc-n" in line.types:
                # Japanese phones spell the name's reading here, as N: family;given
                self.detail("Phonetic name", " ".join(p for p in self.parts(line) if p))
            elif line.name in _PEOPLE_PROPERTIES:
                self.detail(_PEOPLE_PROPERTIES[line.name], self.plain(line))
            elif line.name in _ANNIVERSARIES:
                self.detail("Anniversary", self.plain(line))
            elif line.name.startswith("X-CUSTOM") and line.name[8:].isdigit():
                self.detail(f"Custom {line.name[8:]}", self.plain(line))
            elif line.name not in _CONSUMED:
                self.unstored.append(line.name)
        return self.finish()

    def detail(self, label: str, value: str) -> None:
        if value:
            self.details.append((label, value))

    def finish(self) -> ContactRecord:
        record = self.record
        if not self.has_structured_name and self.formatted_name:
            _name_from_formatted(record, self.formatted_name)
        if not record.person_name and not record.company and self.nickname:
            record.first_name = self.nickname  # the only name the card gives
        elif self.nickname:
            self.details.insert(0, ("Nickname", self.nickname))
        for label, text in self.formatted_addresses:
            if not any(address.label == label for address in record.addresses):
                record.addresses.append(PostalAddress(label=label, street=text))
        record.notes = "\n".join(dict.fromkeys(note for note in self.notes if note))
        if self.has_structured_name and not _same_name(self.formatted_name, record):
            self.extra_names.insert(0, self.formatted_name)
        for name in dict.fromkeys(self.extra_names):
            if name and name != record.person_name:
                self.details.append(("Name", name))
        append_details(record, self.details)
        return record


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _same_name(formatted: str, record: ContactRecord) -> bool:
    """True when FN only reorders or abbreviates N ("John Q. Public" for N Public;John;Quinlan)."""
    known = set(_words(record.person_name))
    initials = {word[0] for word in known}
    if all(word in known or (len(word) == 1 and word in initials) for word in _words(formatted)):
        return True
    # scripts written without spaces: "安藤 ロイド 1" is N "安藤;ロイド1"
    return sorted("".join(_words(formatted))) == sorted("".join(_words(record.person_name)))


def _name_from_formatted(record: ContactRecord, formatted: str) -> None:
    # FN of a company card repeats the organisation; otherwise split at the last space
    if formatted == record.company:
        return
    first, _space, last = formatted.rpartition(" ")
    record.first_name, record.last_name = (first, last) if first else (last, "")


def _on_name(mapper: CardMapper, line: ContentLine) -> None:
    if mapper.has_structured_name:
        return  # a second N is the same name in another language (ALTID); FN keeps it
    parts = mapper.parts(line)
    if not any(parts):
        return
    mapper.has_structured_name = True
    for attribute, value in zip(_NAME_PARTS, parts, strict=False):
        setattr(mapper.record, attribute, value)
    sort_as = ", ".join(line.params.get("SORT-AS", []))
    mapper.detail("Sort as", sort_as)


def _on_formatted_name(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    if mapper.formatted_name:
        mapper.extra_names.append(value)
    else:
        mapper.formatted_name = value


def _on_org(mapper: CardMapper, line: ContentLine) -> None:
    company, *units = mapper.parts(line) or [""]
    if not mapper.record.company:
        mapper.record.company = company
    elif company and company != mapper.record.company:
        mapper.detail("Organisation", company)
    mapper.detail("Department", ", ".join(unit for unit in units if unit))


def _on_title(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    if not mapper.record.title:
        mapper.record.title = value
    else:
        mapper.detail("Title", value)


def _on_email(mapper: CardMapper, line: ContentLine) -> None:
    value = strip_uri_scheme(mapper.plain(line), "mailto:")
    if value:
        mapper.record.emails.append(LabelledValue(mapper.label(line), value))


def _on_phone(mapper: CardMapper, line: ContentLine) -> None:
    value = strip_uri_scheme(mapper.plain(line), "tel:").replace(";ext=", " ext. ")
    if value:
        mapper.record.phones.append(LabelledValue(mapper.label(line, phone=True), value))


def _on_address(mapper: CardMapper, line: ContentLine) -> None:
    parts = (mapper.parts(line) + [""] * 7)[:7]
    po_box, extended, street, city, region, postcode, country = parts
    label = mapper.label(line)
    address = PostalAddress(label, street, city, region, postcode, country, po_box, extended)
    if address.is_empty():
        formatted = line.param("LABEL").strip()  # vCard 4.0 may give only the printed form
        if formatted:
            mapper.formatted_addresses.append((label, formatted))
        return
    mapper.record.addresses.append(address)


def _on_label(mapper: CardMapper, line: ContentLine) -> None:
    # vCard 2.1/3.0 LABEL is the printed address; used only where no ADR has that label
    text = mapper.plain(line)
    if text:
        mapper.formatted_addresses.append((mapper.label(line), text))


def _on_birthday(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    record = mapper.record
    if record.birthday or record.birthday_text:
        mapper.detail("Birthday", value)
        return
    if line.param("VALUE").lower() == "text":
        record.birthday_text = value
        return
    record.birthday, record.birthday_text = parse_birthday(value, month_first=True)


def _on_note(mapper: CardMapper, line: ContentLine) -> None:
    mapper.notes.append(mapper.plain(line))


def _on_categories(mapper: CardMapper, line: ContentLine) -> None:
    for tag in mapper.parts(line, ","):
        if tag and not is_system_group(tag) and tag not in mapper.record.tags:
            mapper.record.tags.append(tag)


def _on_url(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    if value and value not in mapper.record.websites:
        mapper.record.websites.append(value)


def _on_lang(mapper: CardMapper, line: ContentLine) -> None:
    """The first LANG is the one to write in (vCard 4 lists them by PREF; most cards give
    one)."""
    value = mapper.plain(line).strip()
    if value and not mapper.record.language:
        mapper.record.language = value


def _on_photo(mapper: CardMapper, line: ContentLine) -> None:
    photo = decode_photo(line)
    if photo.problem:
        mapper.warn(_("{name} (line {number}): {reason}").format(
            name="PHOTO", number=line.line_number, reason=photo.problem), refused=photo.refused)
    if photo.data is not None and mapper.record.photo is None:
        mapper.record.photo, mapper.record.photo_mime = photo.data, photo.mime


def _on_nickname(mapper: CardMapper, line: ContentLine) -> None:
    names = ", ".join(name for name in mapper.parts(line, ",") if name)
    if not mapper.nickname:
        mapper.nickname = names
    else:
        mapper.detail("Nickname", names)


def _on_related(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    if value.lower().startswith("urn:uuid:"):
        return  # a link to another card in the same address book: nothing to show
    group_label = mapper.labels_by_group.get(line.group, "") if line.group else ""
    label = normalise_label(group_label) if group_label else ", ".join(line.types)
    label = "Related" if label in ("", OTHER) else label[:1].upper() + label[1:]
    mapper.detail(label, strip_uri_scheme(value, "mailto:"))


def _on_date(mapper: CardMapper, line: ContentLine) -> None:
    group_label = mapper.labels_by_group.get(line.group, "") if line.group else ""
    label = normalise_label(group_label) if group_label else "Date"
    mapper.detail(label[:1].upper() + label[1:], mapper.plain(line))


def _on_im(mapper: CardMapper, line: ContentLine) -> None:
    mapper.detail("IM", mapper.plain(line))


def _on_role(mapper: CardMapper, line: ContentLine) -> None:
    mapper.detail("Role", mapper.plain(line))


def _on_consent(mapper: CardMapper, line: ContentLine) -> None:
    value = mapper.plain(line)
    channel, status = parse_channel(line.param("CHANNEL")), parse_status(value)
    if channel is None or status is None:
        # Reported rather than guessed: the property may have meant an opt-out.
        mapper.warn(_("{name} (line {number}): channel {channel} or status {status} not "
                      "understood; no consent read from it").format(
            name=VCARD_PROPERTY, number=line.line_number,
            channel=repr(line.param("CHANNEL")[:20]), status=repr(value[:40])))
        return
    mapper.record.consent[channel] = status


def _on_uid(mapper: CardMapper, line: ContentLine) -> None:
    if not mapper.record.uid:
        mapper.record.uid = mapper.plain(line)[:200]


_HANDLERS: dict[str, Callable[[CardMapper, ContentLine], None]] = {
    "N": _on_name, "FN": _on_formatted_name, "ORG": _on_org, "TITLE": _on_title,
    "EMAIL": _on_email, "TEL": _on_phone, "ADR": _on_address, "LABEL": _on_label,
    "BDAY": _on_birthday, "NOTE": _on_note, "CATEGORIES": _on_categories, "URL": _on_url,
    "LANG": _on_lang,
    "PHOTO": _on_photo, "NICKNAME": _on_nickname, "RELATED": _on_related,
    "X-ABRELATEDNAMES": _on_related, "X-ABDATE": _on_date, "IMPP": _on_im, "ROLE": _on_role,
    VCARD_PROPERTY: _on_consent, "UID": _on_uid,
}
