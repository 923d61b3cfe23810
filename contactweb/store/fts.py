"""FTS5 contact search: DDL kept current by triggers, and safe query building.

Everything SQLite-specific about search lives here so the models stay portable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from contactweb.errors import BadInput
from contactweb.i18n import _, number_text

_ROW_SELECT = """
SELECT c.id,
       trim(c.prefix || ' ' || c.first_name || ' ' || c.middle_name || ' ' || c.last_name
            || ' ' || c.suffix),
       c.company || ' ' || c.title,
       coalesce((SELECT group_concat(e.address, ' ') FROM contact_emails e
                 WHERE e.contact_id = c.id), ''),
       coalesce((SELECT group_concat(p.number || ' ' || p.national_digits, ' ')
                 FROM contact_phones p WHERE p.contact_id = c.id), ''),
       c.notes,
       coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct
                 JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), '')
FROM contacts c WHERE c.id = {cid}"""


def _refresh(cid: str) -> str:
    return (
        f"DELETE FROM contact_fts WHERE rowid = {cid};\n"
        "INSERT INTO contact_fts(rowid, names, company, emails, phones, notes, tags)"
        + _ROW_SELECT.format(cid=cid)
        + ";"
    )


def create_statements() -> list[str]:
    """DDL for the index and its triggers (used by the first migration)."""
    statements = [
        "CREATE VIRTUAL TABLE contact_fts USING fts5("
        "names, company, emails, phones, notes, tags, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",  # see LONGEST_INDEXED_PREFIX
        # Deleted rows are overwritten in the index too, not just marked. Migration 0003
        # turns this off again (it made every edit ten times dearer); erasure merges the
        # index segments and VACUUMs instead.
        "INSERT INTO contact_fts(contact_fts, rank) VALUES('secure-delete', 1)",
        f"CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN {_refresh('NEW.id')} END",
        f"CREATE TRIGGER contacts_fts_au AFTER UPDATE ON contacts BEGIN {_refresh('NEW.id')} END",
        "CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM contact_fts WHERE rowid = OLD.id; END",
    ]
    for table in ("contact_emails", "contact_phones", "contact_tags"):
        short = table.removeprefix("contact_")
        statements += [
            f"CREATE TRIGGER {short}_fts_ai AFTER INSERT ON {table} "
            f"BEGIN {_refresh('NEW.contact_id')} END",
            f"CREATE TRIGGER {short}_fts_ad AFTER DELETE ON {table} "
            f"BEGIN {_refresh('OLD.contact_id')} END",
        ]
        if table != "contact_tags":
            statements.append(
                f"CREATE TRIGGER {short}_fts_au AFTER UPDATE ON {table} "
                f"BEGIN {_refresh('NEW.contact_id')} END"
            )
    return statements


def drop_statements() -> list[str]:
    names = ["contacts_fts_ai", "contacts_fts_au", "contacts_fts_ad"]
    for short in ("emails", "phones", "tags"):
        names += [f"{short}_fts_ai", f"{short}_fts_ad"]
        if short != "tags":
            names.append(f"{short}_fts_au")
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names] + ["DROP TABLE IF EXISTS contact_fts"]


# Control characters, and lone surrogates (undecodable bytes on a command line), which SQLite
# cannot even receive as UTF-8.
_CONTROL = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


# Every term is a prefix query that FTS5 intersects with the others: 10,000 of them kept one
# search busy for over 300 s. Nobody types more than a few words to find a contact, so a
# longer search is refused with a message (not cut short: a cut-down search would show
# results for words other than those typed, without saying so).
MAX_SEARCH_TERMS = 32
MAX_SEARCH_CHARS = 10_000  # a long pasted word is harmless; many words are not


def build_match_query(user_text: str) -> str | None:
    """Turn what a user typed into an FTS5 MATCH expression that is only text.

    Each whitespace-separated term becomes a quoted phrase with a prefix star, so FTS syntax
    (``AND``, ``NEAR``, ``col:``, ``*``, parentheses, quotes) is searched for literally.
    Terms with no letter or digit cannot match a token and are dropped. Returns None when
    nothing searchable is left. Raises BadInput past MAX_SEARCH_CHARS or MAX_SEARCH_TERMS.
    """
    phrases = [_prefix_phrase(term) for term in _search_terms(user_text)]
    return " ".join(phrases) if phrases else None


def _search_terms(user_text: str) -> list[str]:
    if len(user_text) > MAX_SEARCH_CHARS:
        raise BadInput(_("A search is at most {max_search_chars} characters and "
                         "{max_search_terms} words; this one has {count} characters.").format(
            max_search_chars=number_text(MAX_SEARCH_CHARS), max_search_terms=MAX_SEARCH_TERMS,
            count=number_text(len(user_text))))
    # NFKC: what an input method types as a compatibility form (full-width digits, a Kangxi
    # radical for its ideograph) is searched as the character stored in the index.
    cleaned = _CONTROL.sub(" ", unicodedata.normalize("NFKC", user_text))
    terms = [term for term in cleaned.split() if any(ch.isalnum() for ch in term)]
    if len(terms) > MAX_SEARCH_TERMS:
        raise BadInput(_("A search is at most {max_search_terms} words; this one has "
                         "{count}. Search for the few most telling ones.").format(
            max_search_terms=MAX_SEARCH_TERMS, count=number_text(len(terms))))
    return terms


def _prefix_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


# A prefix query of more characters than the index's prefix indexes hold ('2 3') makes FTS5
# read every index term that starts with it and merge their lists in full before it returns
# a row or a count. The same word asked as the few terms it stands for ("schmi" as
# "schmidt" OR "schmitz"), each read lazily, counts 100,000 contacts' matches with a p95 of
# 1.0 ms of SQL instead of 2.9 (BENCHMARKS.md). Past MOST_EXPANDED_TERMS the merge is FTS5's.
LONGEST_INDEXED_PREFIX = 3
MOST_EXPANDED_TERMS = 8

# The index's terms, read straight from it (so always current, nothing to maintain): a
# temporary table, made on every vault connection (engine.py), one seek per term found.
TERMS_TABLE = "contact_fts_terms"
CREATE_TERMS_TABLE = (f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{TERMS_TABLE} "
                      "USING fts5vocab(main, contact_fts, instance)")


def build_expanded_match_query(user_text: str,
                               terms_starting_with: Callable[[str, str, int], list[str]],
                               second_letters: Callable[[str, int], list[str]] | None = None
                               ) -> str | None:
    """A match query that finds exactly what ``build_match_query(user_text)`` finds, with the
    last token of each word of ASCII characters spelled out: one of more than
    LONGEST_INDEXED_PREFIX letters and digits as the index terms it is a prefix of, when
    there are at most MOST_EXPANDED_TERMS of them, and one of a single character as the
    two-character prefixes it starts (below). Any other word keeps FTS5's prefix query.

    ``terms_starting_with(word, beyond, most)`` returns up to ``most`` index terms from
    ``word`` (inclusive) to ``beyond`` (exclusive), in order. Why the rows are the same: the
    tokenizer reads an ASCII word as its runs of letters and digits, lowered, as the index
    stores its terms, and FTS5 asks them as a phrase whose last token is a prefix; a
    document holds the phrase with a last term starting with the token if and only if it
    holds it with one of the terms found; and found terms of plain ASCII letters and
    digits, quoted, are read back as those very terms. Anything else (accents, a non-ASCII
    term found, too many terms) keeps FTS5's own prefix query.

    A one-character prefix has no prefix index ('2 3'): FTS5 merges every term that starts
    with it ("v": about 2,000 terms, 2.6 ms to count 39,347 matches; "O'B", the phrase "o"
    then "b", 4.1 ms). ``second_letters(letter, most)`` returns up to ``most`` two-character
    prefixes of the index terms longer than the letter that start with it, in order; the
    letter is then asked as itself or one of those prefixes (``"v" OR "va"* OR "ve"* OR
    "vi"*``, ``"o b" OR "o ba"* OR ...``), each read from the prefix index (1.7 and 0.9
    ms). The same rows: a term starting with the letter is the letter or is longer, and
    then starts with one of its two-character prefixes, all of which are found.
    """
    parts = []
    for term in _search_terms(user_text):
        spelled = _spelled_out(term.lower(), terms_starting_with, second_letters)
        parts.append(_prefix_phrase(term) if spelled is None
                     else "(" + " OR ".join(spelled) + ")")
    return " AND ".join(parts) if parts else None


def _spelled_out(word: str, terms_starting_with: Callable[[str, str, int], list[str]],
                 second_letters: Callable[[str, int], list[str]] | None) -> list[str] | None:
    """The phrases that together find what the prefix phrase of ``word`` finds, or None."""
    if not word.isascii():
        return None
    *leading, last = _ASCII_TOKEN.findall(word)
    if len(last) > LONGEST_INDEXED_PREFIX:
        # Every string that starts with the token sorts between it and ``beyond``.
        beyond = last[:-1] + chr(ord(last[-1]) + 1)
        found = terms_starting_with(last, beyond, MOST_EXPANDED_TERMS + 1)
        if len(found) <= MOST_EXPANDED_TERMS and all(map(_plain, found)):
            # No term at all: the token itself, which no document holds either.
            return [_phrase([*leading, t]) for t in found or [last]]
    elif len(last) == 1 and second_letters is not None:
        found = second_letters(last, MOST_EXPANDED_TERMS + 1)
        if len(found) <= MOST_EXPANDED_TERMS and all(map(_plain, found)):
            return [_phrase([*leading, last]), *(_phrase([*leading, p]) + "*" for p in found)]
    return None


# What the unicode61 tokenizer takes for a token in ASCII text: a run of letters and digits.
_ASCII_TOKEN = re.compile("[a-z0-9]+")


def _phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens) + '"'


def _plain(word: str) -> bool:
    return word.isascii() and word.isalnum()
