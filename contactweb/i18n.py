"""The language ContactWeb speaks below ``ui/``: gettext catalogs compiled from
``contactweb/locale/<lang>/LC_MESSAGES/contactweb.po`` (Babel extracts and compiles them;
``make`` builds the ``.mo`` files). The widgets use Qt's own catalogs (``ui/kit/translations``).

The language comes from ``CONTACTWEB_LANG``, then the usual ``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES`` and ``LANG``, then English. ``_`` and ``ngettext`` look the active catalog up
at each call, so a message made after :func:`use_language` is in the new language.
"""

from __future__ import annotations

import copy
import gettext
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from babel import Locale

DOMAIN = "contactweb"
# Python's argparse words ("usage:", "options", "error:"), in a catalog of their own made from
# the standard library's argparse (``tools/i18n``); the command line routes argparse to it.
ARGPARSE_DOMAIN = "argparse"
LOCALE_DIR = Path(__file__).with_name("locale")
ENGLISH = "en"
# Test locales made from the sources by ``make`` (tools/i18n/pseudo_catalogs.py): every text
# wrapped and accented, or mirrored right to left. They show what escapes translation.
PSEUDO = "x-pseudo"
PSEUDO_RTL = "x-rtl"
ENVIRONMENT = ("CONTACTWEB_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_active: gettext.NullTranslations = gettext.NullTranslations()
_argparse_active: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH


def normalized(tag: str) -> str:
    """``de_DE.UTF-8`` -> ``de_DE``; ``fr-CA`` -> ``fr_CA``; the pseudo-locales as they are;
    ``C`` and ``POSIX`` (no language set) -> English."""
    tag = tag.split(":")[0].split(".")[0].split("@")[0].strip()
    if tag in (PSEUDO, PSEUDO_RTL):
        return tag
    if not tag or tag in ("C", "POSIX"):
        return ENGLISH
    return tag.replace("-", "_")


def language_from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> str:
    """The first language the environment names, or English."""
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = environ.get(name, "")
        if value:
            return normalized(value)
    return ENGLISH


def catalog(language: str, domain: str = DOMAIN) -> gettext.NullTranslations:
    """The compiled catalog for ``language`` (``de_AT`` falls back to ``de``); English (the
    sources' own text) when there is none."""
    return gettext.translation(domain, localedir=str(LOCALE_DIR),
                               languages=[normalized(language)], fallback=True)


def use_language(language: str | None = None) -> str:
    """Make ``language`` (default: the environment's) the one messages are made in; returns
    it, normalized."""
    global _active, _argparse_active, _language
    _language = normalized(language) if language else language_from_environment()
    _active = catalog(_language)
    _argparse_active = catalog(_language, ARGPARSE_DOMAIN)
    return _language


def active_language() -> str:
    return _language


def _(message: str) -> str:
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _active.ngettext(singular, plural, n)


def argparse_gettext(message: str) -> str:
    """argparse's own words in the active language (see ``contactweb.cli.translated_parser``)."""
    return _argparse_active.gettext(message)


def argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_active.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a text for extraction where it is defined; it is translated where it is shown."""
    return message


# Unicode's directional isolates (UAX #9): LEFT-TO-RIGHT ISOLATE, FIRST STRONG ISOLATE ...
# POP DIRECTIONAL ISOLATE.
LEFT_TO_RIGHT_ISOLATE = "\u2066"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def left_to_right(text: str) -> str:
    """``text`` kept left to right inside right-to-left text: a phone number, an email
    address or a postcode shown in Arabic or Hebrew would otherwise come out reversed
    ("+1 555 0100" as "0100 555 1+"). Invisible in left-to-right text."""
    if not text or text.startswith(LEFT_TO_RIGHT_ISOLATE):
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def own_direction(text: str) -> str:
    """A line that takes its direction from its own first letter: an address line such as
    "10115 BERLIN" stays in that order inside a right-to-left layout, and a Hebrew one reads
    right to left inside a left-to-right one."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


# Languages that set a no-break space before a colon (as before ; ! ?): "Nom :", so the
# mark never starts a line by itself.
_SPACE_BEFORE_COLON = frozenset({"fr"})


def with_colon(label: str, language: str | None = None) -> str:
    """A field label and the colon code puts after it, as ``language`` (default: the active
    one) writes them: "Name:", and in French "Nom\u00a0:". Where a whole text ending in a
    colon is translated, its catalog entry carries the space instead."""
    tag = _language if language is None else normalized(language)
    space = "\u00a0" if tag.split("_")[0] in _SPACE_BEFORE_COLON else ""
    return f"{label}{space}:"


@lru_cache(maxsize=8)
def _number_locale(language: str) -> Locale | None:
    if language in (ENGLISH, PSEUDO, PSEUDO_RTL):
        return None  # Python's own grouping is English's: no need to load Babel
    # Babel loads when a number is first written in another language, not at start-up
    # (``--version`` and ``--help`` stay light).
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def number_in(locale: Locale | None, value: int | float | Decimal,
              digits: int | None = None) -> str:
    """``value`` as ``locale`` writes it (CLDR through Babel); English's "4,001" and
    "1,234.50" when there is no locale. ``digits``: exactly that many decimals."""
    if locale is None:
        return f"{value:,}" if digits is None else f"{value:,.{digits}f}"
    from decimal import Decimal

    from babel.numbers import format_decimal

    if digits is None:
        text = format_decimal(value, locale=locale)
    else:
        # The locale's own pattern (its grouping, which may not be by threes) with the
        # decimals fixed: format_decimal alone would write 1234.50 as "1.234,5".
        pattern = copy.copy(locale.decimal_formats[None])
        pattern.frac_prec = (digits, digits)
        text = pattern.apply(Decimal(str(value)), locale)
    # CLDR groups French digits with a narrow no-break space, which some desktop fonts and
    # terminals lack; a no-break space looks alike and never breaks either (as in the GUI).
    return text.replace("\u202f", "\u00a0")


def number_text(value: int | float | Decimal, digits: int | None = None) -> str:
    """A number for a message in the active language: "4,001" in English, "4.001" in
    German, "4 001" in French. A message takes it as text (``{count}``, never ``{count:,}``,
    which writes the English form into every language); a plural is still chosen by the
    number itself (``ngettext(..., count).format(count=number_text(count))``)."""
    return number_in(_number_locale(_language), value, digits)


def translated_in(language: str, message: str) -> str:
    """``message`` in a given language, whatever the active one is: for a mailing footer or a
    report made in a contact's or the business's language."""
    return catalog(language).gettext(message)


use_language()
