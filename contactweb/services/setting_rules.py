"""What each vault-wide setting accepts. The Settings page and any other caller check values
here before ``settings.put`` stores them, so a bad value never reaches the vault."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from contactweb.i18n import N_, _, number_text
from contactweb.services.validation import FieldError
from contactweb.vault.workspace import Workspace


@dataclass(frozen=True)
class WholeNumberRule:
    label: str  # N_-marked: said as _(label), as _(unit)
    unit: str
    minimum: int
    maximum: int

    def parse(self, key: str, value: Any) -> int:
        text = str(value).strip()
        try:
            number = int(text)
        except ValueError:
            raise FieldError(key, _("{label} is a whole number of {unit}.").format(
                label=_(self.label), unit=_(self.unit))) from None
        if not self.minimum <= number <= self.maximum:
            raise FieldError(key, _("{label} is between {minimum} and "
                                    "{maximum} {unit}.").format(
                label=_(self.label), minimum=number_text(self.minimum), maximum=number_text(self.maximum),
                unit=_(self.unit)))
        return number


WHOLE_NUMBER_RULES: dict[str, WholeNumberRule] = {
    "idle_timeout_minutes": WholeNumberRule(N_("Idle timeout"), N_("minutes"), 1, 24 * 60),
    "shared_timeout_minutes": WholeNumberRule(N_("Shared-computer timeout"), N_("minutes"),
                                              1, 60),
    "retention.recording_days": WholeNumberRule(N_("Keeping recordings"), N_("days"),
                                                1, 36_500),
    "retention.closed_contact_years": WholeNumberRule(N_("Keeping closed contacts"),
                                                      N_("years"), 1, 100),
    "retention.outbox_days": WholeNumberRule(N_("Keeping sent mail"), N_("days"), 1, 3_650),
    "backup.interval_hours": WholeNumberRule(N_("Backup interval"), N_("hours"), 1, 24 * 365),
}


def parse_region(value: Any, key: str = "default_region") -> str:
    import phonenumbers  # here only: every sign-in loads this module, few check a region

    region = str(value).strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise FieldError(key, _("{value!r} is not a two-letter country code such as US, GB "
                                "or DE.").format(value=value))
    return region


def parse_setting(key: str, value: Any) -> Any:
    """The value to store for ``key``, or a FieldError naming the key."""
    if key == "default_region":
        return parse_region(value, key)
    if key == "shared_computer":
        if not isinstance(value, bool):
            raise FieldError(key, _("Shared-computer mode is on or off."))
        return value
    rule = WHOLE_NUMBER_RULES.get(key)
    if rule is None:
        raise FieldError(key, _("There is no setting called {key!r}.").format(key=key))
    return rule.parse(key, value)


def put_checked(ws: Workspace, values: dict[str, Any],
                notes: list[str] | None = None) -> dict[str, Any]:
    """Check every value first, then store them all; nothing is stored if one is bad.
    ``notes`` receives what a person should be told (secrets moved out of the keyring)."""
    # Here, not above: the command line names the settings (WHOLE_NUMBER_RULES) before it
    # signs in, and the database layer should load while the password's key is derived.
    from contactweb.services import secrets, settings

    parsed = {key: parse_setting(key, value) for key, value in values.items()}
    for key, value in parsed.items():
        if settings.get(ws, key) != value:
            settings.put(ws, key, value)
    if parsed.get("shared_computer") is True:
        # Secrets stored in the keyring before would stay readable by anyone on the account.
        moved = secrets.move_keyring_secrets_into_vault(ws)
        if notes is not None and moved.message():
            notes.append(moved.message())
    return parsed
