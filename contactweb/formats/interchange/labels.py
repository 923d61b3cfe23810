"""Labels of emails, phones and addresses: one lowercase vocabulary for every format.

Files spell the same label many ways ("CELL", "Mobile Phone", "Handy", "_$!<Mobile>!$_",
"* Mobile"). ``normalise_label`` maps known spellings to a lowercase word and keeps anything
else (a custom label the user typed) exactly as found. Writers turn the vocabulary back into
each format's spelling, and reading that gives the same label again.
"""

from __future__ import annotations

import re
from functools import lru_cache

OTHER = "other"

#: lowercase spelling (after trimming) -> canonical label
_SYNONYMS: dict[str, str] = {
    "work": "work", "business": "work", "office": "work", "dienstlich": "work",
    "geschäftlich": "work", "arbeit": "work", "company": "work",
    "home": "home", "private": "home", "personal": "home", "privat": "home",
    "mobile": "mobile", "cell": "mobile", "cellular": "mobile", "mobil": "mobile",
    "handy": "mobile", "mobiltelefon": "mobile", "mobile phone": "mobile",
    "fax": "fax", "other fax": "fax", "otherfax": "fax",
    "work fax": "work fax", "workfax": "work fax", "business fax": "work fax",
    "home fax": "home fax", "homefax": "home fax",
    "pager": "pager", "main": "main", "primary": "main",
    "other": OTHER, "andere": OTHER, "sonstige": OTHER, "weitere": OTHER,
    "assistant": "assistant", "assistantphone": "assistant",
    "car": "car", "callback": "callback", "isdn": "isdn", "radio": "radio",
    "telex": "telex", "tty/tdd": "tty/tdd", "company main": "company main",
    "homepage": "homepage", "home page": "homepage", "iphone": "iphone",
}

#: every canonical label; a label outside this set is a custom one, kept as found
KNOWN_LABELS: frozenset[str] = frozenset(_SYNONYMS.values())

# Apple writes its built-in labels as _$!<Name>!$_ (X-ABLabel and iCloud vCards)
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")

#: vCard TYPE values that say nothing about where a value belongs
_NEUTRAL_TYPES = frozenset({
    "pref", "internet", "voice", "x400", "msg", "postal", "parcel", "dom", "intl",
    "bbs", "modem", "aol", "applelink", "attmail", "cis", "eworld", "ibmmail", "mcimail",
    "powershare", "prodigy", "tlx", "text", "textphone", "x-internet",
})


@lru_cache(maxsize=1024)  # a file repeats a handful of labels on every entry
def normalise_label(raw: str) -> str:
    """A known label in lowercase, a custom label as found (trimmed), "other" for none."""
    text = raw.strip()
    apple = _APPLE_LABEL.match(text)
    if apple:
        inner = apple.group(1).strip()
        return _SYNONYMS.get(inner.lower(), inner.lower()) if inner else OTHER
    # Google marks the primary entry with "* " ("* Home"); the star is no part of the label
    if text.startswith("* "):
        text = text[2:].strip()
    if not text:
        return OTHER
    return _SYNONYMS.get(text.lower(), text)


def label_from_types(types: list[str], *, phone: bool = False) -> str:
    """The label that vCard TYPE parameters (already lowercased) describe."""
    kinds = {t.strip().lower() for t in types if t.strip()}
    place = "work" if "work" in kinds else "home" if "home" in kinds else ""
    if "fax" in kinds:
        return f"{place} fax" if place else "fax"
    if kinds & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "pager" in kinds:
        return "pager"
    if place:
        return place
    if "main" in kinds and phone:
        return "main"
    rest = sorted(kinds - _NEUTRAL_TYPES - {"fax", "main"})
    for kind in rest:
        name = kind[2:] if kind.startswith("x-") else kind
        if name:
            return normalise_label(name)
    return OTHER


def vcard_types_for(label: str, *, phone: bool = False) -> list[str] | None:
    """TYPE values that express a label, or None when it needs an X-ABLabel instead."""
    if label == OTHER:
        return []
    simple = {"work": ["work"], "home": ["home"]}
    if phone:
        simple |= {"mobile": ["cell"], "fax": ["fax"], "work fax": ["work", "fax"],
                   "home fax": ["home", "fax"], "pager": ["pager"]}
    return simple.get(label)


def display_label(label: str) -> str:
    """A label as a CSV cell shows it: known ones title-cased ("work fax" -> "Work Fax")."""
    if label in KNOWN_LABELS:
        return " ".join(word[:1].upper() + word[1:] for word in label.split(" "))
    return label
