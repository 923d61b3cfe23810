"""Which language a contact is written to in: their own (vCard LANG, a CSV column, typed),
else the business's default language (the business profile), else English. Mailing footers,
letters and reports for a contact use it; tags are BCP 47 as CLDR knows them ("de", "fr-CA")."""

from __future__ import annotations

from babel import Locale, UnknownLocaleError
from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import ENGLISH, _
from contactweb.models import Contact
from contactweb.services import settings
from contactweb.vault.workspace import Workspace


def checked_language(tag: str) -> str:
    """A language tag as stored ("de_de" -> "de-DE"), "" for none; BadInput when CLDR does
    not know it."""
    tag = (tag or "").strip().replace("_", "-")
    if not tag:
        return ""
    try:
        locale = Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        raise BadInput(_("{tag!r} is not a language ContactWeb knows (such as de, fr or "
                         "es-MX).").format(tag=tag)) from None
    return "-".join(part for part in (locale.language, locale.script, locale.territory)
                    if part)


def business_language_in(session: Session) -> str:
    return settings.business_profile_in(session).language or ENGLISH


def language_in(session: Session, contact_id: int) -> str:
    contact = session.get(Contact, contact_id)
    own = contact.language if contact is not None else ""
    return own or business_language_in(session)


def language_for(ws: Workspace, contact_id: int) -> str:
    with ws.session(readonly=True) as session:
        return language_in(session, contact_id)
