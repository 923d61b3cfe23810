"""Vault-wide settings stored as JSON, with typed defaults in one place."""

from __future__ import annotations

import json
import locale
import os
import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.models import Setting
from contactweb.services import audit
from contactweb.services.changes import Changes
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

DEFAULTS: dict[str, Any] = {
    "default_region": "US",  # phone numbers typed without a country code
    "idle_timeout_minutes": 15,
    "shared_computer": False,
    "shared_timeout_minutes": 3,
    "retention.recording_days": 90,
    "retention.closed_contact_years": 7,
    "retention.outbox_days": 30,
    "mailing.throttle_per_minute": 0,  # 0: as fast as the server accepts
    "backup.interval_hours": 24,
    "backup.keep_last": 10,
    "backup.keep_daily": 7,
    "backup.keep_weekly": 4,
}


@dataclass
class BusinessProfile:
    name: str = "My Business"
    postal_address: str = ""
    email: str = ""
    phone: str = ""
    logo_png: str = ""  # base64, optional
    # ISO 3166 code; reports' paper, dates and numbers follow it. "" until an admin sets it:
    # then the vault's region (set from the system locale when the vault was made).
    country: str = ""
    # The language mailings, letters and reports use for a contact who has none of their own
    # (a BCP 47 tag such as "de"); "" is English.
    language: str = ""


def locale_region() -> str | None:
    """The country of the computer's locale ("de_DE.UTF-8" -> "DE"), or None when the locale
    names none ("C", "POSIX", a language alone): what a new vault's region starts as."""
    import phonenumbers  # here only: every command reads settings, few need this

    names = [os.environ.get(n, "") for n in ("LC_ALL", "LC_TELEPHONE", "LANG")]
    try:
        names.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for name in names:
        match = re.match(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", name)
        if match and match.group(1).upper() in phonenumbers.SUPPORTED_REGIONS:
            return match.group(1).upper()
        if name:
            break  # the first locale variable set decides, as for the C library
    return None


def system_region() -> str:
    """The locale's country, else "US": the region of a vault that never set
    ``default_region``."""
    return locale_region() or "US"


def read(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return system_region() if key == "default_region" else DEFAULTS.get(key)
    return json.loads(row.value)


def write(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text


def get(ws: Workspace, key: str) -> Any:
    with ws.session(readonly=True) as session:
        return read(session, key)


def put(ws: Workspace, key: str, value: Any, action: Action = Action.SETTINGS_MANAGE) -> Changes:
    ws.require(action)
    if key in DEFAULTS and isinstance(DEFAULTS[key], int | bool) and not isinstance(
            value, type(DEFAULTS[key])):
        raise BadInput(_("Setting {key} takes a {kind}, not {value!r}").format(
            key=key, kind=type(DEFAULTS[key]).__name__, value=value))
    with ws.session() as session:
        before = read(session, key)
        if before is None and key == "business_profile":
            before = asdict(BusinessProfile())  # what the business details showed so far
        write(session, key, value)
        # Old and new values, so the log says what changed; secrets and long values (a
        # logo) only as changed.
        audit.record(session, ws, "settings.change", "setting", key,
                     audit.setting_change_details(before, value))
    return Changes(settings=True)


def business_profile(ws: Workspace) -> BusinessProfile:
    data = get(ws, "business_profile") or {}
    return BusinessProfile(**{k: v for k, v in data.items() if k in BusinessProfile.__annotations__})


def business_profile_in(session: Session) -> BusinessProfile:
    """The business profile, read in the caller's transaction."""
    data = read(session, "business_profile") or {}
    return BusinessProfile(**{k: v for k, v in data.items() if k in BusinessProfile.__annotations__})


def business_country(ws: Workspace) -> str:
    """The country reports are formatted for: the business profile's, else the vault's
    phone region, else the system locale's."""
    country = business_profile(ws).country.strip().upper()
    return country or str(get(ws, "default_region") or system_region()).upper()


def known_countries() -> set[str]:
    """The two-letter countries CLDR names (what the business profile offers)."""
    from contactweb.formats.pdf.regional import country_names

    return {code for code, _name in country_names()}


def set_business_profile(ws: Workspace, profile: BusinessProfile) -> Changes:
    if not profile.name.strip():
        raise BadInput(_("The business needs a name."))
    profile.country = profile.country.strip().upper()
    from contactweb.services.contacts.contact_language import checked_language

    profile.language = checked_language(profile.language)
    if profile.country and profile.country not in known_countries():
        raise BadInput(_("{country!r} is not a country code ContactWeb knows "
                         "(two letters, such as US or DE).").format(country=profile.country))
    return put(ws, "business_profile", asdict(profile))
