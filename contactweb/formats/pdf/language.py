"""The language a PDF is written in: the contact's, else the business's, chosen by the service
that fills the records and carried in ``ReportMeta.language``. Renderers translate their texts
with this module's ``_`` and ``ngettext``, which read the document's catalog (a context
variable, so a report made on another thread keeps its own language), never the language the
application itself speaks."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from contactweb.i18n import ENGLISH, catalog

_ENGLISH = gettext.NullTranslations()  # the sources' own text
_CATALOG: ContextVar[gettext.NullTranslations | None] = ContextVar("document_catalog",
                                                                  default=None)
_LANGUAGE: ContextVar[str] = ContextVar("document_language", default=ENGLISH)


@contextmanager
def writing_in(language: str) -> Iterator[None]:
    """Texts made inside are in ``language`` (empty: the sources' English)."""
    language = language or ENGLISH
    catalog_token = _CATALOG.set(catalog(language))
    language_token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _CATALOG.reset(catalog_token)
        _LANGUAGE.reset(language_token)


def document_language() -> str:
    return _LANGUAGE.get()


def _catalog() -> gettext.NullTranslations:
    return _CATALOG.get() or _ENGLISH


def _(message: str) -> str:
    return _catalog().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalog().ngettext(singular, plural, n)


def page_of(page: int, total: int) -> str:
    return _("Page {page} of {total}").format(page=page, total=total)
