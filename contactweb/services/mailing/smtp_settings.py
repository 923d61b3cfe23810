"""Where mailings go out and who they come from: SMTP server, sender and the business's postal
address (every mailing carries it). The SMTP password lives in the keyring (or, without one,
inside the vault) via ``services.secrets``, never in the settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from contactweb.errors import BadInput
from contactweb.i18n import _
from contactweb.services import audit, secrets, server_trust, settings
from contactweb.services.mailing.smtp_security import SECURITY_MODES
from contactweb.services.mailing.smtp_transport import SmtpConfig
from contactweb.services.validation import FieldError, normalise_email
from contactweb.vault.permissions import Action
from contactweb.vault.workspace import Workspace

SETTINGS_KEY = "mailing.smtp"
PASSWORD_SECRET = "smtp.password"
THROTTLE_KEY = "mailing.throttle_per_minute"
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "plain": 25}


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    sender_name: str = ""
    sender_address: str = ""


@dataclass(frozen=True)
class MailingSetup:
    """Everything a mailing needs to know about the sending side."""

    smtp: SmtpSettings
    business_name: str
    postal_address: str
    throttle_per_minute: int
    password_location: str | None  # 'keyring', 'vault' or None when no password is stored

    def problems(self) -> list[str]:
        """What is missing before a mailing can go out, naming each setting as the Mailing
        settings dialog does; empty when ready."""
        return [text for text, _flag in self.problems_with_options()]

    def problems_with_options(self) -> list[tuple[str, str]]:
        """Each problem with the command-line option that fixes it (for the command line)."""
        missing = []
        if not self.smtp.host:
            missing.append((_("No SMTP server is set."), "--host"))
        if not self.smtp.sender_address:
            missing.append((_("No sender address is set."), "--from"))
        if placeholder_business_name(self.business_name):
            missing.append((_("The business name is not set ({name!r} is a placeholder); "
                              "every mailing's footer carries it.").format(
                                  name=self.business_name.strip()), "--business-name"))
        if not self.postal_address.strip():
            missing.append((_("The business's postal address is missing; every mailing "
                              "must carry it."), "--postal-address"))
        elif placeholder_postal_address(self.postal_address):
            missing.append((_("The business's postal address looks like a placeholder; "
                              "every mailing must carry the real one."), "--postal-address"))
        return missing


# Never set, or left as the default or a form's hint: a mailing's footer must not say it.
_PLACEHOLDER_NAMES = {"", "my business", "your business", "business name", "company name",
                      "my company", "your company"}
_PLACEHOLDER_LINES = {"street", "town and postcode", "country", "address", "postal address",
                      "your address", "my address", "street address", "address line 1",
                      "address line 2", "city", "town", "postcode", "zip", "state", "tbd",
                      "todo", "to do", "n/a", "na", "none", "-", "x", "xxx", "?", "..."}
_PLACEHOLDER_WORDS = ("anytown", "lorem ipsum", "123 main st", "your street", "street name",
                      "example street")


def _plain(line: str) -> str:
    return " ".join(line.split()).strip(" .,;:").casefold()


def placeholder_business_name(name: str) -> bool:
    return _plain(name) in _PLACEHOLDER_NAMES


def placeholder_postal_address(text: str) -> bool:
    """Empty, a form's hints ("Street", "Town and postcode"), or a made-up example."""
    lines = [plain for line in text.splitlines() if (plain := _plain(line))]
    joined = " ".join(lines)
    return (not lines or all(line in _PLACEHOLDER_LINES for line in lines)
            or any(word in joined for word in _PLACEHOLDER_WORDS)
            or not any(ch.isalpha() for ch in joined))


def load(ws: Workspace) -> MailingSetup:
    with ws.session(readonly=True) as session:
        stored = settings.read(session, SETTINGS_KEY) or {}
        throttle = int(settings.read(session, THROTTLE_KEY) or 0)
    profile = settings.business_profile(ws)
    smtp = SmtpSettings(**{k: v for k, v in stored.items()
                           if k in SmtpSettings.__dataclass_fields__})
    return MailingSetup(smtp, profile.name, profile.postal_address, throttle,
                        secrets.secret_location(ws, PASSWORD_SECRET))


def smtp_password(ws: Workspace) -> str | None:
    return secrets.read_secret(ws, PASSWORD_SECRET)


def smtp_config(ws: Workspace, setup: MailingSetup, timeout: float = 60.0,
                password: str | None = None) -> SmtpConfig:
    """How to connect: the stored server, its password (or ``password``, given by a person
    for this run) and the certificates trusted for it."""
    trust = server_trust.load(ws, "smtp")
    if password is None:
        password = smtp_password(ws) or ""
    return SmtpConfig(setup.smtp.host, setup.smtp.port, setup.smtp.security,
                      setup.smtp.username, password, timeout, trust.ca_pem, trust.pin_sha256)


def remember_password(ws: Workspace, password: str) -> str:
    """Keep the SMTP password a person gave at send time; returns where it went ('keyring',
    or 'vault' when no keyring takes it: ``secrets.stored_reason`` says why)."""
    ws.require(Action.MAILING_CONFIGURE)
    if not password:
        raise BadInput(_("The SMTP password is empty."))
    location = secrets.store_secret(ws, PASSWORD_SECRET, password)
    audit.record_now(ws, "mailing.configure", "setting", SETTINGS_KEY,
                     {"password": True, "location": location})
    return location


def _checked(smtp: SmtpSettings) -> SmtpSettings:
    host = smtp.host.strip()
    if not host or any(ch.isspace() for ch in host) or "/" in host:
        raise BadInput(_("{host!r} is not a server name; give a host like smtp.example.com.").format(
            host=smtp.host))
    if smtp.security not in SECURITY_MODES:
        raise BadInput(_("Security is one of {items}, not {security!r}.").format(
            items=', '.join(SECURITY_MODES), security=smtp.security))
    if not 1 <= int(smtp.port) <= 65535:
        raise BadInput(_("Port {port} is not between 1 and 65535.").format(port=smtp.port))
    if not smtp.sender_address.strip():
        raise BadInput(_("A mailing needs a sender address (--from)."))
    try:
        sender = normalise_email(smtp.sender_address, "from")
    except FieldError as exc:
        raise BadInput(str(exc)) from None
    name = " ".join(smtp.sender_name.split())
    if len(name) > 200 or len(smtp.username) > 320:
        raise BadInput(_("The sender name or user name is too long."))
    return replace(smtp, host=host, port=int(smtp.port), username=smtp.username.strip(),
                   sender_name=name, sender_address=sender)


def checked_settings(smtp: SmtpSettings) -> SmtpSettings:
    """The settings cleaned, or BadInput saying what is wrong (nothing is stored)."""
    return _checked(smtp)


def configure(ws: Workspace, smtp: SmtpSettings, postal_address: str | None = None,
              password: str | None = None, forget_password: bool = False,
              throttle_per_minute: int | None = None,
              business_name: str | None = None) -> MailingSetup:
    """Check and store the sending setup (admin). Checks everything before writing anything."""
    ws.require(Action.MAILING_CONFIGURE)
    clean = _checked(smtp)
    profile = settings.business_profile(ws)
    if business_name is not None:
        name = " ".join(business_name.split())
        if not name or len(name) > 200:
            raise BadInput(_("The business name is between 1 and 200 characters."))
        profile = replace(profile, name=name)
    if postal_address is not None:
        postal_address = "\n".join(line.strip() for line in postal_address.replace("\r", "")
                                   .replace(";", "\n").split("\n") if line.strip())
        if not postal_address:
            raise BadInput(_("The postal address cannot be empty: every mailing must carry it."))
        if len(postal_address) > 500:
            raise BadInput(_("The postal address is longer than 500 characters."))
        profile = replace(profile, postal_address=postal_address)
    if not profile.postal_address.strip():
        raise BadInput(_("Every mailing must carry the business's postal address: give "
                         "--postal-address."))
    if throttle_per_minute is not None and not 0 <= throttle_per_minute <= 100_000:
        raise BadInput(_("The throttle is between 0 (no limit) and 100000 messages per minute."))
    if password is not None and not password:
        raise BadInput(_("The SMTP password is empty; use --forget-password to remove it."))
    with ws.session() as session:
        before = {**(settings.read(session, SETTINGS_KEY) or {}),
                  "postal_address": settings.business_profile_in(session).postal_address}
        settings.write(session, SETTINGS_KEY, asdict(clean))
        settings.write(session, "business_profile", asdict(profile))
        if throttle_per_minute is not None:
            settings.write(session, THROTTLE_KEY, throttle_per_minute)
        # Which fields changed, old and new, so the log can say "changed the SMTP server
        # from a to b"; the password only as given or not.
        after = {**asdict(clean), "postal_address": profile.postal_address}
        audit.record(session, ws, "mailing.configure", "setting", SETTINGS_KEY,
                     {"security": clean.security, "password": password is not None,
                      **audit.setting_change_details(before, after)})
    if password is not None:
        secrets.store_secret(ws, PASSWORD_SECRET, password)
    elif forget_password:
        secrets.forget_secret(ws, PASSWORD_SECRET)
    return load(ws)


def update(ws: Workspace, host: str | None = None, port: int | None = None,
           security: str | None = None, username: str | None = None,
           sender_name: str | None = None, sender_address: str | None = None,
           postal_address: str | None = None, password: str | None = None,
           forget_password: bool = False, throttle_per_minute: int | None = None,
           business_name: str | None = None) -> MailingSetup:
    """Change only what is given (None keeps the stored value). A new security mode without
    a port takes that mode's usual port."""
    old = load(ws).smtp
    mode = security or old.security
    if port is None:
        port = old.port if old.host and not security else DEFAULT_PORTS.get(mode, 587)
    smtp = SmtpSettings(host or old.host, port, mode,
                        old.username if username is None else username,
                        old.sender_name if sender_name is None else sender_name,
                        sender_address or old.sender_address)
    return configure(ws, smtp, postal_address, password, forget_password, throttle_per_minute,
                     business_name)


def set_throttle(ws: Workspace, per_minute: int) -> None:
    ws.require(Action.MAILING_CONFIGURE)
    if not 0 <= per_minute <= 100_000:
        raise BadInput(_("The throttle is between 0 (no limit) and 100000 messages per minute."))
    with ws.session() as session:
        before = settings.read(session, THROTTLE_KEY)
        settings.write(session, THROTTLE_KEY, per_minute)
        audit.record(session, ws, "settings.change", "setting", THROTTLE_KEY,
                     audit.setting_change_details(before, per_minute))
