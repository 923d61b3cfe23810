"""What every PDF made from the vault prints around its content: the business's name and
logo, who made it and when, and the paper, date and number formats of the business's
country."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime

from contactweb.formats.pdf.data import PageSize, ReportMeta
from contactweb.formats.pdf.regional import paper_for, report_locale
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
                page_size: PageSize | None = None) -> ReportMeta:
    profile = settings.business_profile(ws)
    country = settings.business_country(ws)
    return ReportMeta(business_name=profile.name, made_by=ws.username, made_at=local_now(),
                      title=title, confidential=confidential,
                      page_size=page_size or paper_for(country),
                      locale=report_locale(country), logo_png=logo_bytes(profile))
