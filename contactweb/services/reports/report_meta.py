"""What every PDF made from the vault prints around its content: the business's name and
logo, who made it and when, the paper of the business's country, and the language and formats
of the reader (the contact's language, else the business's)."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

from contactweb.formats.pdf.data import PageSize, ReportMeta
from contactweb.formats.pdf.regional import document_locale, paper_for
from contactweb.models import utcnow
from contactweb.services import settings
from contactweb.vault.workspace import Workspace


def logo_bytes(profile: settings.BusinessProfile) -> bytes:
    try:
        return base64.b64decode(profile.logo_png, validate=True) if profile.logo_png else b""
    except (binascii.Error, ValueError):
        return b""  # a damaged logo setting prints no logo rather than no report


def local_now() -> datetime:
    """The computer's wall-clock time: the footer's "Made ..." is read by people nearby
    (the vault itself keeps UTC)."""
    return utcnow().replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def report_meta(ws: Workspace, title: str, confidential: bool = True,
                page_size: PageSize | None = None, language: str = "") -> ReportMeta:
    """``language``: the contact's a document is for; empty: the business's default. The
    title is translated by the renderer, in that language."""
    profile = settings.business_profile(ws)
    country = settings.business_country(ws)
    language = language or profile.language
    return ReportMeta(business_name=profile.name, made_by=ws.username, made_at=local_now(),
                      title=title, confidential=confidential,
                      page_size=page_size or paper_for(country),
                      locale=document_locale(language, country), language=language,
                      logo_png=logo_bytes(profile))
