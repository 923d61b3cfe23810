"""The business's country decides on which paper reports print; the reader's language and the
country decide how they write dates and numbers (document_locale). Formats come from the Unicode
CLDR through Babel, never from tables of our own."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from contactweb.formats.pdf.data import PageSize

# CLDR's supplemental <paperSize type="US-Letter" territories="..."/> (every other territory
# uses A4). Babel ships CLDR's formats but not this list, so it is copied here as CLDR 45 has
# it: a transcription of the standard, not a choice of ours.
CLDR_US_LETTER_TERRITORIES = frozenset(
    "BZ CA CL CO CR GT MX NI PA PH PR SV US VE".split())


def territory_of(country: str) -> str:
    code = (country or "").strip().upper()
    return code if len(code) == 2 and code.isalpha() else ""


def report_locale(country: str) -> str:
    """The CLDR locale an English report for a business in `country` is formatted in.

    English as written in that country comes first
    (en_DE writes 14 Mar 2025 and 1.234,50); a country CLDR has no English for takes its
    most likely language (BR -> pt_BR). No country: "" (locale-neutral ISO formats)."""
    territory = territory_of(country)
    if not territory:
        return ""
    for candidate in (f"en_{territory}", f"und_{territory}"):
        try:
            locale = Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        if locale.territory == territory:
            return str(locale)
    return ""


def document_locale(language: str, country: str) -> str:
    """The CLDR locale of a document written in ``language`` ("de", "fr-CA") for a business
    in ``country``: the language's own territory when it names one (fr-CA), else the language
    as written in the business's country when CLDR has it (de + AT -> de_AT), else the
    language alone (de + US -> de). English keeps :func:`report_locale`'s choice, and a
    language CLDR does not know (a test locale) formats as English would."""
    tag = (language or "").replace("-", "_").strip()
    try:
        parsed = Locale.parse(tag) if tag else None
    except (UnknownLocaleError, ValueError):
        parsed = None
    if parsed is None or parsed.language == "en" and not parsed.territory:
        return report_locale(country)
    if parsed.territory:
        return str(parsed)
    territory = territory_of(country)
    if territory:
        try:
            return str(Locale.parse(f"{parsed.language}_{territory}"))
        except (UnknownLocaleError, ValueError):
            pass
    return str(parsed)


def paper_for(country: str) -> PageSize:
    return "Letter" if territory_of(country) in CLDR_US_LETTER_TERRITORIES else "A4"


@lru_cache(maxsize=16)
def _territory_names(language: str) -> dict[str, str]:
    """CLDR's names of the territories in ``language``; English for a language CLDR does not
    know (the test locales)."""
    tag = (language or "").split(".")[0].replace("-", "_").strip()
    try:
        locale = Locale.parse(tag) if tag and tag not in ("C", "POSIX") else None
    except (UnknownLocaleError, ValueError):
        locale = None
    return dict((locale or Locale.parse("en")).territories)


def country_name(country: str, language: str = "en") -> str:
    """A stored country as ``language`` names it: the code "DE" is "Germany", "Allemagne",
    "Deutschland"; a name typed in instead of a code stays as it was typed."""
    code = territory_of(country)
    return _territory_names(language).get(code, country.strip()) if code else country.strip()


def country_names(language: str = "en") -> list[tuple[str, str]]:
    """(code, name in ``language``) of every country CLDR knows, sorted by name, for a
    chooser."""
    names = _territory_names(language)
    return sorted(((code, name) for code, name in names.items()
                   if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "EZ",
                                                                         "UN", "QO")),
                  key=lambda item: _sort_key(item[1]))


def _sort_key(name: str) -> str:
    # "Österreich" among the O's, "Égypte" among the E's: letters without their accents.
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(c))
